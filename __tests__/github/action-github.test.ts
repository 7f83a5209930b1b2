/** The bundled action as a process, talking to the GitHub stand-in through GITHUB_API_URL. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FIXTURES, runAction, workspaceFrom } from '../helpers/run-action.js'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'

const HEAD = 'c'.repeat(40)
const pullRequestEvent = { pull_request: { number: 12, head: { sha: HEAD, repo: { full_name: 'octo-org/octo-repo' } }, base: { sha: 'b'.repeat(40) } } }

const checklist = (run: string) => `version: 1
title: Service release
sections:
  - title: Gates
    items:
      - id: gate
        title: The gate
        run: ${run}
`

let api: FakeGitHub
afterEach(async () => api?.close())

function run(options: { run: string; event?: unknown; eventName?: string; runId?: string; inputs?: Record<string, string>; workspace?: string }) {
  return runAction({
    workspace: options.workspace ?? workspaceFrom(undefined, checklist(options.run)),
    eventName: options.eventName ?? 'pull_request',
    event: options.event ?? pullRequestEvent,
    inputs: options.inputs,
    env: { GITHUB_API_URL: api.url, GITHUB_RUN_ID: options.runId ?? '500', GO_NO_GO_API_RETRY_UNIT_MS: '50', GO_NO_GO_API_MAX_WAIT_MS: '5000' }
  })
}

describe('dist/index.js on a pull request', () => {
  it('creates the sticky comment and check run, then updates the same comment', async () => {
    api = await startFakeGitHub()
    const first = await run({ run: 'exit 1', runId: '500' })
    expect(first.code).toBe(1)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].body).toContain('🔴 NO-GO')
    expect(first.outputs['comment-url']).toBe(api.comments[0].html_url)
    expect(first.outputs['check-run-url']).toMatch(/runs\/\d+/)
    expect(api.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' })

    const second = await run({ run: '"true"', runId: '501' })
    expect(second.code).toBe(0)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].body).toContain('🟢 GO')
    expect(api.invalidBodies).toEqual([])
  })

  it('with a read-only token: same exit code and summary, a notice naming the permission, no retry of the 403', async () => {
    api = await startFakeGitHub({ readOnly: true })
    const failing = await run({ run: 'exit 1' })
    expect(failing.code).toBe(1)
    expect(failing.outputs.decision).toBe('no-go')
    expect(failing.summary).toContain('NO-GO')
    expect(failing.stdout).toMatch(/::warning::.*pull_requests=write/)
    expect(api.requests.filter((request) => request.method !== 'GET')).toHaveLength(2)

    const passing = await run({ run: '"true"' })
    expect(passing.code).toBe(0)
    expect(passing.outputs.decision).toBe('go')
  })

  it('in a merge queue: no comment call, check run on merge_group.head_sha, exit code decides', async () => {
    api = await startFakeGitHub()
    const queueHead = 'd'.repeat(40)
    const result = await run({ run: 'exit 1', eventName: 'merge_group', event: { merge_group: { head_sha: queueHead, base_sha: 'b'.repeat(40) } } })
    expect(result.code).toBe(1)
    expect(api.requests.filter((request) => request.path.includes('comments'))).toEqual([])
    expect(api.checkRuns[0].head_sha).toBe(queueHead)
  })

  it('annotates 120 clippy warnings in three requests of at most 50', async () => {
    api = await startFakeGitHub()
    const warnings = `for i in $(seq 1 120); do printf 'warning: unneeded return statement\\n --> src/lib.rs:%d:5\\n\\n' $i; done`
    const workspace = workspaceFrom(
      undefined,
      `version: 1
sections:
  - title: Lint
    items:
      - id: clippy
        title: No clippy warnings
        run: "${warnings}"
        parser: cargo-clippy
`
    )
    const result = await run({ run: '', workspace, inputs: { comment: 'false' } })
    expect(result.outputs.decision).toBe('no-go')
    const requests = api.requests.filter((request) => request.path.includes('/check-runs'))
    expect(requests.map((request) => (request.body as { output: { annotations?: unknown[] } }).output.annotations?.length)).toEqual([50, 50, 20])
  })

  it('annotates findings of gates with a working-directory at their path in the repository, and links them there in the comment', async () => {
    api = await startFakeGitHub()
    const workspace = workspaceFrom(
      undefined,
      `version: 1
title: Monorepo release
sections:
  - title: Gates
    items:
      - id: lint-core
        title: Core lints
        run: "printf 'warning: unneeded return statement\\n --> src/lib.rs:3:5\\n\\n'"
        parser: cargo-clippy
        working-directory: crates/core
      - id: unit-web
        title: Web unit tests
        run: node --test
        working-directory: packages/web
`
    )
    cpSync(path.join(FIXTURES, 'node', 'red'), path.join(workspace, 'packages', 'web'), { recursive: true })
    mkdirSync(path.join(workspace, 'crates', 'core', 'src'), { recursive: true })
    writeFileSync(path.join(workspace, 'crates', 'core', 'src', 'lib.rs'), 'pub fn f() {}\n')
    const result = await run({ run: '', workspace })
    expect(result.outputs.decision).toBe('no-go')
    const annotations = (api.checkRuns[0].output.annotations ?? []) as Array<{ path: string }>
    expect(annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'crates/core/src/lib.rs', start_line: 3, annotation_level: 'warning' }),
        expect.objectContaining({ path: 'packages/web/math.test.js', start_line: 8, annotation_level: 'failure' })
      ])
    )
    for (const annotation of annotations) expect(annotation.path).not.toMatch(/^\/|^\.\.|^file:|\\/)
    const comment = api.comments[0].body
    expect(comment).toContain(`[\`packages/web/math.test.js:8:1\`](https://github.com/octo-org/octo-repo/blob/${HEAD}/packages/web/math.test.js#L8)`)
    expect(comment).toContain(`[\`crates/core/src/lib.rs:3:5\`](https://github.com/octo-org/octo-repo/blob/${HEAD}/crates/core/src/lib.rs#L3)`)
    expect(comment).not.toContain(workspace)
  })

  it('keeps the verdict when GitHub is down, and says so', async () => {
    api = await startFakeGitHub({ down: true })
    const result = await run({ run: '"true"' })
    expect(result.code).toBe(0)
    expect(result.outputs.decision).toBe('go')
    expect(result.summary).toContain('GO')
    expect(result.stdout).toMatch(/::warning::/)
  })

  it('caps API waiting for the whole run, not per surface, when GitHub stays down', async () => {
    api = await startFakeGitHub({ down: true })
    const result = await runAction({
      workspace: workspaceFrom(
        undefined,
        checklist('"true"').replace(
          'sections:',
          'sections:\n  - title: People\n    items:\n      - id: signoff\n        title: Sign-off\n        manual: true\n        severity: info'
        )
      ),
      eventName: 'pull_request',
      event: pullRequestEvent,
      env: { GITHUB_API_URL: api.url, GITHUB_RUN_ID: '700', GO_NO_GO_API_RETRY_UNIT_MS: '400', GO_NO_GO_API_MAX_WAIT_MS: '3000' }
    })
    expect(result.outputs.decision).toBe('go')
    // Reading the last report, sign-offs and publishing share one budget: once a wait is refused,
    // nothing more is sent. Separate budgets would each retry their own first request again.
    expect(api.requests.length).toBeLessThanOrEqual(3)
  })
})
