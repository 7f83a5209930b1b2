/** The plans of shard and merge jobs, decided from the event and the mode alone. */
import { planRun } from '../../src/events/plan.js'
import type { GitHubEnvironment } from '../../src/github/context.js'

const HEAD = 'c'.repeat(40)
const pullRequest = { pull_request: { number: 12, head: { sha: HEAD } } }

function environment(eventName: string, eventPayload: GitHubEnvironment['eventPayload']): GitHubEnvironment {
  return {
    eventName,
    eventPayload,
    repository: 'octo-org/octo-repo',
    owner: 'octo-org',
    repo: 'octo-repo',
    runId: '1',
    runAttempt: '1',
    sha: 'a'.repeat(40),
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com'
  }
}

describe('merge mode', () => {
  it.each([
    ['pull_request', pullRequest, { reportsFrom: 'this-run', pullRequest: { number: 12, required: false }, comment: true }],
    ['push', {}, { reportsFrom: 'this-run', comment: false }],
    ['merge_group', { merge_group: { head_sha: HEAD } }, { reportsFrom: 'this-run', comment: false }],
    ['pull_request_target', pullRequest, { reportsFrom: 'this-run', checklistAtWorkflowCommit: true, comment: true }],
    ['workflow_run', { workflow_run: { id: 300, head_sha: HEAD } }, { reportsFrom: 'triggering-run', checklistAtWorkflowCommit: true, readPreviousReport: true, comment: true }]
  ])('%s: no gate runs, and the checkout need not be the workflow’s commit because nothing in it runs', (eventName, payload, expected) => {
    const plan = planRun(environment(eventName, payload), { merge: true })
    expect(plan).toMatchObject({ action: 'evaluate', gates: 'reports', requireWorkflowCommit: false, checkRun: true, ...expected })
    expect(plan).toHaveProperty('note', expect.stringContaining('no gate runs and nothing from the checkout is executed'))
  })

  it.each([
    ['issue_comment', { issue: { number: 7, pull_request: {} } }],
    ['pull_request_review', pullRequest],
    ['release', {}]
  ])('%s: refused, saying where merges run', (eventName, payload) => {
    expect(planRun(environment(eventName, payload), { merge: true })).toEqual({
      action: 'refuse',
      problem: { code: 'unsupported-event', message: expect.stringContaining('Merge mode (`reports`) runs where shard reports are made') }
    })
  })

  it('workflow_run without a run id and head commit is an unreadable event', () => {
    expect(planRun(environment('workflow_run', { workflow_run: { id: 'x' } }), { merge: true })).toMatchObject({ action: 'refuse', problem: { code: 'unreadable-event' } })
  })
})

describe('shard mode', () => {
  it('runs the event’s gates and reads and posts nothing on the pull request', () => {
    expect(planRun(environment('pull_request', pullRequest), { shard: { index: 2, total: 4, publish: false } })).toMatchObject({
      action: 'evaluate',
      gates: 'run',
      readPreviousReport: false,
      comment: false,
      checkRun: false,
      note: expect.stringContaining('shard 2/4')
    })
  })

  it('with shard-publish, a check run of its own; still no comment', () => {
    expect(planRun(environment('push', {}), { shard: { index: 1, total: 2, publish: true } })).toMatchObject({ gates: 'run', comment: false, checkRun: true })
  })

  it('keeps a privileged event’s demand for the workflow’s own commit', () => {
    expect(planRun(environment('pull_request_target', pullRequest), { shard: { index: 1, total: 2, publish: false } })).toMatchObject({ requireWorkflowCommit: true })
  })

  it('refuses where no gate runs (a sign-off comment)', () => {
    expect(planRun(environment('issue_comment', { issue: { number: 7, pull_request: {} } }), { shard: { index: 1, total: 2, publish: false } })).toMatchObject({
      action: 'refuse',
      problem: { code: 'unsupported-event' }
    })
  })
})
