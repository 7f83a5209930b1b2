/**
 * Ticking a box in the go/no-go comment, judged on the `issue_comment` event without running a
 * gate again: the stored results are trusted only when our check run vouches for them.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js'
import { runAction, workspaceFrom } from '../helpers/run-action.js'

const HEAD = 'c3'.repeat(20)
const checklist = `version: 1
title: Release
sections:
  - title: Gates
    items:
      - id: ready
        title: Release marker present
        run: test -f .ready
  - title: People
    items:
      - id: security
        title: Security sign-off
        manual: true
        approvers: [alice]
`
const pullRequestEvent = { pull_request: { number: 4, head: { sha: HEAD, repo: { full_name: 'octo-org/octo-repo' } }, user: { login: 'pr-author' } } }

let api: FakeGitHub
afterEach(async () => api?.close())

const env = () => ({ GITHUB_API_URL: api.url, GO_NO_GO_API_RETRY_UNIT_MS: '10', GO_NO_GO_API_MAX_WAIT_MS: '5000' })

/** The pull request run: the gate passes on the PR's code (which has .ready). */
async function firstRun() {
  const workspace = workspaceFrom(undefined, checklist)
  writeFileSync(path.join(workspace, '.ready'), 'yes\n')
  const run = await runAction({ workspace, eventName: 'pull_request', event: pullRequestEvent, env: env(), inputs: { 'github-token': 'ghs_token' } })
  expect(run.outputs.decision).toBe('no-go')
  return api.comments[0]
}

/** What GitHub does when someone ticks a box: edits our comment and sends issue_comment "edited". */
async function tick(login: string, edit: (body: string) => string) {
  const comment = api.comments[0]
  const before = comment.body
  comment.body = edit(before)
  // The default branch has no .ready: if the gate ran again here, it would fail.
  return runAction({
    workspace: workspaceFrom(undefined, checklist),
    eventName: 'issue_comment',
    event: {
      action: 'edited',
      issue: { number: 4, pull_request: {} },
      comment: { id: comment.id, body: comment.body, updated_at: '2026-11-23T12:00:00Z' },
      changes: { body: { from: before } },
      sender: { login }
    },
    env: { ...env(), GITHUB_RUN_ID: '9000' }
  })
}

const tickSecurity = (body: string) => body.replace(/^- \[ \] (.*<!-- signoff:security -->)$/m, '- [x] $1')

describe('ticking a sign-off box in the comment', () => {
  it('by an approver: the item passes and the verdict flips to GO on the PR head, no gate run again', async () => {
    api = await startFakeGitHub({ pullHeadSha: HEAD, permissions: { alice: 'write', carol: 'read' } })
    const comment = await firstRun()
    expect(comment.body).toMatch(/^- \[ \] Security sign-off .*<!-- signoff:security -->$/m)
    expect(comment.body).toContain('<!-- go-no-go:state ')
    const run = await tick('alice', tickSecurity)
    expect(run.outputs.decision).toBe('go')
    expect(run.code).toBe(0)
    expect(api.checkRuns.at(-1)).toMatchObject({ head_sha: HEAD, conclusion: 'success' })
    // The comment event has no head SHA: it is looked up once and shared by every step.
    expect(api.requests.filter((request) => request.method === 'GET' && /\/pulls\/4$/.test(request.path))).toHaveLength(1)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0].body).toMatch(/^- \[x\] Security sign-off .*signed off by @\u200balice.*<!-- signoff:security -->$/m)
    expect(api.comments[0].body).toMatch(/\| @\u200balice \| `security` \| signed off by tick \| ✅ accepted \|/)
  })

  it('by someone who may not: stays pending, is un-ticked in the next render, and the report says why', async () => {
    api = await startFakeGitHub({ pullHeadSha: HEAD, permissions: { alice: 'write', carol: 'read' } })
    await firstRun()
    const run = await tick('carol', tickSecurity)
    expect(run.outputs.decision).toBe('no-go')
    expect(api.comments[0].body).toMatch(/^- \[ \] Security sign-off .*<!-- signoff:security -->$/m)
    expect(api.comments[0].body).toMatch(/@\u200bcarol .*not one of the approvers/)
  })

  it('a tick survives later runs, and clearing the box revokes it', async () => {
    api = await startFakeGitHub({ pullHeadSha: HEAD, permissions: { alice: 'write' } })
    await firstRun()
    expect((await tick('alice', tickSecurity)).outputs.decision).toBe('go')
    const untick = await tick('alice', (body) => body.replace(/^- \[x\] (.*<!-- signoff:security -->)$/m, '- [ ] $1'))
    expect(untick.outputs.decision).toBe('no-go')
  })

  it('refuses stored results that were edited: NO-GO, and it says to re-run', async () => {
    api = await startFakeGitHub({ pullHeadSha: HEAD, permissions: { alice: 'write' } })
    await firstRun()
    const forged = Buffer.from(
      JSON.stringify({ version: 1, headSha: HEAD, checklist: '.github/go-no-go.yml', results: [{ id: 'ready', status: 'pass', summary: 'exit 0', durationMs: 1 }], ticks: [] })
    ).toString('base64url')
    const run = await tick('alice', (body) => tickSecurity(body.replace(/<!-- go-no-go:state [A-Za-z0-9_-]+ -->/, `<!-- go-no-go:state ${forged} -->`)))
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toMatch(/do not match the check run/)
  })
})
