/** The checklist phase on real git repositories: which checklist decides, what changed, and what a stored run brings back. */
import { gitHistory } from '../../src/checklist/blame.js'
import { loadChecklistAtCommit } from '../../src/checklist/from-git.js'
import { loadChecklist } from '../../src/checklist/load.js'
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { allItems } from '../../src/checklist/types.js'
import { chooseStoredRun, prepareChecklist, type ChecklistSources, type PrepareOutcome } from '../../src/events/prepare-checklist.js'
import type { EvaluatePlan } from '../../src/events/run-plan.js'
import type { PreviousRun } from '../../src/github/reevaluate.js'
import type { StoredState } from '../../src/github/state.js'
import { storeJudgement } from '../../src/github/stored-judgement.js'
import type { RunReport } from '../../src/report/model.js'
import { ALICE, createGitRepo, MALLORY, shallowClone, type GitRepo } from '../helpers/git-repo.js'

const FILE = '.github/go-no-go.yml'
const BASE = `version: 1
sections:
  - title: Gates
    items:
      - id: tests
        title: Tests
        run: npm test
  - title: People
    items:
      - id: review
        title: Review
        manual: true
        approvers: [alice]
`
const gitEnv = (dir: string) => ({ PATH: process.env.PATH, HOME: dir, GIT_CONFIG_GLOBAL: '/dev/null' })

function sources(dir: string): ChecklistSources {
  const history = (rev?: string) => gitHistory(dir, { ...(rev ? { rev } : {}), parentEnv: gitEnv(dir) })
  return {
    readWorkspace: () => loadChecklist({ workspace: dir, path: FILE }, { markdown: parseMarkdownChecklist }),
    readAtCommit: (sha) => loadChecklistAtCommit(dir, sha, FILE),
    history,
    hasCommit: (sha) => history().isAncestor(sha, sha)
  }
}

function repoWith(head: string, baseFiles: Record<string, string> = { [FILE]: BASE }): { repo: GitRepo; base: string; head: string } {
  const repo = createGitRepo()
  const base = repo.commit(baseFiles, ALICE)
  repo.git('checkout', '-q', '-b', 'pr')
  return { repo, base, head: repo.commit({ [FILE]: head, 'CHANGES.md': 'the pull request\n' }, MALLORY) }
}

const settings = (overrides: Partial<{ checklistFrom: 'head' | 'base'; protectChecklist: boolean }> = {}) => ({
  path: FILE,
  checklistFrom: 'head' as const,
  protectChecklist: false,
  ...overrides
})

function prepared(outcome: PrepareOutcome) {
  if (!outcome.ok) throw new Error(outcome.problems.map((problem) => problem.message).join('\n'))
  return outcome
}

describe('prepareChecklist on a pull request', () => {
  it('with protect-checklist, a lowered severity becomes a blocking item signable by the base approvers', async () => {
    const { repo, base } = repoWith(BASE.replace('run: npm test', 'run: npm test\n        severity: warning'))
    const outcome = prepared(await prepareChecklist(settings({ protectChecklist: true }), { checklist: { target: 'pull-request', baseSha: base } }, sources(repo.dir)))
    const protection = allItems(outcome.checklist).filter((item) => item.section === 'Checklist changes')
    expect(protection).toEqual([
      expect.objectContaining({ id: expect.stringMatching(/^checklist-change-tests-[0-9a-f]{16}$/), severity: 'blocking', approvers: ['alice'], allowAuthor: false })
    ])
    expect(outcome.changes?.changes).toEqual([expect.objectContaining({ itemId: 'tests', kind: 'severity', weakening: true })])
    expect(outcome.gates).toEqual({ from: 'checkout' })
  })

  it('a checklist the base commit does not have is a change a person must look at under protect, and shown without it', async () => {
    const { repo, base } = repoWith(BASE, { 'README.md': 'hello\n' })
    const guarded = prepared(await prepareChecklist(settings({ protectChecklist: true }), { checklist: { target: 'pull-request', baseSha: base } }, sources(repo.dir)))
    expect(guarded.changes?.changes).toEqual([
      expect.objectContaining({ kind: 'base-unavailable', before: expect.stringMatching(/does not exist at the base commit/), weakening: true })
    ])
    expect(allItems(guarded.checklist).some((item) => item.id.startsWith('checklist-change-'))).toBe(true)
    const shown = prepared(await prepareChecklist(settings(), { checklist: { target: 'pull-request', baseSha: base } }, sources(repo.dir)))
    expect(shown.changes?.changes).toEqual([expect.objectContaining({ kind: 'base-unavailable' })])
    expect(allItems(shown.checklist).some((item) => item.id.startsWith('checklist-change-'))).toBe(false)
  })

  it('an unfetched base commit is only logged without protect: it says nothing about this pull request', async () => {
    const { repo, base } = repoWith(BASE.replace('npm test', '"true"'))
    const outcome = prepared(await prepareChecklist(settings(), { checklist: { target: 'pull-request', baseSha: base } }, sources(shallowClone(repo, 'pr').dir)))
    expect(outcome.changes).toBeUndefined()
    expect(outcome.log).toContain(
      `The checklist was not compared with the base commit: the base commit ${base.slice(0, 12)} is not in the checkout (check out with \`fetch-depth: 0\`).`
    )
  })

  it('an event without a base commit: nothing to compare, a person must look under protect', async () => {
    const { repo } = repoWith(BASE)
    const open = prepared(await prepareChecklist(settings(), { checklist: { target: 'pull-request' } }, sources(repo.dir)))
    expect(open.changes).toBeUndefined()
    const guarded = prepared(await prepareChecklist(settings({ protectChecklist: true }), { checklist: { target: 'pull-request' } }, sources(repo.dir)))
    expect(guarded.changes?.changes).toEqual([expect.objectContaining({ kind: 'base-unavailable', before: 'the event names no base commit for the pull request' })])
  })

  it('with checklist-from: base the base decides, and an unreadable base is NO-GO, never the head', async () => {
    const { repo, base } = repoWith(BASE.replace(/ {6}- id: review\n.*\n.*\n.*\n/, '      - id: other\n        title: Other\n        manual: true\n'))
    const fromBase = prepared(await prepareChecklist(settings({ checklistFrom: 'base' }), { checklist: { target: 'pull-request', baseSha: base } }, sources(repo.dir)))
    expect(allItems(fromBase.checklist).map((item) => item.id)).toEqual(['tests', 'review'])
    expect(fromBase.changes).toMatchObject({
      checklistFrom: 'base',
      changes: [expect.objectContaining({ itemId: 'review', kind: 'removed' }), expect.objectContaining({ itemId: 'other', kind: 'added' })]
    })

    const missing = await prepareChecklist(settings({ checklistFrom: 'base' }), { checklist: { target: 'pull-request', baseSha: 'f'.repeat(40) } }, sources(repo.dir))
    expect(missing).toEqual({
      ok: false,
      problems: [{ code: 'invalid-checklist', message: expect.stringMatching(/could not be read, so no gate was run: the base commit ffffffffffff is not in the checkout/) }]
    })
  })

  it('reads and blames the checklist relative to working-directory, as the loader does', async () => {
    const repo = createGitRepo()
    const base = repo.commit({ [`services/api/${FILE}`]: BASE }, ALICE)
    repo.git('checkout', '-q', '-b', 'pr')
    repo.commit({ [`services/api/${FILE}`]: BASE.replace('run: npm test', 'run: npm test\n        severity: info') }, MALLORY)
    const outcome = prepared(
      await prepareChecklist(settings({ protectChecklist: true }), { checklist: { target: 'pull-request', baseSha: base } }, sources(`${repo.dir}/services/api`))
    )
    expect(outcome.changes?.changes).toEqual([expect.objectContaining({ itemId: 'tests', kind: 'severity', weakening: true })])
  })

  it('a privileged event reads the workflow’s commit whatever the inputs say', async () => {
    const { repo, base } = repoWith(BASE.replace(/ {6}- id: tests\n.*\n.*\n/, ''))
    const outcome = prepared(
      await prepareChecklist(settings({ protectChecklist: true }), { checklist: { target: 'pull-request', baseSha: base }, trustedSha: base }, sources(repo.dir))
    )
    expect(allItems(outcome.checklist).map((item) => item.id)).toEqual(['tests', 'review'])
  })
})

describe('a run that reuses the last pull request run', () => {
  const HEAD = 'b'.repeat(40)
  const plan = (gates: EvaluatePlan['gates']): EvaluatePlan => ({
    action: 'evaluate',
    gates,
    requireWorkflowCommit: false,
    readPreviousReport: true,
    comment: true,
    checkRun: true,
    checklist: { target: 'other' }
  })
  const judgedChecklist = {
    title: 'PR checklist',
    path: FILE,
    format: 'yaml' as const,
    sections: [
      {
        title: 'Gates',
        items: [
          {
            kind: 'command' as const,
            id: 'added-by-pr',
            title: 'Added',
            severity: 'blocking' as const,
            section: 'Gates',
            run: 'rm -rf /',
            timeoutMs: 1,
            workingDirectory: '.',
            env: {},
            needs: [],
            expect: {}
          }
        ]
      }
    ]
  }
  const report = { checklist: judgedChecklist, results: new Map(), verdict: { decision: 'no-go', reasons: [], counts: {}, runProblems: [] } } as unknown as RunReport
  const previous = (state: Partial<StoredState> | undefined, headSha = HEAD): PreviousRun => ({
    pull: { number: 1, headSha },
    ...(state
      ? { state: { version: 1, headSha: HEAD, checklist: FILE, results: [{ id: 'added-by-pr', status: 'fail', summary: 'exit 1', durationMs: 1 }], ticks: [], ...state } }
      : {}),
    ticks: [],
    notices: []
  })

  it('judges the checklist the pull request run judged, answered only by its stored results', async () => {
    const stored = chooseStoredRun(plan('stored'), previous({ judged: storeJudgement(report, { events: [] }) }))
    const outcome = prepared(await prepareChecklist(settings(), { checklist: { target: 'other' }, ...(stored ? { stored } : {}) }, sources(repoWith(BASE).repo.dir)))
    expect(allItems(outcome.checklist).map((item) => item.id)).toEqual(['added-by-pr'])
    expect(outcome.gates).toMatchObject({ from: 'stored', results: new Map([['added-by-pr', expect.objectContaining({ status: 'fail' })]]) })
  })

  it('does not reuse a state an older go-no-go wrote (no checklist), nor one for an older head', async () => {
    expect(chooseStoredRun(plan('stored'), previous({}))).toEqual({ why: 'the last report was written by an older go-no-go, which did not keep the checklist it judged' })
    expect(chooseStoredRun(plan('stored'), previous({ judged: storeJudgement(report, { events: [] }) }, 'c'.repeat(40)))).toEqual({
      why: 'the pull request has new commits since its last report'
    })
    // A review event runs the gates instead.
    expect(chooseStoredRun(plan('stored-if-current'), previous({}))).toBeUndefined()
    expect(chooseStoredRun(plan('run'), previous({ judged: storeJudgement(report, { events: [] }) }))).toBeUndefined()
  })

  it('a stored checklist that is not one we could have written is not used', async () => {
    const judged = storeJudgement(report, { events: [] })
    const tampered = {
      ...judged,
      checklist: { ...judged.checklist, sections: [{ title: 'Gates', items: [{ kind: 'command', id: 'x', title: 'X', severity: 'none', run: 'true' }] }] }
    }
    expect(chooseStoredRun(plan('stored'), previous({ judged: tampered as never }))).toEqual({
      why: 'the last report was written by an older go-no-go, which did not keep the checklist it judged'
    })
  })
})
