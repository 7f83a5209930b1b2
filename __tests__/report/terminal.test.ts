/** What `npx go-no-go` prints: a line per item, failure details with output tails, the verdict last. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderTerminal } from '../../src/report/terminal.js'
import { createRedactor } from '../../src/text/redact.js'
import { report, type ItemSpec } from './build.js'

const specs: ItemSpec[] = [
  { id: 'fmt', status: 'pass', title: 'Formatting is clean', summary: 'formatted', durationMs: 420 },
  {
    id: 'tests',
    status: 'fail',
    title: 'Unit tests pass',
    run: 'cargo test',
    summary: '2/3 passed',
    reason: '1 failed: tests::rounds',
    failingTests: ['tests::rounds'],
    durationMs: 63_000,
    output: `${Array.from({ length: 30 }, (_, index) => `out ${index + 1}`).join('\n')}\n`
  },
  { id: 'audit', status: 'error', severity: 'warning', title: 'Audit', summary: 'could not run', reason: 'registry unreachable', durationMs: 2_000 },
  { id: 'review', status: 'pending', kind: 'manual', title: 'Security review', summary: 'awaiting sign-off', notes: ['needs 1 of @security'] }
]

describe('renderTerminal', () => {
  const plain = renderTerminal(report(specs), { color: false })

  it('reads as expected (see expected/terminal-no-go.txt)', () => {
    const file = path.join(process.cwd(), '__tests__', 'report', 'expected', 'terminal-no-go.txt')
    if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, plain)
    expect(plain).toBe(readFileSync(file, 'utf8'))
  })

  it('has one line per item with symbol, id, title, result and duration', () => {
    expect(plain).toContain('  ✔ fmt  Formatting is clean — formatted  0.4 s\n')
    expect(plain).toContain('  ✘ tests  Unit tests pass — 2/3 passed  1 m 3 s\n')
    expect(plain).toContain('  ! audit  Audit [warning] — could not run  2.0 s\n')
    expect(plain).toContain('  … review  Security review [manual] — awaiting sign-off\n')
  })

  it('details each failure with its failing tests and the last 15 lines of output', () => {
    expect(plain).toContain('✘ tests: 1 failed: tests::rounds\n    command: cargo test\n    failing: tests::rounds\n    ── last 15 of 30 lines of output ──\n    out 16\n')
    expect(plain).not.toContain('out 15\n')
    expect(plain).toContain('    out 30\n')
  })

  it('ends with the verdict line', () => {
    expect(plain.trimEnd().split('\n').at(-1)).toBe('NO-GO  1 passed · 1 failed · 1 error · 1 pending · 1 m 3 s')
  })

  it("colours only when asked, and never passes a gate's own escapes through", () => {
    const hostile = report([{ id: 'x', status: 'fail', reason: '\x1b]0;pwned\x07\x1b[2J cleared', output: '\x1b[31mred\x1b[0m\n' }])
    const noColor = renderTerminal(hostile, { color: false })
    expect(noColor).not.toContain('\x1b')
    expect(noColor).toContain('cleared')
    const color = renderTerminal(hostile, { color: true })
    expect(color).toContain('\x1b[31m')
    expect(color).not.toContain('\x1b]0;')
    expect(color).not.toContain('\x1b[2J')
  })

  it('redacts secrets', () => {
    const out = renderTerminal(report([{ id: 'x', status: 'fail', reason: 'db password hunter2-pass', output: 'hunter2-pass\n' }]), {
      color: false,
      redactor: createRedactor(['hunter2-pass'])
    })
    expect(out).not.toContain('hunter2-pass')
  })

  it('says CANCELLED when the run was stopped', () => {
    const out = renderTerminal(report([{ id: 'a', status: 'cancelled' }], { cancelled: true }), { color: false })
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^CANCELLED — NO-GO /)
  })
})
