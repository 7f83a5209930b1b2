/** Every shape of line the Markdown reader understands, one example each, as the classifier sees it. */
import { classifyLine, type MarkdownLine } from '../../../src/checklist/markdown/line-kinds.js'

const classify = (text: string, at = 0) => classifyLine(text.split('\n'), at)

describe('classifyLine', () => {
  it.each<[string, MarkdownLine['kind'], Partial<MarkdownLine>]>([
    ['## Security ##', 'heading', { level: 2, title: 'Security' }],
    ['### C#', 'heading', { level: 3, title: 'C#' }],
    ['- [ ] Tests pass', 'box', { box: { indent: 0, checked: false, text: 'Tests pass' } }],
    ['  * [X] Lints pass', 'box', { box: { indent: 2, checked: true, text: 'Lints pass' } }],
    ['12) [x] Numbered', 'box', { box: { indent: 0, checked: true, text: 'Numbered' } }],
    ['**Signed:** ______ **Date:** ____', 'signature', { label: 'Signed', generic: true, value: '______', ticked: false }],
    ['- [x] **Product Owner**: ______', 'signature', { label: 'Product Owner', generic: false, ticked: true }],
    ['Approved by: Dana', 'signature', { label: 'Approved by', value: 'Dana' }],
    ['Release date: ______', 'fill-in', { label: 'Release date', value: '______' }],
    ['```bash\ncargo test\n```', 'fence', { language: 'bash', body: ['cargo test'], lastLine: 3 }],
    ['~~~yaml\n- [x] inside', 'fence', { language: 'yaml', body: ['- [x] inside'], lastLine: 2 }],
    ['| Check | Status |\n|---|---|\n| Load | ✅ |', 'table', { header: ['Check', 'Status'], rows: [{ cells: ['Load', '✅'], line: 3 }], lastLine: 3 }],
    ['- a plain bullet', 'bullet', {}],
    ['    continued text', 'indented', {}],
    ['   ', 'blank', {}],
    ['Some prose at the margin.', 'paragraph', {}],
    // Overlaps, decided by the order the classifier tries shapes in.
    ['- [ ] Fill the ____ in the runbook', 'box', {}],
    ['- [ ] Deploy notes: ____', 'signature', { label: 'Deploy notes' }],
    ['1234567890. [ ] ten digits is not a list marker', 'paragraph', {}],
    ['| a | b |', 'paragraph', {}]
  ])('%j is a %s', (text, kind, fields) => {
    expect(classify(text)).toMatchObject({ kind, line: 1, ...fields })
  })

  it('numbers lines from 1 and lets a block take the lines up to its end', () => {
    expect(classify('intro\n```\na\nb\n```\nafter', 1)).toMatchObject({ kind: 'fence', line: 2, lastLine: 5 })
    expect(classify('```\nnever closed\n- [ ] x', 0)).toMatchObject({ kind: 'fence', lastLine: 3, body: ['never closed', '- [ ] x'] })
  })
})
