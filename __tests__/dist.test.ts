/** Users run dist/, not src/: the committed bundle must be exactly a fresh build. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from './helpers/run-action.js'

const ncc = path.join(REPO_ROOT, 'node_modules', '.bin', 'ncc')

describe('dist/', () => {
  it.each([
    ['src/index.ts', 'dist/index.js', ''],
    ['src/cli/index.ts', 'dist/cli/index.js', '#!/usr/bin/env node\n']
  ])('%s bundles to exactly the committed %s', (entry, committed, prefix) => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-dist-'))
    execFileSync(ncc, ['build', path.join(REPO_ROOT, entry), '-o', out, '--license', 'licenses.txt'], { cwd: REPO_ROOT, stdio: 'pipe' })
    const fresh = prefix + readFileSync(path.join(out, 'index.js'), 'utf8')
    const current = readFileSync(path.join(REPO_ROOT, committed), 'utf8')
    if (fresh !== current) throw new Error(`${committed} is not a fresh build of ${entry}: run \`npm run build\` and commit dist/`)
  })
})
