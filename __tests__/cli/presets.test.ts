/** `go-no-go init` carries the presets in its bundle; they must be exactly checklists/*.yml. */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

describe('src/cli/presets.ts', () => {
  it('is generated from checklists/rust.yml and checklists/node.yml (npm run presets)', () => {
    expect(() => execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'write-presets.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow()
  })
})
