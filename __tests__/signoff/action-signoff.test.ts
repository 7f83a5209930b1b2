/** Sign-offs on the pull request, judged by the bundled action against the GitHub stand-in. */
import { readFileSync } from 'node:fs'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../github/fake-github.js'
import { runAction, workspaceFrom } from '../helpers/run-action.js'

const OLD = 'a1'.repeat(20)
const HEAD = 'b2'.repeat(20)
const event = { pull_request: { number: 9, head: { sha: HEAD, repo: { full_name: 'octo-org/octo-repo' } }, user: { login: 'pr-author' } } }
const checklist = `version: 1
title: Release
sections:
  - title: Gates
    items:
      - id: build
        title: It builds
        run: "true"
  - title: People
    items:
      - id: security
        title: Security sign-off
        manual: true
        approvers: [alice, team:octo-org/security]
      - id: migration
        title: Migration reviewed
        manual: true
        paths: ["db/migrations/**"]
`

let api: FakeGitHub
afterEach(async () => api?.close())

async function start(options: FakeGitHubOptions = {}) {
  api = await startFakeGitHub({
    permissions: { alice: 'write', bob: 'write', 'pr-author': 'admin', carol: 'read', dave: 'write' },
    teams: { 'octo-org/security': ['dave'] },
    pullCommits: [
      { sha: OLD, date: '2026-11-23T09:00:00Z' },
      { sha: HEAD, date: '2026-11-23T11:00:00Z' }
    ],
    ...options
  })
}

const at = (hour: number) => `2026-11-23T${String(hour).padStart(2, '0')}:30:00Z`
const person = (login: string) => ({ login, type: 'User' as const })
const run = () =>
  runAction({
    workspace: workspaceFrom(undefined, checklist),
    eventName: 'pull_request',
    event,
    env: { GITHUB_API_URL: api.url, GO_NO_GO_API_RETRY_UNIT_MS: '10', GO_NO_GO_API_MAX_WAIT_MS: '5000' }
  })
const itemStatus = (result: Awaited<ReturnType<typeof run>>, id: string) =>
  JSON.parse(readFileSync(result.outputs.report, 'utf8')).items.find((item: { id: string }) => item.id === id)

describe('sign-offs on the pull request', () => {
  it('an approver signs both items off → GO, with the check run on the PR head', async () => {
    await start()
    api.addComment(9, 'Reviewed the threat model.\n/signoff security', person('alice'), at(11))
    api.addReview({ user: { login: 'bob' }, state: 'APPROVED', body: 'LGTM\n/signoff migration', commit_id: HEAD, submitted_at: at(11) })
    const result = await run()
    expect(result.outputs.decision).toBe('go')
    expect(result.code).toBe(0)
    expect(itemStatus(result, 'security')).toMatchObject({ status: 'pass', summary: 'signed off by @alice' })
    expect(api.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'success' })
    expect(result.summary).toContain('### Sign-off trail')
  })

  it('a member of an approver team counts; someone else stays refused and the report says why', async () => {
    await start()
    api.addComment(9, '/signoff security', person('carol'), at(11))
    api.addComment(9, '/signoff security migration', person('bob'), at(11))
    const refused = await run()
    expect(refused.outputs.decision).toBe('no-go')
    expect(itemStatus(refused, 'security').status).toBe('pending')
    expect(itemStatus(refused, 'migration').status).toBe('pass')
    expect(refused.summary).toMatch(/not one of the approvers/)
    api.addComment(9, '/signoff security', person('dave'), at(11))
    expect((await run()).outputs.decision).toBe('go')
  })

  it('/revoke makes the item pending again', async () => {
    await start()
    api.addComment(9, '/signoff security migration', person('alice'), at(11))
    expect((await run()).outputs.decision).toBe('go')
    api.addComment(9, '/revoke security', person('alice'), at(12))
    const revoked = await run()
    expect(revoked.outputs.decision).toBe('no-go')
    expect(itemStatus(revoked, 'security').status).toBe('pending')
  })

  it('the pull request author cannot sign off their own change', async () => {
    await start()
    api.addComment(9, '/signoff security migration', person('pr-author'), at(11))
    const result = await run()
    expect(result.outputs.decision).toBe('no-go')
    expect(result.summary).toMatch(/author cannot sign off their own change/)
  })

  it('a new commit touching paths invalidates the earlier sign-off', async () => {
    await start({ changedFiles: { [OLD]: ['db/migrations/0007_drop_column.sql'] } })
    api.addComment(9, '/signoff security', person('alice'), at(11))
    api.addComment(9, '/signoff migration', person('bob'), at(10))
    const result = await run()
    expect(result.outputs.decision).toBe('no-go')
    expect(itemStatus(result, 'migration')).toMatchObject({
      status: 'pending',
      notes: [expect.stringMatching(/signed by @bob at a1a1a1a, invalidated by new changes to db\/migrations\/0007_drop_column\.sql/)]
    })
  })
})
