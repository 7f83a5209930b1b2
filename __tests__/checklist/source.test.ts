/** `checklist-from: head | base` and `protect-checklist`: which commit's checklist decides, and what it is compared with. */
import { isChecklistFrom, planChecklist, type ChecklistSourceFacts } from '../../src/checklist/source.js'

const BASE = 'b'.repeat(40)
const WORKFLOW = 'f'.repeat(40)
const workspace = { from: 'workspace' }
const base = { from: 'commit', sha: BASE }

describe('planChecklist', () => {
  it.each<[string, ChecklistSourceFacts, object]>([
    [
      'pull request, head (the default): the PR’s checklist decides, compared with the base',
      { target: 'pull-request', checklistFrom: 'head', protectChecklist: false, baseSha: BASE },
      { decide: workspace, compare: { base, head: workspace }, protect: false, judgeTicks: true }
    ],
    [
      'pull request, head, protect-checklist: weakening changes must be signed off',
      { target: 'pull-request', checklistFrom: 'head', protectChecklist: true, baseSha: BASE },
      { decide: workspace, compare: { base, head: workspace }, protect: true, judgeTicks: true }
    ],
    [
      'pull request, base: the base commit’s gates and rules decide; the PR’s checklist is only shown',
      { target: 'pull-request', checklistFrom: 'base', protectChecklist: true, baseSha: BASE },
      { decide: base, compare: { base, head: workspace }, protect: false, judgeTicks: false }
    ],
    [
      'pull request without a base commit, head, protected: nothing to compare, which itself needs a person',
      { target: 'pull-request', checklistFrom: 'head', protectChecklist: true },
      { decide: workspace, baseMissing: 'the event names no base commit for the pull request', protect: true, judgeTicks: true }
    ],
    [
      'pull request without a base commit, base: NO-GO, never the head’s checklist instead',
      { target: 'pull-request', checklistFrom: 'base', protectChecklist: false, baseSha: 'main' },
      { decide: { from: 'unavailable', reason: expect.stringMatching(/no base commit .* cannot be read/) }, protect: false, judgeTicks: false }
    ],
    [
      'merge queue, head: the group’s checklist decides; each pull request was judged on its own run',
      { target: 'merge-group', checklistFrom: 'head', protectChecklist: true, baseSha: BASE },
      { decide: workspace, compare: { base, head: workspace }, protect: false, judgeTicks: false }
    ],
    [
      'merge queue, base: the queue’s base commit decides',
      { target: 'merge-group', checklistFrom: 'base', protectChecklist: true, baseSha: BASE },
      { decide: base, compare: { base, head: workspace }, protect: false, judgeTicks: false }
    ],
    [
      'push (no base commit): the checked-out checklist decides, nothing to compare',
      { target: 'other', checklistFrom: 'base', protectChecklist: true, baseSha: BASE },
      { decide: workspace, protect: false, judgeTicks: false }
    ],
    [
      'pull_request_target with allow-untrusted-code: the workflow’s commit wins over everything',
      { target: 'pull-request', checklistFrom: 'head', protectChecklist: true, baseSha: BASE, trustedSha: WORKFLOW },
      { decide: { from: 'commit', sha: WORKFLOW }, compare: { base: { from: 'commit', sha: WORKFLOW }, head: workspace }, protect: false, judgeTicks: false }
    ]
  ])('%s', (_name, facts, plan) => {
    const result = planChecklist(facts)
    expect(result).toMatchObject(plan)
    if (!('compare' in plan)) expect(result.compare).toBeUndefined()
    if (!('baseMissing' in plan)) expect(result.baseMissing).toBeUndefined()
    expect(result.explanation).toMatch(/checklist|base commit/)
  })

  it('says in words where the checklist came from', () => {
    expect(planChecklist({ target: 'pull-request', checklistFrom: 'base', protectChecklist: false, baseSha: BASE }).explanation).toContain(`base commit ${BASE.slice(0, 12)}`)
    expect(planChecklist({ target: 'other', checklistFrom: 'base', protectChecklist: false }).explanation).toMatch(/no base commit/)
    expect(planChecklist({ target: 'pull-request', checklistFrom: 'head', protectChecklist: true, baseSha: BASE }).explanation).toMatch(
      /needs a sign-off from an approver named in the base/
    )
  })

  it('accepts only head and base', () => {
    expect(['head', 'base', 'HEAD', 'main', ''].map(isChecklistFrom)).toEqual([true, true, false, false, false])
  })
})
