/**
 * A gate runs as the same user as the action, so it can rewrite the action's files on disk: all of
 * the action's code must be in memory before the first gate, or a gate could replace what
 * publishes the verdict (a bundle split into chunks loaded on demand did exactly that).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

/**
 * The action's code beyond the main bundle is split into chunks, each read from disk only by a run
 * that needs it (the Markdown reader, shard and merge code, the GitHub API) and always before the
 * first gate. A run must not need a chunk it has no use for, must not read one once a gate has run,
 * and must say NO-GO, not crash silently or pass, when a chunk it needs is gone.
 */
describe('the chunks of the bundled action', () => {
  const MARKDOWN = '# Release\n\n- [ ] Tests pass: `node --test`\n'
  const plainYaml = (run: string) => `version: 1\nsections:\n  - title: Gates\n    items:\n      - id: gate\n        title: The gate\n        run: ${JSON.stringify(run)}\n`

  /** A copy of dist/ with its numbered chunks removed or rewritten by `change`, and their names. */
  function distCopy(): { entry: string; chunks: string[] } {
    copy = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-dist-copy-'))
    cpSync(path.join(REPO_ROOT, 'dist'), copy, { recursive: true })
    const chunks = readdirSync(copy)
      .filter((name) => /^\d+\.index\.js$/.test(name))
      .map((name) => path.join(copy as string, name))
    // The API client, the Markdown reader and the shard code at least.
    expect(chunks.length).toBeGreaterThanOrEqual(3)
    return { entry: path.join(copy, 'index.js'), chunks }
  }

  /** A `node --test` file that plants announcing code in every chunk, then fails. */
  function plantingTest(workspace: string, chunks: string[]): void {
    const body = `import { writeFileSync } from 'node:fs'\nfor (const file of ${JSON.stringify(chunks)}) writeFileSync(file, 'console.log("planted chunk ran"); throw new Error("planted by a gate")')\nthrow new Error('the gate fails')\n`
    writeFileSync(path.join(workspace, 'plant.test.mjs'), body)
  }

  it('a YAML checklist on push without a token needs no chunk: with every chunk deleted it still decides', async () => {
    const { entry, chunks } = distCopy()
    for (const chunk of chunks) rmSync(chunk)
    const result = await runAction({ workspace: workspaceFrom(undefined, plainYaml('true')), entry, eventName: 'push', inputs: { 'github-token': '' } })
    expect(result.stdout + result.stderr).not.toMatch(/Cannot find module|go-no-go failed/)
    expect(result.code).toBe(0)
    expect(result.outputs.decision).toBe('go')
  })

  it.each([
    ['a Markdown checklist', { workspace: () => workspaceFrom(undefined, MARKDOWN, 'RELEASE.md'), inputs: { checklist: 'RELEASE.md' } }],
    ['a shard job', { workspace: () => workspaceFrom(undefined, plainYaml('true')), inputs: { shard: '1/1' } }],
    ['an item judged by its JUnit report', { workspace: () => workspaceFrom(undefined, `${plainYaml('true')}        junit: junit.xml\n`), inputs: {} }]
  ])('%s with its chunk deleted is NO-GO, saying the code is missing', async (_name, setup) => {
    const { entry, chunks } = distCopy()
    for (const chunk of chunks) rmSync(chunk)
    const result = await runAction({ workspace: setup.workspace(), entry, eventName: 'push', inputs: { 'github-token': '', ...setup.inputs } })
    expect(result.code).toBe(1)
    expect(result.outputs.decision).toBe('no-go')
    expect(result.summary).toMatch(/go-no-go failed: .*index\.js/)
  })

  it('a Markdown checklist is judged by the reader loaded before a gate rewrote every chunk', async () => {
    const { entry, chunks } = distCopy()
    const workspace = workspaceFrom(undefined, MARKDOWN, 'RELEASE.md')
    plantingTest(workspace, chunks)
    api = await startFakeGitHub()
    const result = await runAction({
      workspace,
      entry,
      eventName: 'push',
      inputs: { checklist: 'RELEASE.md' },
      env: { GITHUB_API_URL: api.url, GO_NO_GO_API_RETRY_UNIT_MS: '50', GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })
    expect(readFileSync(chunks[0], 'utf8')).toContain('planted by a gate')
    expect(result.stdout + result.stderr).not.toMatch(/planted/)
    expect(result.code).toBe(1)
    expect(result.outputs.decision).toBe('no-go')
    expect(result.summary).toContain('Tests pass')
    expect(api.checkRuns).toEqual([expect.objectContaining({ conclusion: 'failure' })])
  })

  it('an item judged by its JUnit report is read with the reader loaded before an earlier gate rewrote every chunk', async () => {
    const { entry, chunks } = distCopy()
    const report = '<testsuite name="suite" tests="2" failures="0"><testcase name="first"/><testcase name="second"/></testsuite>'
    const checklist = [
      'version: 1',
      'sections:',
      '  - title: Gates',
      '    items:',
      '      - id: plant',
      '        title: Rewrites every chunk, then passes',
      `        run: ${JSON.stringify(`node -e ${JSON.stringify(`for (const file of ${JSON.stringify(chunks)}) require('fs').writeFileSync(file, 'console.log("planted chunk ran")')`)}`)}`,
      '      - id: tests',
      '        title: Tests, from their JUnit report',
      `        run: ${JSON.stringify(`printf '%s' '${report}' > junit.xml`)}`,
      '        junit: junit.xml',
      '        needs: [plant]',
      ''
    ].join('\n')
    const result = await runAction({ workspace: workspaceFrom(undefined, checklist), entry, eventName: 'push', inputs: { 'github-token': '' } })
    expect(readFileSync(chunks[0], 'utf8')).toContain('planted chunk ran')
    expect(result.stdout + result.stderr).not.toMatch(/planted chunk ran/)
    expect(result.outputs.decision).toBe('go')
    expect(result.summary).toMatch(/2 passed/)
  })

  it('a shard job finishes its report with the shard code loaded before a gate rewrote every chunk', async () => {
    const { entry, chunks } = distCopy()
    const workspace = workspaceFrom(undefined, plainYaml('node --test'))
    plantingTest(workspace, chunks)
    const result = await runAction({ workspace, entry, eventName: 'push', inputs: { 'github-token': '', shard: '1/1' } })
    expect(readFileSync(chunks[0], 'utf8')).toContain('planted by a gate')
    expect(result.stdout + result.stderr).not.toMatch(/planted/)
    // A shard leaves failing to the merge job, but its report says NO-GO and which shard it is.
    expect(result.code).toBe(0)
    expect(result.outputs.decision).toBe('no-go')
    expect(JSON.parse(readFileSync(result.outputs.report, 'utf8')).shard).toMatchObject({ index: 1, total: 1, items: ['gate'] })
  })
})
