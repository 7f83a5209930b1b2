/** What `npx go-no-go` prints: the verdict, what blocks with failing tests and assertions, warnings, a roll-up, what passed, the verdict again. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderTerminal } from '../../src/report/terminal.js'
import { createRedactor } from '../../src/text/redact.js'
import { report, type ItemSpec } from './build.js'
import { failingReport, largeReport } from './samples.js'

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
  { id: 'review', status: 'pending', kind: 'manual', title: 'Security review', summary: 'awaiting sign-off', notes: ['needs 1 of @security'] },
  { id: 'ticked', status: 'pass', kind: 'manual', signedOff: true, title: 'Runbook updated', summary: 'signed off in the checklist' }
]

function expectRendering(name: string, actual: string): void {
  const file = path.join(process.cwd(), '__tests__', 'report', 'expected', name)
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('renderTerminal', () => {
  const plain = renderTerminal(report(specs), { color: false })

  it('reads as expected on a real failing run (see expected/terminal-failing.txt)', () => {
    expectRendering('terminal-failing.txt', renderTerminal(failingReport(), { color: false }))
  })

  it('starts with the verdict and ends with it', () => {
    const lines = plain.trimEnd().split('\n')
    expect(lines[1]).toBe('NO-GO  2 passed · 1 failed · 1 error · 1 pending · 1 m 3 s')
    expect(lines.at(-1)).toBe(lines[1])
  })

  it('lists blocking items, then warnings, then the roll-up, then what passed', () => {
    const order = [
      'Blocking (2)',
      '  ✘ tests  Unit tests pass — failed: 1 failed: tests::rounds',
      '  … Gates: 1 of 2 signed',
      '      review  Security review — needs 1 of @security',
      'Warnings (1)',
      '  ! audit  Audit — could not be checked: registry unreachable',
      'By section',
      'Passed (2)'
    ]
    const positions = order.map((line) => plain.indexOf(line))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('details each failure with its failing tests and the last 15 lines of output', () => {
    expect(plain).toContain('      ran cargo test (1 m 3 s): 2/3 passed\n      failing: tests::rounds\n      ── last 15 of 30 lines of output ──\n      out 16\n')
    expect(plain).not.toContain('out 15\n')
    expect(plain).toContain('      out 30\n')
  })

  it('shows the assertion under a failing test, from the real output', () => {
    const out = renderTerminal(failingReport(), { color: false })
    expect(out).toContain(
      "      failing: tests::doubles_negative_numbers_wrongly  __tests__/fixtures/rust/failing-test/src/lib.rs:21:9\n          assertion `left == right` failed: the fixture's one failing test\n            left: -6\n           right: 6\n"
    )
  })

  it('says how each pass was known', () => {
    expect(plain).toContain(
      'Passed (2)  ✔ 1 verified by a tool · ☑ 1 ticked in the checklist\n  Gates\n    ✔ fmt  Formatting is clean — formatted  0.4 s\n    ☑ ticked  Runbook updated\n'
    )
  })

  it('lists every item once, however long the checklist', () => {
    const out = renderTerminal(largeReport(), { color: false })
    for (const item of largeReport().checklist.sections.flatMap((section) => section.items)) {
      expect([item.id, out.split(`${item.id}  `).length - 1]).toEqual([item.id, 1])
    }
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

  it('cuts what a gate printed to a readable length', () => {
    const huge = 'W'.repeat(50_000)
    const out = renderTerminal(report([{ id: 'x', status: 'fail', title: huge, reason: huge, failingTests: [huge], output: `${huge}\n` }]), { color: false })
    expect(Math.max(...out.split('\n').map((line) => line.length))).toBeLessThan(1_200)
  })

  it('redacts secrets', () => {
    const out = renderTerminal(report([{ id: 'x', status: 'fail', reason: 'db password hunter2-pass', output: 'hunter2-pass\n' }]), {
      color: false,
      redactor: createRedactor(['hunter2-pass'])
    })
    expect(out).not.toContain('hunter2-pass')
  })

  it('says CANCELLED when the run was stopped, first and last', () => {
    const lines = renderTerminal(report([{ id: 'a', status: 'cancelled' }], { cancelled: true }), { color: false })
      .trimEnd()
      .split('\n')
    expect(lines[1]).toMatch(/^CANCELLED — NO-GO /)
    expect(lines.at(-1)).toMatch(/^CANCELLED — NO-GO /)
    expect(lines).toContain('  ■ the run itself: the run was cancelled before every gate finished')
  })
})
