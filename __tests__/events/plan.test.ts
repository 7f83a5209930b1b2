/** Every event's path, decided from the event alone. */
import { planRun, SUPPORTED_EVENTS } from '../../src/events/plan.js'
import type { GitHubEnvironment } from '../../src/github/context.js'

const HEAD = 'c'.repeat(40)
const pullRequest = { pull_request: { number: 12, head: { sha: HEAD } } }

function environment(eventName: string, eventPayload: GitHubEnvironment['eventPayload'], eventProblem?: string): GitHubEnvironment {
  return {
    eventName,
    eventPayload,
    ...(eventProblem ? { eventProblem } : {}),
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

describe('planRun', () => {
  it.each([
    ['pull_request', pullRequest, { gates: 'run', requireWorkflowCommit: false, pullRequest: { number: 12, required: false }, readPreviousReport: true, comment: true }],
    ['push', {}, { gates: 'run', requireWorkflowCommit: false, readPreviousReport: false, comment: false }],
    ['merge_group', { merge_group: { head_sha: HEAD } }, { gates: 'run', readPreviousReport: false, comment: false }],
    ['workflow_dispatch', {}, { gates: 'run', comment: false }],
    ['schedule', {}, { gates: 'run', comment: false }],
    ['pull_request_review', pullRequest, { gates: 'stored-if-current', requireWorkflowCommit: false, pullRequest: { number: 12, required: false }, comment: true }],
    ['issue_comment', { issue: { number: 7, pull_request: {} } }, { gates: 'stored', pullRequest: { number: 7, required: true }, readPreviousReport: true, comment: true }],
    ['pull_request_target', pullRequest, { gates: 'run', requireWorkflowCommit: true, pullRequest: { number: 12, required: false }, comment: true }],
    ['workflow_run', { workflow_run: {} }, { gates: 'run', requireWorkflowCommit: true, comment: false }]
  ])('%s', (eventName, payload, expected) => {
    const plan = planRun(environment(eventName, payload))
    expect(plan).toMatchObject({ action: 'evaluate', checkRun: true, ...expected })
    if (!('pullRequest' in expected)) expect(plan).not.toHaveProperty('pullRequest')
  })

  it('names what the checked-out checklist belongs to and the commit it is compared with', () => {
    const BASE = 'b'.repeat(40)
    const checklistOf = (eventName: string, payload: GitHubEnvironment['eventPayload']) => {
      const plan = planRun(environment(eventName, payload))
      return plan.action === 'evaluate' ? plan.checklist : undefined
    }
    const withBase = { pull_request: { ...pullRequest.pull_request, base: { sha: BASE } } }
    expect(checklistOf('pull_request', withBase)).toEqual({ target: 'pull-request', baseSha: BASE })
    expect(checklistOf('pull_request_review', withBase)).toEqual({ target: 'pull-request', baseSha: BASE })
    expect(checklistOf('pull_request', { pull_request: { ...pullRequest.pull_request, base: { sha: 'main' } } })).toEqual({ target: 'pull-request' })
    expect(checklistOf('merge_group', { merge_group: { head_sha: HEAD, base_sha: BASE } })).toEqual({ target: 'merge-group', baseSha: BASE })
    expect(checklistOf('push', {})).toEqual({ target: 'other' })
    expect(checklistOf('issue_comment', { issue: { number: 7, pull_request: {} } })).toEqual({ target: 'other' })
  })

  it('does nothing for a comment on a plain issue', () => {
    expect(planRun(environment('issue_comment', { issue: { number: 7 } }))).toEqual({
      action: 'nothing-to-do',
      notice: expect.stringMatching(/^#7 is an issue, not a pull request: .*ran nothing and posted nothing/)
    })
  })

  it('refuses any other event, listing every supported one', () => {
    const plan = planRun(environment('pull_request_review_comment', pullRequest))
    expect(plan).toMatchObject({ action: 'refuse', problem: { code: 'unsupported-event' } })
    if (plan.action === 'refuse') {
      expect(plan.problem.message).toMatch(/does not run on the `pull_request_review_comment` event/)
      for (const name of SUPPORTED_EVENTS) expect(plan.problem.message).toContain(`\`${name}\``)
    }
    expect(planRun(environment('', {}))).toMatchObject({ action: 'refuse', problem: { message: expect.stringMatching(/`\(unset\)` event/) } })
  })

  it('refuses an event file that could not be read, saying why, instead of treating it as "no pull request"', () => {
    expect(planRun(environment('pull_request', {}, 'the event file /tmp/e.json is not valid JSON'))).toEqual({
      action: 'refuse',
      problem: { code: 'unreadable-event', message: 'the event file /tmp/e.json is not valid JSON; go-no-go cannot tell what to judge.' }
    })
  })

  it.each([
    ['pull_request', {}, /no `pull_request`/],
    ['pull_request', { pull_request: { number: '12', head: { sha: HEAD } } }, /no valid `pull_request\.number`/],
    ['pull_request_target', { pull_request: { number: 12, head: {} } }, /no valid `pull_request\.head\.sha`/],
    ['pull_request_review', { pull_request: { number: 12, head: { sha: 'main' } } }, /no valid `pull_request\.head\.sha`/],
    ['issue_comment', { issue: { pull_request: {} } }, /no valid `issue\.number`/],
    ['merge_group', { merge_group: {} }, /no valid `merge_group\.head_sha`/]
  ])('refuses a %s event missing what it must carry: %j', (eventName, payload, message) => {
    expect(planRun(environment(eventName, payload as GitHubEnvironment['eventPayload']))).toMatchObject({ action: 'refuse', problem: { code: 'unreadable-event', message } })
  })
})
