import { assessTrust } from '../src/trust.js'

const base = 'b'.repeat(40)
const head = 'c'.repeat(40)

describe('assessTrust', () => {
  it('runs anything under pull_request and push: their tokens are already limited', () => {
    expect(assessTrust({ eventName: 'pull_request', workflowSha: base, checkedOutSha: head }, false)).toEqual({ run: true })
    expect(assessTrust({ eventName: 'push', workflowSha: base }, false)).toEqual({ run: true })
  })

  it('runs under pull_request_target when the base commit is checked out', () => {
    expect(assessTrust({ eventName: 'pull_request_target', workflowSha: base, checkedOutSha: base }, false)).toEqual({ run: true })
  })

  it('refuses a fork head under pull_request_target, naming the fork and the way out', () => {
    const decision = assessTrust({ eventName: 'pull_request_target', workflowSha: base, checkedOutSha: head, headRepository: 'mallory/repo', baseRepository: 'octo/repo' }, false)
    expect(decision.run).toBe(false)
    if (!decision.run) {
      expect(decision.reason).toMatch(/fork mallory\/repo/)
      expect(decision.reason).toMatch(/allow-untrusted-code: true/)
    }
  })

  it('refuses non-base code under workflow_run, and a workspace that is not a checkout', () => {
    expect(assessTrust({ eventName: 'workflow_run', workflowSha: base, checkedOutSha: head }, false).run).toBe(false)
    expect(assessTrust({ eventName: 'workflow_run', workflowSha: base }, false).run).toBe(false)
  })

  it('when allowed, runs but reads the checklist from the base commit', () => {
    expect(assessTrust({ eventName: 'pull_request_target', workflowSha: base, checkedOutSha: head }, true)).toEqual({ run: true, readChecklistFrom: base })
  })
})
