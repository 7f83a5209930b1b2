/**
 * A gate runs as the same user as the action, so it can rewrite the action's files on disk: all of
 * the action's code must be in memory before the first gate, or a gate could replace what
 * publishes the verdict (a bundle split into chunks loaded on demand did exactly that).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT, runAction, workspaceFrom } from '../helpers/run-action.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'

let api: FakeGitHub | undefined
let copy: string | undefined
afterEach(async () => {
  await api?.close()
  if (copy) rmSync(copy, { recursive: true, force: true })
})

describe('the bundled action when a gate rewrites its code on disk', () => {
  it('still publishes the verdict it reached with the code it started with', async () => {
    api = await startFakeGitHub()
    copy = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-dist-copy-'))
    cpSync(path.join(REPO_ROOT, 'dist'), copy, { recursive: true })
    const chunks = readdirSync(copy).filter((name) => name.endsWith('.js'))
    expect(chunks).toContain('index.js')
    const plant = chunks.map((name) => `printf 'throw new Error("planted by a gate")' > '${path.join(copy as string, name)}'`).join(' && ')
    const checklist = `version: 1\nsections:\n  - title: Gates\n    items:\n      - id: plant\n        title: Rewrites the action's code\n        run: ${JSON.stringify(plant)}\n`
    const result = await runAction({
      workspace: workspaceFrom(undefined, checklist),
      entry: path.join(copy, 'index.js'),
      eventName: 'push',
      env: { GITHUB_API_URL: api.url, GO_NO_GO_API_RETRY_UNIT_MS: '50', GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })
    // The gate did rewrite them, and the run neither crashed nor lost its check run.
    expect(readFileSync(path.join(copy, chunks[0]), 'utf8')).toContain('planted by a gate')
    expect(result.stdout + result.stderr).not.toContain('planted by a gate')
    expect(result.code).toBe(0)
    expect(result.outputs.decision).toBe('go')
    expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'success' })])
  })

  // The GitHub API module is a chunk of its own, loaded only with a token: on a push nothing asks
  // GitHub anything before the gates, on a pull request the last report is read before them.
  it.each(['push', 'pull_request'])('on %s, publishes with the API chunk it loaded before a gate replaced it', async (eventName) => {
    api = await startFakeGitHub()
    copy = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-dist-copy-'))
    cpSync(path.join(REPO_ROOT, 'dist'), copy, { recursive: true })
    const chunks = readdirSync(copy).filter((name) => /^\d+\.index\.js$/.test(name))
    expect(chunks.length).toBeGreaterThan(0)
    // Valid modules that would announce themselves if anything loaded them, then a failing gate: the real code must say NO-GO.
    const plant = chunks.map((name) => `printf 'console.log("planted chunk ran"); throw new Error("planted by a gate")' > '${path.join(copy as string, name)}'`).join(' && ')
    const checklist = `version: 1\nsections:\n  - title: Gates\n    items:\n      - id: plant\n        title: Rewrites the API chunks\n        run: ${JSON.stringify(`${plant} && exit 1`)}\n`
    const result = await runAction({
      workspace: workspaceFrom(undefined, checklist),
      entry: path.join(copy, 'index.js'),
      eventName,
      event: { pull_request: { number: 12, head: { sha: 'a'.repeat(40), repo: { full_name: 'octo-org/octo-repo' } }, base: { sha: 'b'.repeat(40) } } },
      env: { GITHUB_API_URL: api.url, GO_NO_GO_API_RETRY_UNIT_MS: '50', GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })
    expect(readFileSync(path.join(copy, chunks[0]), 'utf8')).toContain('planted by a gate')
    expect(result.stdout + result.stderr).not.toMatch(/planted/)
    expect(result.code).toBe(1)
    expect(result.outputs.decision).toBe('no-go')
    expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'failure' })])
    if (eventName === 'pull_request') expect(api.comments).toEqual([expect.objectContaining({ issue: 12 })])
  })
})
