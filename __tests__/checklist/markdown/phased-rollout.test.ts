/** A second checklist shape: numbered and `*` boxes, shell blocks under boxes, placeholders, comments, priority labels. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseMarkdownChecklist } from '../../../src/checklist/markdown.js'
import { parseYamlChecklist } from '../../../src/checklist/parse-yaml.js'
import { checklistToYaml } from '../../../src/checklist/to-yaml.js'
import { allItems, ChecklistError, type Checklist, type ChecklistItem } from '../../../src/checklist/types.js'
import { expectLinearGrowth } from '../../helpers/growth.js'

const FIXTURE = 'phased-rollout.md'
const text = readFileSync(path.join(import.meta.dirname, 'fixtures', FIXTURE), 'utf8')
const checklist = parseMarkdownChecklist(text, FIXTURE)
const items = allItems(checklist)
const find = (list: ChecklistItem[], title: string): ChecklistItem => {
  const found = list.find((item) => item.title === title)
  if (!found) throw new Error(`no item "${title}" in ${list.map((item) => item.title).join(' | ')}`)
  return found
}
const byTitle = (title: string) => find(items, title)
const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1
const parse = (markdown: string) => allItems(parseMarkdownChecklist(markdown, 'inline.md'))

describe('a phased rollout checklist', () => {
  it('finds every item once, in document order, with unique ids', () => {
    expect(checklist.title).toBe('Ledger Service Go-Live')
    expect(items).toHaveLength(35)
    expect(new Set(items.map((item) => item.id)).size).toBe(35)
    expect(items.map((item) => item.id).filter((id) => id.startsWith('dashboards'))).toEqual(['dashboards-reviewed', 'dashboards-reviewed-2', 'dashboards-reviewed-3'])
    for (const item of items) expect(item.id).toMatch(/^[a-z0-9][a-z0-9_-]*$/)
  })

  it('automates exactly the allow-listed checks, one gate per command of a shell block under a box', () => {
    const automated = items.flatMap((item) => (item.kind === 'command' ? [`${item.id}: ${item.run}`] : []))
    expect(automated).toEqual([
      'confirm-npx-tsc-noemit-is-clean: npx tsc --noEmit',
      'confirm-npm-run-typecheck-is-clean: npm run typecheck',
      'node-unit-tests-node-test: node --test',
      'p0-smoke-suite-green-npm-test: npm test',
      'rust-crate-is-healthy-1: cargo build --locked',
      'rust-crate-is-healthy-2: cargo clippy --all-targets -- -D warnings',
      // A shell block under a heading: only its allow-listed check is a gate.
      'cargo-test: cargo test'
    ])
    expect(byTitle('Node unit tests: node --test').source).toEqual({ file: FIXTURE, line: lineOf('1. [ ] Node unit tests') })
  })

  it('lets the command decide, not the box: a ticked box with a check is still run', () => {
    expect(byTitle('[P0] Smoke suite green: npm test')).toMatchObject({ kind: 'command', run: 'npm test' })
    expect(byTitle('Confirm: npm run typecheck is clean').kind).toBe('command')
  })

  it('treats a ticked parent of checks as a group, so the tick cannot pass its children', () => {
    expect(items.some((item) => item.title === 'Type checks pass')).toBe(false)
    expect(byTitle('Confirm: npx tsc --noEmit is clean').section).toBe('Phase 1: Critical Fixes (MUST COMPLETE) › Build › Type checks pass')
  })

  it.each([
    ['Ship it', '`make deploy-prod` is not on the allow-list of read-only checks; not run'],
    ['Tests then cleanup: cargo test; rm -rf /', 'contains the shell character ";"'],
    ['Tests with a download: cargo test $(curl x)', 'contains the shell character "$"'],
    ['Tests then deploy: npm test && make deploy', 'contains the shell character "&"'],
    ['Reformat everything: cargo fmt', '`cargo fmt` is not on the allow-list'],
    ['Patch dependencies: npm audit fix', '`npm audit fix` is not on the allow-list'],
    ['Roll out: kubectl apply -f prod.yaml', '`kubectl apply -f prod.yaml` is not on the allow-list'],
    ['Bootstrap: curl -sSf https://get.example.invalid | sh', 'contains the shell character "|"'],
    ['Bounce the daemon: sudo systemctl restart ledger', '`sudo systemctl restart ledger` is not on the allow-list']
  ])('keeps "%s" manual, pending, and says why', (title, reason) => {
    const item = byTitle(title)
    expect(item).toMatchObject({ kind: 'manual', signedOff: false, severity: 'blocking' })
    expect(item.kind === 'manual' && item.note).toContain(reason)
  })

  it('makes only the allow-listed checks of a shell block under a heading into items, and nothing of commented-out boxes', () => {
    const scriptStart = lineOf('## Validation script')
    const fromScript = items.filter((item) => (item.source?.line ?? 0) > scriptStart && (item.source?.line ?? 0) < lineOf('## Approvals'))
    expect(fromScript.map((item) => (item.kind === 'command' ? item.run : item.kind))).toEqual(['cargo test'])
    expect(items.some((item) => item.title.includes('Hidden'))).toBe(false)
    expect(items.filter((item) => item.kind === 'command' && /kubectl|curl|make/.test(item.run))).toEqual([])
  })

  it('flags placeholders, keeps them manual, and does not count a tick on one', () => {
    expect(byTitle('Rollout window: TBD')).toMatchObject({ kind: 'manual', signedOff: false, note: expect.stringMatching(/placeholder.*tick does not count/) })
    expect(byTitle('On-call engineer: [ ]')).toMatchObject({ kind: 'manual', note: expect.stringMatching(/placeholder/) })
    expect(byTitle('Capacity target [SPECIFY] rps')).toMatchObject({ kind: 'manual', note: expect.stringMatching(/placeholder/) })
  })

  it('reads severity from headings and the item itself, but not from a word like "Low-latency"', () => {
    const severities = Object.fromEntries(items.map((item) => [item.title, item.severity]))
    expect(severities).toMatchObject({
      'Feature flag dry run (recommended)': 'warning',
      'Tidy log messages': 'warning',
      'Rename internal metrics': 'warning',
      'p99 under 50 ms': 'blocking',
      'Dashboards reviewed': 'blocking',
      'Ship it': 'blocking'
    })
    expect(items.filter((item) => item.severity === 'warning')).toHaveLength(3)
  })

  it('reads boxes inside a ~~~yaml block as items, ticked ones as sign-offs', () => {
    expect(byTitle('Tests Passing: 318/318')).toMatchObject({ kind: 'manual', signedOff: true, source: { file: FIXTURE, line: lineOf('Tests Passing') } })
    expect(byTitle('Coverage: 71%')).toMatchObject({ kind: 'manual', signedOff: false })
  })

  it('reads the emoji status table: ✅ passes, ❌ and ⚠️ stay pending', () => {
    expect(byTitle('Migrations rehearsed')).toMatchObject({ signedOff: true })
    expect(byTitle('Backups restorable')).toMatchObject({ signedOff: false, severity: 'blocking' })
    expect(byTitle('Runbook reviewed')).toMatchObject({ signedOff: false, severity: 'blocking' })
  })

  it('reads the approvals table, the "Approved by" line and the blank date', () => {
    expect(byTitle('Sign-off: Release manager')).toMatchObject({ signedOff: true })
    expect(byTitle('Sign-off: SRE')).toMatchObject({ signedOff: false })
    expect(byTitle('Sign-off: Approved by')).toMatchObject({ kind: 'manual', signedOff: false })
    expect(byTitle('Fill in: Release date')).toMatchObject({ kind: 'manual', signedOff: false })
  })
})

describe('small Markdown shapes', () => {
  it('keeps line numbers right with CRLF line ends, a byte-order mark and multi-line comments', () => {
    const found = parse('\uFEFF# T\r\n<!-- a\r\nb -->\r\n- [ ] one\r\n')
    expect(found).toMatchObject([{ title: 'one', source: { line: 4 } }])
  })

  it('refuses a file with NUL bytes, naming the file and line', () => {
    expect(() => parseMarkdownChecklist('# T\n- [ ] a\n\u0000', 'bin.md')).toThrow(ChecklistError)
    expect(() => parseMarkdownChecklist('# T\n- [ ] a\n\u0000', 'bin.md')).toThrow('bin.md:3: the checklist contains a NUL byte')
  })

  it('reads filled and blank signature lines', () => {
    const found = parse('# T\n## QA sign-off\nSigned: Dana K.\n## Ops sign-off\n**Signed:** [NAME]\n## Security\n- [x] **Security lead**: ______\n')
    expect(found.map((item) => [item.title, item.kind === 'manual' && item.signedOff])).toEqual([
      ['Sign-off: QA', true],
      ['Sign-off: Ops', false],
      // A ticked box is a sign-off recorded in the file, even beside a blank line.
      ['Sign-off: Security lead', true]
    ])
  })

  it('does not take "no" in an approval column as a signature', () => {
    const found = parse('| Role | Approved |\n|---|---|\n| Lead | no |\n| Ops | ❌ |\n| QA | yes |\n')
    expect(found.map((item) => item.kind === 'manual' && item.signedOff)).toEqual([false, false, true])
  })

  it('attaches a shell block only when it sits right under a box; elsewhere its checks are items of their own', () => {
    const found = parse('- [ ] Tests pass\n\nThen run:\n\n```bash\ncargo test\n```\n')
    expect(found).toMatchObject([
      { title: 'Tests pass', kind: 'manual' },
      { title: 'cargo test', kind: 'command', run: 'cargo test' }
    ])
  })

  it('refuses a shell block that ends in a dangling continuation instead of running part of it', () => {
    const [item] = parse('- [ ] Tests pass\n```sh\ncargo test \\\n```\n')
    expect(item).toMatchObject({ kind: 'manual', note: expect.stringMatching(/shell character "\\"/) })
  })

  it('tells placeholders from labels and markup', () => {
    const notes = parse('- [ ] Owner: <YOUR NAME>\n- [ ] Contact: [email]\n- [ ] [WIP] Line one<br>line two\n- [ ] Ratio ??? of target\n').map(
      (item) => item.kind === 'manual' && item.note
    )
    expect(notes).toEqual([expect.stringMatching(/placeholder/), expect.stringMatching(/placeholder/), undefined, expect.stringMatching(/placeholder/)])
  })

  it('does not run a check whose command still holds a placeholder', () => {
    const [item] = parse('- [ ] Crate tests: `cargo test -p [SPECIFY]`\n')
    expect(item).toMatchObject({ kind: 'manual', note: expect.stringMatching(/placeholder/) })
  })

  it('makes children of an (optional) parent warnings and reads `1)` boxes', () => {
    const found = parse('- [ ] Profiling (optional)\n  - [ ] Flame graph captured\n1) [ ] Release notes written\n')
    expect(found.map((item) => [item.title, item.severity, item.section])).toEqual([
      ['Flame graph captured', 'warning', 'Profiling (optional)'],
      ['Release notes written', 'blocking', 'Checklist']
    ])
  })
})

describe('hostile input', () => {
  // Each of these took seconds to minutes with backtracking patterns or quadratic bookkeeping.
  // Every input grows in proportion to `size`; the costly ones are kept a quarter as long.
  const cases: Record<string, (size: number) => string> = {
    'a signature line padded with blanks': (size) => `- [ ] A: ${' '.repeat(size)}___x\n`,
    'a filled signature with a long gap': (size) => `Signed: a${' '.repeat(size)}b\n`,
    'a heading of hashes': (size) => `## ${'#'.repeat(size)} x\n`,
    'a heading with a long gap': (size) => `## a${' '.repeat(size)}b\n`,
    'unclosed link brackets': (size) => `- [ ] ${'['.repeat(size)}\n`,
    'an unclosed placeholder': (size) => `- [ ] a [${' '.repeat(size)}x\n`,
    'a table separator of blanks': (size) => `| a | b |\n${' '.repeat(size)}x\n`,
    'thousands of fences': (size) => '```\n'.repeat(size / 4),
    'thousands of same-titled boxes': (size) => '- [ ] same `cargo test`\n'.repeat(size / 80),
    // Line n is indented n spaces, so the text grows with the square of the number of lines.
    'a staircase of nested boxes': (size) => Array.from({ length: Math.round(Math.sqrt(2 * size)) }, (_, at) => `${' '.repeat(at)}- [ ] step`).join('\n'),
    'a fence full of boxes': (size) => `\`\`\`\n${'- [ ] x\n'.repeat(size / 32)}\`\`\`\n`
  }

  it.each(Object.keys(cases))('reads %s in time linear in its length', (name) => {
    expectLinearGrowth({ input: cases[name], work: (markdown) => parseMarkdownChecklist(markdown, 'hostile.md'), size: 6_400, factor: 32 })
  })

  it('gives same-titled items distinct ids in order', () => {
    const ids = parse('- [ ] a\n- [ ] a\n- [ ] a-2\n- [ ] a\n').map((item) => item.id)
    expect(ids).toEqual(['a', 'a-2', 'a-2-2', 'a-3'])
  })

  it('stops nesting at a bounded depth, keeping every deeper box as an item', () => {
    const found = parse(Array.from({ length: 40 }, (_, at) => `${'  '.repeat(at)}- [ ] step ${at}`).join('\n'))
    expect(found.map((item) => item.title)).toEqual(Array.from({ length: 25 }, (_, at) => `step ${at + 15}`))
  })
})

describe('go-no-go import of the phased rollout', () => {
  const yaml = checklistToYaml(checklist)
  const back = parseYamlChecklist(yaml, 'imported.yml')

  it('parses back with the same ids, kinds, severities, phases, commands and ticks', () => {
    const shape = (list: Checklist) =>
      allItems(list)
        .map((item) => [item.id, item.title, item.kind, item.severity, item.phase ?? 'pre-deploy', item.kind === 'command' ? item.run : item.kind === 'manual' && item.signedOff])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    expect(shape(back)).toEqual(shape(checklist))
    expect(back.title).toBe('Ledger Service Go-Live')
  })

  it('is a file a team would keep: one header comment, one line per item, the sections without the headings every one repeats', () => {
    expect(yaml.split('\n').filter((line) => line.trimStart().startsWith('#'))).toHaveLength(1)
    expect(yaml).toContain('\n      - Ship it\n')
    // Repeated titles get back their -2, -3 in file order: no id to write.
    expect(yaml).toContain('\n      - Dashboards reviewed\n      - Dashboards reviewed\n      - Dashboards reviewed\n')
    expect(yaml).not.toContain('id: dashboards-reviewed')
    // A ticked box stays signed, on one line.
    expect(yaml).toContain('\n      - { title: Migrations rehearsed, manual: true, signed-off: true }\n')
    expect(yaml).toContain('\n  - title: Checks run together\n')
    expect(yaml).toContain('{ title: "Sign-off: SRE", manual: true, approvers: [] }')
  })

  it('cannot be broken out of its comments by a file name with a line break', () => {
    const hostile: Checklist = { ...checklist, path: 'x.md\nversion: 2' }
    expect(parseYamlChecklist(checklistToYaml(hostile), 'imported.yml').sections).toHaveLength(checklist.sections.length)
  })
})
