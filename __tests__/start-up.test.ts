/**
 * What the bundled action loads on the way to a verdict, for the run most jobs make: a push, a
 * YAML checklist, no token. Every built-in module and chunk loaded costs start-up time on every
 * job (`npm run bench` measures it); these pin the ones a plain run was made not to need.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createGitRepo, ALICE } from './helpers/git-repo.js'
import { runAction } from './helpers/run-action.js'

const CHECKLIST = 'version: 1\nsections:\n  - title: Build\n    items:\n      - id: trivial\n        title: Trivial\n        run: "true"\n'

/** Runs the action with a probe that writes, at exit, every built-in module the process loaded. */
async function loadedModules(): Promise<{ modules: string[]; decision: string | undefined }> {
  const repo = createGitRepo()
  repo.commit({ '.github/go-no-go.yml': CHECKLIST }, ALICE)
  const probeDir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-probe-'))
  const listFile = path.join(probeDir, 'modules.json')
  const probe = path.join(probeDir, 'probe.mjs')
  writeFileSync(probe, `process.on('exit', () => process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(listFile)}, JSON.stringify(process.moduleLoadList)))\n`)
  const run = await runAction({ workspace: repo.dir, inputs: { 'github-token': '' }, env: { NODE_OPTIONS: `--import=${probe}` } })
  return { modules: JSON.parse(readFileSync(listFile, 'utf8')) as string[], decision: run.outputs.decision }
}

describe('what a plain run loads', () => {
  it('decides a push without loading node:crypto or node:zlib: random bytes come from the kernel, small files are compared byte for byte, small hashes are ours', async () => {
    const { modules, decision } = await loadedModules()
    expect(decision).toBe('go')
    expect(modules).toContain('NativeModule child_process')
    expect(modules).not.toContain('NativeModule crypto')
    expect(modules).not.toContain('NativeModule zlib')
  })
})
