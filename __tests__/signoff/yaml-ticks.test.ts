/**
 * `signed-off: true` in a YAML checklist is the YAML form of a ticked Markdown box, with the same
 * protections: the line that says it is attributed with git blame in a real repository, and on a
 * pull request it counts only when its committer may sign off the item.
 */
import { gitHistory } from '../../src/checklist/blame.js'
import { diffChecklists } from '../../src/checklist/diff.js'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { allItems, type Checklist, type ManualItem } from '../../src/checklist/types.js'
import { readSignOff } from '../../src/gates/gate-runner.js'
import type { GateResult } from '../../src/gates/types.js'
import { applySignoffs } from '../../src/signoff/apply.js'
import { gatherTickEvidence, judgeTicks, withTickNotes, type CommitIdentity, type TickContext } from '../../src/signoff/checklist-ticks.js'
import { protectChecklist } from '../../src/signoff/protect.js'
import { decide } from '../../src/verdict.js'
import { gitEnvFor, pullRequestFacts } from './tick-fixtures.js'
import { ALICE, createGitRepo, MALLORY, type GitRepo } from '../helpers/git-repo.js'

const FILE = '.github/go-no-go.yml'
/** One item per shape a sign-off can take: a flow mapping on one line, a plain line, a block mapping. */
const BASE_TEXT = `version: 1
sections:
  - title: Release
    items:
      - { title: Changelog updated, manual: true, signed-off: true }
      - Rollback plan written
      - Security review done
      - title: Load test passed
        manual: true
      - id: minor-fix
        title: Typo fixed in the docs
        manual: true
        signed-off: true
`
const facts = pullRequestFacts({ alice: 'write', mallory: 'write' })
const parse = (text: string) => parseYamlChecklist(text, FILE)
const envFor = gitEnvFor
const signLine = (text: string, title: string) => text.replace(`      - ${title}\n`, `      - { title: ${title}, manual: true, signed-off: true }\n`)

/**
 * Base commit by Alice; on the pull request Mallory (its author) signs the rollback plan, Alice
 * signs the security review in a signed commit, and Mallory adds a `signed-off: true` line to the
 * load test in a commit that claims Alice wrote it.
 */
function pullRequest() {
  const repo = createGitRepo()
  const base = repo.commit({ [FILE]: BASE_TEXT }, ALICE, { date: '2026-11-01T09:00:00Z' })
  repo.git('checkout', '-q', '-b', 'pr')
  let text = signLine(BASE_TEXT, 'Rollback plan written')
  const byAuthor = repo.commit({ [FILE]: text }, MALLORY, { date: '2026-11-20T10:00:00Z' })
  text = signLine(text, 'Security review done')
  const byApprover = repo.commit({ [FILE]: text }, ALICE, { date: '2026-11-21T11:00:00Z' })
  text = text.replace('        manual: true\n      - id: minor-fix', '        manual: true\n        signed-off: true\n      - id: minor-fix')
  const forged = repo.commit({ [FILE]: text }, ALICE, { committer: MALLORY, date: '2026-11-22T12:00:00Z' })
  const identities: Record<string, CommitIdentity> = {
    [byAuthor]: { authorLogin: 'mallory', committerLogin: 'mallory', verified: true },
    [byApprover]: { authorLogin: 'alice', committerLogin: 'alice', verified: true },
    [forged]: { authorLogin: 'alice', committerLogin: 'mallory', verified: false }
  }
  return { repo, base, text, byAuthor, byApprover, forged, identities }
}

/** The run as it is wired for a checklist of either format: blame, judge, sign-offs, notes, verdict. */
async function run(head: Checklist, workspace: GitRepo, context: { baseSha?: string; identities?: Record<string, CommitIdentity>; tickContext: TickContext }) {
  const evidence = await gatherTickEvidence(head, gitHistory(workspace.dir, { parentEnv: envFor(workspace) }), {
    ...(context.baseSha ? { baseSha: context.baseSha } : {}),
    ...(context.identities ? { identityOf: async (commit: string) => context.identities![commit] } : {})
  })
  const judged = judgeTicks(head, evidence, context.tickContext)
  const gated = new Map<string, GateResult>(allItems(judged.checklist).map((item) => [item.id, readSignOff(item as ManualItem)]))
  const outcome = applySignoffs(judged.checklist, gated, judged.events, facts)
  const results = withTickNotes(outcome.results, judged, outcome.audit)
  return { results, verdict: decide(judged.checklist, results) }
}

describe('signed-off: true on a pull request', () => {
  it('counts the base’s sign-offs and an approver’s signed one; the author’s own and a forged one stay pending, each saying why', async () => {
    const { repo, base, text, byAuthor, byApprover, forged, identities } = pullRequest()
    const { results, verdict } = await run(parse(text), repo, { baseSha: base, identities, tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } } })

    expect(results.get('changelog-updated')).toMatchObject({
      status: 'pass',
      notes: [`ticked by Alice Approver on 2026-11-01 in ${base.slice(0, 7)}; signed in the base branch's checklist too`]
    })
    expect(results.get('minor-fix')?.status).toBe('pass')
    expect(results.get('security-review-done')).toMatchObject({ status: 'pass', summary: 'signed off by @alice' })
    expect(results.get('rollback-plan-written')).toMatchObject({
      status: 'pending',
      reason: `ticked by @mallory (Mallory Author) on 2026-11-20 in ${byAuthor.slice(0, 7)}, but the pull request author cannot sign off their own change`
    })
    // The block mapping's `signed-off` line is the one blamed: the forged commit, not the base's `title:` line.
    expect(results.get('load-test-passed')).toMatchObject({
      status: 'pending',
      reason: expect.stringContaining(`in ${forged.slice(0, 7)}, but commit ${forged.slice(0, 7)} has no signature GitHub verified`)
    })
    expect(verdict.decision).toBe('no-go')
    expect(byApprover).not.toBe(base)
  })

  it('does not carry a base sign-off over to another item written above its old signed-off line', async () => {
    const repo = createGitRepo()
    const base = repo.commit({ [FILE]: BASE_TEXT }, ALICE, { date: '2026-11-01T09:00:00Z' })
    repo.git('checkout', '-q', '-b', 'pr')
    // Only the id and title lines change; `signed-off: true` below them is still Alice's base line.
    const text = BASE_TEXT.replace('id: minor-fix\n        title: Typo fixed in the docs', 'id: security-audit\n        title: Security audit passed')
    const commit = repo.commit({ [FILE]: text }, MALLORY, { date: '2026-11-20T10:00:00Z' })
    const { results } = await run(parse(text), repo, {
      baseSha: base,
      identities: { [commit]: { authorLogin: 'mallory', committerLogin: 'mallory', verified: true } },
      tickContext: { pullRequest: { baseChecklist: parse(BASE_TEXT) } }
    })
    expect(results.get('security-audit')).toMatchObject({
      status: 'pending',
      reason: expect.stringContaining(`${base.slice(0, 7)} is on the base branch, whose checklist no longer has it marked: an old mark does not count again`)
    })
  })

  it('shows an added signed-off as a weakening tick, guarded by the same rule as a Markdown tick', () => {
    const head = parse(signLine(BASE_TEXT, 'Security review done'))
    const changes = diffChecklists(parse(BASE_TEXT), head)
    expect(changes).toEqual([expect.objectContaining({ itemId: 'security-review-done', kind: 'tick', change: 'added', weakening: true })])
    // Judged by who committed it when ticks are judged; otherwise a protection item asks for a sign-off.
    expect(protectChecklist(changes, parse(BASE_TEXT), head, { ticksJudged: true }).items).toEqual([])
    expect(protectChecklist(changes, parse(BASE_TEXT), head, { ticksJudged: false }).items).toHaveLength(1)
  })

  it('asks for a sign-off when a signed item keeps its id but says something else', () => {
    // The base's sign-off counts by id; what it now stands for is a title the signer never saw.
    const head = parse(BASE_TEXT.replace('title: Typo fixed in the docs', 'title: Security audit passed'))
    const changes = diffChecklists(parse(BASE_TEXT), head)
    expect(changes).toEqual([expect.objectContaining({ itemId: 'minor-fix', kind: 'title', weakening: true })])
    expect(protectChecklist(changes, parse(BASE_TEXT), head, { ticksJudged: true }).items).toHaveLength(1)
  })
})

describe('signed-off: true outside a pull request', () => {
  it('counts as pushed, and says who signed it', async () => {
    const { repo, text, byAuthor } = pullRequest()
    const { results } = await run(parse(text), repo, { tickContext: {} })
    expect(results.get('rollback-plan-written')).toMatchObject({ status: 'pass', notes: [`ticked by Mallory Author on 2026-11-20 in ${byAuthor.slice(0, 7)}`] })
  })
})
