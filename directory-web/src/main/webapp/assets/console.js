/* The console's enhancements: the upload form shows its progress (the form works without it). */
(function () {
  'use strict';
  var form = document.querySelector('form[data-envoi]');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  var box = document.getElementById('progression');
  var bar = box && box.querySelector('progress');
  var text = box && box.querySelector('[data-texte]');
  // Not form.action: the buttons named "action" shadow it.
  var target = form.getAttribute('action');
  var clicked = null;
  form.addEventListener('click', function (e) {
    if (e.target && e.target.name === 'action') {
      clicked = e.target;
    }
  });
  form.addEventListener('submit', function (e) {
    var file = form.querySelector('input[type=file]');
    if (!box || !file || !file.files || !file.files.length) {
      return; // the browser's own validation, or the plain form
    }
    e.preventDefault();
    var data = new FormData(form);
    if (clicked) {
      data.set('action', clicked.value);
    }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', target);
    box.hidden = false;
    xhr.upload.addEventListener('progress', function (p) {
      if (p.lengthComputable) {
        var pct = Math.round((100 * p.loaded) / p.total);
        bar.value = pct;
        text.textContent = 'Envoi du fichier : ' + pct + ' %';
      }
    });
    xhr.upload.addEventListener('load', function () {
      text.textContent = 'Fichier envoyé : lecture et vérification en cours…';
    });
    xhr.addEventListener('load', function () {
      // The server answers with the report's page (after its redirect): show it as if navigated.
      window.location.assign(xhr.responseURL || target);
    });
    xhr.addEventListener('error', function () {
      text.textContent = "L'envoi a échoué : vérifiez votre connexion et recommencez.";
    });
    Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) {
      b.disabled = true;
    });
    xhr.send(data);
  });
})();
