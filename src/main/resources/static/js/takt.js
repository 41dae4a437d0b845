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
// Choosing a product shows its values in the line's fields left blank, which take them (issue 10):
// as placeholders, and as the blank VAT choice's text.
function showProduct(select) {
  var option = select.selectedOptions[0];
  var scope = select.closest('[data-line]') || select.form;
  if (!option || !scope) {
    return;
  }
  [['name', 'name'], ['unitPrice', 'price'], ['costPrice', 'cost'], ['salesAccount', 'account']].forEach(function (pair) {
    var input = scope.querySelector('input[name="' + pair[0] + '"], input[name$=".' + pair[0] + '"]');
    if (input) {
      input.placeholder = option.getAttribute('data-' + pair[1]) || '';
    }
  });
  var vat = scope.querySelector('select[name="vatCode"], select[name$=".vatCode"]');
  var blank = vat && vat.querySelector('option[value=""]');
  if (blank) {
    if (!blank.hasAttribute('data-text')) {
      blank.setAttribute('data-text', blank.textContent);
    }
    var code = option.getAttribute('data-vat');
    var known = code && vat.querySelector('option[value="' + code + '"]');
    blank.textContent = known ? known.textContent : blank.getAttribute('data-text');
  }
}
document.addEventListener('change', function (event) {
  var select = event.target.closest('select[data-product-choice]');
  if (select) {
    showProduct(select);
  }
});
function showProducts() {
  document.querySelectorAll('select[data-product-choice]').forEach(showProduct);
}
document.addEventListener('DOMContentLoaded', showProducts);
document.addEventListener('htmx:afterSettle', showProducts);
