#!/usr/bin/env node
// Fetches the pinned front-end packages the directory ships or tests with, and copies the files
// needed into the build:
//   node vendor.mjs --web <dir served by the WAR> --test <dir read by the browser tests> --work <dir>
// Leaflet (the map) goes to <web>/vendor/leaflet/, axe-core (accessibility checks, tests only) to
// <test>/axe.min.js. Needs Node.js >= 18 and npm on the PATH; does nothing when already done.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

// Every package, pinned by version and by the integrity the npm registry publishes for it.
const PACKAGES = {
  leaflet: {
    version: '1.9.4',
    integrity: 'sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=='
  },
  'axe-core': {
    version: '4.10.3',
    integrity: 'sha512-Xm7bpRXnDSX2YE2YFfBk2FnF0ep6tmG7xPh8iHee8MIcrgq762Nkce856dYtJYLkuIoYZvGfTs/PbZhideTcEg=='
  }
}

function fail(message) {
  console.error(`[vendor] ${message}`)
  process.exit(1)
}

function arg(name) {
  const i = process.argv.indexOf(name)
  if (i < 0 || i + 1 >= process.argv.length) fail(`missing ${name} <dir>`)
  return process.argv[i + 1]
}

const web = arg('--web')
const test = arg('--test')
const work = arg('--work')

// Unpacks a pinned package with `npm pack` (npm's own cache first), checked against its integrity.
function unpack(name) {
  const {version, integrity} = PACKAGES[name]
  const dir = join(work, `${name}-${version}`)
  if (existsSync(join(dir, 'package', 'package.json'))) return join(dir, 'package')
  mkdirSync(dir, {recursive: true})
  console.log(`[vendor] npm pack ${name}@${version}`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const packed = spawnSync(npm, ['pack', `${name}@${version}`, '--silent', '--pack-destination', dir],
    {encoding: 'utf8'})
  if (packed.error || packed.status !== 0) {
    fail(`npm pack ${name}@${version} failed: ${packed.error ? packed.error.message : packed.stderr}`
      + ' (the build needs Node.js and npm on the PATH, and the npm registry).')
  }
  const tarball = readdirSync(dir).find(f => f.endsWith('.tgz'))
  const [algorithm, expected] = integrity.split(/-(.*)/s)
  const actual = createHash(algorithm).update(readFileSync(join(dir, tarball))).digest('base64')
  if (actual !== expected) fail(`${tarball}: integrity ${algorithm}-${actual}, expected ${integrity}`)
  const untar = spawnSync('tar', ['-xzf', join(dir, tarball), '-C', dir], {encoding: 'utf8'})
  if (untar.status !== 0) fail(`could not unpack ${tarball}: ${untar.stderr}`)
  return join(dir, 'package')
}

function copy(from, toDir, name) {
  mkdirSync(toDir, {recursive: true})
  copyFileSync(from, join(toDir, name))
}

const leaflet = unpack('leaflet')
const leafletOut = join(web, 'vendor', 'leaflet')
for (const file of ['leaflet.js', 'leaflet.css', 'LICENSE']) {
  copy(join(leaflet, file === 'LICENSE' ? '' : 'dist', file), leafletOut, file)
}
for (const image of ['marker-icon.png', 'marker-icon-2x.png', 'marker-shadow.png']) {
  copy(join(leaflet, 'dist', 'images', image), join(leafletOut, 'images'), image)
}
const axe = unpack('axe-core')
copy(join(axe, 'axe.min.js'), test, 'axe.min.js')
console.log(`[vendor] leaflet ${PACKAGES.leaflet.version} -> ${leafletOut}; axe-core ${PACKAGES['axe-core'].version} -> ${test}`)
