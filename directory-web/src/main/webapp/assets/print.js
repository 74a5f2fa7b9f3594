// "Imprimer" buttons: shown only when script runs (the browser's own print works without it).
document.querySelectorAll('.imprimer').forEach(function (b) {
  b.hidden = false;
  b.addEventListener('click', function () { window.print(); });
});
var lien = document.getElementById('lien-partage');
if (lien) lien.addEventListener('focus', function () { lien.select(); });
