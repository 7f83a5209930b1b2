/** The JSON report other tools read: a stable shape, every key present, sanitised and redacted like the rest. */
import { toJsonReport, JSON_REPORT_VERSION } from '../../src/report/json.js'
import { createRedactor } from '../../src/text/redact.js'
import { report } from './build.js'

const ITEM_KEYS = [
  'id',
  'title',
  'section',
  'severity',
  'kind',
  'command',
  'source',
  'status',
  'passedBy',
  'summary',
  'reason',
  'durationMs',
  'parser',
  'counts',
  'failingTests',
  'failingTestsTotal',
  'findings',
  'findingsTotal',
  'exitCode',
  'signal',
  'timedOut',
  'outputBytes',
  'logPath',
  'notes',
  'evidence'
].sort()

describe('toJsonReport', () => {
  const run = report(
    [
      { id: 'tests', status: 'fail', run: 'cargo test', summary: '2/3 passed', reason: '1 failed', failingTests: ['tests::a'], output: 'x\n', durationMs: 1_500 },
      { id: 'review', status: 'pending', kind: 'manual', severity: 'warning', notes: ['needs @alice'] },
      { id: 'notes', status: 'pass', kind: 'file' }
    ],
    { runUrl: 'https://github.test/o/r/actions/runs/9' }
  )
  const json = toJsonReport(run)

  it('has the documented top level', () => {
    expect(json).toEqual({
      schemaVersion: JSON_REPORT_VERSION,
      decision: 'no-go',
      title: 'Release 2.4',
      checklist: '.github/go-no-go.yml',
      format: 'yaml',
      startedAt: '2026-11-23T10:00:00.000Z',
      durationMs: 63_000,
      cancelled: false,
      counts: { passed: 1, failed: 1, errored: 0, pending: 1, cancelled: 0 },
      reasons: ['tests: failed (1 failed)', 'review: awaiting sign-off'],
      runProblems: [],
      runUrl: 'https://github.test/o/r/actions/runs/9',
      run: null,
      checklistSha256: null,
      shard: null,
      items: expect.any(Array)
    })
  })

  it('records which run, commit, checklist and shard it is, for a merge to check', () => {
    const identity = {
      run: { id: '42', attempt: 2, repository: 'o/r', event: 'pull_request', headSha: 'c'.repeat(40), commitSha: 'a'.repeat(40) },
      checklistSha256: 'f'.repeat(64),
      shard: { index: 2, total: 4, items: ['tests'], balancedBy: 'count' as const, assignmentSha256: '0'.repeat(64) }
    }
    expect(toJsonReport({ ...run, identity })).toMatchObject(identity)
  })

  it('keeps the evidence a merge judges again: the parser’s problem, and the end of the output from a line boundary', () => {
    expect(json.items[0].evidence).toEqual({ parseProblem: null, spawnError: null, cancelled: false, output: { excerpt: 'x\n', totalLines: 1, truncated: false } })
    expect(json.items[1].evidence).toBeNull()
    const long = report([{ id: 'long', status: 'fail', output: Array.from({ length: 5_000 }, (_, index) => `line ${index}`).join('\n') + '\n' }])
    const excerpt = toJsonReport(long).items[0].evidence?.output.excerpt ?? ''
    expect(excerpt.length).toBeLessThanOrEqual(16_384)
    expect(excerpt.length).toBeGreaterThan(16_000)
    expect(excerpt.startsWith('line ')).toBe(true)
    expect(excerpt.endsWith('line 4999\n')).toBe(true)
  })

  it('gives every item the same keys, null where a key does not apply', () => {
    for (const item of json.items) expect(Object.keys(item).sort()).toEqual(ITEM_KEYS)
    expect(json.items[0]).toMatchObject({
      id: 'tests',
      kind: 'command',
      command: 'cargo test',
      status: 'fail',
      summary: '2/3 passed',
      reason: '1 failed',
      durationMs: 1_500,
      counts: { passed: 2, failed: 1, skipped: 0 },
      failingTests: ['tests::a'],
      failingTestsTotal: 1,
      exitCode: 1,
      signal: null,
      timedOut: false,
      outputBytes: 2,
      logPath: null
    })
    expect(json.items[1]).toMatchObject({
      id: 'review',
      kind: 'manual',
      command: null,
      status: 'pending',
      exitCode: null,
      outputBytes: 0,
      notes: ['needs @alice'],
      failingTests: [],
      findings: []
    })
  })

  it('says how each pass was known, and null for what did not pass', () => {
    const known = toJsonReport(
      report([
        { id: 'tool', status: 'pass' },
        { id: 'evidence', status: 'pass', kind: 'file' },
        { id: 'ticked', status: 'pass', kind: 'manual', signedOff: true },
        { id: 'signed', status: 'pass', kind: 'manual', summary: 'signed off by @alice' },
        { id: 'waiting', status: 'pending', kind: 'manual' },
        { id: 'broken', status: 'fail' }
      ])
    )
    expect(known.items.map((item) => [item.id, item.passedBy])).toEqual([
      ['tool', 'verified'],
      ['evidence', 'verified'],
      ['ticked', 'ticked'],
      ['signed', 'signed'],
      ['waiting', null],
      ['broken', null]
    ])
  })

  it('survives JSON.stringify and parse unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
  })

  it('reports an item without a result as an error, never a pass', () => {
    const missing = { ...run, results: new Map([...run.results].filter(([id]) => id !== 'notes')) }
    expect(toJsonReport(missing).items[2]).toMatchObject({ id: 'notes', status: 'error', reason: 'the gate produced no result' })
  })

  it('bounds findings and failing tests, and says how many there were', () => {
    const many = report([
      {
        id: 'lint',
        status: 'fail',
        failingTests: Array.from({ length: 150 }, (_, index) => `t${index}`),
        findings: Array.from({ length: 500 }, (_, index) => ({ level: 'warning' as const, message: `w${index}`, file: 'a.rs', line: index }))
      }
    ])
    const item = toJsonReport(many).items[0]
    expect(item.findings).toHaveLength(100)
    expect(item.findingsTotal).toBe(500)
    expect(item.failingTests).toHaveLength(100)
    expect(item.failingTestsTotal).toBe(150)
  })

  it('strips escapes and redacts secrets, without HTML-escaping', () => {
    const secret = 'super-secret-db-password'
    const token = `ghp_${'a1B2'.repeat(9)}`
    const hostile = report([
      {
        id: 'x',
        status: 'fail',
        title: '\x1b[31m<b>red</b>\x1b[0m',
        reason: `leaked ${secret} and ${token}`,
        failingTests: [`case ${token}`],
        findings: [{ level: 'error', message: `\u202Eevil ${secret}`, file: `src/${secret}.rs` }]
      }
    ])
    const text = JSON.stringify(toJsonReport(hostile, createRedactor([secret])))
    expect(text).not.toContain(secret)
    expect(text).not.toContain(token)
    expect(text).not.toMatch(/\\u001b|\u202e/i)
    expect(text).toContain('<b>red</b>')
  })
})
