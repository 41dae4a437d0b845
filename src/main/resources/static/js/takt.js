// Takt's few lines of script: CSRF for htmx requests, error pages swapped like any page, the menu on phones.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('DOMContentLoaded', function () {
  if (window.htmx) {
    htmx.config.responseHandling = [{code: '204', swap: false}, {code: '...', swap: true}];
  }
});
document.addEventListener('click', function (event) {
  if (event.target.closest('.menu-toggle')) {
    document.body.classList.toggle('menu-open');
  }
  var confirmer = event.target.closest('[data-confirm]');
  if (confirmer && !window.confirm(confirmer.getAttribute('data-confirm'))) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
// A field marked data-autosubmit sends its form when it changes (no inline handlers: the CSP forbids them).
document.addEventListener('change', function (event) {
  var field = event.target.closest('[data-autosubmit]');
  if (field && field.form) {
    field.form.requestSubmit();
  }
});
