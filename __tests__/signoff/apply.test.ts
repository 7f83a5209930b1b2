/** Human sign-offs: who may sign what, revoking, authors, approvers, teams and stale sign-offs. */
import type { Checklist, ManualItem } from '../../src/checklist/types.js'
import type { GateResult } from '../../src/gates/types.js'
import { applySignoffs, globToRegExp, type Permission, type SignoffEvent, type SignoffFacts } from '../../src/signoff/apply.js'
import { parseSignoffCommands } from '../../src/signoff/commands.js'

const HEAD = 'h'.repeat(40)

function manual(id: string, overrides: Partial<ManualItem> = {}): ManualItem {
  return {
    kind: 'manual',
    id,
    title: id,
    severity: 'blocking',
    section: 'S',
    signedOff: false,
    approvers: [],
    minApprovals: 1,
    allowAuthor: false,
    paths: [],
    needs: [],
    ...overrides
  }
}

function setup(...items: ManualItem[]) {
  const checklist: Checklist = { title: 'T', path: 'c.yml', format: 'yaml', sections: [{ title: 'S', items }] }
  const results = new Map<string, GateResult>(items.map((item) => [item.id, { id: item.id, status: 'pending', summary: 'awaiting sign-off', durationMs: 0 }]))
  return { checklist, results }
}

const permissions: Record<string, Permission> = { alice: 'write', bob: 'admin', carol: 'read', author: 'write', dave: 'write' }
const facts = (overrides: Partial<SignoffFacts> = {}): SignoffFacts => ({
  pullRequestAuthor: 'author',
  headSha: HEAD,
  permissionOf: (login) => permissions[login] ?? 'none',
  isTeamMember: (team, login) => (team === 'octo-org/security' ? login === 'dave' : undefined),
  changedSince: () => [],
  ...overrides
})

let clock = 0
const event = (itemId: string, login: string, action: 'signoff' | 'revoke' = 'signoff', extra: Partial<SignoffEvent> = {}): SignoffEvent => ({
  itemId,
  login,
  action,
  at: new Date(Date.UTC(2026, 10, 23, 10, 0, clock++)).toISOString(),
  via: 'comment',
  sha: HEAD,
  ...extra
})

describe('applySignoffs', () => {
  it('passes an item signed off by someone with write permission, and records it', () => {
    const { checklist, results } = setup(manual('security'))
    const outcome = applySignoffs(checklist, results, [event('security', 'alice')], facts())
    expect(outcome.results.get('security')).toMatchObject({ status: 'pass', summary: 'signed off by @alice' })
    expect(outcome.audit).toEqual([expect.objectContaining({ itemId: 'security', login: 'alice', accepted: true, via: 'comment' })])
  })

  it('refuses someone without write permission, and says why', () => {
    const { checklist, results } = setup(manual('security'))
    const outcome = applySignoffs(checklist, results, [event('security', 'carol'), event('security', 'stranger')], facts())
    expect(outcome.results.get('security')?.status).toBe('pending')
    expect(outcome.audit.map((entry) => entry.reason)).toEqual(['needs write permission to the repository (has read)', 'needs write permission to the repository (has none)'])
  })

  it('refuses the pull request author unless allow-author is set', () => {
    const { checklist, results } = setup(manual('self'), manual('self-ok', { allowAuthor: true }))
    const outcome = applySignoffs(checklist, results, [event('self', 'author'), event('self-ok', 'author')], facts())
    expect(outcome.results.get('self')?.status).toBe('pending')
    expect(outcome.audit[0].reason).toMatch(/author cannot sign off/)
    expect(outcome.results.get('self-ok')?.status).toBe('pass')
  })

  it('accepts only listed approvers and members of listed teams', () => {
    const { checklist, results } = setup(manual('security', { approvers: ['bob', 'team:octo-org/security'] }))
    const outcome = applySignoffs(checklist, results, [event('security', 'alice'), event('security', 'dave')], facts())
    expect(outcome.audit.map((entry) => entry.accepted)).toEqual([false, true])
    expect(outcome.audit[0].reason).toMatch(/not one of the approvers/)
    expect(outcome.results.get('security')).toMatchObject({ status: 'pass', summary: 'signed off by @dave' })
  })

  it('needs min-approvals distinct people', () => {
    const { checklist, results } = setup(manual('release', { minApprovals: 2 }))
    const one = applySignoffs(checklist, results, [event('release', 'alice'), event('release', 'alice')], facts())
    expect(one.results.get('release')).toMatchObject({ status: 'pending', summary: '1/2 sign-offs (@alice)', reason: 'needs 1 more sign-off' })
    const two = applySignoffs(checklist, results, [event('release', 'alice'), event('release', 'bob')], facts())
    expect(two.results.get('release')?.status).toBe('pass')
  })

  it('makes an item pending again after /revoke by the same person', () => {
    const { checklist, results } = setup(manual('security'))
    const outcome = applySignoffs(checklist, results, [event('security', 'alice'), event('security', 'alice', 'revoke')], facts())
    expect(outcome.results.get('security')?.status).toBe('pending')
    expect(outcome.audit.map((entry) => `${entry.action}:${entry.accepted}`)).toEqual(['signoff:true', 'revoke:true'])
  })

  it('invalidates a sign-off when a later commit changes a file under paths', () => {
    const { checklist, results } = setup(manual('migration', { paths: ['db/migrations/**'] }))
    const old = 'o'.repeat(40)
    const outcome = applySignoffs(
      checklist,
      results,
      [event('migration', 'alice', 'signoff', { sha: old })],
      facts({ changedSince: (sha) => (sha === old ? ['db/migrations/0042_add_index.sql', 'README.md'] : []) })
    )
    expect(outcome.results.get('migration')).toMatchObject({
      status: 'pending',
      notes: [expect.stringMatching(/signed by @alice at ooooooo, invalidated by new changes to db\/migrations\/0042_add_index\.sql/)]
    })
    const untouched = applySignoffs(checklist, results, [event('migration', 'alice', 'signoff', { sha: old })], facts({ changedSince: () => ['README.md'] }))
    expect(untouched.results.get('migration')?.status).toBe('pass')
  })

  it('ignores sign-offs for ids that are not manual items', () => {
    const { checklist, results } = setup(manual('security'))
    const outcome = applySignoffs(checklist, results, [event('tests', 'alice')], facts())
    expect(outcome.audit[0]).toMatchObject({ accepted: false, reason: 'no manual item "tests" in the checklist' })
  })
})

describe('parseSignoffCommands', () => {
  it('reads commands at the start of a line, several ids at once', () => {
    expect(parseSignoffCommands('Looks good.\n/signoff security rollback\n/revoke qa\n')).toEqual([
      { action: 'signoff', ids: ['security', 'rollback'] },
      { action: 'revoke', ids: ['qa'] }
    ])
  })

  it('ignores commands quoted inside text', () => {
    expect(parseSignoffCommands('please type /signoff security when ready')).toEqual([])
    expect(parseSignoffCommands('> /signoff security')).toEqual([])
  })
})

describe('globToRegExp', () => {
  it.each([
    ['db/migrations/**', 'db/migrations/2026/01.sql', true],
    ['db/migrations/**', 'db/seeds.sql', false],
    ['*.tf', 'main.tf', true],
    ['*.tf', 'infra/main.tf', false],
    ['infra/**/*.tf', 'infra/prod/main.tf', true]
  ])('%s matches %s: %s', (glob, file, expected) => {
    expect(globToRegExp(glob).test(file)).toBe(expected)
  })
})
