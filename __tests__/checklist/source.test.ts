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
      { checklistFrom: 'head', protectChecklist: false, baseSha: BASE },
      { decide: workspace, compare: { base, head: workspace }, protect: false, judgeTicks: true }
    ],
    [
      'pull request, head, protect-checklist: weakening changes must be signed off',
      { checklistFrom: 'head', protectChecklist: true, baseSha: BASE },
      { decide: workspace, compare: { base, head: workspace }, protect: true, judgeTicks: true }
    ],
    [
      'pull request, base: the base commit’s gates and rules decide; the PR’s checklist is only shown',
      { checklistFrom: 'base', protectChecklist: true, baseSha: BASE },
      { decide: base, compare: { base, head: workspace }, protect: false, judgeTicks: false }
    ],
    [
      'push (no base commit): the checked-out checklist decides, nothing to compare',
      { checklistFrom: 'base', protectChecklist: true },
      { decide: workspace, protect: false, judgeTicks: false }
    ],
    [
      'pull_request_target with allow-untrusted-code: the workflow’s commit wins over everything',
      { checklistFrom: 'head', protectChecklist: true, baseSha: BASE, trustedSha: WORKFLOW },
      { decide: { from: 'commit', sha: WORKFLOW }, compare: { base: { from: 'commit', sha: WORKFLOW }, head: workspace }, protect: false, judgeTicks: false }
    ]
  ])('%s', (_name, facts, plan) => {
    const result = planChecklist(facts)
    expect(result).toMatchObject(plan)
    if (!('compare' in plan)) expect(result.compare).toBeUndefined()
    expect(result.explanation).toMatch(/checklist/)
  })

  it('says in words where the checklist came from', () => {
    expect(planChecklist({ checklistFrom: 'base', protectChecklist: false, baseSha: BASE }).explanation).toContain(`base commit ${BASE.slice(0, 12)}`)
    expect(planChecklist({ checklistFrom: 'base', protectChecklist: false }).explanation).toMatch(/no base commit/)
    expect(planChecklist({ checklistFrom: 'head', protectChecklist: true, baseSha: BASE }).explanation).toMatch(/needs a sign-off from an approver named in the base/)
  })

  it('accepts only head and base', () => {
    expect(['head', 'base', 'HEAD', 'main', ''].map(isChecklistFrom)).toEqual([true, true, false, false, false])
  })
})
