/** `protect-checklist`: a weakening change is a blocking item that only the base checklist's approvers can sign off. */
import { baseUnavailableChange, diffChecklists } from '../../src/checklist/diff.js'
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { allItems, type Checklist, type ManualItem } from '../../src/checklist/types.js'
import { readSignOff } from '../../src/gates/gate-runner.js'
import type { GateResult } from '../../src/gates/types.js'
import { applySignoffs, type Permission, type SignoffEvent, type SignoffFacts } from '../../src/signoff/apply.js'
import { MAX_PROTECT_ITEMS, PROTECT_SECTION, protectChecklist, withProtection } from '../../src/signoff/protect.js'
import { decide } from '../../src/verdict.js'

const HEAD_SHA = 'c'.repeat(40)

function yaml(items: string): Checklist {
  return parseYamlChecklist(`version: 1\nsections:\n  - title: Gates\n    items:\n${items}`, '.github/go-no-go.yml')
}

const gates = `      - id: tests\n        title: Unit tests\n        run: cargo test\n      - id: audit\n        title: Audit\n        run: cargo audit\n`
const review = (approvers: string) =>
  `      - id: review\n        title: Security review\n        manual: true\n${approvers ? `        approvers: [${approvers}]\n` : ''}        allow-author: true\n`

const permissions: Record<string, Permission> = { alice: 'write', bob: 'write', dave: 'maintain', carol: 'read', mallory: 'write' }
const facts: SignoffFacts = {
  pullRequestAuthor: 'mallory',
  headSha: HEAD_SHA,
  permissionOf: (login) => permissions[login] ?? 'none',
  isTeamMember: (team, login) => team === 'octo-org/security' && login === 'dave',
  changedSince: () => []
}

let clock = 0
const signoff = (itemId: string, login: string): SignoffEvent => ({
  itemId,
  login,
  action: 'signoff',
  via: 'comment',
  at: new Date(Date.UTC(2026, 10, 23, 10, 0, clock++)).toISOString(),
  sha: HEAD_SHA
})

/** The run as the action will wire it; here every item of the head checklist passed, so only protection items wait. */
function judge(base: Checklist | undefined, head: Checklist, events: (ids: string[]) => SignoffEvent[], changes = base ? diffChecklists(base, head) : []) {
  const protection = protectChecklist(changes, base, head, { ticksJudged: false })
  const checklist = withProtection(head, protection)
  const results = new Map<string, GateResult>(
    allItems(checklist).map((item) => [
      item.id,
      item.section === PROTECT_SECTION ? readSignOff(item as ManualItem) : { id: item.id, status: 'pass', summary: 'passed', durationMs: 1 }
    ])
  )
  const ids = protection.items.map((item) => item.id)
  const outcome = applySignoffs(checklist, results, events(ids), facts)
  return { protection, ids, outcome, verdict: decide(checklist, outcome.results) }
}

describe('protectChecklist', () => {
  const base = yaml(gates + review('alice, team:octo-org/security'))
  // The pull request deletes `tests` and makes its author an approver of the review.
  const head = yaml(`      - id: audit\n        title: Audit\n        run: cargo audit\n` + review('alice, team:octo-org/security, mallory'))

  it('turns each weakened item into one blocking item, named after what changed', () => {
    const { protection, verdict } = judge(base, head, () => [])
    expect(protection.items.map((item) => [item.id, item.title, item.severity, item.section])).toEqual([
      [expect.stringMatching(/^checklist-change-tests-[0-9a-f]{16}$/), 'Checklist change: `tests` removed', 'blocking', 'Checklist changes'],
      [
        expect.stringMatching(/^checklist-change-review-[0-9a-f]{16}$/),
        'Checklist change: `review` approvers added (alice, team:octo-org/security → alice, team:octo-org/security, mallory)',
        'blocking',
        'Checklist changes'
      ]
    ])
    expect(protection.items[0].note).toMatch(
      /a blocking item no longer has to pass; needs a sign-off from an approver named in the base checklist \(alice, team:octo-org\/security\)/
    )
    expect(verdict.decision).toBe('no-go')
    expect(verdict.reasons).toEqual([
      expect.stringMatching(/^checklist-change-tests-\w+: awaiting sign-off/),
      expect.stringMatching(/^checklist-change-review-\w+: awaiting sign-off/)
    ])
  })

  it('only an approver of the base checklist may sign: not the author, not an approver the pull request added, not another writer', () => {
    const { outcome, verdict, ids } = judge(base, head, ([tests, review]) => [
      signoff(tests, 'mallory'),
      signoff(tests, 'bob'),
      signoff(tests, 'carol'),
      signoff(tests, 'dave'),
      signoff(review, 'alice')
    ])
    expect(outcome.audit.map((entry) => [entry.login, entry.accepted, entry.reason])).toEqual([
      ['mallory', false, 'the pull request author cannot sign off their own change'],
      ['bob', false, 'not one of the approvers (alice, team:octo-org/security)'],
      ['carol', false, 'not one of the approvers (alice, team:octo-org/security)'],
      ['dave', true, undefined],
      ['alice', true, undefined]
    ])
    expect(outcome.results.get(ids[0])).toMatchObject({ status: 'pass', summary: 'signed off by @dave' })
    expect(verdict.decision).toBe('go')
  })

  it('when the base checklist names no approvers: anyone with write permission but the author', () => {
    const unnamed = yaml(gates + review(''))
    const { protection, outcome, ids } = judge(unnamed, yaml(gates.replace('cargo test', 'cargo test --lib') + review('')), ([id]) => [
      signoff(id, 'mallory'),
      signoff(id, 'carol'),
      signoff(id, 'bob')
    ])
    expect(protection.approvers).toEqual([])
    expect(protection.signers).toBe("anyone with write permission to the repository other than the pull request's author (the base checklist names no approvers)")
    expect(outcome.audit.map((entry) => [entry.login, entry.accepted])).toEqual([
      ['mallory', false],
      ['carol', false],
      ['bob', true]
    ])
    expect(outcome.results.get(ids[0])?.status).toBe('pass')
  })

  it('never lets the author sign, even where the base checklist allows authors', () => {
    const { protection } = judge(base, head, () => [])
    expect(protection.items.every((item) => item.allowAuthor === false && item.minApprovals === 1)).toBe(true)
  })

  it('a sign-off covers what the signer saw: changing the same gate again needs a new one', () => {
    const first = judge(base, yaml(gates.replace('cargo test', 'cargo test --lib') + review('alice')), ([id]) => [signoff(id, 'alice')])
    expect(first.verdict.decision).toBe('go')
    const signed = first.ids[0]
    const second = judge(base, yaml(gates.replace('cargo test', '"true"') + review('alice')), () => [signoff(signed, 'alice')])
    expect(second.ids[0]).not.toBe(signed)
    expect(second.outcome.audit[0]).toMatchObject({ accepted: false, reason: `no manual item "${signed}" in the checklist` })
    expect(second.verdict.decision).toBe('no-go')
  })

  it('a pull request cannot pre-empt the item with a gate of the same id that passes', () => {
    const honest = judge(base, yaml(gates.replace('cargo test', '"true"') + review('alice')), () => [])
    const taken = honest.ids[0]
    // Knowing the id, the pull request adds `run: "true"` under it.
    const head = yaml(gates.replace('cargo test', '"true"') + review('alice') + `      - id: ${taken}\n        title: Looks official\n        run: "true"\n`)
    const { ids, verdict } = judge(base, head, () => [])
    expect(ids).toContain(`${taken}-2`)
    expect(verdict.decision).toBe('no-go')
    expect(verdict.reasons).toContainEqual(expect.stringMatching(new RegExp(`^${taken}-2: awaiting sign-off`)))
  })

  it('changes that do not weaken add nothing', () => {
    const stricter = yaml(gates + review('alice, team:octo-org/security') + `      - id: lint\n        title: Lint\n        run: cargo clippy\n`)
    expect(judge(base, stricter, () => []).protection.items).toEqual([])
  })

  it('a checklist that cannot be read at the base commit is one item for anyone with write permission but the author', () => {
    const { protection, verdict } = judge(undefined, head, () => [], [baseUnavailableChange('the checklist does not exist at the base commit')])
    expect(protection.items).toEqual([expect.objectContaining({ id: expect.stringMatching(/^checklist-change-[0-9a-f]{16}$/), approvers: [], severity: 'blocking' })])
    expect(protection.items[0].title).toBe('Checklist change: the checklist cannot be compared with the base commit: the checklist does not exist at the base commit')
    expect(protection.signers).toMatch(/could not be read/)
    expect(verdict.decision).toBe('no-go')
  })

  it(`past ${MAX_PROTECT_ITEMS} weakened items, one item stands for them all`, () => {
    const many = Array.from(
      { length: MAX_PROTECT_ITEMS + 10 },
      (_, index) => `      - id: gate-${index}\n        title: Gate ${index}\n        run: cargo test --test t${index}\n`
    ).join('')
    const { protection, ids, outcome } = judge(yaml(many), yaml(`      - id: left\n        title: Left\n        run: cargo test\n`), ([id]) => [signoff(id, 'bob')])
    expect(protection.items).toHaveLength(1)
    expect(protection.items[0].title).toBe('Checklist change: 60 items weakened (gate-0, gate-1, gate-2, gate-3, gate-4, …)')
    expect(protection.coveredBy.get('gate-59')).toBe(ids[0])
    expect(outcome.results.get(ids[0])?.status).toBe('pass')
  })

  it('a tick the pull request added needs no second sign-off when ticks are judged by who committed them', () => {
    const markdownBase = parseMarkdownChecklist('# Release\n- [ ] Rollback plan written\n', 'RELEASE.md')
    const markdownHead = parseMarkdownChecklist('# Release\n- [x] Rollback plan written\n', 'RELEASE.md')
    const changes = diffChecklists(markdownBase, markdownHead)
    expect(protectChecklist(changes, markdownBase, markdownHead, { ticksJudged: true }).items).toEqual([])
    expect(protectChecklist(changes, markdownBase, markdownHead, { ticksJudged: false }).items).toHaveLength(1)
  })
})
