/** What people read: the Markdown report, its size limits, and that nothing in gate output can forge or break it. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderMarkdown } from '../../src/report/markdown.js'
import { formatDuration } from '../../src/text/format.js'
import { createRedactor } from '../../src/text/redact.js'
import { outsideFences, report, structure, type ItemSpec } from './build.js'

const EXPECTED_DIR = path.join(process.cwd(), '__tests__', 'report', 'expected')

/** Compares with a rendering a reviewer can read; `UPDATE_EXPECTED=1` rewrites it after a deliberate change. */
function expectRendering(name: string, actual: string): void {
  const file = path.join(EXPECTED_DIR, name)
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

const numbered = (count: number, prefix = 'line') => Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`).join('\n') + '\n'

/** A typical release checklist: a failing test gate, an audit that could not run, a warning, pending sign-offs. */
const typical: ItemSpec[] = [
  { id: 'fmt', section: 'Code quality', status: 'pass', title: 'Formatting is clean', summary: 'formatted', durationMs: 420, output: 'ok\n' },
  { id: 'clippy', section: 'Code quality', status: 'pass', title: 'No clippy warnings', summary: '0 warnings', durationMs: 12_300 },
  {
    id: 'tests',
    section: 'Code quality',
    status: 'fail',
    title: 'Unit tests pass',
    run: 'cargo test',
    summary: '2/3 passed',
    reason: '1 failed: tests::rounds_half_up',
    durationMs: 63_000,
    failingTests: ['tests::rounds_half_up'],
    findings: [{ level: 'error', message: 'assertion `left == right` failed', file: 'src/lib.rs', line: 14, column: 9 }],
    output:
      "running 3 tests\ntest tests::adds ... ok\ntest tests::rounds_half_up ... FAILED\nthread 'tests::rounds_half_up' panicked at src/lib.rs:14:9:\ntest result: FAILED. 2 passed; 1 failed; 0 ignored\n"
  },
  {
    id: 'audit',
    section: 'Supply chain',
    status: 'error',
    title: 'No known vulnerabilities',
    run: 'npm audit',
    summary: 'could not run',
    reason: 'npm audit could not reach the advisory service: E405',
    durationMs: 2_100,
    output: 'npm error code E405\n'
  },
  {
    id: 'docs',
    section: 'Supply chain',
    status: 'fail',
    severity: 'warning',
    kind: 'file',
    title: 'Changelog entry',
    summary: 'file missing',
    reason: 'docs/docs.md does not exist'
  },
  { id: 'lint-md', section: 'Supply chain', status: 'pass', severity: 'info', title: 'Markdown lint', summary: 'clean', durationMs: 800 },
  { id: 'security', section: 'People', status: 'pending', kind: 'manual', title: 'Security review', summary: 'awaiting sign-off', notes: ['needs 1 of @octo-org/security'] },
  { id: 'rollback', section: 'People', status: 'pending', kind: 'manual', severity: 'warning', title: 'Rollback plan reviewed', summary: 'awaiting sign-off' }
]

describe('headline', () => {
  it('NO-GO: verdict, checklist title, one-line counts, and why', () => {
    const markdown = renderMarkdown(report(typical))
    const lines = markdown.split('\n')
    expect(lines[0]).toBe('## 🔴 NO-GO: Release 2.4')
    expect(lines[2]).toBe('3 passed · 2 failed · 1 error · 2 pending')
    expect(markdown).toContain('**Why not GO:**\n\n- tests: failed (1 failed: tests::rounds\\_half\\_up)\n- audit: could not be checked')
  })

  it('CONDITIONAL GO lists its conditions; GO has no reasons at all', () => {
    const conditional = renderMarkdown(
      report([
        { id: 'a', status: 'pass' },
        { id: 'b', status: 'fail', severity: 'warning', reason: 'flaky' }
      ])
    )
    expect(conditional.split('\n')[0]).toBe('## 🟡 CONDITIONAL GO: Release 2.4')
    expect(conditional).toContain('**Conditions:**\n\n- b: failed (flaky)')
    const go = renderMarkdown(
      report([
        { id: 'a', status: 'pass' },
        { id: 'b', status: 'fail', severity: 'info' }
      ])
    )
    expect(go.split('\n')[0]).toBe('## 🟢 GO: Release 2.4')
    expect(go).not.toMatch(/Why not GO|Conditions/)
  })

  it('a cancelled run says CANCELLED, never GO', () => {
    const markdown = renderMarkdown(
      report(
        [
          { id: 'a', status: 'pass' },
          { id: 'b', status: 'cancelled' }
        ],
        { cancelled: true }
      )
    )
    expect(markdown.split('\n')[0]).toBe('## ⏹️ CANCELLED — NO-GO: Release 2.4')
    expect(markdown).toContain('1 passed · 1 cancelled')
    expect(markdown).toContain('- the run was cancelled before every gate finished')
  })
})

describe('section tables', () => {
  const markdown = renderMarkdown(report(typical))

  it('has a table per section with status, item, result and human duration', () => {
    expect(markdown).toContain('### Code quality\n\n| | Item | Result | Time |\n|---|---|---|---|\n| ✅ | Formatting is clean `fmt` | formatted | 0.4 s |')
    expect(markdown).toContain('| ✅ | No clippy warnings `clippy` | 0 warnings | 12 s |')
    expect(markdown).toContain('| ❌ | Unit tests pass `tests` | 2/3 passed | 1 m 3 s |')
    expect(markdown).toContain('| ⚠️ | No known vulnerabilities `audit` | could not run | 2.1 s |')
  })

  it('marks warning, info and manual items; manual items have no duration', () => {
    expect(markdown).toContain('| ❌ | Changelog entry `docs` _(warning)_ | file missing | 0.4 s |')
    expect(markdown).toContain('| ✅ | Markdown lint `lint-md` _(info)_ | clean | 0.8 s |')
    expect(markdown).toContain('| ⏳ | Security review `security` ✍️ | awaiting sign-off | — |')
  })

  it('keeps a row one row when a title or summary holds | or a newline', () => {
    const row = renderMarkdown(report([{ id: 'x', status: 'fail', title: 'a | b\nc', summary: 'one\ntwo | three' }]))
      .split('\n')
      .find((line) => line.startsWith('| ❌'))!
    expect(row).toBe('| ❌ | a \\| b c `x` | one two \\| three | 0.4 s |')
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6)
  })
})

describe('what failed', () => {
  it('gives each failing or errored gate a fold with reason, command, failing tests, findings and output', () => {
    const markdown = renderMarkdown(report(typical))
    expect(markdown).toContain('<details><summary>❌ <b>Unit tests pass</b> (<code>tests</code>) — 2/3 passed</summary>')
    expect(markdown).toContain('**Why:** 1 failed: tests::rounds\\_half\\_up')
    expect(markdown).toContain('**Command:** `cargo test`')
    expect(markdown).toContain('**Failing tests:**\n\n- `tests::rounds_half_up`')
    expect(markdown).toContain('- `src/lib.rs:14:9` error: assertion \\`left == right\\` failed')
    expect(markdown).toContain('<details><summary>⚠️ <b>No known vulnerabilities</b> (<code>audit</code>) — could not run</summary>')
    // Blocking before warning, whatever the checklist order.
    expect(markdown.indexOf('<b>No known vulnerabilities</b>')).toBeLessThan(markdown.indexOf('<b>Changelog entry</b>'))
  })

  it('bounds failing tests and findings at 20 with "… and N more"', () => {
    const markdown = renderMarkdown(
      report([
        {
          id: 't',
          status: 'fail',
          failingTests: Array.from({ length: 25 }, (_, index) => `suite::case_${index}`),
          findings: Array.from({ length: 31 }, (_, index) => ({ level: 'warning' as const, message: `lint ${index}`, file: 'src/a.rs', line: index + 1 }))
        }
      ])
    )
    expect(markdown).toContain('- `suite::case_19`\n- … and 5 more')
    expect(markdown).not.toContain('suite::case_20')
    expect(markdown).toContain('- `src/a.rs:20` warning: lint 19\n- … and 11 more')
  })

  it('shows the last 40 lines of output in a fence longer than any backtick run in it', () => {
    const output = `${numbered(100)}\`\`\`\`\`\` six backticks\n`
    const markdown = renderMarkdown(report([{ id: 'big', status: 'fail', output }]))
    expect(markdown).toContain('Last 40 of 101 lines of output:')
    expect(markdown).toContain('```````text\nline 62\n')
    expect(markdown).not.toMatch(/^line 61$/m)
    expect(markdown).toContain('line 100\n`````` six backticks\n```````\n')
  })

  it('keeps an excerpt within 4 KB and cuts very long lines', () => {
    const output = `${'x'.repeat(3_000)}\n`.repeat(10)
    const markdown = renderMarkdown(report([{ id: 'wide', status: 'fail', output }]))
    const fence = /````?text\n([\s\S]*?)\n````?\n/.exec(markdown)![1]
    expect(fence.length).toBeLessThanOrEqual(4_096)
    expect(fence.split('\n')[0]).toMatch(/^x{500} …$/)
  })

  it('takes the excerpt from the tail when the capture dropped the middle', () => {
    const captured = { head: 'HEAD-ONLY\n', tail: 'tail 1\ntail 2\n', totalBytes: 10_000_000, totalLines: 500_000, truncated: true }
    const markdown = renderMarkdown(report([{ id: 'huge', status: 'fail', captured }]))
    expect(markdown).toContain('Last 2 of 500,000 lines of output:')
    expect(markdown).toContain('tail 1\ntail 2')
    expect(markdown).not.toContain('HEAD-ONLY')
  })

  it('joins head and tail when nothing was dropped', () => {
    const captured = { head: 'first part of a li', tail: 'ne\nsecond\n', totalBytes: 28, totalLines: 2, truncated: false }
    expect(renderMarkdown(report([{ id: 'split', status: 'fail', captured }]))).toContain('first part of a line\nsecond')
  })
})

describe('sign-offs and footer', () => {
  const markdown = renderMarkdown(report(typical, { runUrl: 'https://github.test/o/r/actions/runs/7' }))

  it('lists pending sign-offs with their notes', () => {
    expect(markdown).toContain(
      '### Awaiting sign-off\n\n- [ ] Security review (`security`, blocking) — needs 1 of @\u200bocto-org/security\n- [ ] Rollback plan reviewed (`rollback`, warning)'
    )
  })

  it('ends with what was automated and what manual, the duration and the run link', () => {
    expect(markdown.trimEnd().split('\n').slice(-2)).toEqual([
      '<sub>Automated (6): `fmt`, `clippy`, `tests`, `audit`, `docs`, `lint-md` · Manual (2): `security`, `rollback`<br>',
      '.github/go-no-go.yml · took 1 m 3 s · [workflow run](https://github.test/o/r/actions/runs/7) · go-no-go</sub>'
    ])
  })

  it('in the PR comment, gives every sign-off a box the comment parser can find', () => {
    const comment = renderMarkdown(report(typical), { signoffBoxes: true })
    const boxes = [...comment.matchAll(/^- \[([ xX])\] .*<!-- signoff:([a-z0-9][a-z0-9_-]*) -->\s*$/gm)].map((match) => match[2])
    expect(boxes).toEqual(['security', 'rollback'])
  })
})

describe('readable expected renderings', () => {
  it('NO-GO with failures, an error, a warning and pending sign-offs', () => {
    expectRendering('no-go.md', renderMarkdown(report(typical, { runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/42' })))
  })

  it('GO', () => {
    expectRendering('go.md', renderMarkdown(report(typical.filter((spec) => spec.status === 'pass'))))
  })
})

describe('formatDuration', () => {
  it.each([
    [400, '0.4 s'],
    [0, '0.0 s'],
    [9_940, '9.9 s'],
    [12_300, '12 s'],
    [59_600, '1 m'],
    [63_000, '1 m 3 s'],
    [3_725_000, '1 h 2 m']
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('injection corpus: gate output and checklist text cannot forge, break, ping or leak', () => {
  const masked = 's3cr3t-value-from-add-mask'
  const token = `ghp_${'0123456789abcdefghijklmnopqrstuvwxyzAB'.slice(0, 36)}`
  const hostile = [
    '```',
    '````',
    '</details></details>',
    '<img src=x onerror=alert(1)>',
    '<!-- go-no-go:key=.github/go-no-go.yml head=x run=999 -->',
    '<a href="https://evil.example">click</a>',
    '@octo-org/security please look, cc @alice',
    'see octo-org/octo-repo#1 and #42',
    '\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07',
    'safe\u202Eexe.txt',
    `token ${token}`,
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
    `masked: ${masked}`,
    '| fake | table |',
    '## 🟢 GO: forged'
  ].join('\n')
  const redactor = createRedactor()
  redactor.add(masked)
  const markdown = renderMarkdown(
    report(
      [
        { id: 'ok', status: 'pass', title: hostile, summary: hostile, output: hostile },
        {
          id: 'evil',
          status: 'fail',
          title: hostile,
          output: hostile,
          reason: hostile,
          summary: hostile,
          failingTests: [hostile],
          findings: [{ level: 'error', message: hostile, file: hostile, line: 1, code: hostile }]
        },
        { id: 'sign', status: 'pending', kind: 'manual', title: hostile, notes: [hostile] }
      ],
      { title: hostile }
    ),
    { redactor }
  )
  const prose = outsideFences(markdown)

  it('keeps every fence closed and every <details> paired', () => {
    expect(structure(markdown)).toEqual({ fencesClosed: true, detailsOpen: 2, detailsClose: 2 })
    // Exactly our two folds: the failing gate and the passing gate's output.
    expect(prose.match(/^<details><summary>/gm)).toHaveLength(2)
  })

  it('lets no HTML from output through outside code blocks', () => {
    expect(prose).not.toMatch(/<img|<a |<!--|<\/details><\/details>|<script/i)
    expect(prose.match(/<\/details>/g)).toHaveLength(2)
  })

  it('forges no verdict, heading or table row', () => {
    expect(prose.match(/^#+ /gm)).toEqual(['## ', '### ', '### ', '### ', '### '])
    expect(markdown.split('\n')[0]).toMatch(/^## 🔴 NO-GO: /)
    expect(prose).not.toMatch(/^\| fake/m)
    expect(prose).not.toMatch(/^#+ 🟢/m)
  })

  it('pings nobody and creates no backlinks or links', () => {
    expect(markdown).not.toMatch(/@(?=[A-Za-z0-9])/)
    expect(markdown).not.toMatch(/#(?=\d)/)
    expect(prose).not.toMatch(/https?:\/\//)
  })

  it('strips ANSI escapes, hyperlinks and bidi overrides', () => {
    expect(markdown).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/)
    expect(markdown).toContain('red link')
  })

  it('redacts tokens, private keys and masked values everywhere', () => {
    expect(markdown).not.toContain(token)
    expect(markdown).not.toContain('ghp_0123')
    expect(markdown).not.toContain('MIIEow')
    expect(markdown).not.toContain(masked)
    expect(markdown).toContain('***')
  })
})

describe('size budgets', () => {
  const runUrl = 'https://github.test/o/r/actions/runs/1'
  const big = report(
    Array.from({ length: 2_000 }, (_, index) => ({
      id: `gate-${index}`,
      section: `Section ${Math.floor(index / 250)}`,
      status: index % 20 < 3 ? ('fail' as const) : ('pass' as const),
      title: `Gate number ${index} — ünïcødé ✓`,
      summary: index % 20 < 3 ? '41/42 passed' : '42/42 passed',
      reason: `gate-${index}: ${'problem '.repeat(20)}`,
      failingTests: index % 20 < 3 ? [`suite::case_${index}`] : undefined,
      output: `${'output line with ``` fences and </details> 😀\n'.repeat(60)}`
    })),
    { runUrl }
  )
  const failures = 300

  it.each([60_000, 65_536, 65_535])('2,000 items with 300 failures fit %i chars, verdict first, first failures in full', (limit) => {
    const header = '<!-- go-no-go:key=.github/go-no-go.yml head=abc run=1 -->'
    const markdown = renderMarkdown(big, { maxLength: limit, header })
    expect(markdown.length).toBeLessThanOrEqual(limit)
    expect(markdown.startsWith(`${header}\n## 🔴 NO-GO: Release 2.4\n\n1,700 passed · ${failures} failed`)).toBe(true)
    expect(markdown).toContain('<details><summary>❌ <b>Gate number 0 — ünïcødé ✓</b> (<code>gate-0</code>)')
    expect(markdown).toContain('`suite::case_0`')
    expect(structure(markdown)).toEqual(expect.objectContaining({ fencesClosed: true }))
    expect(structure(markdown).detailsOpen).toBe(structure(markdown).detailsClose)
    const note = markdown.trimEnd().split('\n').at(-1)!
    expect(note).toMatch(/^> This report was shortened to fit: … .*\b1,700 passing items\b.* not shown/)
    expect(note).toMatch(/The full report is in the job summary of the \[workflow run\]\(https:\/\/github\.test\/o\/r\/actions\/runs\/1\)\.$/)
  })

  it('when room runs short, later failing gates get one line each rather than vanish', () => {
    const markdown = renderMarkdown(big, { maxLength: 60_000 })
    const detailed = (markdown.match(/<details><summary>❌/g) ?? []).length
    const oneLiners = (markdown.match(/^- ❌ \*\*Gate number/gm) ?? []).length
    expect(detailed).toBeGreaterThan(0)
    expect(detailed + oneLiners).toBeGreaterThan(100)
    expect(markdown).toMatch(/[\d,]+ failing gates shortened to one line/)
  })

  it('fits 1 MiB in bytes for the job summary when the text is multi-byte', () => {
    const wide = report(
      Array.from({ length: 1_000 }, (_, index) => ({
        id: `g${index}`,
        status: index % 10 === 0 ? ('fail' as const) : ('pass' as const),
        title: `検証 ${'項目'.repeat(30)} ${index}`,
        summary: '合格'.repeat(20),
        output: `${'出力の行です。'.repeat(10)}\n`.repeat(8)
      }))
    )
    const unbounded = renderMarkdown(wide)
    // The point of the test: in characters it would fit, in bytes it does not.
    expect(unbounded.length).toBeLessThan(1024 * 1024)
    expect(Buffer.byteLength(unbounded)).toBeGreaterThan(1024 * 1024)
    const summary = renderMarkdown(wide, { maxLength: 1024 * 1024, unit: 'bytes' })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(summary.startsWith('## 🔴 NO-GO')).toBe(true)
    expect(summary).toMatch(/shortened to fit/)
    expect(summary).not.toContain('\ufffd')
  })

  it('cuts tables at row boundaries and says how many rows were left out', () => {
    const tables = renderMarkdown(report(Array.from({ length: 3_000 }, (_, index) => ({ id: `ok-${index}`, status: 'pass' as const }))), { maxLength: 20_000 })
    expect(tables.length).toBeLessThanOrEqual(20_000)
    const rows = tables.split('\n').filter((line) => line.startsWith('| ✅'))
    expect(rows.length).toBeGreaterThan(100)
    for (const row of rows) expect(row).toMatch(/^\| ✅ \| Check ok-\d+ `ok-\d+` \| pass \| 0\.4 s \|$/)
    expect(tables).toContain(`_… ${(3_000 - rows.length).toLocaleString('en-US')} more not shown_`)
    expect(tables).toContain(`${(3_000 - rows.length).toLocaleString('en-US')} passing items not shown`)
  })

  it('a report that fits is never marked as shortened', () => {
    expect(renderMarkdown(report(typical), { maxLength: 65_536 })).not.toMatch(/shortened/)
  })
})
