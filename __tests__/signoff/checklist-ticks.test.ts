/**
 * Ticks in a Markdown checklist are claims by whoever committed them: attributed with git blame in
 * a real repository, and on a pull request counted only when their author may sign off the item.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { gitHistory } from '../../src/checklist/blame.js'
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { allItems, type Checklist, type ManualItem } from '../../src/checklist/types.js'
import { readSignOff } from '../../src/gates/gate-runner.js'
import type { GateResult } from '../../src/gates/types.js'
import { applySignoffs, type SignoffFacts } from '../../src/signoff/apply.js'
import { gatherTickEvidence, identitiesFromPullCommits, judgeTicks, withTickNotes, type CommitIdentity, type TickContext } from '../../src/signoff/checklist-ticks.js'
import { decide } from '../../src/verdict.js'
import { gitEnvFor, pullRequestFacts } from './tick-fixtures.js'
import { ALICE, BOB, createGitRepo, MALLORY, shallowClone, type GitRepo } from '../helpers/git-repo.js'

const FILE = 'RELEASE.md'
const BASE_TEXT = `# Release

- [x] Changelog updated
- [ ] Rollback plan written
- [ ] Security review done
- [ ] Load test passed
`
const tick = (text: string, title: string) => text.replace(`- [ ] ${title}`, `- [x] ${title}`)

const facts = pullRequestFacts({ alice: 'write', bob: 'write', mallory: 'write', reader: 'read' })

const parse = (text: string) => parseMarkdownChecklist(text, FILE)
const envFor = gitEnvFor

/**
 * Base commit by Alice (the changelog already ticked); on the pull request Mallory (its author)
 * ticks the rollback plan, Alice ticks the security review in a signed commit, and Mallory ticks
 * the load test in a commit that claims Alice wrote it.
 */
function pullRequest() {
  const repo = createGitRepo()
  const base = repo.commit({ [FILE]: BASE_TEXT }, ALICE, { date: '2026-11-01T09:00:00Z' })
  repo.git('checkout', '-q', '-b', 'pr')
  let text = tick(BASE_TEXT, 'Rollback plan written')
  const byAuthor = repo.commit({ [FILE]: text }, MALLORY, { date: '2026-11-20T10:00:00Z' })
  text = tick(text, 'Security review done')
  const byApprover = repo.commit({ [FILE]: text }, ALICE, { date: '2026-11-21T11:00:00Z' })
  text = tick(text, 'Load test passed')
  const forged = repo.commit({ [FILE]: text }, ALICE, { committer: MALLORY, date: '2026-11-22T12:00:00Z' })
  // What the API answers for each commit (GitHub links e-mails to accounts; only signed commits are verified).
  const identities: Record<string, CommitIdentity> = {
    [byAuthor]: { authorLogin: 'mallory', committerLogin: 'mallory', verified: true },
    [byApprover]: { authorLogin: 'alice', committerLogin: 'alice', verified: true },
    [forged]: { authorLogin: 'alice', committerLogin: 'mallory', verified: false }
  }
  return { repo, base, text, byAuthor, byApprover, forged, identities }
}

/** The run as it will be wired: blame, judge, gates (manual items read their box), sign-offs, notes, verdict. */
async function run(
  head: Checklist,
  workspace: GitRepo,
  context: { baseSha?: string; identities?: Record<string, CommitIdentity>; tickContext: TickContext; permissionsOf?: SignoffFacts['permissionOf'] }
) {
  const evidence = await gatherTickEvidence(head, gitHistory(workspace.dir, { parentEnv: envFor(workspace) }), {
    ...(context.baseSha ? { baseSha: context.baseSha } : {}),
    ...(context.identities ? { identityOf: async (commit: string) => context.identities![commit] } : {})
  })
  const judged = judgeTicks(head, evidence, context.tickContext)
  const gated = new Map<string, GateResult>(allItems(judged.checklist).map((item) => [item.id, readSignOff(item as ManualItem)]))
  const outcome = applySignoffs(judged.checklist, gated, judged.events, { ...facts, ...(context.permissionsOf ? { permissionOf: context.permissionsOf } : {}) })
  const results = withTickNotes(outcome.results, judged, outcome.audit)
  return { results, audit: outcome.audit, verdict: decide(judged.checklist, results), evidence }
}

describe('ticks on a pull request', () => {
  it('counts a base tick and an approver’s signed tick; the author’s own tick and a forged one stay pending, each saying why', async () => {
    const { repo, base, text, byAuthor, byApprover, forged, identities } = pullRequest()
    const { results, verdict, audit } = await run(parse(text), repo, { baseSha: base, identities, tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } } })

    expect(results.get('changelog-updated')).toMatchObject({
      status: 'pass',
      notes: [`ticked by Alice Approver on 2026-11-01 in ${base.slice(0, 7)}; signed in the base branch's checklist too`]
    })
    expect(results.get('security-review-done')).toMatchObject({
      status: 'pass',
      summary: 'signed off by @alice',
      notes: [`ticked by @alice (Alice Approver) on 2026-11-21 in ${byApprover.slice(0, 7)}`]
    })
    expect(results.get('rollback-plan-written')).toMatchObject({
      status: 'pending',
      reason: `ticked by @mallory (Mallory Author) on 2026-11-20 in ${byAuthor.slice(0, 7)}, but the pull request author cannot sign off their own change`
    })
    expect(results.get('load-test-passed')).toMatchObject({
      status: 'pending',
      reason: `ticked by @alice (Alice Approver) on 2026-11-22 in ${forged.slice(0, 7)}, but commit ${forged.slice(0, 7)} has no signature GitHub verified, so anyone could have written it as @alice; sign off with \`/signoff load-test-passed\` instead`
    })
    expect(verdict.decision).toBe('no-go')
    expect(verdict.reasons).toEqual([
      expect.stringMatching(/^rollback-plan-written: awaiting sign-off \(ticked by @mallory/),
      expect.stringMatching(/^load-test-passed: awaiting sign-off \(ticked by @alice .* no signature GitHub verified/)
    ])
    // The sign-off trail shows each claim, accepted or not.
    expect(audit.map((entry) => [entry.itemId, entry.login, entry.via, entry.accepted])).toEqual([
      ['rollback-plan-written', 'mallory', 'commit', false],
      ['security-review-done', 'alice', 'commit', true]
    ])
  })

  it('a tick by an approver without write permission does not count', async () => {
    const { repo, base, text, identities } = pullRequest()
    const { results } = await run(parse(text), repo, {
      baseSha: base,
      identities,
      tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } },
      permissionsOf: (login) => (login === 'alice' ? 'read' : 'write')
    })
    expect(results.get('security-review-done')).toMatchObject({ status: 'pending', reason: expect.stringMatching(/but needs write permission to the repository \(has read\)$/) })
  })

  it('the author’s tick counts where the item allows authors', async () => {
    const { repo, base, text, identities } = pullRequest()
    const head = parse(text)
    const allowing: Checklist = {
      ...head,
      sections: head.sections.map((section) => ({ ...section, items: section.items.map((item) => (item.id === 'rollback-plan-written' ? { ...item, allowAuthor: true } : item)) }))
    }
    const { results } = await run(allowing, repo, { baseSha: base, identities, tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } } })
    expect(results.get('rollback-plan-written')).toMatchObject({ status: 'pass', summary: 'signed off by @mallory' })
  })

  it('an edit in GitHub’s web editor (committed and signed by web-flow) counts for its author', async () => {
    const { repo, base, text, byApprover } = pullRequest()
    const { results } = await run(parse(text), repo, {
      baseSha: base,
      identities: { [byApprover]: { authorLogin: 'alice', committerLogin: 'web-flow', verified: true } },
      tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } }
    })
    expect(results.get('security-review-done')?.status).toBe('pass')
    // GitHub did not answer for the other commits: their ticks do not count.
    expect(results.get('rollback-plan-written')?.reason).toMatch(/GitHub did not say who made commit/)
  })

  it('a signed commit by someone other than its author does not count for the author', async () => {
    const { repo, base, text, byApprover } = pullRequest()
    const { results } = await run(parse(text), repo, {
      baseSha: base,
      identities: { [byApprover]: { authorLogin: 'alice', committerLogin: 'bob', verified: true } },
      tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } }
    })
    expect(results.get('security-review-done')?.reason).toMatch(/was signed by @bob, not by its author @alice$/)
  })

  it('a tick from an older base commit that the base has since unticked does not come back', async () => {
    const repo = createGitRepo()
    const ticked = repo.commit({ [FILE]: tick(BASE_TEXT, 'Security review done') }, ALICE, { date: '2026-10-01T09:00:00Z' })
    repo.git('checkout', '-q', '-b', 'pr')
    repo.commit({ 'src.txt': 'feature\n' }, MALLORY)
    repo.git('checkout', '-q', 'main')
    // The next release: the box is unticked on the base branch.
    const base = repo.commit({ [FILE]: BASE_TEXT }, BOB, { date: '2026-11-01T09:00:00Z' })
    repo.git('checkout', '-q', 'pr')
    const head = parse(tick(BASE_TEXT, 'Security review done'))
    const { results } = await run(head, repo, { baseSha: base, identities: {}, tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } } })
    expect(results.get('security-review-done')).toMatchObject({
      status: 'pending',
      reason: `ticked by Alice Approver on 2026-10-01 in ${ticked.slice(0, 7)}, but ${ticked.slice(0, 7)} is on the base branch, whose checklist no longer has it marked: an old mark does not count again`
    })
  })

  it('in a shallow clone no tick the pull request added counts; ticks the base has still do', async () => {
    const { repo, base, text, identities } = pullRequest()
    const clone = shallowClone(repo, 'pr')
    const { results, verdict } = await run(parse(text), clone, { baseSha: base, identities, tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } } })
    expect(results.get('changelog-updated')?.status).toBe('pass')
    for (const id of ['rollback-plan-written', 'security-review-done', 'load-test-passed']) {
      expect(results.get(id)).toMatchObject({
        status: 'pending',
        reason: expect.stringMatching(/the fetched history ends at \w{7}, so who marked it cannot be told; check out with fetch-depth: 0$/)
      })
    }
    expect(verdict.decision).toBe('no-go')
  })

  it('a tick that is not committed does not count', async () => {
    const { repo, base, text, identities } = pullRequest()
    const edited = tick(text, 'Changelog updated').replace('- [ ] ', '- [x] ') + '- [x] Smoke test on staging\n'
    writeFileSync(path.join(repo.dir, FILE), edited)
    const { results } = await run(parse(edited), repo, { baseSha: base, identities, tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } } })
    expect(results.get('smoke-test-on-staging')).toMatchObject({
      status: 'pending',
      reason: 'marked in a change that is not committed, but only a committed mark can be attributed'
    })
  })

  it('when the base commit is not there, no tick the pull request added counts', async () => {
    const { repo, text, identities } = pullRequest()
    const { results } = await run(parse(text), repo, { baseSha: 'e'.repeat(40), identities, tickContext: { pullRequest: {} } })
    expect(results.get('security-review-done')?.reason).toMatch(/is part of the base branch cannot be told \(is the base commit fetched\?\)$/)
  })

  it('a filled-in signature line is judged like a tick', async () => {
    const repo = createGitRepo()
    const baseText = '# Release\n\n### Security sign-off\nSigned: ________\n'
    const base = repo.commit({ [FILE]: baseText }, ALICE)
    repo.git('checkout', '-q', '-b', 'pr')
    const signedText = baseText.replace('________', 'Alice A.')
    const commit = repo.commit({ [FILE]: signedText }, MALLORY)
    const { results } = await run(parse(signedText), repo, {
      baseSha: base,
      identities: { [commit]: { authorLogin: 'mallory', committerLogin: 'mallory', verified: true } },
      tickContext: { pullRequest: { baseChecklist: parse(baseText) } }
    })
    expect(results.get('sign-off-security')).toMatchObject({ status: 'pending', reason: expect.stringMatching(/the pull request author cannot sign off their own change$/) })
  })
})

describe('ticks outside a pull request', () => {
  it('every tick counts as pushed, and says who ticked it', async () => {
    const { repo, text, byAuthor } = pullRequest()
    const { results, verdict } = await run(parse(text), repo, { tickContext: {} })
    expect(results.get('rollback-plan-written')).toMatchObject({ status: 'pass', notes: [`ticked by Mallory Author on 2026-11-20 in ${byAuthor.slice(0, 7)}`] })
    expect(verdict.decision).toBe('go')
  })
})

describe('judgeTicks', () => {
  it('on a pull request, a tick nobody attributed does not count unjudged', () => {
    const head = parse(tick(BASE_TEXT, 'Load test passed'))
    const judged = judgeTicks(head, [], { pullRequest: { baseChecklist: parse(BASE_TEXT) } })
    const item = allItems(judged.checklist).find((entry) => entry.id === 'load-test-passed') as ManualItem
    expect(item.signedOff).toBe(false)
    expect(judged.notes.get('load-test-passed')).toEqual({
      attribution: 'who marked it is not known (it was not attributed)',
      setAside: 'who marked it cannot be told (it was not attributed)'
    })
    expect(judged.events).toEqual([])
  })
})

describe('identitiesFromPullCommits', () => {
  it('answers for the pull request’s own commits only, as GitHub lists them', async () => {
    const lookup = identitiesFromPullCommits([
      { sha: 'a'.repeat(40), author: { login: 'alice' }, committer: { login: 'web-flow' }, commit: { verification: { verified: true } } },
      { sha: 'b'.repeat(40), author: null, committer: { login: 'mallory' }, commit: { verification: null } }
    ])
    expect(await lookup('a'.repeat(40))).toEqual({ authorLogin: 'alice', committerLogin: 'web-flow', verified: true })
    expect(await lookup('b'.repeat(40))).toEqual({ committerLogin: 'mallory', verified: false })
    // An approver's signed commit on another branch, checked out by an earlier step: not this pull request's.
    expect(await lookup('c'.repeat(40))).toBeUndefined()
  })

  it('a tick in a commit from another branch does not count, though GitHub verified it', async () => {
    const { repo, base, text, byApprover, identities } = pullRequest()
    const onlyFirst = identitiesFromPullCommits([
      { sha: Object.keys(identities)[0], author: { login: 'mallory' }, committer: { login: 'mallory' }, commit: { verification: { verified: true } } }
    ])
    const evidence = await gatherTickEvidence(parse(text), gitHistory(repo.dir, { parentEnv: envFor(repo) }), { baseSha: base, identityOf: onlyFirst })
    const judged = judgeTicks(parse(text), evidence, { pullRequest: { baseChecklist: parse(BASE_TEXT) } })
    expect(judged.notes.get('security-review-done')?.setAside).toBe(`GitHub did not say who made commit ${byApprover.slice(0, 7)}`)
    expect(judged.events.map((event) => event.itemId)).toEqual(['rollback-plan-written'])
  })
})
