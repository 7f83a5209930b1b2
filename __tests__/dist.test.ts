/** Users run dist/, not src/: the committed bundle must be exactly a fresh build, file for file. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from './helpers/run-action.js'

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('dist/', () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'go-no-go-dist-')), 'dist')
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--out', out], { cwd: REPO_ROOT, stdio: 'pipe' })
  })

  it('holds exactly the files of a fresh build: no chunk left over from an older one, none missing', () => {
    expect(filesUnder(path.join(REPO_ROOT, 'dist'))).toEqual(filesUnder(out))
  })

  it('is a fresh build of src/, file for file', () => {
    for (const name of filesUnder(out)) {
      const fresh = readFileSync(path.join(out, name), 'utf8')
      const current = readFileSync(path.join(REPO_ROOT, 'dist', name), 'utf8')
      if (fresh !== current) throw new Error(`dist/${name} is not a fresh build of src/: run \`npm run build\` and commit dist/`)
    }
  })

  it('names in each licenses.txt every package bundled into any of its files', () => {
    for (const [licenses, expected] of [
      ['licenses.txt', ['@actions/github', 'undici', 'yaml', 'sax', 'picomatch']],
      ['cli/licenses.txt', ['yaml', 'sax', 'picomatch']]
    ] as const) {
      const names = readFileSync(path.join(REPO_ROOT, 'dist', licenses), 'utf8').split('\n')
      for (const name of expected) expect({ licenses, name, listed: names.includes(name) }).toEqual({ licenses, name, listed: true })
    }
  })
})
