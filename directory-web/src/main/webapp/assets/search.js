// Search page, enhanced: suggestions of communes, "Autour de moi", and the map (Leaflet, loaded
// only when there are results). The page works without it: the server renders the list.
(function () {
  'use strict';

  // ---- suggestions of places, from the API's /places ------------------------------------------
  function suggest(input, list) {
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || /\(\d{5}\)$/.test(q)) return;
      timer = setTimeout(function () { load(q); }, 200);
    });
    function load(q) {
      fetch('/api/v1/places?limit=8&q=' + encodeURIComponent(q))
        .then(function (r) {
          if (!r.ok) throw new Error(String(r.status));
          return r.json();
        })
        .then(function (items) {
          list.textContent = '';
          items.forEach(function (p) {
            var option = document.createElement('option');
            var cp = p.codes_postaux && p.codes_postaux[0];
            option.value = p.nom + (cp ? ' (' + cp + ')' : '');
            option.label = option.value + ' – ' + (p.departement_nom || ('département ' + p.departement));
            list.appendChild(option);
          });
        })
        .catch(function () { /* the box works without suggestions */ });
    }
  }
  var lists = document.querySelectorAll('datalist');
  lists.forEach(function (list) {
    var input = document.querySelector('input[list="' + list.id + '"]');
    if (input) suggest(input, list);
  });

  // ---- after a search, the results' heading takes the focus (the list comes first) ----------
  var heading = document.getElementById('resultats-titre');
  if (heading && /[?&](ou|lat|insee)=/.test(location.search)) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }

  // ---- "Autour de moi" -------------------------------------------------------------------------
  var around = document.getElementById('autour');
  var form = document.getElementById('recherche');
  var state = document.getElementById('position-etat');
  if (around && form && 'geolocation' in navigator) {
    around.hidden = false;
    around.addEventListener('click', function () {
      state.textContent = 'Recherche de votre position…';
      navigator.geolocation.getCurrentPosition(function (pos) {
        ['lat', 'lon'].forEach(function (name, i) {
          var field = form.querySelector('input[name="' + name + '"]') || document.createElement('input');
          field.type = 'hidden';
          field.name = name;
          field.value = (i === 0 ? pos.coords.latitude : pos.coords.longitude).toFixed(5);
          form.appendChild(field);
        });
        form.querySelector('#ou').value = '';
        form.submit();
      }, function () {
        state.textContent = 'Votre position n\u2019est pas disponible. Écrivez votre commune ou votre code postal.';
      }, {timeout: 10000, maximumAge: 600000});
    });
  }

  // ---- map ---------------------------------------------------------------------------------------
  var map = document.getElementById('carte');
  var items = document.querySelectorAll('#lieux .lieu[data-lat]');
  if (!map || items.length === 0) return;
  // After the page has loaded: the list comes first, the map library after it.
  if (document.readyState === 'complete') loadMap();
  else window.addEventListener('load', loadMap);

  function loadMap() {
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/vendor/leaflet/leaflet.css';
    document.head.appendChild(css);
    var script = document.createElement('script');
    script.src = '/vendor/leaflet/leaflet.js';
    script.onload = draw;
    document.body.appendChild(script);
  }

  function draw() {
    var L = window.L;
    map.hidden = false;
    var m = L.map(map, {scrollWheelZoom: false});
    var tiles = L.tileLayer(map.getAttribute('data-tuiles'), {
      maxZoom: 19,
      attribution: map.getAttribute('data-attribution')
    }).addTo(m);
    var failed = false;
    tiles.on('tileerror', function () {
      if (failed) return;
      failed = true;
      var state = document.getElementById('carte-etat');
      if (state) state.textContent = 'Le fond de carte ne s\u2019affiche pas : la liste contient tous les lieux.';
    });
    m.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    var icon = L.icon({
      iconUrl: '/vendor/leaflet/images/marker-icon.png',
      iconRetinaUrl: '/vendor/leaflet/images/marker-icon-2x.png',
      shadowUrl: '/vendor/leaflet/images/marker-shadow.png',
      iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41]
    });
    var bounds = [];
    items.forEach(function (li) {
      var lat = parseFloat(li.getAttribute('data-lat'));
      var lon = parseFloat(li.getAttribute('data-lon'));
      if (isNaN(lat) || isNaN(lon)) return;
      var link = li.querySelector('.nom-lieu a');
      var name = link.textContent;
      var marker = L.marker([lat, lon], {icon: icon, title: name, alt: name, keyboard: true}).addTo(m);
      var popup = document.createElement('a');
      popup.href = link.getAttribute('href');
      popup.textContent = name;
      marker.bindPopup(popup);
      bounds.push([lat, lon]);
    });
    var centre = [parseFloat(map.getAttribute('data-lat')), parseFloat(map.getAttribute('data-lon'))];
    if (bounds.length) m.fitBounds(bounds.concat([centre]), {padding: [30, 30], maxZoom: 15});
    else m.setView(centre, 12);
    // Leaflet's zoom buttons, in French.
    var zin = map.querySelector('.leaflet-control-zoom-in');
    var zout = map.querySelector('.leaflet-control-zoom-out');
    if (zin) { zin.title = 'Zoomer'; zin.setAttribute('aria-label', 'Zoomer'); }
    if (zout) { zout.title = 'Dézoomer'; zout.setAttribute('aria-label', 'Dézoomer'); }
  }
})();
