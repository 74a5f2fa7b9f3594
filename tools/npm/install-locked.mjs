// Installs a tool pinned by its package-lock.json into the work folder given as the script's
// argument (`node install.mjs <work>`): copies the tool's files there and runs `npm ci` (npm
// checks the integrity the lock pins); does nothing when already installed. Needs Node.js >= 18
// and npm on the PATH, and the npm registry (or npm's cache). Shared by the tools' install.mjs.
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'

// tag: the prefix of the messages; from: the tool's folder; files: what to copy from it;
// installed: the path, under the work folder, that exists once installed; what: the package
// named in the message.
export function installLocked({tag, from, files, installed, what}) {
  const work = process.argv[2]
  if (!work) {
    console.error(`[${tag}] usage: node install.mjs <work dir>`)
    process.exit(1)
  }
  mkdirSync(work, {recursive: true})
  for (const file of files) {
    copyFileSync(join(from, file), join(work, file))
  }
  if (!existsSync(join(work, ...installed))) {
    console.log(`[${tag}] npm ci (${what})`)
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const ci = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--silent'], {cwd: work, encoding: 'utf8'})
    if (ci.error || ci.status !== 0) {
      console.error(`[${tag}] npm ci failed: ${ci.error ? ci.error.message : ci.stderr}`)
      process.exit(1)
    }
  }
}
