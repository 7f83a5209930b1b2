/**
 * The pull request run as the action is to wire it (see notes/protect.md): plan where the checklist
 * comes from, read both checklists from a real repository, diff, protect, judge ticks, run the
 * gates with the real runner, apply sign-offs, decide and render. Only GitHub's answers are made up.
 */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gitHistory } from '../../src/checklist/blame.js'
import { diffChecklists } from '../../src/checklist/diff.js'
import { loadChecklistAtCommit } from '../../src/checklist/from-git.js'
import { loadChecklist } from '../../src/checklist/load.js'
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { planChecklist } from '../../src/checklist/source.js'
import { runChecklist, withSignoffs } from '../../src/engine.js'
import { createGateRunner } from '../../src/gates/gate-runner.js'
import { renderChecklistChanges } from '../../src/report/checklist-changes.js'
import { applySignoffs, type Permission, type SignoffEvent, type SignoffFacts } from '../../src/signoff/apply.js'
import { gatherTickEvidence, identitiesFromPullCommits, judgeTicks, withTickNotes } from '../../src/signoff/checklist-ticks.js'
import { protectChecklist, withProtection } from '../../src/signoff/protect.js'
import { ALICE, createGitRepo, MALLORY, type GitRepo } from '../helpers/git-repo.js'

const permissions: Record<string, Permission> = { alice: 'write', bob: 'write', mallory: 'write' }
const facts = (headSha: string): SignoffFacts => ({
  pullRequestAuthor: 'mallory',
  headSha,
  permissionOf: (login) => permissions[login] ?? 'none',
  isTeamMember: () => undefined,
  changedSince: () => []
})
const comment = (itemId: string, login: string, minute: number): SignoffEvent => ({
  itemId,
  login,
  action: 'signoff',
  via: 'comment',
  at: `2026-11-23T10:${String(minute).padStart(2, '0')}:00Z`
})

/** Everything the action does on `pull_request` for these features, in order. */
async function pullRequestRun(
  repo: GitRepo,
  file: string,
  baseSha: string,
  headSha: string,
  options: { protect: boolean; identities?: Parameters<typeof identitiesFromPullCommits>[0] },
  signoffs: (ids: string[]) => SignoffEvent[]
) {
  const plan = planChecklist({ target: 'pull-request', checklistFrom: 'head', protectChecklist: options.protect, baseSha })
  const parsers = { markdown: parseMarkdownChecklist }
  const head = await loadChecklist({ workspace: repo.dir, path: file }, parsers)
  const base = await loadChecklistAtCommit(repo.dir, baseSha, file, { parsers })
  const changes = diffChecklists(base, head)
  const protection = plan.protect ? protectChecklist(changes, base, head, { ticksJudged: plan.judgeTicks }) : undefined
  // Blame before any gate runs: a gate could write to .git.
  const evidence = await gatherTickEvidence(head, gitHistory(repo.dir, { parentEnv: { PATH: process.env.PATH, HOME: repo.dir, GIT_CONFIG_GLOBAL: '/dev/null' } }), {
    baseSha,
    identityOf: identitiesFromPullCommits(options.identities ?? [])
  })
  const judged = judgeTicks(head, evidence, plan.judgeTicks ? { pullRequest: { baseChecklist: base } } : {})
  const checklist = protection ? withProtection(judged.checklist, protection) : judged.checklist
  const scratchDir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-flow-'))
  const gated = await runChecklist(checklist, createGateRunner({ workspace: repo.dir, parentEnv: { PATH: process.env.PATH }, scratchDir, killGraceMs: 1_000 }), {
    concurrency: 2,
    allowEmpty: false
  })
  const ids = protection?.items.map((item) => item.id) ?? []
  const outcome = applySignoffs(checklist, gated.results, [...judged.events, ...signoffs(ids)], facts(headSha))
  const report = withSignoffs(gated, withTickNotes(outcome.results, judged, outcome.audit), outcome.audit, false)
  const section = renderChecklistChanges({ path: file, baseSha, checklistFrom: 'head', explanation: plan.explanation, changes, ...(protection ? { protection } : {}) })
  return { report, ids, section }
}

const yamlChecklist = `version: 1
sections:
  - title: Gates
    items:
      - id: ready
        title: Release marker present
        run: test -f .ready
      - id: tests
        title: Test marker present
        run: test -f .tests-pass
  - title: People
    items:
      - id: review
        title: Security review
        manual: true
        approvers: [alice]
`

describe('a pull request that deletes its failing gate, under protect-checklist', () => {
  function deletingPullRequest() {
    const repo = createGitRepo()
    const base = repo.commit({ '.github/go-no-go.yml': yamlChecklist, '.ready': 'yes\n' }, ALICE)
    repo.git('checkout', '-q', '-b', 'pr')
    // The tests marker is missing, so `tests` would fail: the pull request deletes the gate instead.
    const head = repo.commit({ '.github/go-no-go.yml': yamlChecklist.replace(/ {6}- id: tests\n.*\n.*\n/, '') }, MALLORY)
    return { repo, base, head }
  }

  it('is NO-GO until an approver of the base checklist signs the change off, and says so', async () => {
    const { repo, base, head } = deletingPullRequest()
    const waiting = await pullRequestRun(repo, '.github/go-no-go.yml', base, head, { protect: true }, () => [comment('review', 'alice', 0)])
    expect(waiting.report.verdict.decision).toBe('no-go')
    expect(waiting.report.verdict.reasons).toEqual([expect.stringMatching(/^checklist-change-tests-[0-9a-f]{16}: awaiting sign-off/)])
    expect(waiting.section.join('\n')).toMatch(/\| ⚠️ weakens \| `tests` Test marker present \| removed: was the command test -f \.tests-pass \|/)

    const refused = await pullRequestRun(repo, '.github/go-no-go.yml', base, head, { protect: true }, ([id]) => [
      comment('review', 'alice', 0),
      comment(id, 'mallory', 1),
      comment(id, 'bob', 2)
    ])
    expect(refused.report.verdict.decision).toBe('no-go')
    expect(refused.report.signoffs?.filter((entry) => !entry.accepted).map((entry) => [entry.login, entry.reason])).toEqual([
      ['mallory', 'the pull request author cannot sign off their own change'],
      ['bob', 'not one of the approvers (alice)']
    ])

    const signed = await pullRequestRun(repo, '.github/go-no-go.yml', base, head, { protect: true }, ([id]) => [comment('review', 'alice', 0), comment(id, 'alice', 1)])
    expect(signed.report.verdict.decision).toBe('go')
  })

  it('without protect-checklist the deletion passes, and the changed-checklist section still shows it', async () => {
    const { repo, base, head } = deletingPullRequest()
    const run = await pullRequestRun(repo, '.github/go-no-go.yml', base, head, { protect: false }, () => [comment('review', 'alice', 0)])
    expect(run.report.verdict.decision).toBe('go')
    expect(run.section[0]).toBe('### Checklist changed in this pull request')
    expect(run.section.join('\n')).toContain('1 change, 1 can weaken it')
  })
})

describe('a pull request that ticks boxes in a Markdown checklist', () => {
  const markdown = '# Release\n\n- [x] Changelog updated\n- [ ] Rollback plan written\n'

  it('counts an approver’s signed tick, not the author’s own', async () => {
    const repo = createGitRepo()
    const base = repo.commit({ 'RELEASE.md': markdown }, ALICE)
    repo.git('checkout', '-q', '-b', 'pr')
    const ticked = markdown.replace('- [ ] Rollback', '- [x] Rollback')
    const byAuthor = repo.commit({ 'RELEASE.md': ticked }, MALLORY)
    const mine = await pullRequestRun(
      repo,
      'RELEASE.md',
      base,
      byAuthor,
      { protect: true, identities: [{ sha: byAuthor, author: { login: 'mallory' }, committer: { login: 'mallory' }, commit: { verification: { verified: true } } }] },
      () => []
    )
    expect(mine.report.verdict.decision).toBe('no-go')
    expect(mine.report.verdict.reasons).toEqual([
      expect.stringMatching(/^rollback-plan-written: awaiting sign-off \(ticked by @mallory .* the pull request author cannot sign off their own change\)$/)
    ])
    // The tick is judged by who made it; protect-checklist asks for nothing more.
    expect(mine.ids).toEqual([])

    repo.commit({ 'RELEASE.md': markdown }, MALLORY)
    const byApprover = repo.commit({ 'RELEASE.md': ticked }, ALICE)
    const theirs = await pullRequestRun(
      repo,
      'RELEASE.md',
      base,
      byApprover,
      { protect: true, identities: [{ sha: byApprover, author: { login: 'alice' }, committer: { login: 'alice' }, commit: { verification: { verified: true } } }] },
      () => []
    )
    expect(theirs.report.verdict.decision).toBe('go')
    expect(theirs.report.results.get('rollback-plan-written')).toMatchObject({
      status: 'pass',
      summary: 'signed off by @alice',
      notes: [expect.stringMatching(/^ticked by @alice \(Alice Approver\) on \d{4}-\d\d-\d\d in [0-9a-f]{7}$/)]
    })
  })
})
