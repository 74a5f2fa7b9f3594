#!/usr/bin/env node
// Installs the pinned Table Schema checker (package-lock.json) into <work>, for the tests:
//   node install.mjs <work>
// Copies package.json, package-lock.json and validate.cjs there and runs `npm ci`
// (../npm/install-locked.mjs).
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {installLocked} from '../npm/install-locked.mjs'

installLocked({
  tag: 'tableschema',
  from: dirname(fileURLToPath(import.meta.url)),
  files: ['package.json', 'package-lock.json', 'validate.cjs'],
  installed: ['node_modules', 'tableschema', 'package.json'],
  what: 'tableschema 1.12.6'
})
