// The build behind `npm run build`, and the one the dist test compares dist/ with: the action and
// the CLI bundled by ncc, each with a licenses.txt naming every package in any of its files.
//
// ncc's own --license writes one file per chunk to the same name, so with the GitHub API client in a
// chunk of its own, the last chunk written won and the main bundle's packages lost their notices.
// Here the list comes from ncc's stats of every chunk instead.
//
//   node scripts/build.mjs [--out DIR]     (default: dist)
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outIndex = process.argv.indexOf('--out')
const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(root, 'dist'))
const ncc = path.join(root, 'node_modules', '.bin', 'ncc')

// ncc writes each chunk under a new numbered name and never removes old ones: a stale chunk left
// behind would be committed as if it were part of the build.
rmSync(out, { recursive: true, force: true })
execFileSync(process.execPath, [path.join(root, 'scripts', 'write-validator.mjs')], { cwd: root, stdio: 'inherit' })

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-build-'))
try {
  for (const [entry, directory] of [
    ['src/index.ts', out],
    ['src/cli/start.ts', path.join(out, 'cli')]
  ]) {
    const stats = path.join(scratch, `${path.basename(directory)}-stats.json`)
    execFileSync(ncc, ['build', path.join(root, entry), '-o', directory, '--stats-out', stats], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    writeFileSync(path.join(directory, 'licenses.txt'), licenses(bundledPackageDirs(JSON.parse(readFileSync(stats, 'utf8')))))
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

// npm links the `bin` entry as-is, so the bundled CLI needs its shebang and the exec bit.
const cli = path.join(out, 'cli', 'index.js')
const source = readFileSync(cli, 'utf8')
if (!source.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${source}`)
chmodSync(cli, 0o755)

/** The directory of every package a module of any chunk came from, nested copies included. */
function bundledPackageDirs(stats) {
  const dirs = new Set()
  const visit = (module) => {
    const name = module.name ?? ''
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/ ]+)\//.exec(name.replace(/ \+ \d+ modules?$/, ''))
    if (match) dirs.add(path.join(root, match[1]))
    for (const inner of module.modules ?? []) visit(inner)
  }
  for (const chunk of stats.chunks ?? []) for (const module of chunk.modules ?? []) visit(module)
  return [...dirs]
}

/** Each package once: its name, its license, and its license file's text, as ncc lays them out. */
function licenses(dirs) {
  const entries = new Map()
  for (const dir of dirs) {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
    const licenseFile = readdirSync(dir).find((file) => /^licen[cs]e(?:\.|$)/i.test(file))
    const text = licenseFile ? readFileSync(path.join(dir, licenseFile), 'utf8').trim() : ''
    const type = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN')
    const key = `${manifest.name}@${manifest.version}`
    if (!entries.has(key)) entries.set(key, { name: manifest.name, type, text })
  }
  return [...entries.values()]
    .sort((a, b) => (a.name === b.name ? 0 : a.name < b.name ? -1 : 1))
    .map((entry) => [entry.name, entry.type, entry.text].filter((part) => part !== '').join('\n'))
    .join('\n\n')
    .concat('\n')
}

if (!existsSync(path.join(out, 'index.js'))) throw new Error('the action bundle was not written')
