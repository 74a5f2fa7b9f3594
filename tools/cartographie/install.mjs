#!/usr/bin/env node
// Installs the national cartography's web component, pinned by package-lock.json, into <work>, for
// the browser test that runs it on the directory's v0 export:
//   node install.mjs <work>
// Copies package.json and package-lock.json there and runs `npm ci` (npm checks the integrity the
// lock pins); does nothing when already installed. Needs Node.js >= 18 and npm on the PATH, and the
// npm registry (or npm's cache).
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const work = process.argv[2]
if (!work) {
  console.error('[cartographie] usage: node install.mjs <work dir>')
  process.exit(1)
}
mkdirSync(work, {recursive: true})
for (const file of ['package.json', 'package-lock.json']) {
  copyFileSync(join(here, file), join(work, file))
}
const installed = join(work, 'node_modules', '@gouvfr-anct', 'cartographie-nationale', 'package.json')
if (!existsSync(installed)) {
  console.log('[cartographie] npm ci (@gouvfr-anct/cartographie-nationale 5.22.0)')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const ci = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--silent'], {cwd: work, encoding: 'utf8'})
  if (ci.error || ci.status !== 0) {
    console.error(`[cartographie] npm ci failed: ${ci.error ? ci.error.message : ci.stderr}`)
    process.exit(1)
  }
}
