// Field visits: a visit typed without signal is not lost. Each record is kept in this browser
// (localStorage) under the UUID it was given when saved, and sent until the server has it: at once,
// when the connection returns (the "online" event) and every 15 seconds while any wait. The server
// stores a UUID once, so sending again is harmless. The CSRF token is read from the page at each send
// and fetched anew when the server refuses it (a session older than the page).
(function () {
  'use strict';
  var KEY = 'fastdata.visitOutbox.v1';
  var RETRY_MS = 15000;
  var sending = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function save(items) {
    localStorage.setItem(KEY, JSON.stringify(items));
    render();
  }
  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') { return window.crypto.randomUUID(); }
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function box() { return document.querySelector('[data-outbox]'); }
  var token = null;
  function pageToken() {
    var t = document.querySelector('meta[name="_csrf"]');
    var h = document.querySelector('meta[name="_csrf_header"]');
    return t && h ? { headerName: h.content, token: t.content } : null;
  }
  function state(text) {
    document.querySelectorAll('[data-outbox-state]').forEach(function (el) { el.textContent = text; });
  }
  function render() {
    var items = load();
    var waiting = items.filter(function (i) { return !i.error; }).length;
    document.querySelectorAll('[data-outbox]').forEach(function (el) { el.hidden = items.length === 0; });
    document.querySelectorAll('[data-outbox-count]').forEach(function (el) { el.textContent = String(waiting); });
    document.querySelectorAll('[data-outbox-list]').forEach(function (list) {
      list.textContent = '';
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = item.label + ' · ' + item.outcomeLabel + ' · ' + item.fields.visitedOn;
        if (item.error) {
          li.className = 'refused';
          li.appendChild(document.createTextNode(' — ส่งไม่ได้: ' + item.error + ' '));
          var drop = document.createElement('button');
          drop.type = 'button';
          drop.className = 'link';
          drop.textContent = 'ลบรายการนี้';
          drop.addEventListener('click', function () {
            save(load().filter(function (i) { return i.clientId !== item.clientId; }));
          });
          li.appendChild(drop);
        }
        list.appendChild(li);
      });
    });
    if (!navigator.onLine && waiting > 0) { state('ไม่มีสัญญาณ จะส่งให้เองเมื่อกลับมาออนไลน์'); }
  }

  function freshToken() {
    var el = box();
    return fetch(el.getAttribute('data-csrf-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (res.redirected || (res.headers.get('content-type') || '').indexOf('json') < 0) { return null; }
        return res.json();
      }, function () { return null; });
  }

  // answers 'sent', 'refused', 'login', 'csrf' or 'retry'
  function send(item, csrf) {
    var headers = { Accept: 'application/json' };
    if (csrf) { headers[csrf.headerName] = csrf.token; }
    return fetch(box().getAttribute('data-send-url'), {
      method: 'POST', credentials: 'same-origin', headers: headers, body: new URLSearchParams(item.fields)
    }).then(function (res) {
      var json = (res.headers.get('content-type') || '').indexOf('json') >= 0;
      if (res.redirected) { return 'login'; }
      if (res.status === 200 || res.status === 201) { return 'sent'; }
      if (res.status === 400 && json) {
        return res.json().then(function (body) {
          item.error = (body.errors || []).map(function (e) { return e.message; }).join(' · ') || 'ข้อมูลไม่ถูกต้อง';
          return 'refused';
        });
      }
      if (res.status === 403) { return 'csrf'; }
      if (res.status === 404) { item.error = 'ไม่พบโครงการนี้ในพื้นที่ของคุณ'; return 'refused'; }
      return 'retry';
    }, function () { return 'retry'; });
  }

  function flush() {
    if (sending || !box()) { return; }
    var pending = load().filter(function (i) { return !i.error; });
    if (pending.length === 0) { render(); return; }
    if (!navigator.onLine) { render(); return; }
    sending = true;
    state('กำลังส่ง…');
    var csrf = token || pageToken();
    var next = function (index, retriedToken) {
      if (index >= pending.length) { return Promise.resolve('done'); }
      var item = pending[index];
      return send(item, csrf).then(function (result) {
        if (result === 'csrf' && !retriedToken) {
          return freshToken().then(function (t) {
            if (!t) { return 'login'; }
            token = t;
            csrf = t;
            return next(index, true);
          });
        }
        if (result === 'csrf') { item.error = 'ไม่มีสิทธิ์บันทึกการเยี่ยม'; result = 'refused'; }
        if (result === 'sent' || result === 'refused') {
          var items = load().filter(function (i) { return i.clientId !== item.clientId; });
          if (result === 'refused') { items.push(item); }
          save(items);
          if (result === 'sent') { announce(item); }
          return next(index + 1, false);
        }
        return result;
      });
    };
    next(0, false).then(function (result) {
      sending = false;
      if (result === 'login') { state('กรุณาเข้าสู่ระบบอีกครั้ง (เปิดหน้านี้ใหม่) บันทึกยังเก็บไว้ในเครื่อง'); }
      else if (result === 'retry') { state('ยังส่งไม่ได้ จะลองใหม่อัตโนมัติ'); }
      else { state(''); }
      render();
    });
  }

  function announce(item) {
    var saved = document.querySelector('[data-visit-saved]');
    if (!saved) { return; }
    saved.textContent = 'ส่งบันทึก ' + item.label + ' (' + item.outcomeLabel + ') ถึงแล้ว ';
    if (item.projectUrl) {
      var link = document.createElement('a');
      link.href = item.projectUrl + '#visits';
      link.textContent = 'ดูที่โครงการ';
      saved.appendChild(link);
    }
    saved.hidden = false;
  }

  function initForm(form) {
    var promise = form.querySelector('[data-promise]');
    var outcome = function () {
      var checked = form.querySelector('input[name="outcome"]:checked');
      return checked ? checked.value : '';
    };
    var togglePromise = function () { if (promise) { promise.hidden = outcome() !== 'PROMISED_TO_PAY'; } };
    form.addEventListener('change', togglePromise);
    togglePromise();

    var gps = form.querySelector('[data-gps]');
    if (gps) {
      gps.addEventListener('click', function () {
        var text = form.querySelector('[data-gps-text]');
        if (!navigator.geolocation) { text.textContent = 'เครื่องนี้ไม่มีบริการระบุตำแหน่ง'; return; }
        text.textContent = 'กำลังหาตำแหน่ง…';
        navigator.geolocation.getCurrentPosition(function (position) {
          var c = position.coords;
          form.elements.latitude.value = c.latitude.toFixed(6);
          form.elements.longitude.value = c.longitude.toFixed(6);
          form.elements.accuracy.value = Math.round(c.accuracy * 10) / 10;
          text.textContent = c.latitude.toFixed(6) + ', ' + c.longitude.toFixed(6) + ' (±' + Math.round(c.accuracy) + ' ม.)';
        }, function (error) {
          text.textContent = 'ไม่ได้พิกัด: ' + (error.code === 1 ? 'ไม่ได้รับอนุญาตให้ใช้ตำแหน่ง' : 'หาตำแหน่งไม่ได้') + ' (บันทึกต่อได้โดยไม่มีพิกัด)';
        }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
      });
    }

    form.addEventListener('submit', function (event) {
      if (!form.checkValidity()) { return; }
      event.preventDefault();
      form.elements.clientId.value = uuid();
      form.elements.typedAt.value = new Date().toISOString();
      var fields = {};
      new FormData(form).forEach(function (value, name) {
        if (name !== '_csrf' && typeof value === 'string') { fields[name] = value; }
      });
      var checked = form.querySelector('input[name="outcome"]:checked');
      var label = checked ? checked.parentNode.textContent.trim() : '';
      var items = load();
      items.push({ clientId: fields.clientId, fields: fields, label: form.getAttribute('data-label'),
        outcomeLabel: label, projectUrl: form.getAttribute('data-project-url') });
      save(items);
      var saved = document.querySelector('[data-visit-saved]');
      if (saved) {
        saved.textContent = navigator.onLine ? 'เก็บบันทึกไว้ในเครื่องแล้ว กำลังส่ง…' : 'ไม่มีสัญญาณ: เก็บบันทึกไว้ในเครื่องแล้ว จะส่งให้เองเมื่อกลับมาออนไลน์';
        saved.hidden = false;
      }
      var visitedOn = form.elements.visitedOn.value;
      form.reset();
      form.elements.visitedOn.value = visitedOn;
      ['latitude', 'longitude', 'accuracy', 'typedAt'].forEach(function (n) { form.elements[n].value = ''; });
      var gpsText = form.querySelector('[data-gps-text]');
      if (gpsText) { gpsText.textContent = 'ยังไม่ได้บันทึกพิกัด'; }
      togglePromise();
      window.scrollTo(0, 0);
      flush();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('[data-visit-form]');
    if (form && box()) { initForm(form); }
    document.querySelectorAll('[data-outbox-send]').forEach(function (b) { b.addEventListener('click', flush); });
    window.addEventListener('online', flush);
    window.addEventListener('offline', render);
    setInterval(flush, RETRY_MS);
    render();
    flush();
  });
}());
