/** Every GitHub surface against a stand-in that behaves like GitHub, limits and failures included. */
import { createGitHubClient, type GitHubConnection } from '../../src/github/client.js'
import { API_UNAVAILABLE_NOTICE, publishToGitHub, type PublishSettings } from '../../src/github/publish.js'
import type { GitHubEnvironment } from '../../src/github/context.js'
import { createRedactor } from '../../src/text/redact.js'
import { makeReport } from '../helpers/reports.js'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.js'
import { clientOn, recordingClock } from './recording-clock.js'

const HEAD = '1'.repeat(40)
const MERGE = '2'.repeat(40)

function settings(overrides: Partial<PublishSettings> = {}): PublishSettings {
  return {
    token: 'ghs_test',
    comment: 'true',
    commentKey: '.github/go-no-go.yml',
    checkName: 'Go/No-Go',
    checkRun: true,
    maxApiWaitMs: 20_000,
    retryUnitMs: 50,
    redactor: createRedactor(),
    ...overrides
  }
}

function pullRequestEnv(api: FakeGitHub, runId = 100, head = HEAD): GitHubEnvironment {
  return {
    eventName: 'pull_request',
    eventPayload: { pull_request: { number: 7, head: { sha: head, repo: { full_name: 'octo-org/octo-repo' } } } },
    repository: 'octo-org/octo-repo',
    owner: 'octo-org',
    repo: 'octo-repo',
    runId: String(runId),
    runAttempt: '1',
    sha: MERGE,
    serverUrl: 'https://github.test',
    apiUrl: api.url,
    runUrl: `https://github.test/octo-org/octo-repo/actions/runs/${runId}`
  }
}

const noGo = makeReport([
  { id: 'fmt', status: 'pass' },
  { id: 'tests', status: 'fail', failingTests: ['tests::rounds'], reason: '1 failed: tests::rounds' }
])
const go = makeReport([{ id: 'fmt', status: 'pass' }])

let api: FakeGitHub
async function start(options: FakeGitHubOptions = {}) {
  api = await startFakeGitHub(options)
  return api
}
afterEach(async () => api?.close())

const ours = (fake: FakeGitHub) => fake.comments.filter((comment) => comment.body.includes('<!-- go-no-go:key=.github/go-no-go.yml '))

describe('sticky comment', () => {
  it('creates one comment, then updates it in place on the next run', async () => {
    await start()
    const first = await publishToGitHub(noGo, settings(), pullRequestEnv(api, 100))
    expect(first.notices).toEqual([])
    expect(first.commentUrl).toMatch(/#issuecomment-/)
    expect(ours(api)).toHaveLength(1)
    expect(ours(api)[0].body).toContain('NO-GO')
    await publishToGitHub(go, settings(), pullRequestEnv(api, 101))
    expect(ours(api)).toHaveLength(1)
    expect(ours(api)[0].body).toContain('🟢 GO')
    expect(api.invalidBodies).toEqual([])
  })

  it('finds our comment on page 3 among 250 others and updates it, creating none', async () => {
    await start()
    for (let index = 0; index < 210; index++) api.addComment(7, `comment ${index}`, { login: 'someone', type: 'User' })
    await publishToGitHub(noGo, settings(), pullRequestEnv(api, 100))
    for (let index = 0; index < 40; index++) api.addComment(7, `later ${index}`, { login: 'someone', type: 'User' })
    const creates = () => api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments')).length
    expect(creates()).toBe(1)
    await publishToGitHub(go, settings(), pullRequestEnv(api, 101))
    expect(creates()).toBe(1)
    expect(ours(api)).toHaveLength(1)
    expect(api.requests.some((request) => request.query.get('page') === '3' && request.query.get('per_page') === '100')).toBe(true)
  })

  it('ignores a marker comment written by another user', async () => {
    await start()
    const forged = api.addComment(7, '<!-- go-no-go:key=.github/go-no-go.yml head=x run=999999 -->\n## 🟢 GO', { login: 'mallory', type: 'User' })
    await publishToGitHub(noGo, settings(), pullRequestEnv(api, 100))
    expect(forged.body).toContain('🟢 GO')
    expect(ours(api).filter((comment) => comment.user.login === 'github-actions[bot]')).toHaveLength(1)
  })

  it('matches only comments by its own login when the token can say who it is (a PAT)', async () => {
    await start({ identity: { login: 'release-bot', type: 'User', readUser: true } })
    api.addComment(7, '<!-- go-no-go:key=.github/go-no-go.yml head=x run=1 -->', { login: 'other-bot[bot]', type: 'Bot' })
    await publishToGitHub(noGo, settings(), pullRequestEnv(api, 100))
    expect(
      ours(api)
        .map((comment) => comment.user.login)
        .sort()
    ).toEqual(['other-bot[bot]', 'release-bot'])
  })

  it('does not post a second comment when it cannot learn who it is because /user is failing', async () => {
    await start({ identity: { login: 'release-bot', type: 'User', readUser: true }, userStatus: 500 })
    api.addComment(7, '<!-- go-no-go:key=.github/go-no-go.yml head=x run=1 -->\n## 🟢 GO', { login: 'release-bot', type: 'User' })
    const result = await publishToGitHub(noGo, settings({ checkRun: false }), pullRequestEnv(api, 100))
    expect(api.comments).toHaveLength(1)
    expect(result.notices.join('\n')).toMatch(/could not write the PR comment: 500/)
  })

  it('leaves one comment, the oldest, when three runs race', async () => {
    await start()
    await Promise.all([100, 101, 102].map((runId) => publishToGitHub(noGo, settings({ checkRun: false }), pullRequestEnv(api, runId))))
    expect(ours(api)).toHaveLength(1)
    const created = api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments') && request.status === 201)
    expect(created.length).toBeGreaterThan(1)
    const deleted = api.requests.filter((request) => request.method === 'DELETE' && request.status === 204).map((request) => Number(request.path.split('/').at(-1)))
    expect(deleted).toHaveLength(created.length - 1)
    for (const id of deleted) expect(id).toBeGreaterThan(ours(api)[0].id)
  })

  it('keeps the stored gate results whole next to a report cut to fit', async () => {
    await start()
    const big = makeReport(Array.from({ length: 2_000 }, (_, index) => ({ id: `gate-${index}`, status: 'fail' as const, reason: 'r'.repeat(100) })))
    const stateLine = `<!-- go-no-go:state ${'s'.repeat(23_000)} -->`
    const result = await publishToGitHub(big, settings({ state: { line: stateLine, hash: 'h'.repeat(64) } }), pullRequestEnv(api))
    expect(result.notices).toEqual([])
    expect(api.requests.filter((request) => request.status === 422)).toEqual([])
    expect(ours(api)[0].body.length).toBeLessThanOrEqual(65_536)
    expect(ours(api)[0].body.split('\n')[1]).toBe(stateLine)
    expect(api.checkRuns[0].external_id).toBe('h'.repeat(64))
  })

  it('does not let a run for an older head overwrite a newer report', async () => {
    await start()
    await publishToGitHub(go, settings(), pullRequestEnv(api, 200, '3'.repeat(40)))
    const stale = await publishToGitHub(noGo, settings(), pullRequestEnv(api, 150, HEAD))
    expect(ours(api)[0].body).toContain('🟢 GO')
    expect(stale.notices.join(' ')).toMatch(/newer run \(200\)/)
  })

  it('lets a re-run of an older run refresh the report when the head has not moved', async () => {
    await start()
    await publishToGitHub(go, settings(), pullRequestEnv(api, 200))
    const rerun = await publishToGitHub(noGo, settings(), { ...pullRequestEnv(api, 150), runAttempt: '2' })
    expect(rerun.notices).toEqual([])
    expect(ours(api)).toHaveLength(1)
    expect(ours(api)[0].body).toContain('🔴 NO-GO')
    expect(ours(api)[0].body).toContain(`head=${HEAD} run=150 attempt=2 -->`)
  })

  it('keeps the marker intact when the comment key has spaces or an HTML comment end', async () => {
    await start()
    const key = 'release checks --> <b>x</b>'
    await publishToGitHub(noGo, settings({ commentKey: key }), pullRequestEnv(api, 100))
    await publishToGitHub(go, settings({ commentKey: key }), pullRequestEnv(api, 101))
    expect(api.comments).toHaveLength(1)
    const firstLine = api.comments[0].body.split('\n')[0]
    expect(firstLine).toMatch(/^<!-- go-no-go:key=\S+ head=\S+ run=101 attempt=1 -->$/)
    expect(firstLine.indexOf('-->')).toBe(firstLine.length - 3)
  })

  it('comments on pull_request_target and pull_request_review events too', async () => {
    await start()
    for (const eventName of ['pull_request_target', 'pull_request_review']) {
      const result = await publishToGitHub(noGo, settings({ checkRun: false, commentKey: eventName }), { ...pullRequestEnv(api), eventName })
      expect(result.commentUrl).toMatch(/#issuecomment-/)
    }
    expect(api.comments).toHaveLength(2)
  })

  it('keeps two checklists in two comments', async () => {
    await start()
    await publishToGitHub(noGo, settings({ commentKey: 'backend' }), pullRequestEnv(api, 100))
    await publishToGitHub(go, settings({ commentKey: 'frontend' }), pullRequestEnv(api, 100))
    expect(api.comments).toHaveLength(2)
  })

  it('writes no comment with comment: false, and on-failure skips a GO with no earlier comment', async () => {
    await start()
    await publishToGitHub(noGo, settings({ comment: 'false' }), pullRequestEnv(api))
    await publishToGitHub(go, settings({ comment: 'on-failure' }), pullRequestEnv(api))
    expect(api.comments).toHaveLength(0)
    await publishToGitHub(noGo, settings({ comment: 'on-failure' }), pullRequestEnv(api, 102))
    await publishToGitHub(go, settings({ comment: 'on-failure' }), pullRequestEnv(api, 103))
    expect(ours(api)).toHaveLength(1)
    expect(ours(api)[0].body).toContain('🟢 GO')
  })

  it('fits a 2,000-gate NO-GO into one accepted comment with the verdict and first failures visible', async () => {
    await start()
    const big = makeReport(
      Array.from({ length: 2_000 }, (_, index) => ({
        id: `gate-${index}`,
        status: index % 5 === 0 ? ('fail' as const) : ('pass' as const),
        reason: `gate-${index} printed ${'x'.repeat(200)}`,
        output: `line\n`.repeat(50)
      }))
    )
    const result = await publishToGitHub(big, settings(), pullRequestEnv(api))
    expect(result.notices).toEqual([])
    expect(api.checkRuns[0].output.summary?.length).toBeLessThanOrEqual(65_535)
    expect(api.checkRuns[0].output.summary).toContain('🔴 NO-GO')
    const body = ours(api)[0].body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('🔴 NO-GO')
    expect(body).toContain('gate-0')
    expect(body).toMatch(/shortened to fit/)
    const prose = body.replace(/^(`{3,})[a-z]*\n[\s\S]*?\n\1$/gm, '')
    expect((prose.match(/<details>/g) ?? []).length).toBe((prose.match(/<\/details>/g) ?? []).length)
    expect(api.requests.filter((request) => request.status === 422)).toEqual([])
  })
})

describe('check run and commit status', () => {
  it('on a comment event, finds the PR head through the API and checks that, not the default branch', async () => {
    await start({ pullHeadSha: '5'.repeat(40) })
    const env = { ...pullRequestEnv(api), eventName: 'issue_comment', eventPayload: { issue: { number: 7, pull_request: {} } } }
    const result = await publishToGitHub(go, settings(), env)
    expect(result.notices).toEqual([])
    expect(api.checkRuns[0].head_sha).toBe('5'.repeat(40))
    expect(ours(api)).toHaveLength(1)
  })

  it('puts the check run on the PR head, not the merge commit, with the verdict as conclusion', async () => {
    await start()
    const result = await publishToGitHub(noGo, settings(), pullRequestEnv(api))
    expect(api.checkRuns).toEqual([expect.objectContaining({ name: 'Go/No-Go', head_sha: HEAD, conclusion: 'failure' })])
    expect(result.checkRunUrl).toMatch(/runs\/\d+/)
    await publishToGitHub(
      makeReport([
        { id: 'signoff', status: 'pending', severity: 'warning', kind: 'manual' },
        { id: 'a', status: 'pass' }
      ]),
      settings(),
      pullRequestEnv(api)
    )
    expect(api.checkRuns[1].conclusion).toBe('neutral')
  })

  it('sends 120 clippy findings as annotations in three requests of at most 50', async () => {
    await start()
    const findings = Array.from({ length: 120 }, (_, index) => ({
      level: 'warning' as const,
      message: `needless return ${index}`,
      file: 'src/lib.rs',
      line: index + 1,
      code: 'clippy::needless_return'
    }))
    await publishToGitHub(makeReport([{ id: 'clippy', status: 'fail', findings }]), settings({ comment: 'false' }), pullRequestEnv(api))
    const checkRequests = api.requests.filter((request) => request.path.includes('/check-runs'))
    expect(checkRequests).toHaveLength(3)
    expect(checkRequests.map((request) => ((request.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length)).toEqual([50, 50, 20])
    expect(api.checkRuns[0].output.annotations).toHaveLength(120)
    expect(api.invalidBodies).toEqual([])
  })

  it('maps finding levels to annotation levels and leaves out findings without a place in the repository', async () => {
    await start()
    const findings = [
      { level: 'error' as const, message: 'mismatched types', file: 'src/main.rs', line: 12, code: 'E0308' },
      { level: 'notice' as const, message: 'consider this', file: 'src/lib.rs', line: 3 },
      { level: 'warning' as const, message: 'outside', file: '/etc/passwd', line: 1 },
      { level: 'warning' as const, message: 'no line', file: 'src/lib.rs' }
    ]
    await publishToGitHub(makeReport([{ id: 'clippy', status: 'fail', findings }]), settings({ comment: 'false' }), pullRequestEnv(api))
    expect(api.checkRuns[0].output.annotations).toEqual([
      { path: 'src/main.rs', start_line: 12, end_line: 12, annotation_level: 'failure', message: 'mismatched types', title: 'clippy: E0308' },
      { path: 'src/lib.rs', start_line: 3, end_line: 3, annotation_level: 'notice', message: 'consider this', title: 'clippy' }
    ])
    expect(api.invalidBodies).toEqual([])
  })

  it('says CONDITIONAL GO in a success status, and needs no comment for it', async () => {
    await start()
    const conditional = makeReport([
      { id: 'signoff', status: 'pending', severity: 'warning', kind: 'manual' },
      { id: 'a', status: 'pass' }
    ])
    await publishToGitHub(conditional, settings({ statusContext: 'go-no-go', comment: 'on-failure', checkRun: false }), pullRequestEnv(api))
    expect(api.statuses[0].body).toMatchObject({
      state: 'success',
      description: expect.stringMatching(/^CONDITIONAL GO: /),
      target_url: 'https://github.test/octo-org/octo-repo/actions/runs/100'
    })
    expect(api.invalidBodies).toEqual([])
  })

  it('sets a commit status with a short ASCII description when status-context is set', async () => {
    await start()
    await publishToGitHub(noGo, settings({ statusContext: 'go-no-go/release' }), pullRequestEnv(api))
    expect(api.statuses).toHaveLength(1)
    expect(api.statuses[0].sha).toBe(HEAD)
    const description = String(api.statuses[0].body.description)
    expect(description.length).toBeLessThanOrEqual(140)
    expect(description).toMatch(/^[\x20-\x7e]+$/)
    expect(api.statuses[0].body).toMatchObject({ state: 'failure', context: 'go-no-go/release' })
  })
})

describe('when GitHub refuses the body', () => {
  it('retries once with a minimal body that still carries the verdict and a link', async () => {
    await start({ commentLimit: 400 })
    const result = await publishToGitHub(noGo, settings({ checkRun: false }), pullRequestEnv(api))
    expect(result.notices).toEqual([])
    expect(api.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments')).map((request) => request.status)).toEqual([422, 201])
    expect(ours(api)[0].body).toMatch(/## NO-GO[\s\S]*job summary\]\(https:\/\/github\.test/)
  })
})

describe('when the report cannot be rendered', () => {
  it('still posts the verdict in the comment and the check run, with a notice', async () => {
    await start()
    const render = () => {
      throw new Error('renderer broke')
    }
    const result = await publishToGitHub(noGo, settings(), pullRequestEnv(api), { render })
    expect(ours(api)[0].body).toMatch(/## NO-GO[\s\S]*job summary\]\(https:\/\/github\.test/)
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: expect.objectContaining({ summary: expect.stringContaining('NO-GO') }) })
    expect(result.notices).toEqual([expect.stringContaining('renderer broke')])
  })
})

describe('merge queue, forks and outages', () => {
  it('in a merge queue: no comment call at all, check run on merge_group.head_sha', async () => {
    await start()
    const queueHead = '4'.repeat(40)
    const env = { ...pullRequestEnv(api), eventName: 'merge_group', eventPayload: { merge_group: { head_sha: queueHead } } }
    const result = await publishToGitHub(go, settings(), env)
    expect(result.notices).toEqual([])
    expect(api.requests.filter((request) => request.path.includes('/comments'))).toEqual([])
    expect(api.checkRuns[0]).toMatchObject({ head_sha: queueHead, conclusion: 'success' })
  })

  it('with a read-only token: notices naming the missing permission, and no retry of the 403', async () => {
    await start({ readOnly: true })
    const result = await publishToGitHub(noGo, settings({ statusContext: 'go-no-go' }), pullRequestEnv(api))
    expect(result.notices.join('\n')).toMatch(/pull_requests=write/)
    expect(result.notices.join('\n')).toMatch(/checks=write/)
    expect(result.notices.join('\n')).toMatch(/statuses=write/)
    const writes = api.requests.filter((request) => request.method !== 'GET')
    expect(writes).toHaveLength(3)
  })

  it('waits out a secondary rate limit and then succeeds', async () => {
    await start({ secondaryLimitedWrites: 1, retryAfterSeconds: 1 })
    const result = await publishToGitHub(noGo, settings({ checkRun: false }), pullRequestEnv(api))
    expect(result.notices).toEqual([])
    expect(ours(api)).toHaveLength(1)
    expect(api.requests.filter((request) => request.status === 403 && request.method !== 'GET')).toHaveLength(1)
  })

  it('waits out a 429 secondary rate limit for its retry-after, once', async () => {
    await start({ secondaryLimitedWrites: 1, secondaryLimitStatus: 429, retryAfterSeconds: 4 })
    const clock = recordingClock()
    const result = await publishToGitHub(noGo, settings({ comment: 'false', retryUnitMs: 100 }), pullRequestEnv(api), { createClient: clientOn(clock) })
    expect(result.notices).toEqual([])
    const checkRequests = api.requests.filter((request) => request.path.endsWith('/check-runs'))
    expect(checkRequests.map((request) => request.status)).toEqual([429, 201])
    expect(clock.waits).toEqual([4 * 100])
  })

  it('does not start a wait longer than its budget: gives up at once and skips the remaining surfaces', async () => {
    await start({ secondaryLimitedWrites: 1, retryAfterSeconds: 60 })
    const clock = recordingClock()
    const result = await publishToGitHub(noGo, settings({ maxApiWaitMs: 2_000, retryUnitMs: 1_000, statusContext: 'go-no-go' }), pullRequestEnv(api), {
      createClient: clientOn(clock)
    })
    expect(clock.waits).toEqual([])
    expect(result.notices).toEqual([API_UNAVAILABLE_NOTICE])
    expect(api.requests.filter((request) => request.path.includes('/check-runs') || request.path.includes('/statuses'))).toEqual([])
  })

  it('spaces its writes as GitHub asks', async () => {
    await start()
    const clock = recordingClock()
    const findings = Array.from({ length: 120 }, (_, index) => ({ level: 'warning' as const, message: `w${index}`, file: 'src/lib.rs', line: index + 1 }))
    await publishToGitHub(makeReport([{ id: 'clippy', status: 'fail', findings }]), settings({ comment: 'false', retryUnitMs: 150 }), pullRequestEnv(api), {
      createClient: clientOn(clock)
    })
    const writes = api.requests.filter((request) => request.method !== 'GET')
    expect(writes).toHaveLength(3)
    // The clock's time moves only by its waits: each write after the first waited the full spacing.
    expect(clock.waits).toEqual([150, 150])
  })

  it('retries flaky 502s', async () => {
    await start({ flakyRequests: 2 })
    const result = await publishToGitHub(noGo, settings({ checkRun: false }), pullRequestEnv(api))
    expect(result.notices).toEqual([])
    expect(ours(api)).toHaveLength(1)
  })

  it('gives up within its wait budget when GitHub stays down, without throwing', async () => {
    await start({ down: true })
    const clock = recordingClock()
    const result = await publishToGitHub(noGo, settings({ maxApiWaitMs: 1_000, statusContext: 'go-no-go' }), pullRequestEnv(api), { createClient: clientOn(clock) })
    // Retry n waits n² units (50 ms here): three retries of the pull request, two of the comment; a third would pass 1,000 ms.
    expect(clock.waits).toEqual([50, 200, 450, 50, 200])
    expect(result.commentUrl).toBeUndefined()
    expect(result.checkRunUrl).toBeUndefined()
    expect(result.notices).toContain(API_UNAVAILABLE_NOTICE)
    // The comment and check run use up the budget between them; the status is then not even tried.
    expect(api.requests.filter((request) => request.path.includes('/statuses'))).toEqual([])
  })

  it('stops at its hard deadline when GitHub never answers, and sends nothing afterwards', async () => {
    await start({ hang: true })
    let connection: GitHubConnection | undefined
    const createClient: typeof createGitHubClient = (options) => (connection = createGitHubClient(options))
    const result = await publishToGitHub(noGo, settings({ maxApiWaitMs: 1_000 }), pullRequestEnv(api), { createClient })
    // Only the deadline ends a request GitHub never answers: publishing waited for it, then gave up.
    expect(api.requests.map((request) => request.status)).toEqual([0])
    expect(result.notices).toEqual([API_UNAVAILABLE_NOTICE])
    // Stopped for good: a request asked for now fails at once, without reaching GitHub.
    await expect(connection?.client.request('GET /repos/{owner}/{repo}', { owner: 'octo-org', repo: 'octo-repo' })).rejects.toThrow()
    expect(api.requests).toHaveLength(1)
  })
})
