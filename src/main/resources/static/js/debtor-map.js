// The debtor map (womenfund/map): the map of a user's districts (#debtor-map) and the capture of one
// project's location (#location-map). Leaflet from the WebJar; no inline script (the CSP forbids it).
(function () {
  'use strict';

  var THAILAND = [13.0, 101.0];
  var GROUP_ORDER = ['TIME_BARRED', 'CONTRACT_ENDED', 'OVERDUE', 'NORMAL', 'SETTLED', 'NONE'];

  function baseMap(element) {
    var maxZoom = parseInt(element.dataset.tileMaxZoom || '19', 10);
    // the clustering needs a deepest zoom even when no tile layer gives one
    var map = L.map(element, { preferCanvas: true, zoomControl: true, maxZoom: maxZoom });
    var tileUrl = element.dataset.tileUrl;
    if (tileUrl) {
      L.tileLayer(tileUrl, {
        maxZoom: maxZoom,
        attribution: element.dataset.tileAttribution || ''
      }).addTo(map);
    } else {
      graticule(map);
    }
    L.control.scale({ imperial: false }).addTo(map);
    return map;
  }

  // Without tiles: light lines every 0.05 degree (about 5.5 km), redrawn for the view, for orientation.
  function graticule(map) {
    var layer = L.layerGroup().addTo(map);
    function draw() {
      layer.clearLayers();
      var b = map.getBounds();
      if (!b.isValid()) { return; }
      var step = map.getZoom() >= 13 ? 0.01 : (map.getZoom() >= 10 ? 0.05 : 0.5);
      var style = { color: '#b8c2cc', weight: 1, interactive: false };
      for (var lat = Math.floor(b.getSouth() / step) * step; lat <= b.getNorth(); lat += step) {
        L.polyline([[lat, b.getWest()], [lat, b.getEast()]], style).addTo(layer);
      }
      for (var lon = Math.floor(b.getWest() / step) * step; lon <= b.getEast(); lon += step) {
        L.polyline([[b.getSouth(), lon], [b.getNorth(), lon]], style).addTo(layer);
      }
    }
    map.on('moveend zoomend', draw);
    map.whenReady(draw);
  }

  function pinIcon(group, extra) {
    return L.divIcon({ className: 'pin pin-' + (group || 'NONE') + (extra ? ' ' + extra : ''), iconSize: [16, 16] });
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function link(href, text, external) {
    var a = el('a', text);
    a.href = href;
    if (external) { a.target = '_blank'; a.rel = 'noopener noreferrer'; }
    return a;
  }

  function money(value) {
    if (value === null || value === undefined) { return '–'; }
    return Number(value).toLocaleString('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' บาท';
  }

  // Built from DOM nodes (textContent), never from HTML strings: the data is typed by people.
  function popup(p) {
    var box = el('div', null, 'map-popup');
    var title = el('h3');
    title.appendChild(link(p.url, p.code + ' ' + p.name));
    box.appendChild(title);
    if (p.groupName) { box.appendChild(el('p', p.groupName)); }
    var status = el('p');
    status.appendChild(el('span', p.statusLabel, 'badge g-' + (p.statusGroup || 'NONE')));
    status.appendChild(document.createTextNode(' ค้างชำระ ' + money(p.overdueAmount)));
    box.appendChild(status);
    box.appendChild(el('p', [p.subdistrict, p.district, 'ปีงบประมาณ ' + p.fiscalYear].filter(Boolean).join(' · '), 'hint'));
    if (p.nextAction) { box.appendChild(el('p', 'ควรทำ: ' + p.nextAction)); }
    if (p.note) { box.appendChild(el('p', 'ทางไปบ้าน: ' + p.note)); }
    box.appendChild(el('p', p.methodLabel + (p.accuracyMetres !== null && p.accuracyMetres !== undefined ? ' ±' + p.accuracyMetres + ' ม.' : ''), 'hint'));
    var links = el('div', null, 'links');
    links.appendChild(link(p.directionsUrl, 'นำทาง (Google Maps)', true));
    links.appendChild(link(p.geoUri, 'แอปแผนที่'));
    links.appendChild(link(p.locationUrl, 'ประวัติตำแหน่ง'));
    box.appendChild(links);
    return box;
  }

  var COLOURS = { TIME_BARRED: '#5c0a0d', CONTRACT_ENDED: '#d32f2f', OVERDUE: '#f29100', NORMAL: '#2e7d32',
    SETTLED: '#9aa3ad', NONE: '#5a6270' };

  // A cluster is a ring split by the share of each status group inside it (most urgent first), with
  // the count in the middle. Styles are set through the DOM (allowed by the CSP), not as HTML text.
  function clusterIcon(cluster) {
    var children = cluster.getAllChildMarkers();
    var counts = {};
    for (var i = 0; i < children.length; i++) {
      var g = children[i].options.group || 'NONE';
      counts[g] = (counts[g] || 0) + 1;
    }
    var stops = [];
    var from = 0;
    GROUP_ORDER.forEach(function (g) {
      if (!counts[g]) { return; }
      var to = from + counts[g] / children.length * 360;
      stops.push(COLOURS[g] + ' ' + from.toFixed(1) + 'deg ' + to.toFixed(1) + 'deg');
      from = to;
    });
    var count = cluster.getChildCount();
    var size = count < 10 ? 32 : (count < 100 ? 40 : 48);
    var ring = document.createElement('div');
    ring.className = 'cluster-ring';
    ring.style.background = 'conic-gradient(' + stops.join(', ') + ')';
    var label = document.createElement('span');
    label.textContent = String(count);
    ring.appendChild(label);
    return L.divIcon({ html: ring, className: 'cluster', iconSize: [size, size] });
  }

  function debtorMap(element) {
    var status = document.getElementById('map-status');
    var map = baseMap(element);
    var limited = ''; // said after the count when the server sent only the first points
    map.setView(THAILAND, 6);
    // thousands of markers are added in chunks, so the page stays responsive; the count shows when done
    var clusters = L.markerClusterGroup({ chunkedLoading: true, iconCreateFunction: clusterIcon, maxClusterRadius: 50,
      chunkProgress: function (processed, all) {
        if (all === 0) { return; } // the empty group being added to the map
        status.textContent = processed < all
          ? 'กำลังวาด ' + processed.toLocaleString('th-TH') + ' จาก ' + all.toLocaleString('th-TH') + ' จุด…'
          : 'แสดง ' + all.toLocaleString('th-TH') + ' จุด' + limited;
        if (processed === all) { element.dataset.points = String(all); }
      } });
    map.addLayer(clusters);
    fetch(element.dataset.pointsUrl, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (collection) {
        if (collection.limitedTo) {
          limited = ' (' + collection.limitedTo.toLocaleString('th-TH') + ' จุดแรก ยังมีอีก: เลือกอำเภอหรือตำบลเพื่อดูครบ)';
        }
        var markers = collection.features.map(function (f) {
          var c = f.geometry.coordinates;
          var marker = L.marker([c[1], c[0]], { icon: pinIcon(f.properties.statusGroup), group: f.properties.statusGroup,
            title: f.properties.code, keyboard: true });
          marker.bindPopup(function () { return popup(f.properties); }, { maxWidth: 300 });
          return marker;
        });
        if (markers.length > 0) {
          // from the points themselves: the clusters fill in chunks, their bounds come later
          map.fitBounds(L.latLngBounds(markers.map(function (m) { return m.getLatLng(); })),
            { padding: [20, 20], maxZoom: 15 });
        }
        status.textContent = 'กำลังวาด ' + markers.length.toLocaleString('th-TH') + ' จุด…';
        clusters.addLayers(markers);
        if (markers.length === 0) {
          element.dataset.points = '0';
          status.textContent = 'ไม่มีจุดตามตัวกรองนี้';
        }
      })
      .catch(function (error) {
        status.textContent = 'โหลดจุดไม่สำเร็จ กรุณาลองใหม่';
        if (window.console) { console.error(error); }
      });
  }

  function locationMap(element) {
    var map = baseMap(element);
    var lat = parseFloat(element.dataset.lat);
    var lon = parseFloat(element.dataset.lon);
    var here = null;
    var accuracyCircle = null;
    if (!isNaN(lat) && !isNaN(lon)) {
      here = L.marker([lat, lon], { icon: pinIcon('NONE', 'here'), title: 'ตำแหน่งปัจจุบัน' }).addTo(map);
      map.setView([lat, lon], 16);
    } else {
      map.setView(THAILAND, 6);
    }
    // the other debtors of the area, faint, to find one's way on a plain background
    if (element.dataset.pointsUrl) {
      fetch(element.dataset.pointsUrl, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : { features: [] }; })
        .then(function (collection) {
          var others = collection.features.map(function (f) {
            var c = f.geometry.coordinates;
            return L.marker([c[1], c[0]], { icon: pinIcon(f.properties.statusGroup, 'neighbour'), interactive: false, keyboard: false });
          });
          var layer = L.layerGroup(others).addTo(map);
          if (!here && others.length > 0) { map.fitBounds(L.featureGroup(others).getBounds(), { maxZoom: 14 }); }
          layer.eachLayer(function (m) { m.setZIndexOffset(-1000); });
        })
        .catch(function () { /* the map works without them */ });
    }
    var form = document.getElementById('location-form');
    if (!form) { return; }
    var latInput = document.getElementById('latitude');
    var lonInput = document.getElementById('longitude');
    var methodInput = document.getElementById('method');
    var accuracyInput = document.getElementById('accuracy');
    var gpsStatus = document.getElementById('gps-status');

    function place(latlng, method, accuracy) {
      latInput.value = latlng.lat.toFixed(6);
      lonInput.value = latlng.lng.toFixed(6);
      methodInput.value = method;
      accuracyInput.value = accuracy === null ? '' : String(Math.round(accuracy));
      if (here) { here.setLatLng(latlng); } else {
        here = L.marker(latlng, { icon: pinIcon('NONE', 'here'), title: 'ตำแหน่งที่เลือก' }).addTo(map);
      }
      if (accuracyCircle) { map.removeLayer(accuracyCircle); accuracyCircle = null; }
      if (accuracy !== null) {
        accuracyCircle = L.circle(latlng, { radius: accuracy, color: '#5b2a86', weight: 1, fillOpacity: 0.1, interactive: false }).addTo(map);
      }
    }

    map.on('click', function (event) {
      place(event.latlng, 'MAP_CLICK', null);
      gpsStatus.textContent = 'เลือกตำแหน่งจากแผนที่แล้ว กดบันทึกตำแหน่ง';
    });
    [latInput, lonInput].forEach(function (input) {
      input.addEventListener('input', function () { methodInput.value = 'TYPED'; accuracyInput.value = ''; });
    });
    document.getElementById('use-gps').addEventListener('click', function () {
      if (!('geolocation' in navigator)) {
        gpsStatus.textContent = 'เบราว์เซอร์นี้ไม่มี GPS ให้ใช้ (ต้องเปิดผ่าน https) กรุณาแตะตำแหน่งบนแผนที่แทน';
        return;
      }
      gpsStatus.textContent = 'กำลังหาตำแหน่ง…';
      navigator.geolocation.getCurrentPosition(function (position) {
        var latlng = L.latLng(position.coords.latitude, position.coords.longitude);
        place(latlng, 'GPS', position.coords.accuracy);
        map.setView(latlng, 17);
        var metres = Math.round(position.coords.accuracy);
        gpsStatus.textContent = 'ได้ตำแหน่งแล้ว ความแม่นยำ ±' + metres + ' เมตร' +
          (metres > 50 ? ' (หยาบ: ลองออกไปที่โล่ง แล้วกดอีกครั้ง)' : '') + ' กดบันทึกตำแหน่ง';
      }, function (error) {
        gpsStatus.textContent = error.code === 1
          ? 'ไม่ได้รับอนุญาตให้ใช้ตำแหน่ง: อนุญาตในการตั้งค่าเบราว์เซอร์ หรือแตะตำแหน่งบนแผนที่แทน'
          : 'หาตำแหน่งไม่ได้ (' + error.message + ') กรุณาลองอีกครั้งหรือแตะบนแผนที่';
      }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    var debtor = document.getElementById('debtor-map');
    if (debtor) { debtorMap(debtor); }
    var location = document.getElementById('location-map');
    if (location) { locationMap(location); }
  });
})();
