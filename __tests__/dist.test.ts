/** Users run dist/, not src/: the committed bundle must be exactly a fresh build, file for file. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from './helpers/run-action.js'

const ncc = path.join(REPO_ROOT, 'node_modules', '.bin', 'ncc')
/** What package.json's build adds to ncc's output (scripts/mark-executable.mjs). */
const SHEBANG = '#!/usr/bin/env node\n'

describe('dist/', () => {
  it.each([
    ['src/index.ts', 'dist', ''],
    ['src/cli/start.ts', 'dist/cli', SHEBANG]
  ])('%s bundles to exactly the committed %s', (entry, committedDir, prefix) => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-dist-'))
    execFileSync(ncc, ['build', path.join(REPO_ROOT, entry), '-o', out, '--license', 'licenses.txt'], { cwd: REPO_ROOT, stdio: 'pipe' })
    const built = readdirSync(out).filter((name) => name.endsWith('.js') || name === 'licenses.txt')
    const committed = readdirSync(path.join(REPO_ROOT, committedDir)).filter((name) => name.endsWith('.js') || name === 'licenses.txt')
    // A chunk left over from an older build, or a new one not committed, is drift too.
    expect(committed.sort()).toEqual(built.sort())
    for (const name of built) {
      const fresh = (name === 'index.js' ? prefix : '') + readFileSync(path.join(out, name), 'utf8')
      const current = readFileSync(path.join(REPO_ROOT, committedDir, name), 'utf8')
      if (fresh !== current) throw new Error(`${committedDir}/${name} is not a fresh build of ${entry}: run \`npm run build\` and commit dist/`)
    }
  })
})
