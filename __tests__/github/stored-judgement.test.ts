/** What a pull request run keeps for comment events: round trip, size, and refusing what we could not have written. */
import { randomBytes } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import type { Checklist } from '../../src/checklist/types.js'
import { encodeState, MAX_STATE_CHARS, readState, type StoredState } from '../../src/github/state.js'
import { restoreJudgement, storeJudgement } from '../../src/github/stored-judgement.js'
import type { RunReport } from '../../src/report/model.js'
import { protectChecklist } from '../../src/signoff/protect.js'

const checklist: Checklist = {
  title: 'Release',
  path: 'RELEASE.md',
  format: 'markdown',
  sections: [
    {
      title: 'Checks',
      items: [
        {
          kind: 'command',
          id: 'tests',
          title: 'Tests',
          severity: 'blocking',
          section: 'Checks',
          run: 'npm test',
          timeoutMs: 60_000,
          workingDirectory: '.',
          env: { A: '1' },
          needs: [],
          expect: {}
        },
        { kind: 'file', id: 'notes', title: 'Notes', severity: 'warning', section: 'Checks', path: 'NOTES.md', needs: [] }
      ]
    },
    {
      title: 'People',
      items: [
        {
          kind: 'manual',
          id: 'rollback',
          title: 'Rollback plan',
          severity: 'blocking',
          section: 'People',
          signedOff: false,
          approvers: ['alice'],
          minApprovals: 1,
          allowAuthor: false,
          paths: ['db/**'],
          needs: []
        }
      ]
    }
  ]
}
const removal = { itemId: 'lint', kind: 'removed' as const, change: 'removed', before: 'the command npm run lint', weakening: true, why: 'a gate fewer' }
const protection = protectChecklist([removal], checklist, checklist, { ticksJudged: true })
const report = {
  checklist: { ...checklist, sections: [...checklist.sections, { title: 'Checklist changes', items: protection.items }] },
  results: new Map(),
  checklistChanges: { path: 'RELEASE.md', baseSha: 'a'.repeat(40), checklistFrom: 'head', explanation: 'the pull request decides', changes: [removal], protection }
} as unknown as RunReport
const tick = { itemId: 'rollback', action: 'signoff' as const, login: 'alice', at: '2026-11-22T10:00:00.000Z', via: 'commit' as const, sha: 'c'.repeat(40) }
const judgement = { checklist, events: [tick], notes: new Map([['rollback', { attribution: 'ticked by @alice on 2026-11-22 in ccccccc', claimedBy: 'alice' }]]) }

describe('storeJudgement and restoreJudgement', () => {
  it('bring back the judged checklist, the tick sign-offs, who ticked, and the changes', () => {
    const restored = restoreJudgement(JSON.parse(JSON.stringify(storeJudgement(report, { events: [tick], judgement }))))
    expect(restored?.checklist.sections.map((section) => section.items.map((item) => [item.kind, item.id, item.section]))).toEqual([
      [
        ['command', 'tests', 'Checks'],
        ['file', 'notes', 'Checks']
      ],
      [['manual', 'rollback', 'People']],
      [['manual', protection.items[0].id, 'Checklist changes']]
    ])
    expect(restored?.checklist.sections[1].items[0]).toMatchObject({ approvers: ['alice'], paths: ['db/**'], minApprovals: 1, allowAuthor: false, signedOff: false })
    expect(restored?.commitTicks).toEqual([tick])
    expect(restored?.ticks.notes.get('rollback')).toEqual({ attribution: 'ticked by @alice on 2026-11-22 in ccccccc', claimedBy: 'alice' })
    expect(restored?.changes).toMatchObject({ changes: [removal], protection: { items: [expect.objectContaining({ id: protection.items[0].id })], signers: protection.signers } })
  })

  it('redact what it keeps, as the visible report does', () => {
    const secret = { ...report, checklist: { ...report.checklist, title: 'Release ghp_0123456789abcdefghijklmnopqrstuvwxyz0123' } } as RunReport
    const stored = storeJudgement(secret, { events: [] }, (text) => text.replace(/ghp_\w+/g, '***'))
    expect(stored.checklist.title).toBe('Release ***')
  })

  it.each([
    ['a tick that is not a commit tick', (stored: Record<string, unknown>) => ({ ...stored, commitTicks: [{ ...tick, via: 'comment' }] })],
    [
      'an item of an unknown kind',
      (stored: Record<string, unknown>) => ({
        ...stored,
        checklist: { title: 't', path: 'p', format: 'yaml', sections: [{ title: 's', items: [{ kind: 'shell', id: 'x', title: 'x', severity: 'blocking' }] }] }
      })
    ],
    [
      'a manual item without approvers',
      (stored: Record<string, unknown>) => ({
        ...stored,
        checklist: { title: 't', path: 'p', format: 'yaml', sections: [{ title: 's', items: [{ kind: 'manual', id: 'x', title: 'x', severity: 'blocking', signedOff: true }] }] }
      })
    ],
    ['not an object', () => 'judged']
  ])('refuse %s', (_name, tamper) => {
    expect(restoreJudgement(tamper(JSON.parse(JSON.stringify(storeJudgement(report, { events: [tick], judgement }))) as Record<string, unknown>))).toBeUndefined()
  })
})

describe('encodeState with a judgement', () => {
  const state = (judged: ReturnType<typeof storeJudgement>): StoredState => ({ version: 1, headSha: 'b'.repeat(40), checklist: 'RELEASE.md', results: [], ticks: [], judged })

  it('reads back what it wrote', () => {
    const encoded = encodeState(state(storeJudgement(report, { events: [tick], judgement })))
    expect(readState(`x\n${encoded?.line}\n`)?.state.judged?.commitTicks).toEqual([tick])
  })

  it('leaves out what only the report shows before giving up the state', () => {
    // Text that does not compress: 50 changes of three 300-character random values each.
    const noise = () => randomBytes(225).toString('base64')
    const many = {
      ...report,
      checklistChanges: {
        ...report.checklistChanges!,
        changes: Array.from({ length: 50 }, (_, index) => ({ ...removal, itemId: `lint-${index}`, before: noise(), after: noise(), why: noise() }))
      }
    }
    const encoded = encodeState(state(storeJudgement(many as RunReport, { events: [tick], judgement })))
    expect(encoded).toBeDefined()
    expect(encoded!.line.length).toBeLessThan(MAX_STATE_CHARS + 100)
    const judged = readState(encoded!.line)?.state.judged
    expect(judged?.changes).toBeUndefined()
    expect(judged?.commitTicks).toEqual([tick])
  })

  it('keeps a 200-item checklist with its results: compressed, it fits', () => {
    const items = Array.from({ length: 200 }, (_, index) => ({
      kind: 'command' as const,
      id: `tests-${index}`,
      title: `Unit tests of module ${index} pass`,
      severity: 'blocking' as const,
      section: 'Checks',
      run: `cargo test -p module-${index}`,
      timeoutMs: 1,
      workingDirectory: '.',
      env: {},
      needs: [],
      expect: {}
    }))
    const big = { ...report, checklist: { ...checklist, sections: [{ title: 'Checks', items }] }, checklistChanges: undefined } as unknown as RunReport
    const results = items.map((item) => ({ id: item.id, status: 'pass' as const, summary: '42 passed', durationMs: 1234 }))
    const encoded = encodeState({ version: 1, headSha: 'b'.repeat(40), checklist: 'x', results, ticks: [], judged: storeJudgement(big, { events: [] }) })
    expect(readState(encoded?.line ?? '')?.state.judged?.checklist.sections[0].items).toHaveLength(200)
  })

  it('refuses a state edited into a zip bomb instead of inflating it', () => {
    const bomb = deflateSync(JSON.stringify({ version: 1, headSha: 'b'.repeat(40), checklist: 'x', results: [], ticks: [], padding: ' '.repeat(8 * 1024 * 1024) }), {
      level: 9
    }).toString('base64url')
    expect(bomb.length).toBeLessThan(MAX_STATE_CHARS * 4)
    expect(readState(`<!-- go-no-go:state ${bomb} -->`)).toBeUndefined()
  })
})
