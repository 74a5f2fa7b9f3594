#!/usr/bin/env node
// Installs the national cartography's web component, pinned by package-lock.json, into <work>, for
// the browser test that runs it on the directory's v0 export:
//   node install.mjs <work>
// Copies package.json and package-lock.json there and runs `npm ci` (../npm/install-locked.mjs).
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {installLocked} from '../npm/install-locked.mjs'

installLocked({
  tag: 'cartographie',
  from: dirname(fileURLToPath(import.meta.url)),
  files: ['package.json', 'package-lock.json'],
  installed: ['node_modules', '@gouvfr-anct', 'cartographie-nationale', 'package.json'],
  what: '@gouvfr-anct/cartographie-nationale 5.22.0'
})
