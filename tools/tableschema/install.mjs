#!/usr/bin/env node
// Installs the pinned Table Schema checker (package-lock.json) into <work>, for the tests:
//   node install.mjs <work>
// Copies package.json, package-lock.json and validate.cjs there and runs `npm ci`; does nothing
// when already installed. Needs Node.js >= 18 and npm on the PATH, and the npm registry.
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const work = process.argv[2]
if (!work) {
  console.error('[tableschema] usage: node install.mjs <work dir>')
  process.exit(1)
}
mkdirSync(work, {recursive: true})
for (const file of ['package.json', 'package-lock.json', 'validate.cjs']) {
  copyFileSync(join(here, file), join(work, file))
}
if (!existsSync(join(work, 'node_modules', 'tableschema', 'package.json'))) {
  console.log('[tableschema] npm ci (tableschema 1.12.6)')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const ci = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--silent'], {cwd: work, encoding: 'utf8'})
  if (ci.error || ci.status !== 0) {
    console.error(`[tableschema] npm ci failed: ${ci.error ? ci.error.message : ci.stderr}`)
    process.exit(1)
  }
}
