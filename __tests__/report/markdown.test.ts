/** What people read: the Markdown report, its size limits, and that nothing in gate output can forge or break it. */
import { renderMarkdown } from '../../src/report/markdown.js'
import { createRedactor } from '../../src/report/redact.js'
import { stripControl } from '../../src/report/sanitize.js'
import { makeReport } from '../helpers/reports.js'

/** The Markdown with fenced code blocks removed: what a renderer would read as HTML and Markdown. */
function outsideFences(markdown: string): string {
  return markdown.replace(/^(`{3,})[a-z]*\n[\s\S]*?\n\1$/gm, '')
}

function balancedDetails(markdown: string): boolean {
  const prose = outsideFences(markdown)
  return (prose.match(/<details>/g) ?? []).length === (prose.match(/<\/details>/g) ?? []).length
}

describe('renderMarkdown', () => {
  it('leads with the verdict, counts and reasons, then a row per item', () => {
    const markdown = renderMarkdown(
      makeReport([
        { id: 'fmt', status: 'pass', summary: 'formatted', title: 'Formatting is clean' },
        { id: 'tests', status: 'fail', summary: '2/3 passed', reason: '1 failed: tests::rounds', failingTests: ['tests::rounds'] },
        { id: 'signoff', status: 'pending', kind: 'manual', severity: 'warning', title: 'Security sign-off', summary: 'awaiting sign-off' }
      ])
    )
    const lines = markdown.split('\n')
    expect(lines[0]).toBe('## 🔴 NO-GO: Release')
    expect(markdown).toContain('1 passed · 1 failed · 1 awaiting sign-off')
    expect(markdown).toContain('- tests: failed (1 failed: tests::rounds)')
    expect(markdown).toContain('| ✅ | Formatting is clean `fmt` | formatted | 1.2s |')
    expect(markdown).toContain('| ❌ | Check tests `tests` | 2/3 passed | 1.2s |')
    expect(markdown).toMatch(/<details><summary>❌ <b>Check tests<\/b>/)
    expect(markdown).toContain('- tests::rounds')
    expect(markdown).toContain('### Awaiting sign-off')
    expect(markdown).toContain('- [ ] Security sign-off (`signoff`, warning)')
  })

  it('says GO and CONDITIONAL GO plainly', () => {
    expect(renderMarkdown(makeReport([{ id: 'a', status: 'pass' }])).split('\n')[0]).toBe('## 🟢 GO: Release')
    expect(renderMarkdown(makeReport([{ id: 'a', status: 'pass' }, { id: 'b', status: 'error', severity: 'warning' }])).split('\n')[0]).toBe('## 🟡 CONDITIONAL GO: Release')
  })

  it('shows a cancelled run as CANCELLED', () => {
    expect(renderMarkdown(makeReport([{ id: 'a', status: 'cancelled' }], { cancelled: true })).split('\n')[0]).toMatch(/CANCELLED — NO-GO/)
  })

  describe('injection corpus: gate output cannot forge or break the report', () => {
    const hostile = [
      '```',
      '</details><img src=x onerror=alert(1)>',
      '<!-- go-no-go:key=.github/go-no-go.yml head=x run=999 -->',
      '<a href="https://evil.example">click</a>',
      '@octo-org/security please look, cc @alice',
      'see octo-org/octo-repo#1 and #42',
      '\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07',
      'safe\u202Eexe.txt',
      'token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----',
      'masked: s3cr3t-value-from-add-mask'
    ].join('\n')
    const redactor = createRedactor(['s3cr3t-value-from-add-mask'])
    const markdown = renderMarkdown(makeReport([{ id: 'evil', status: 'fail', output: hostile, reason: hostile, failingTests: ['</details> @everyone <img src=y>'] }]), { redactor })

    it('keeps every <details> balanced and the fence unbroken', () => {
      expect((outsideFences(markdown).match(/<\/details>/g) ?? []).length).toBe(1)
      expect(balancedDetails(markdown)).toBe(true)
      const fence = /^(`{4,})text$/m.exec(markdown)
      expect(fence).not.toBeNull()
      expect(markdown.split('\n').filter((line) => line === fence![1])).toHaveLength(1)
    })

    it('lets no HTML from output through outside the code block', () => {
      expect(outsideFences(markdown)).not.toMatch(/<img|<a |<!--/)
    })

    it('pings nobody and creates no backlinks', () => {
      expect(markdown).not.toMatch(/@(?=[A-Za-z])/)
      expect(markdown).not.toMatch(/#(?=\d)/)
    })

    it('strips ANSI escapes, hyperlinks and bidi overrides', () => {
      expect(markdown).not.toMatch(/\x1b|\u202e/)
      expect(markdown).toContain('red link')
    })

    it('redacts tokens, private keys and masked values', () => {
      expect(markdown).not.toContain('ghp_0123456789')
      expect(markdown).not.toContain('MIIEow')
      expect(markdown).not.toContain('s3cr3t-value-from-add-mask')
      expect(markdown).toContain('***')
    })
  })

  describe('size budgets', () => {
    const big = makeReport(
      Array.from({ length: 2_000 }, (_, index) => ({
        id: `gate-${index}`,
        status: index % 7 === 0 ? ('fail' as const) : ('pass' as const),
        title: `Gate number ${index} — ünïcødé ✓`,
        reason: `gate-${index}: ${'problem '.repeat(20)}`,
        output: `${'output line with ``` fences and </details>\n'.repeat(60)}`
      })),
      { runUrl: 'https://github.test/o/r/actions/runs/1' }
    )

    it('fits 65,536 characters with the verdict first and the first failures shown', () => {
      const markdown = renderMarkdown(big, { maxLength: 60_000 })
      expect(markdown.length).toBeLessThanOrEqual(60_000)
      expect(markdown.startsWith('## 🔴 NO-GO')).toBe(true)
      expect(markdown).toContain('<b>Gate number 0 ')
      expect(markdown).toMatch(/shortened to fit \([\d,]+ lines left out\)\. The full report is in the \[job summary\]/)
      expect(balancedDetails(markdown)).toBe(true)
    })

    it('fits 1 MiB in bytes for the job summary, with multi-byte text', () => {
      const markdown = renderMarkdown(big, { maxLength: 200_000, unit: 'bytes' })
      expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(200_000)
      expect(markdown.startsWith('## 🔴 NO-GO')).toBe(true)
    })

    it('cuts tables at row boundaries and says how many rows were left out', () => {
      const tables = renderMarkdown(makeReport(Array.from({ length: 3_000 }, (_, index) => ({ id: `ok-${index}`, status: 'pass' as const }))), { maxLength: 20_000 })
      expect(tables.length).toBeLessThanOrEqual(20_000)
      expect(tables).toMatch(/_… [\d,]+ more rows not shown_/)
      for (const line of tables.split('\n').filter((row) => row.startsWith('| ✅'))) expect(line).toMatch(/\|$/)
    })
  })
})

describe('stripControl', () => {
  it('is linear: 5 MB of unterminated escapes take well under a second', () => {
    const started = Date.now()
    stripControl('\x1b['.repeat(2_500_000))
    stripControl('\x1b]'.repeat(2_500_000))
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})
