/*
 * Essor — puts back in its form what a person had typed before their session expired (fr.essor.kit.ui.KeptSubmission).
 * The page lists what was kept (#saisie-conservee-champs: one <li data-name> per field, one <span> per value); this
 * fills the fields of the form posted to the same address (every form of the page when none is), never hidden fields
 * (the new CSRF token), files or passwords. It then rewrites the list in the words of the page: each field by its
 * label, a choice by the text of its option (« Est Ensemble (T8) », not « T8 »), hidden fields left out. Without
 * JavaScript the list stays on the page as it was sent.
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

  function words(element) {
    var copy = element.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('.field__required, .field__hint, .field__error'), function (e) {
      e.remove();
    });
    return copy.textContent.replace(/\(obligatoire\)/g, '').replace(/\s+/g, ' ').trim();
  }

  function labelOf(field) {
    var label = field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
    var type = (field.type || '').toLowerCase();
    var group = field.closest('fieldset'); // the outermost one: « Lieux souhaités », not a territory inside it
    while (group && group.parentElement && group.parentElement.closest('fieldset')) {
      group = group.parentElement.closest('fieldset');
    }
    if ((type === 'checkbox' || type === 'radio') && group) {
      var legend = group.querySelector('legend');
      if (legend) {
        return words(legend);
      }
    }
    return label ? words(label) : null;
  }

  function shown(field, value) {
    var type = (field.type || '').toLowerCase();
    if (field.tagName === 'SELECT') {
      var option = Array.prototype.find.call(field.options, function (o) { return o.value === value; });
      return option ? words(option) : value;
    }
    if (type === 'checkbox' || type === 'radio') {
      var box = forms.map(function (form) {
        return Array.prototype.find.call(form.elements, function (f) { return f.name === field.name && f.value === value; });
      }).filter(Boolean)[0];
      var label = box && box.id && document.querySelector('label[for="' + CSS.escape(box.id) + '"]');
      return label ? words(label) : (value === 'true' || value === 'on' ? 'oui' : value);
    }
    return value;
  }

  Array.prototype.forEach.call(kept.querySelectorAll('li[data-name]'), function (item) {
    var name = item.getAttribute('data-name');
    var field = forms.map(function (form) {
      return Array.prototype.find.call(form.elements, function (f) { return f.name === name; });
    }).filter(Boolean)[0];
    if (!field || skipped.indexOf((field.type || '').toLowerCase()) >= 0) {
      item.remove(); // not a field the person typed in (the CSRF token, a step's hidden value)
      return;
    }
    var label = labelOf(field);
    var values = typed[name].filter(function (v) { return v !== ''; }).map(function (v) { return shown(field, v); });
    if (label && values.length > 0) {
      item.textContent = label + ' : ' + values.join(', ');
    } else if (values.length === 0) {
      item.remove();
    }
  });
})();
