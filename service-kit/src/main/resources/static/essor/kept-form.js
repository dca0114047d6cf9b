/*
 * Essor — puts back in its form what a person had typed before their session expired (fr.essor.kit.ui.KeptSubmission).
 * The page lists what was kept (#saisie-conservee-champs: one <li data-name> per field, one <span> per value); this
 * fills the fields of the form posted to the same address (every form of the page when none is), never hidden fields
 * (the new CSRF token), files or passwords. Without JavaScript the list stays readable on the page.
 */
(function () {
  'use strict';
  var kept = document.getElementById('saisie-conservee-champs');
  if (!kept) {
    return;
  }
  var action = kept.getAttribute('data-action');
  var all = Array.prototype.slice.call(document.querySelectorAll('main form'));
  var forms = all.filter(function (form) {
    return new URL(form.getAttribute('action') || location.href, location.href).pathname === action;
  });
  var matched = forms.length > 0;
  if (!matched) {
    forms = all;
  }
  var typed = {};
  Array.prototype.forEach.call(kept.querySelectorAll('li[data-name]'), function (item) {
    typed[item.getAttribute('data-name')] = Array.prototype.map.call(item.querySelectorAll('span'), function (span) {
      return span.textContent;
    });
  });
  var skipped = ['hidden', 'file', 'password', 'submit', 'button', 'reset', 'image'];
  var filled = 0;
  var used = {}; // several text fields of one name take its values in order
  forms.forEach(function (form) {
    Array.prototype.forEach.call(form.elements, function (field) {
      var type = (field.type || '').toLowerCase();
      if (!field.name || skipped.indexOf(type) >= 0) {
        return;
      }
      var values = typed[field.name];
      if (type === 'checkbox' || type === 'radio') {
        if (values || matched) { // an unticked box is not sent: in its own form, absent means unticked
          field.checked = !!values && values.indexOf(field.value) >= 0;
          filled++;
        }
      } else if (!values) {
        return;
      } else if (field.tagName === 'SELECT') {
        Array.prototype.forEach.call(field.options, function (option) {
          option.selected = values.indexOf(option.value) >= 0;
        });
        filled++;
      } else {
        var index = used[field.name] || 0;
        used[field.name] = index + 1;
        field.value = index < values.length ? values[index] : '';
        filled++;
      }
    });
  });
  document.getElementById('saisie-conservee').setAttribute('data-champs-remplis', String(filled));
})();
