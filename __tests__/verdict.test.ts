import type { Checklist, ChecklistItem, ItemSeverity } from '../src/checklist/types.js'
import type { GateResult, GateStatus } from '../src/gates/types.js'
import { decide, shouldFail } from '../src/verdict.js'

function checklistOf(...items: Array<[string, ItemSeverity]>): Checklist {
  const entries: ChecklistItem[] = items.map(([id, severity]) => ({ kind: 'file', id, title: id, severity, section: 'S', path: 'x', needs: [] }))
  return { title: 'T', path: 'c.yml', format: 'yaml', sections: [{ title: 'S', items: entries }] }
}

function results(statuses: Record<string, GateStatus>): Map<string, GateResult> {
  return new Map(Object.entries(statuses).map(([id, status]) => [id, { id, status, summary: '', durationMs: 0 }]))
}

describe('decide', () => {
  it('is GO when every blocking and warning item passed', () => {
    const verdict = decide(checklistOf(['a', 'blocking'], ['b', 'warning']), results({ a: 'pass', b: 'pass' }))
    expect(verdict.decision).toBe('go')
    expect(verdict.reasons).toEqual([])
  })

  it.each<GateStatus>(['fail', 'error', 'pending', 'cancelled'])('is NO-GO when a blocking item is %s', (status) => {
    const verdict = decide(checklistOf(['a', 'blocking'], ['b', 'warning']), results({ a: status, b: 'pass' }))
    expect(verdict.decision).toBe('no-go')
    expect(verdict.reasons[0]).toMatch(/^a: /)
  })

  it('is NO-GO when the run itself had a problem, however the items went, and says so first', () => {
    const verdict = decide(checklistOf(['a', 'blocking'], ['b', 'warning']), results({ a: 'pass', b: 'error' }), {
      runProblems: [{ code: 'cancelled', message: 'the run was cancelled before every gate finished' }]
    })
    expect(verdict.decision).toBe('no-go')
    expect(verdict.reasons).toEqual(['the run was cancelled before every gate finished', 'b: could not be checked'])
    expect(verdict.runProblems.map((problem) => problem.code)).toEqual(['cancelled'])
  })

  it('is CONDITIONAL GO when only warning items did not pass', () => {
    const verdict = decide(checklistOf(['a', 'blocking'], ['b', 'warning']), results({ a: 'pass', b: 'error' }))
    expect(verdict.decision).toBe('conditional-go')
    expect(verdict.reasons).toEqual(['b: could not be checked'])
  })

  it('never lets info items change the decision', () => {
    const verdict = decide(checklistOf(['a', 'blocking'], ['i', 'info']), results({ a: 'pass', i: 'fail' }))
    expect(verdict.decision).toBe('go')
    expect(verdict.counts.failed).toBe(1)
  })

  it('treats an item without a result as not checked, never as a pass', () => {
    expect(decide(checklistOf(['a', 'blocking']), results({})).decision).toBe('no-go')
  })

  it('is NO-GO for an empty checklist, or one with only info items, unless empty is allowed', () => {
    expect(decide(checklistOf(), results({})).decision).toBe('no-go')
    expect(decide(checklistOf(['i', 'info']), results({ i: 'pass' })).decision).toBe('no-go')
    expect(decide(checklistOf(), results({}), { allowEmpty: true }).decision).toBe('go')
  })

  it('counts every status', () => {
    const verdict = decide(
      checklistOf(['a', 'blocking'], ['b', 'blocking'], ['c', 'blocking'], ['d', 'blocking'], ['e', 'blocking']),
      results({ a: 'pass', b: 'fail', c: 'error', d: 'pending', e: 'cancelled' })
    )
    expect(verdict.counts).toEqual({ passed: 1, failed: 1, errored: 1, pending: 1, cancelled: 1 })
  })
})

describe('shouldFail', () => {
  it.each([
    ['no-go', 'no-go', true],
    ['conditional-go', 'no-go', false],
    ['go', 'no-go', false],
    ['conditional-go', 'conditional-go', true],
    ['go', 'conditional-go', false],
    ['no-go', 'never', false]
  ] as const)('decision %s with fail-on %s fails the step: %s', (decision, failOn, expected) => {
    expect(shouldFail(decision, failOn)).toBe(expected)
  })
})
