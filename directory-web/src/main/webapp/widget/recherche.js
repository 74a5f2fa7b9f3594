/*
 * Widget of the directory of digital-mediation venues, for partner sites:
 *
 *   <script src="https://ANNUAIRE/widget/recherche.js" defer></script>
 *   <mediation-numerique-recherche commune="67482" services="aide-aux-demarches-administratives"
 *       couleur="#0b4f9c" rayon="10" limite="5"></mediation-numerique-recherche>
 *
 * Attributes (all optional): commune (INSEE code, postcode or name searched at start), services
 * (codes, comma-separated), gratuit (present: free venues only), couleur (main colour; ignored
 * when too light to read on white), rayon (km, default 10), limite (1-20, default 5), titre
 * (heading), annuaire (the directory's address; default: where this script comes from).
 * Styles live in a Shadow DOM; the host page can set --mn-police (font). Every text from the
 * directory is written with textContent: venue data is never read as HTML.
 */
(function () {
  'use strict';
  if (window.customElements === undefined || customElements.get('mediation-numerique-recherche')) return;

  var script = document.currentScript;
  var DEFAULT_BASE = script && script.src ? new URL(script.src).origin : location.origin;
  var DEFAULT_COLOUR = '#0b4f9c';
  var WIDER = [25, 50, 100, 200];

  var CSS =
    ':host{display:block;font-family:var(--mn-police,system-ui,sans-serif);font-size:1rem;line-height:1.5;color:#1a1a1a;' +
    'background:#fff;border:1px solid #767676;border-radius:6px;padding:1rem;max-width:40rem}' +
    '*{box-sizing:border-box}h2{font-size:1.25rem;margin:0 0 .5rem}h3{font-size:1.05rem;margin:0}' +
    'label{display:block;font-weight:600}' +
    '.ligne{display:flex;flex-wrap:wrap;gap:.5rem}' +
    'input{font:inherit;flex:1 1 12rem;min-width:0;padding:.45rem .5rem;border:2px solid #4a4a4a;border-radius:4px;color:#1a1a1a;background:#fff}' +
    'button{font:inherit;font-weight:600;padding:.45rem 1rem;border-radius:4px;border:2px solid var(--c);background:var(--c);color:#fff;cursor:pointer;min-height:2.6rem}' +
    'a{color:var(--c)}:focus-visible{outline:3px solid #c25100;outline-offset:2px}' +
    'ol{list-style:none;padding:0;margin:.5rem 0}li{border-top:1px solid #b5b5b5;padding:.5rem 0}p{margin:.15rem 0}' +
    '.etat{font-size:.95rem}.info{border-left:4px solid #8a5a00;background:#fff6e0;padding:.3rem .6rem}' +
    '.tous{font-weight:600}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // WCAG relative luminance: a colour is kept only if white text on it reaches 4.5:1.
  function readable(colour) {
    var m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec((colour || '').trim());
    if (!m) return DEFAULT_COLOUR;
    var hex = m[1].length === 3 ? m[1].replace(/(.)/g, '$1$1') : m[1];
    var lum = [0, 2, 4].map(function (i) {
      var c = parseInt(hex.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
    return 1.05 / (l + 0.05) >= 4.5 ? '#' + hex : DEFAULT_COLOUR;
  }

  function distance(km) {
    if (km === null || km === undefined) return '';
    if (km < 1) return 'à ' + Math.max(10, Math.round(km * 100) * 10) + ' m';
    if (km < 10) return 'à ' + km.toFixed(1).replace('.', ',') + ' km';
    return 'à ' + Math.round(km) + ' km';
  }

  function phone(e164) {
    var d = String(e164 || '').replace(/[^0-9]/g, '');
    if (/^33\d{9}$/.test(d)) d = '0' + d.slice(2);
    else if (/^(262|590|594|596|269)\d{9}$/.test(d)) d = '0' + d.slice(3);
    return d.length === 10 ? d.replace(/(\d\d)(?=\d)/g, '$1 ') : String(e164);
  }

  // "Ouvert · ferme à 17 h", "Fermé · ouvre lundi à 9 h": the venue's next change, on its own clock.
  var DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
  function openState(open, next) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(next || '');
    if (!m) return open ? 'Ouvert maintenant' : 'Fermé en ce moment';
    var day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    var time = (+m[4]) + ' h' + (m[5] === '00' ? '' : ' ' + m[5]);
    var offset = /([+-]\d{2}):?(\d{2})$|Z$/.exec(next);
    var venueNow = new Date(Date.now() + (offset && offset[1] ? (+offset[1] * 60 + (offset[1][0] === '-' ? -1 : 1) * +offset[2]) * 60000 : 0));
    var today = venueNow.toISOString().slice(0, 10) === next.slice(0, 10);
    var when = (today ? '' : DAYS[day.getUTCDay()] + ' ') + 'à ' + time;
    return open ? 'Ouvert · ferme ' + when : 'Fermé · ouvre ' + when;
  }

  // "Fermé temporairement jusqu'au 2 janvier 2027": a closure under way, else the next one.
  function longDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) return iso;
    return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toLocaleDateString('fr-FR', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  }
  function closureText(closures) {
    if (!closures || !closures.length) return null;
    var c = closures.filter(function (x) { return x.en_cours; })[0] || closures[0];
    var text = c.en_cours
      ? (c.horaires ? 'Horaires exceptionnels' : 'Fermé temporairement') + ' jusqu\'au ' + longDate(c.au)
      : (c.horaires ? 'Horaires exceptionnels du ' : 'Fermeture prévue du ') + longDate(c.du) + ' au ' + longDate(c.au);
    if (c.horaires) text += ' (' + c.horaires + ')';
    return c.motif ? text + ' : ' + c.motif : text;
  }

  function getJson(url) {
    return fetch(url, {credentials: 'omit'}).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    });
  }

  var counter = 0;

  class Recherche extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var id = 'mn' + (++counter);
      var root = this.attachShadow({mode: 'open'});
      this.base = (this.getAttribute('annuaire') || DEFAULT_BASE).replace(/\/+$/, '');
      var style = el('style', null, CSS);
      var box = el('section', {'aria-labelledby': id + '-t'});
      box.style.setProperty('--c', readable(this.getAttribute('couleur')));
      box.appendChild(el('h2', {id: id + '-t'}, this.getAttribute('titre') || 'Se faire aider avec le numérique près de chez soi'));
      var form = el('form', {role: 'search'});
      form.appendChild(el('label', {'for': id + '-q'}, 'Commune ou code postal'));
      var line = el('div', {'class': 'ligne'});
      this.input = el('input', {id: id + '-q', type: 'text', autocomplete: 'off'});
      line.appendChild(this.input);
      line.appendChild(el('button', {type: 'submit'}, 'Rechercher'));
      form.appendChild(line);
      this.status = el('p', {role: 'status', 'class': 'etat'});
      this.list = el('ol', {'aria-label': 'Lieux trouvés'});
      this.more = el('p');
      box.appendChild(form);
      box.appendChild(this.status);
      box.appendChild(this.list);
      box.appendChild(this.more);
      root.appendChild(style);
      root.appendChild(box);
      var self = this;
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        self.search(self.input.value);
      });
      var start = this.getAttribute('commune');
      if (start) this.search(start, true);
    }

    // Finds the place with the API's /places (best match first).
    place(q) {
      return getJson(this.base + '/api/v1/places?limit=1&q=' + encodeURIComponent(q)).then(function (items) {
        var p = Array.isArray(items) ? items[0] : null;
        if (!p || !p.centre) return null;
        var pc = p.codes_postaux && p.codes_postaux.length === 1 ? p.codes_postaux[0] : null;
        return {nom: p.nom + (pc ? ' (' + pc + ')' : ''), insee: p.code_insee, lat: p.centre.lat, lon: p.centre.lon};
      });
    }

    // The filters of the attributes, as the API and the directory's pages name them.
    filters() {
      var f = [];
      var services = this.getAttribute('services');
      if (services) services.split(',').forEach(function (s) { if (s.trim()) f.push(['services', s.trim()]); });
      if (this.hasAttribute('gratuit')) f.push(['frais_a_charge', 'gratuit']);
      return f;
    }

    search(q, initial) {
      var self = this;
      q = String(q || '').trim();
      if (!q) { this.status.textContent = 'Écrivez une commune ou un code postal.'; return; }
      this.status.textContent = 'Recherche en cours…';
      this.list.textContent = '';
      this.more.textContent = '';
      this.place(q).then(function (p) {
        if (!p) { self.status.textContent = 'Commune inconnue : « ' + q + ' ». Essayez un code postal.'; return; }
        if (initial) self.input.value = p.nom;
        var radius = Math.min(200, Math.max(1, parseInt(self.getAttribute('rayon'), 10) || 10));
        var radii = [radius].concat(WIDER.filter(function (r) { return r > radius; }));
        return self.venues(p, radii, 0);
      }).catch(function () {
        self.status.textContent = 'L\u2019annuaire ne répond pas pour le moment. Réessayez plus tard.';
      });
    }

    venues(p, radii, i) {
      var self = this;
      var limit = Math.min(20, Math.max(1, parseInt(this.getAttribute('limite'), 10) || 5));
      var url = this.base + '/api/v1/venues?lat=' + p.lat + '&lon=' + p.lon + '&radius_km=' + radii[i] + '&limit=' + limit;
      this.filters().forEach(function (f) { url += '&' + f[0] + '=' + encodeURIComponent(f[1]); });
      return getJson(url).then(function (page) {
        if (page.items.length === 0 && i + 1 < radii.length) return self.venues(p, radii, i + 1);
        self.show(p, page, radii[i], radii[0]);
      });
    }

    show(p, page, radius, asked) {
      var n = page.total;
      var text = n === 0 ? 'Aucun lieu à moins de ' + radius + ' km de ' + p.nom + '.'
        : (page.total_exact === false ? 'Au moins ' + n.toLocaleString('fr-FR') + ' lieux'
          : n === 1 ? '1 lieu' : n.toLocaleString('fr-FR') + ' lieux') + ' à moins de ' + radius + ' km de ' + p.nom + '.';
      if (n > 0 && radius !== asked) text = 'Aucun lieu à moins de ' + asked + ' km : recherche élargie. ' + text;
      this.status.textContent = text;
      var base = this.base;
      page.items.forEach(function (v) {
        var li = el('li');
        var h = el('h3');
        h.appendChild(el('a', {href: base + '/lieux/' + encodeURIComponent(v.id)}, v.nom));
        li.appendChild(h);
        var where = [v.adresse, [v.code_postal, v.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');
        li.appendChild(el('p', null, (v.distance_km !== undefined && v.distance_km !== null ? distance(v.distance_km) + ' · ' : '') + where));
        if (v.ouvert_maintenant === true || v.ouvert_maintenant === false) {
          li.appendChild(el('p', {'class': 'etat'}, openState(v.ouvert_maintenant, v.prochain_changement)));
        }
        var closure = closureText(v.fermetures);
        if (closure) li.appendChild(el('p', {'class': 'fermeture'}, closure));
        if (v.services && v.services.length) li.appendChild(el('p', null, 'Aide proposée : ' + v.services.join(', ')));
        if (v.frais_a_charge && v.frais_a_charge.length) li.appendChild(el('p', null, 'Coût : ' + v.frais_a_charge.join(', ')));
        if (v.telephone) {
          var tel = el('p');
          tel.appendChild(el('a', {href: 'tel:' + String(v.telephone).replace(/[^+0-9]/g, '')}, 'Appeler le ' + phone(v.telephone)));
          li.appendChild(tel);
        }
        this.list.appendChild(li);
      }, this);
      var query = [['ou', p.nom], ['insee', p.insee]].concat(this.filters())
        .map(function (f) { return f[0] + '=' + encodeURIComponent(f[1]); }).join('&');
      var all = el('a', {'class': 'tous', href: base + '/?' + query}, 'Voir tous les lieux sur l\u2019annuaire');
      this.more.appendChild(all);
    }
  }

  customElements.define('mediation-numerique-recherche', Recherche);
})();
