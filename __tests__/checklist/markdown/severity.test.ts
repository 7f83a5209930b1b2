/**
 * Severity from the words of a Markdown checklist: negation, explicit phrases, priorities, the
 * nearest place that says something, and only words a reader of the rendered file can see.
 */
import { parseMarkdownChecklist } from '../../../src/checklist/markdown.js'
import { allItems, type ChecklistItem } from '../../../src/checklist/types.js'
import { cpuMicros } from '../../helpers/growth.js'

/** The item titled `title` in `markdown`. */
function itemOf(markdown: string, title = 'Item'): ChecklistItem {
  const item = allItems(parseMarkdownChecklist(`# Release\n${markdown}\n`, 'CHECKLIST.md')).find((candidate) => candidate.title === title)
  if (!item) throw new Error(`no item "${title}"`)
  return item
}

const under = (...headings: string[]) => headings.map((heading, index) => `${'#'.repeat(index + 2)} ${heading}\n`).join('') + '- [ ] Item'

describe('severity words in headings', () => {
  it.each([
    // [heading(s) above the item, expected severity]
    [['Optional checks'], 'warning'],
    [['Recommended'], 'warning'],
    [['Nice to have'], 'warning'],
    [['Nice-to-have polish'], 'warning'],
    [['NOT BLOCKING'], 'warning'],
    [['Non-blocking checks'], 'warning'],
    [['Severity: LOW'], 'warning'],
    [['Low priority'], 'warning'],
    [['Medium Priority'], 'warning'],
    [['P2 follow-ups'], 'warning'],
    [['[P3] Later'], 'warning'],
    [['Low'], 'warning'],
    [['Not required for launch'], 'warning'],
    [['Security (not optional)'], 'blocking'],
    [['Non-optional hardening'], 'blocking'],
    [['Optional: no'], 'blocking'],
    [['Optional extras', 'Mandatory for launch'], 'blocking'],
    [['Nice to have', 'Required'], 'blocking'],
    [['Optional extras', 'P0'], 'blocking'],
    [['Optional extras', 'P1 fixes'], 'blocking'],
    [['Optional extras', 'Critical priority'], 'blocking'],
    [['Optional extras', 'High Priority'], 'blocking'],
    [['Optional extras', 'Phase 1: Critical Fixes (MUST COMPLETE)'], 'blocking'],
    // Conflicting words of one kind: blocking wins.
    [['not blocking the release? (yes, blocking)'], 'blocking'],
    [['Optional and required checks'], 'blocking'],
    // Words that state the need outrank words that rank priority.
    [['Phase 2: High Priority (STRONGLY RECOMMENDED)'], 'warning'],
    [['P0 (optional)'], 'warning'],
    // Look-alikes that say nothing.
    [['Low-latency checks'], 'blocking'],
    [['P2P networking'], 'blocking'],
    [['HTTP/2 support'], 'blocking'],
    [['Optionally signed artifacts'], 'blocking'],
    [['Not recommended'], 'blocking'],
    [['Optional extras', 'Rollout wave p2 of 3'], 'warning'],
    [['Rollout wave p2 of 3'], 'blocking']
  ])('%j → %s', (headings, severity) => {
    expect(itemOf(under(...(headings as string[]))).severity).toBe(severity)
  })

  it('lets the closest heading that says something decide', () => {
    expect(itemOf(under('Nice to have', 'Security', 'Details')).severity).toBe('warning')
    expect(itemOf(under('Required', 'Extras (optional)', 'Details')).severity).toBe('warning')
    expect(itemOf(under('Optional', 'Security (mandatory)', 'Details')).severity).toBe('blocking')
  })
})

describe("severity words in an item's own text", () => {
  it.each([
    // [item text, headings above it, expected severity]
    ['Docs regenerated (optional)', [], 'warning'],
    ['[P2] Polish the copy', [], 'warning'],
    ['Fix flaky tests — Severity: low', [], 'warning'],
    ['Non-blocking: update the changelog', [], 'warning'],
    ['Update the changelog (nice to have)', [], 'warning'],
    ['Load test (not optional)', ['Optional'], 'blocking'],
    ['Optional: no — smoke test', ['Optional'], 'blocking'],
    ['Mandatory security review', ['Nice to have'], 'blocking'],
    ['[P0] Smoke suite', ['Nice to have'], 'blocking'],
    // Prose, not a label: the heading decides.
    ['Remove optional dependencies', [], 'blocking'],
    ['Remove optional dependencies', ['Nice to have'], 'warning'],
    ['Disable the debug endpoint (optional in staging)', [], 'blocking'],
    ['Check that a restart is not required', [], 'blocking'],
    ['Check that a restart is not required', ['Optional'], 'warning'],
    // A condition is not a demand.
    ['IP allow-list configured (if required)', ['Optional'], 'warning']
  ])('"%s" under %j → %s', (text, headings, severity) => {
    const markdown = (headings as string[]).map((heading) => `## ${heading}\n`).join('') + `- [ ] ${text}`
    expect(itemOf(markdown, text).severity).toBe(severity)
  })

  it('reads a parent box like a heading, and the item before its parent', () => {
    const markdown = '- [ ] **Tracing** (Optional)\n  - [ ] Spans exported\n  - [ ] Sampling set (not optional)'
    expect(itemOf(markdown, 'Spans exported').severity).toBe('warning')
    expect(itemOf(markdown, 'Sampling set (not optional)').severity).toBe('blocking')
  })
})

describe('where a softer severity came from', () => {
  it('names the words and the heading or box, with its line', () => {
    expect(itemOf(under('Stage B: Improvements (RECOMMENDED)'))).toMatchObject({
      severity: 'warning',
      severityFrom: '"RECOMMENDED" in the heading "Stage B: Improvements (RECOMMENDED)" on line 2'
    })
    expect(itemOf('- [ ] Profiling (optional)\n  - [ ] Flame graph', 'Flame graph')).toMatchObject({
      severityFrom: '"optional" in the parent box "Profiling (optional)" on line 2'
    })
    expect(itemOf('- [ ] Docs [P3]', 'Docs [P3]')).toMatchObject({ severityFrom: '"P3" in its own text' })
  })

  it('says nothing for an item that blocks, as every item does unless told otherwise', () => {
    expect(itemOf(under('Optional', 'Security (mandatory)')).severityFrom).toBeUndefined()
    expect(itemOf('- [ ] Item').severityFrom).toBeUndefined()
  })

  it('cuts a long heading short', () => {
    const from = itemOf(under(`Optional ${'x'.repeat(500)}`)).severityFrom ?? ''
    expect(from.length).toBeLessThan(120)
    expect(from).toMatch(/^"Optional" in the heading "Optional x+…" on line 2$/)
  })
})

describe('only words a reader of the rendered file can see', () => {
  // A pull request can edit the checklist: hidden words must not turn a blocking gate into a warning.
  it.each([
    ['a link address', '## Security [runbook](https://wiki.example/(optional))'],
    ['a link title', '## Security [runbook](https://wiki.example "optional")'],
    ['a reference label', '## Security [runbook][optional]'],
    ['an image alt text', '## Security ![optional](badge.svg)'],
    ['an HTML attribute', '## Security <abbr title="nice to have">review</abbr>'],
    ['an HTML comment', '## Security <!-- optional -->'],
    ['a footnote mark', '## Security[^optional]'],
    ['an autolink', '## Security <https://wiki.example/optional>'],
    ["a link address in the item's own text", '- [ ] Security scan [runbook](https://wiki.example/(optional))'],
    ["an image in the item's own text", '- [ ] Security scan ![(optional)](badge.svg)']
  ])('ignores severity words in %s', (_where, line) => {
    const markdown = line.startsWith('##') ? `${line}\n- [ ] Item` : line
    const item = allItems(parseMarkdownChecklist(`# Release\n${markdown}\n`, 'CHECKLIST.md'))[0]
    expect(item.severity).toBe('blocking')
  })

  it.each([
    ['link text', '## [Optional](https://wiki.example/extras) checks'],
    ['bold text', '## **Optional** checks'],
    ['code', '## `optional` checks'],
    ['inline HTML content', '## <b>Optional</b> checks'],
    ['an escaped bracket label', '## Extras \\(optional\\)'],
    ['fullwidth letters', '## Ｏｐｔｉｏｎａｌ checks'],
    ['a character reference', '## &#79;ptional checks']
  ])('reads severity words in %s, which a reader sees', (_where, heading) => {
    expect(itemOf(`${heading}\n- [ ] Item`).severity).toBe('warning')
  })

  // The other way round: a word that looks like "Mandatory" to the reviewer must also read as it.
  it.each([
    ['split by a zero-width space', '### Man\u200Bdatory'],
    ['split by a soft hyphen', '### Manda\u00ADtory'],
    ['written as a character reference', '### &#77;andatory'],
    ['written as a hexadecimal reference', '### &#x4D;andatory'],
    ['shown reversed by a direction override', '### \u202Eyrotadnam']
  ])('reads a heading %s as it shows', (_how, heading) => {
    expect(itemOf(`## Optional extras\n${heading}\n- [ ] Item`).severity).toBe('blocking')
  })
})

describe('reading cost', () => {
  /** Fastest of three, so one slow moment on a busy machine does not decide. */
  const timeOf = (markdown: string) => {
    let best = Infinity
    for (let run = 0; run < 3; run++) {
      const started = cpuMicros()
      parseMarkdownChecklist(markdown, 'hostile.md')
      best = Math.min(best, cpuMicros() - started)
    }
    return best
  }
  const boxes = (indent: string) => `${indent}- [ ] item\n`.repeat(2_000)

  // Read once per heading or parent box, a long one costs once, not once per item under it:
  // 64× the words must not take anywhere near 64× the time (read once: ~2×; read per item: over 60×).
  it.each([
    ['a heading', (words: number) => `## Optional ${'word '.repeat(words)}\n${boxes('')}`],
    ['a parent box', (words: number) => `- [ ] Optional ${'word '.repeat(words)}\n${boxes('  ')}`]
  ])('reads the words of %s once, however many items sit under it', (_where, markdown) => {
    expect(timeOf(markdown(32_000)) / timeOf(markdown(500))).toBeLessThan(10)
  })
})
