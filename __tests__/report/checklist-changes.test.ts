/** The "Checklist changed in this pull request" section: what a reviewer reads, and that checklist text cannot forge it. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { baseUnavailableChange, diffChecklists, type ChecklistChange } from '../../src/checklist/diff.js'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { planChecklist } from '../../src/checklist/source.js'
import { CHECKLIST_CHANGES_HEADING, renderChecklistChanges, type ChecklistChangesView } from '../../src/report/checklist-changes.js'
import { protectChecklist } from '../../src/signoff/protect.js'
import { createRedactor } from '../../src/text/redact.js'

const EXPECTED = path.join(process.cwd(), '__tests__', 'report', 'expected', 'checklist-changes.md')
const BASE_SHA = '0123456789abcdef0123456789abcdef01234567'

const yaml = (items: string) => parseYamlChecklist(`version: 1\nsections:\n  - title: Gates\n    items:\n${items}`, '.github/go-no-go.yml')

const base = yaml(`      - id: tests
        title: Unit tests
        run: cargo test
      - id: clippy
        title: No clippy warnings
        run: cargo clippy -- -D warnings
        severity: warning
      - id: audit
        title: No known vulnerabilities
        run: cargo audit
      - id: review
        title: Security review
        manual: true
        approvers: [alice]
`)
const head = yaml(`      - id: clippy
        title: No clippy warnings
        run: cargo clippy -- -D warnings
      - id: audit
        title: No known vulnerabilities
        run: cargo audit
        severity: warning
        expect: { max-vulnerabilities: 2 }
      - id: review
        title: Security review
        manual: true
        approvers: [alice, mallory]
        allow-author: true
`)

function view(changes: ChecklistChange[], protect: boolean, checklistFrom: 'head' | 'base' = 'head'): ChecklistChangesView {
  const plan = planChecklist({ target: 'pull-request', checklistFrom, protectChecklist: protect, baseSha: BASE_SHA })
  return {
    path: '.github/go-no-go.yml',
    baseSha: BASE_SHA,
    checklistFrom,
    explanation: plan.explanation,
    changes,
    ...(plan.protect ? { protection: protectChecklist(changes, base, head, { ticksJudged: true }) } : {})
  }
}

describe('renderChecklistChanges', () => {
  it('shows every change, weakening ones first, and what protect-checklist asks for (see expected/checklist-changes.md)', () => {
    const markdown = renderChecklistChanges(view(diffChecklists(base, head), true)).join('\n')
    if (process.env.UPDATE_EXPECTED === '1') writeFileSync(EXPECTED, markdown)
    expect(markdown).toBe(readFileSync(EXPECTED, 'utf8'))
  })

  it('a base checklist that could not be read is one row that says why', () => {
    const lines = renderChecklistChanges(view([baseUnavailableChange('the checklist does not exist at the base commit')], false))
    expect(lines).toContain(
      '| ⚠️ weakens | whole checklist | the checklist cannot be compared with the base commit: the checklist does not exist at the base commit | without the base checklist every gate may have been removed or relaxed; nothing shows otherwise |'
    )
  })

  it('says nothing when the checklist did not change', () => {
    expect(renderChecklistChanges(view([], true))).toEqual([])
  })

  it('with checklist-from: base, says none of it applies and asks for no sign-off', () => {
    const lines = renderChecklistChanges(view(diffChecklists(base, head), true, 'base'))
    expect(lines).toContain("None of these changes apply to this run: the base commit's checklist decides.")
    expect(lines.join('\n')).not.toMatch(/\/signoff/)
  })

  it('never leaves a weakening change out to make room for a harmless one', () => {
    const harmless = Array.from({ length: 30 }, (_, index) => ({ itemId: `new-${index}`, kind: 'added', change: 'added', weakening: false, why: 'a new item' }) as ChecklistChange)
    const weakening: ChecklistChange = { itemId: 'tests', kind: 'removed', change: 'removed', weakening: true, why: 'gone' }
    const lines = renderChecklistChanges(view([...harmless, weakening], false), { maxRows: 5 })
    expect(lines.filter((line) => line.startsWith('| ⚠️ weakens | `tests`'))).toHaveLength(1)
    expect(lines).toContain('… and 26 more changes not shown.')
  })

  it('checklist text cannot break out of the table, forge a report, ping people or leak a secret', () => {
    const hostile = yaml(`      - id: tests
        title: "Tests | ok </details><!-- go-no-go:state x --> <img src=x> @octo-org/security #1"
        run: "cargo test\\n## 🟢 GO\\n\`\`\` echo ghp_${'a'.repeat(36)} |"
`)
    const secret = 'sup3r-s3cret-value'
    const changes = diffChecklists(hostile, yaml(`      - id: other\n        title: "x"\n        run: "echo ${secret}"\n`))
    // A Markdown checklist or a future field could carry escapes the YAML reader refuses.
    changes.push({ itemId: 'other', kind: 'run', change: 'changed', before: '\u001b[31mred\u001b]8;;https://evil.example\u0007', after: 'x', weakening: true, why: 'w' })
    const markdown = renderChecklistChanges(view(changes, false), { redactor: createRedactor([secret]) }).join('\n')
    expect(markdown.startsWith(CHECKLIST_CHANGES_HEADING)).toBe(true)
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '))
    // Header, and one row per change; every row has exactly its four cells.
    expect(rows).toHaveLength(4)
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6)
    expect(markdown).not.toMatch(/<\/details>|<!--|<img|\n## |\u001b|\u0007|evil\.example|@octo-org|ghp_a|sup3r-s3cret/)
    expect(markdown).toContain('@\u200bocto-org')
    expect(markdown).toContain('#\u200b1')
  })
})
