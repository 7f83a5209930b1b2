/** What people read: the Markdown report, most important first, its size limits, and that nothing in gate output can forge or break it. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { allItems } from '../../src/checklist/types.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { createRedactor } from '../../src/text/redact.js'
import { outsideFences, report, structure, type ItemSpec } from './build.js'
import { failingReport, largeReport, SAMPLE_LINKS, smallReport } from './samples.js'

const EXPECTED_DIR = path.join(process.cwd(), '__tests__', 'report', 'expected')

/** Compares with a rendering a reviewer can read; `UPDATE_EXPECTED=1` rewrites it after a deliberate change. */
function expectRendering(name: string, actual: string): void {
  const file = path.join(EXPECTED_DIR, name)
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

const numbered = (count: number, prefix = 'line') => Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`).join('\n') + '\n'
const occurrences = (text: string, needle: string) => text.split(needle).length - 1

/** A typical release checklist: a failing test gate, an audit that could not run, a warning, sign-offs in every state. */
const typical: ItemSpec[] = [
  { id: 'fmt', section: 'Code quality', status: 'pass', title: 'Formatting is clean', summary: 'formatted', durationMs: 420, output: 'ok\n', parser: 'cargo-fmt' },
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
    findings: [{ level: 'error', message: 'tests::rounds_half_up panicked', file: 'src/lib.rs', line: 14, column: 9, code: 'tests::rounds_half_up' }],
    output:
      "running 3 tests\ntest tests::adds ... ok\ntest tests::rounds_half_up ... FAILED\nthread 'tests::rounds_half_up' (77) panicked at src/lib.rs:14:9:\nassertion `left == right` failed\n  left: 3\n right: 2\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\ntest result: FAILED. 2 passed; 1 failed; 0 ignored\n"
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
  { id: 'lint-md', section: 'Supply chain', status: 'fail', severity: 'info', title: 'Markdown lint', summary: '3 warnings', reason: '3 warnings', durationMs: 800 },
  { id: 'security', section: 'People', status: 'pending', kind: 'manual', title: 'Security review', summary: 'awaiting sign-off', notes: ['needs 1 of @octo-org/security'] },
  { id: 'runbook', section: 'People', status: 'pass', kind: 'manual', signedOff: true, title: 'Runbook updated', summary: 'signed off in the checklist' },
  { id: 'qa', section: 'People', status: 'pass', kind: 'manual', title: 'QA sign-off', summary: 'signed off by @alice' },
  { id: 'rollback', section: 'People', status: 'pending', kind: 'manual', severity: 'warning', title: 'Rollback plan reviewed', summary: 'awaiting sign-off' }
]
const trail = [
  { itemId: 'qa', login: 'alice', at: '2026-11-23T09:12:00Z', via: 'comment' as const, action: 'signoff' as const, accepted: true },
  { itemId: 'security', login: 'mallory', at: '2026-11-23T09:40:00Z', via: 'tick' as const, action: 'signoff' as const, accepted: false, reason: 'not one of the approvers' }
]
const typicalReport = report(typical, { runUrl: 'https://github.test/o/r/actions/runs/7', signoffs: trail })

describe('headline', () => {
  it('NO-GO: verdict, checklist title and one line of counts, first', () => {
    const lines = renderMarkdown(typicalReport).split('\n')
    expect(lines[0]).toBe('## 🔴 NO-GO: Release 2.4')
    expect(lines[2]).toBe('4 passed · 3 failed · 1 error · 2 pending')
  })

  it('CONDITIONAL GO lists its conditions as warnings; GO has neither blockers nor warnings', () => {
    const conditional = renderMarkdown(
      report([
        { id: 'a', status: 'pass' },
        { id: 'b', status: 'fail', severity: 'warning', reason: 'flaky' }
      ])
    )
    expect(conditional.split('\n')[0]).toBe('## 🟡 CONDITIONAL GO: Release 2.4')
    expect(conditional).not.toContain('Blocking')
    expect(conditional).toContain('### 🟡 Warnings (1)\n\nThese do not stop the release; they are its conditions.\n\n❌ **Check b** (`b`): failed — flaky')
    const go = renderMarkdown(
      report([
        { id: 'a', status: 'pass' },
        { id: 'b', status: 'fail', severity: 'info' }
      ])
    )
    expect(go.split('\n')[0]).toBe('## 🟢 GO: Release 2.4')
    expect(go).not.toMatch(/Blocking|Warnings/)
    expect(go).toContain('### Informational, not passing (1)')
  })

  it('a cancelled run says CANCELLED, never GO, and the cancellation blocks first', () => {
    const markdown = renderMarkdown(
      report(
        [
          { id: 'a', status: 'pass' },
          { id: 'b', status: 'cancelled', reason: 'the run was cancelled before the gate finished' }
        ],
        { cancelled: true }
      )
    )
    expect(markdown.split('\n')[0]).toBe('## ⏹️ CANCELLED — NO-GO: Release 2.4')
    expect(markdown).toContain('1 passed · 1 cancelled')
    expect(markdown).toContain('### ⛔ Blocking (2)\n\n- 🛑 **The run itself:** the run was cancelled before every gate finished\n\n⏹️ **Check b** (`b`): not finished')
  })

  it('an empty checklist says why it is NO-GO although no item failed', () => {
    const markdown = renderMarkdown(report([{ id: 'note', status: 'pass', severity: 'info' }]))
    expect(markdown).toContain('### ⛔ Blocking (1)\n\n- 🛑 the checklist has no blocking or warning items, so nothing was proven')
  })
})

describe('most important first, each item once', () => {
  const summary = renderMarkdown(typicalReport)
  const comment = renderMarkdown(typicalReport, { signoffBoxes: true })

  it('orders verdict, blocking, warnings, roll-up, informational, passed, sign-off trail', () => {
    const order = ['## 🔴 NO-GO', '### ⛔ Blocking', '### 🟡 Warnings', '### By section', '### Informational', '### ✅ Passed', '### Sign-off trail', '<sub>']
    const positions = order.map((heading) => summary.indexOf(heading))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('blocking: run problems, then failures, then errors, then pending sign-offs by section', () => {
    const markdown = renderMarkdown(report(typical, { runProblems: [{ code: 'cancelled', message: 'a gate changed src/lib.rs' }] }))
    const order = ['**The run itself:** a gate changed src/lib.rs', '**Unit tests pass**', '**No known vulnerabilities**', '⏳ <b>People</b>', '### 🟡 Warnings']
    const positions = order.map((needle) => markdown.indexOf(needle))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('shows every item exactly once, on every surface', () => {
    for (const markdown of [summary, comment]) {
      for (const spec of typical) expect([spec.id, occurrences(outsideFences(markdown), spec.title!)]).toEqual([spec.id, 1])
    }
  })

  it('groups pending sign-offs by section and says how many of them are signed', () => {
    expect(summary).toContain(
      '<details open><summary>⏳ <b>People</b>: 2 of 3 signed</summary>\n\n- ⏳ Security review (`security`) — needs 1 of @\u200bocto-org/security\n\n</details>'
    )
    expect(summary).toContain('<details open><summary>⏳ <b>People</b>: 0 of 1 signed</summary>\n\n- ⏳ Rollback plan reviewed (`rollback`)\n\n</details>')
  })

  it('folds the sign-offs of a long list', () => {
    const many = renderMarkdown(report(Array.from({ length: 8 }, (_, index) => ({ id: `s${index}`, status: 'pending' as const, kind: 'manual' as const, section: 'Security' }))))
    expect(many).toContain('<details><summary>⏳ <b>Security</b>: 0 of 8 signed</summary>')
  })

  it('says how each pass was known: verified by a tool, ticked in the checklist, signed on the pull request', () => {
    expect(summary).toContain(
      '<details><summary>🤖 2 verified by a tool</summary>\n\n**Code quality**\n\n- Formatting is clean (`fmt`) — formatted (cargo-fmt, 0.4 s)\n- No clippy warnings (`clippy`) — 0 warnings (12 s)'
    )
    expect(summary).toContain('<details><summary>☑️ 1 ticked in the checklist</summary>\n\n**People**\n\n- Runbook updated\n')
    expect(summary).toContain('<details><summary>✍️ 1 signed on the pull request</summary>\n\n**People**\n\n- QA sign-off (`qa`) — signed off by @\u200balice\n')
  })

  it('a tick judged from git shows who ticked it and when, in the ticked fold', () => {
    const note = 'ticked by @alice (Alice Approver) on 2026-11-21 in abc1234'
    const ticked = renderMarkdown(report([{ id: 'runbook', status: 'pass', kind: 'manual', signedOff: true, title: 'Runbook updated', section: 'People', notes: [note] }]))
    expect(ticked).toContain(
      '<details><summary>☑️ 1 ticked in the checklist</summary>\n\n**People**\n\n- Runbook updated — ticked by @\u200balice (Alice Approver) on 2026-11-21 in abc1234\n'
    )
  })

  it('rolls up each section: passed, failed, pending, and how the passes were known', () => {
    expect(summary).toContain(
      [
        '| Section | ✅ Passed | ❌ Failed | ⏳ Pending | 🤖 Verified | ☑️ Ticked | ✍️ Signed |',
        '|---|--:|--:|--:|--:|--:|--:|',
        '| Code quality | 2 | 1 | · | 2 | · | · |',
        '| Supply chain | · | 3 | · | · | · | · |',
        '| People | 2 | · | 2 | · | 1 | 1 |'
      ].join('\n')
    )
  })

  it('in the PR comment, gives every sign-off given or pending on the pull request a box the comment parser finds', () => {
    const boxes = [...comment.matchAll(/^- \[([ xX])\] .*<!-- signoff:([a-z0-9][a-z0-9_-]*) -->\s*$/gm)].map((match) => `${match[2]}:${match[1]}`)
    expect(boxes.sort()).toEqual(['qa:x', 'rollback: ', 'security: '])
    expect(comment).toContain('Tick a box, comment `/signoff <id>`')
    expect(summary).not.toContain('<!-- signoff:')
  })

  it('keeps the sign-off trail, folded', () => {
    expect(summary).toContain('### Sign-off trail\n\n<details><summary>2 sign-off events, 1 refused</summary>')
    expect(summary).toContain('| 2026-11-23 09:40 | @\u200bmallory | `security` | signed off by tick | ❌ not one of the approvers |')
  })

  it('ends with the checklist, the duration and the run link', () => {
    expect(summary.trimEnd().split('\n').at(-1)).toBe('<sub>.github/go-no-go.yml · took 1 m 3 s · [workflow run](https://github.test/o/r/actions/runs/7) · go-no-go</sub>')
  })
})

describe('failed gates', () => {
  it('name the failing tests with the assertion and its left/right values, linked to the line at the head commit', () => {
    const markdown = renderMarkdown(typicalReport, { links: { repositoryUrl: 'https://github.com/o/r', headSha: 'abc1234', workspace: '/home/runner/work/r/r' } })
    expect(markdown).toContain(
      [
        '❌ **Unit tests pass** (`tests`): failed — 1 failed: tests::rounds\\_half\\_up',
        '',
        'Ran `cargo test` (1 m 3 s): 2/3 passed.',
        '',
        '**Failing tests (1):**',
        '',
        '- `tests::rounds_half_up` at [`src/lib.rs:14:9`](https://github.com/o/r/blob/abc1234/src/lib.rs#L14)',
        '',
        '  ```text',
        '  assertion `left == right` failed',
        '    left: 3',
        '   right: 2',
        '  ```'
      ].join('\n')
    )
  })

  it('show locations as plain text without link settings, and never link outside the repository', () => {
    expect(renderMarkdown(typicalReport)).toContain('- `tests::rounds_half_up` at `src/lib.rs:14:9`\n')
    const outside = report([
      {
        id: 'lint',
        status: 'fail',
        findings: [
          { level: 'error', message: 'up', file: '../../etc/passwd', line: 1 },
          { level: 'error', message: 'abs', file: '/etc/shadow', line: 2 },
          { level: 'error', message: 'odd', file: 'src/a (1)#L9.rs', line: 3 }
        ]
      }
    ])
    const markdown = renderMarkdown(outside, { links: { repositoryUrl: 'https://github.com/o/r', headSha: 'abc1234', workspace: '/home/runner/work/r/r' } })
    expect(markdown).toContain('- `../../etc/passwd:1` error: up')
    expect(markdown).toContain('- `/etc/shadow:2` error: abs')
    expect(markdown).toContain('- [`src/a (1)#L9.rs:3`](https://github.com/o/r/blob/abc1234/src/a%20%281%29%23L9.rs#L3) error: odd')
  })

  it('say why a gate could not be checked, with the output folded', () => {
    const markdown = renderMarkdown(typicalReport)
    expect(markdown).toContain(
      '⚠️ **No known vulnerabilities** (`audit`): could not be checked — npm audit could not reach the advisory service: E405\n\nRan `npm audit` (2.1 s): could not run.\n\n<details><summary>Output (1 line)</summary>\n\n```text\nnpm error code E405\n```\n\n</details>'
    )
  })

  it('bound failing tests and findings at 20 with "… and N more"', () => {
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
    expect(markdown).toContain('**Failing tests (25):**')
    expect(markdown).toContain('- `suite::case_19`\n- … and 5 more')
    expect(markdown).not.toContain('suite::case_20')
    expect(markdown).toContain('- `src/a.rs:20` warning: lint 19\n- … and 11 more')
  })

  it('fold the last 30 lines of output when it is the only evidence, in a fence longer than any backtick run in it', () => {
    const output = `${numbered(100)}\`\`\`\`\`\` six backticks\n`
    const markdown = renderMarkdown(report([{ id: 'big', status: 'fail', output }]))
    expect(markdown).toContain('<details><summary>Output: last 30 of 101 lines</summary>')
    expect(markdown).toContain('```````text\nline 72\n')
    expect(markdown).not.toMatch(/^line 71$/m)
    expect(markdown).toContain('line 100\n`````` six backticks\n```````\n')
  })

  it('keep an excerpt within 3 KB and cut very long lines', () => {
    const output = `${'x'.repeat(3_000)}\n`.repeat(10)
    const markdown = renderMarkdown(report([{ id: 'wide', status: 'fail', output }]))
    const fence = /````?text\n([\s\S]*?)\n````?\n/.exec(markdown)![1]
    expect(fence.length).toBeLessThanOrEqual(3_000)
    expect(fence.split('\n')[0]).toMatch(/^x{500} …$/)
  })

  it('take the excerpt from the tail when the capture dropped the middle', () => {
    const captured = { head: 'HEAD-ONLY\n', tail: 'tail 1\ntail 2\n', totalBytes: 10_000_000, totalLines: 500_000, truncated: true }
    const markdown = renderMarkdown(report([{ id: 'huge', status: 'fail', captured }]))
    expect(markdown).toContain('Output: last 2 of 500,000 lines')
    expect(markdown).toContain('tail 1\ntail 2')
    expect(markdown).not.toContain('HEAD-ONLY')
  })

  it('join head and tail when nothing was dropped', () => {
    const captured = { head: 'first part of a li', tail: 'ne\nsecond\n', totalBytes: 28, totalLines: 2, truncated: false }
    expect(renderMarkdown(report([{ id: 'split', status: 'fail', captured }]))).toContain('first part of a line\nsecond')
  })
})

describe('readable expected renderings of real runs', () => {
  it('small: the example service, CONDITIONAL GO', () => {
    expectRendering('small.md', renderMarkdown(smallReport(), { links: SAMPLE_LINKS }))
  })

  it('failing: failing tests, a clippy error, an audit that could not run, sign-offs in every state', () => {
    expectRendering('failing.md', renderMarkdown(failingReport(), { links: SAMPLE_LINKS }))
    expectRendering('failing-comment.md', renderMarkdown(failingReport(), { links: SAMPLE_LINKS, signoffBoxes: true }))
  })

  it('large: a 180-item Markdown checklist part-way to a release', () => {
    expect(allItems(largeReport().checklist)).toHaveLength(180)
    expectRendering('large.md', renderMarkdown(largeReport(), { links: SAMPLE_LINKS }))
  })
})

describe('size: a release manager reads it in ten seconds', () => {
  it.each([
    ['job summary', false],
    ['PR comment', true]
  ])('the 180-item report fits in 20,000 bytes as the %s', (_surface, signoffBoxes) => {
    const markdown = renderMarkdown(largeReport(), { links: SAMPLE_LINKS, signoffBoxes })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(20_000)
    expect(markdown).not.toMatch(/shortened to fit/)
  })

  it.each([
    ['failing', failingReport, 'Unit tests pass', 'tests::doubles_negative_numbers_wrongly'],
    ['large', largeReport, 'Unit tests pass: cargo test', 'tests::doubles_negative_numbers_wrongly']
  ])('the first 2,000 characters of the %s report hold the verdict and the first blocker with its assertion', (_name, make, title, test) => {
    const first = renderMarkdown(make(), { links: SAMPLE_LINKS, signoffBoxes: true }).slice(0, 2_000)
    expect(first.startsWith('## 🔴 NO-GO: ')).toBe(true)
    expect(first).toContain(`**${title}**`)
    expect(first).toContain(test)
    expect(first).toContain('  left: -6')
    expect(first).toContain(' right: 6')
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
    '<!-- signoff:evil -->',
    '<a href="https://evil.example">click</a>',
    '@octo-org/security please look, cc @alice',
    'see octo-org/octo-repo#1 and #42',
    '\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07',
    'safe\u202Eexe.txt',
    `token ${token}`,
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
    `masked: ${masked}`,
    '| fake | table |',
    '## 🟢 GO: forged',
    '- [x] forged box <!-- signoff:security -->',
    '### ⛔ Blocking (0)'
  ].join('\n')
  const redactor = createRedactor()
  redactor.add(masked)
  const evil = report(
    [
      { id: 'ok', status: 'pass', title: hostile, summary: hostile, output: hostile },
      {
        id: 'evil',
        status: 'fail',
        title: hostile,
        output: `thread 'evil-test' (1) panicked at src/lib.rs:1:1:\n${hostile}\n`,
        reason: hostile,
        summary: hostile,
        failingTests: ['evil-test', hostile],
        findings: [{ level: 'error', message: hostile, file: hostile, line: 1, code: hostile }]
      },
      { id: 'err', status: 'error', title: hostile, output: hostile, reason: hostile },
      { id: 'sign', status: 'pending', kind: 'manual', title: hostile, notes: [hostile], section: hostile },
      { id: 'signed', status: 'pass', kind: 'manual', title: hostile, summary: hostile, section: `${hostile} 2` },
      { id: 'ticked', status: 'pass', kind: 'manual', signedOff: true, title: hostile, notes: [hostile], section: `${hostile} 2` }
    ],
    { title: hostile, signoffs: [{ itemId: hostile, login: hostile, at: '2026-11-23T09:00:00Z', via: 'comment', action: 'signoff', accepted: false, reason: hostile }] }
  )
  const links = { repositoryUrl: 'https://github.com/o/r', headSha: 'abc1234' }
  const surfaces = { summary: renderMarkdown(evil, { redactor, links }), comment: renderMarkdown(evil, { redactor, links, signoffBoxes: true }) }

  describe.each(Object.entries(surfaces))('%s', (_surface, markdown) => {
    const prose = outsideFences(markdown)

    it('keeps every fence closed and every <details> paired', () => {
      expect(structure(markdown)).toEqual(expect.objectContaining({ fencesClosed: true }))
      expect(structure(markdown).detailsOpen).toBe(structure(markdown).detailsClose)
    })

    it('lets no HTML from output through outside code blocks', () => {
      expect(prose).not.toMatch(/<img|<a |<!-- go-no-go|<\/details><\/details>|<script/i)
      // Our own folds are the only raw <details>: each opens at the start of a line.
      expect(prose.match(/<details[ >]/g)?.length).toBe(prose.match(/^<details( open)?><summary>/gm)?.length)
    })

    it('forges no verdict, heading, table row or sign-off box', () => {
      expect(markdown.split('\n')[0]).toMatch(/^## 🔴 NO-GO: /)
      expect(
        prose.match(/^#+ .*/gm)?.map((heading) =>
          heading
            .replace(/\(\d+\)$/, '')
            .split(' ')
            .slice(0, 2)
            .join(' ')
        )
      ).toEqual(['## 🔴', '### ⛔', '### By', '### ✅', '### Sign-off'])
      expect(prose).not.toMatch(/^\| fake/m)
      expect(prose).not.toMatch(/^#+ 🟢/m)
      const boxes = [...markdown.matchAll(/<!-- signoff:([^ ]*) -->/g)].map((match) => match[1])
      expect(boxes).toEqual(_surface === 'comment' ? expect.arrayContaining(['sign', 'signed']) : [])
      expect(boxes).toHaveLength(_surface === 'comment' ? 2 : 0)
    })

    it('pings nobody and creates no backlinks or foreign links', () => {
      expect(markdown).not.toMatch(/@(?=[A-Za-z0-9])/)
      expect(markdown).not.toMatch(/#(?=\d)/)
      expect(prose.replace(/\]\(https:\/\/github\.com\/o\/r\/blob\/abc1234\/[^)\s]*\)/g, '')).not.toMatch(/https?:\/\//)
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
})

describe('red team: gate output cannot push the verdict or the first blocker out of sight', () => {
  const huge = 'W'.repeat(50_000)
  const flood = report(
    [
      { id: 'first', status: 'fail', title: `${huge} first`, reason: `${huge} reason`, summary: huge, failingTests: [huge, huge], output: `${huge}\n`.repeat(40) },
      ...Array.from({ length: 50 }, (_, index) => ({ id: `later-${index}`, status: 'fail' as const, title: huge, reason: huge, output: `${huge}\n` }))
    ],
    { title: huge }
  )

  it.each([
    ['job summary', {}],
    ['PR comment', { signoffBoxes: true, maxLength: 60_000 }],
    ['check run', { maxLength: 65_000 }]
  ])('%s: the verdict line and the first blocker start in the first 2,000 characters', (_surface, options) => {
    const markdown = renderMarkdown(flood, options)
    const first = markdown.slice(0, 2_000)
    expect(first.startsWith('## 🔴 NO-GO: WWW')).toBe(true)
    expect(first).toContain('\n\n0 passed · 51 failed\n')
    expect(first).toContain('### ⛔ Blocking (51)\n\n❌ **WWW')
    // Nothing from the gate is longer than its bound: one line of prose is at most a few hundred characters.
    expect(Math.max(...markdown.split('\n').map((line) => line.length))).toBeLessThan(1_500)
  })

  it('run problems are blockers too: they come first, each bounded', () => {
    const markdown = renderMarkdown(report([{ id: 'a', status: 'fail' }], { runProblems: [{ code: 'cancelled', message: `a gate changed ${'f/'.repeat(10_000)}` }] }))
    const line = markdown.split('\n').find((text) => text.startsWith('- 🛑 **The run itself:**'))!
    expect(line.length).toBeLessThan(1_200)
    expect(markdown.indexOf(line)).toBeLessThan(markdown.indexOf('❌ **Check a**'))
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
    expect(
      markdown.startsWith(`${header}\n## 🔴 NO-GO: Release 2.4\n\n1,700 passed · ${failures} failed\n\n### ⛔ Blocking (300)\n\n❌ **Gate number 0 — ünïcødé ✓** (\`gate-0\`)`)
    ).toBe(true)
    expect(markdown).toContain('- `suite::case_0`')
    expect(structure(markdown)).toEqual(expect.objectContaining({ fencesClosed: true }))
    expect(structure(markdown).detailsOpen).toBe(structure(markdown).detailsClose)
    const note = markdown.trimEnd().split('\n').at(-1)!
    expect(note).toMatch(/^> This report was shortened to fit: … .*\b1,[67]\d\d passing items\b.* not shown/)
    expect(note).toMatch(/The full report is in the job summary of the \[workflow run\]\(https:\/\/github\.test\/o\/r\/actions\/runs\/1\)\.$/)
  })

  it('when room runs short, later failing gates get one line each rather than vanish', () => {
    const markdown = renderMarkdown(big, { maxLength: 60_000 })
    const detailed = (markdown.match(/^❌ \*\*Gate number/gm) ?? []).length
    const oneLiners = (markdown.match(/^- ❌ \*\*Gate number/gm) ?? []).length
    expect(detailed).toBeGreaterThan(0)
    expect(detailed + oneLiners).toBeGreaterThan(100)
    expect(markdown).toMatch(/[\d,]+ failing gates shortened to one line/)
  })

  it('fits 1 MiB in bytes for the job summary when the text is multi-byte', () => {
    const wide = report(
      Array.from({ length: 1_000 }, (_, index) => ({
        id: `g${index}`,
        status: index % 4 === 0 ? ('fail' as const) : ('pass' as const),
        title: `検証 ${'項目'.repeat(30)} ${index}`,
        summary: '合格'.repeat(20),
        reason: '不合格'.repeat(30),
        failingTests: index % 4 === 0 ? Array.from({ length: 20 }, (_, test) => `${'失敗したテスト'.repeat(30)} ${index}.${test}`) : undefined,
        output: `${'出力の行です。'.repeat(10)}\n`.repeat(40)
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

  it('cuts long lists at item boundaries and says how many were left out', () => {
    const markdown = renderMarkdown(report(Array.from({ length: 3_000 }, (_, index) => ({ id: `ok-${index}`, status: 'pass' as const }))), { maxLength: 20_000 })
    expect(markdown.length).toBeLessThanOrEqual(20_000)
    const rows = markdown.split('\n').filter((line) => line.startsWith('- Check ok-'))
    expect(rows.length).toBeGreaterThan(100)
    for (const row of rows) expect(row).toMatch(/^- Check ok-\d+ \(`ok-\d+`\) — pass \(0\.4 s\)$/)
    expect(markdown).toContain(`\n\n_… ${(3_000 - rows.length).toLocaleString('en-US')} more not shown_\n\n</details>`)
    expect(markdown).toContain(`${(3_000 - rows.length).toLocaleString('en-US')} passing items not shown`)
    expect(structure(markdown).detailsOpen).toBe(structure(markdown).detailsClose)
  })

  it('a report that fits is never marked as shortened', () => {
    expect(renderMarkdown(typicalReport, { maxLength: 65_536 })).not.toMatch(/shortened/)
  })
})
