// Committee pages: no inline handlers (the CSP forbids them).
// A form marked data-confirm asks first (marking a meeting held cannot be undone);
// a select marked data-autosubmit sends its form when changed (the province picker).
document.addEventListener('submit', function (event) {
  var form = event.target.closest('form[data-confirm]');
  if (form && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
document.addEventListener('change', function (event) {
  if (event.target.matches('select[data-autosubmit]')) {
    event.target.form.submit();
  }
});
