/** Untrusted text on its way into a report: escapes, controls, HTML, fences, mentions and backlinks. */
import { codeBlock, codeSpan, defangReferences, escapeHtml, fenceFor, neutraliseMentions, safeHtmlText, safeInline, sliceSafe, stripControl } from '../../src/text/sanitize.js'
import { expectLinearGrowth } from '../helpers/growth.js'

const ZWSP = '\u200b'

describe('stripControl', () => {
  it('removes colour (CSI) sequences and keeps the text', () => {
    expect(stripControl('\x1b[1;31merror\x1b[0m: \x1b[38;5;196mboom\x1b[m')).toBe('error: boom')
  })

  it('removes OSC 8 hyperlinks ended by BEL or by ESC \\, keeping the visible text', () => {
    expect(stripControl('\x1b]8;;https://evil.example\x07click\x1b]8;;\x07')).toBe('click')
    expect(stripControl('\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\')).toBe('click')
    expect(stripControl('\x1b]0;window title\x07after')).toBe('after')
  })

  it('removes two-character and charset escapes, C1 CSI and DCS strings', () => {
    expect(stripControl('a\x1b7b\x1b8c\x1b=d\x1b(Be')).toBe('abcde')
    expect(stripControl('x\x9b31my')).toBe('xy')
    expect(stripControl('x\x1bPq#0;2;0;0;0\x1b\\y')).toBe('xy')
  })

  it('drops other control characters but keeps newlines and tabs', () => {
    expect(stripControl('a\x00b\x07c\x08d\re\x7ff\x85g\n\th')).toBe('abcdefg\n\th')
  })

  it('drops bidi overrides and isolates, which make text read differently from what it is', () => {
    const spoof = 'invoice\u202Egpj.exe \u2066isolated\u2069 \u202Aembed\u202C \u2067x\u2068y'
    expect(stripControl(spoof)).toBe('invoicegpj.exe isolated embed xy')
  })

  it('keeps zero-width joiners (emoji sequences) and ordinary Unicode', () => {
    const family = '👨\u200d👩\u200d👧 ünïcødé ✓'
    expect(stripControl(family)).toBe(family)
  })

  it('a broken escape does not swallow the newline or the text after it', () => {
    expect(stripControl('red\x1b[31\nnext line')).toBe('red\nnext line')
    expect(stripControl('a\x1b\nb')).toBe('a\nb')
    expect(stripControl('osc\x1b]8;;never ended\nvisible')).toBe('osc\nvisible')
    expect(stripControl('end\x1b')).toBe('end')
  })

  it.each(['\x1b[', '\x1b]', '\x1b[1;', '\x1b('])('is linear on a text full of unterminated escapes (%j)', (piece) => {
    expectLinearGrowth({ input: (size) => piece.repeat(size), work: stripControl, size: 2_000 })
    expect(stripControl(piece.repeat(32_000))).not.toContain('\x1b')
  })
})

describe('escapeHtml', () => {
  it('turns tags, comments and entities into text', () => {
    expect(escapeHtml('<img src=x> <!-- m --> </details> <a href="u"> &amp;')).toBe('&lt;img src=x&gt; &lt;!-- m --&gt; &lt;/details&gt; &lt;a href=&quot;u&quot;&gt; &amp;amp;')
  })
})

describe('fenceFor', () => {
  it('is three backticks for plain text and always longer than the longest run inside', () => {
    expect(fenceFor('plain')).toBe('```')
    expect(fenceFor('a ``` b')).toBe('````')
    expect(fenceFor('``````````')).toBe('```````````')
    expect(fenceFor('`x`')).toBe('```')
  })

  it('makes a code block the text inside cannot close', () => {
    const block = codeBlock('before\n```\n````\nafter')
    const lines = block.split('\n')
    expect(lines[0]).toBe('`````')
    expect(lines.at(-1)).toBe('`````')
    expect(lines.slice(1, -1)).toEqual(['before', '```', '````', 'after'])
  })
})

describe('mentions and backlinks', () => {
  it('puts a zero-width space after @ so nobody and no team is notified', () => {
    expect(neutraliseMentions('cc @alice and @octo-org/security')).toBe(`cc @${ZWSP}alice and @${ZWSP}octo-org/security`)
    expect(neutraliseMentions('a lone @ stays')).toBe('a lone @ stays')
  })

  it('defangs #123, owner/repo#123, GH-123 and bare links', () => {
    expect(defangReferences('fixes #12 and octo/repo#3, GH-4')).toBe(`fixes #${ZWSP}12 and octo/repo#${ZWSP}3, GH${ZWSP}-4`)
    expect(defangReferences('see https://github.com/o/r/issues/1')).toBe(`see https:/${ZWSP}/github.com/o/r/issues/1`)
    expect(defangReferences('C# and #define stay')).toBe('C# and #define stay')
  })
})

describe('safeInline (table cells, reasons)', () => {
  it('keeps a table row one row: pipes escaped, newlines flattened', () => {
    expect(safeInline('a | b\nc\r\nd')).toBe('a \\| b c d')
  })

  it('leaves no live HTML, link, image, emphasis or mention', () => {
    const out = safeInline('<img src=x> ![i](http://x) [l](u) *b* _i_ `c` @team #5')
    expect(out).not.toMatch(/<img|!\[|(?<!\\)\[|(?<!\\)\*|(?<!\\)`|@(?=[a-z])|#(?=\d)/)
    expect(out).toContain('&lt;img src=x&gt;')
  })

  it('cannot start a heading, quote or list of its own', () => {
    expect(safeInline('# Forged heading')).toBe('\\# Forged heading')
    expect(safeInline('- item')).toBe('\\- item')
  })

  it('in raw HTML (a <summary>) escapes HTML only, so no stray backslashes show', () => {
    expect(safeHtmlText('tests::rounds_up </summary><b>x')).toBe('tests::rounds_up &lt;/summary&gt;&lt;b&gt;x')
  })
})

describe('codeSpan', () => {
  it('shows a test name exactly, with a delimiter longer than any backtick run inside', () => {
    expect(codeSpan('tests::rounds_up')).toBe('`tests::rounds_up`')
    expect(codeSpan('uses `x` here')).toBe('``uses `x` here``')
    expect(codeSpan('`edge`')).toBe('`` `edge` ``')
  })

  it('escapes | in table cells and writes text with HTML as an escaped <code> element', () => {
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`')
    expect(codeSpan('</details><img src=x>')).toBe('<code>&lt;/details&gt;&lt;img src=x&gt;</code>')
  })
})

describe('sliceSafe', () => {
  it('never cuts a surrogate pair in half', () => {
    expect(sliceSafe('ab😀', 3)).toBe('ab')
    expect(sliceSafe('ab😀', 4)).toBe('ab😀')
  })
})
