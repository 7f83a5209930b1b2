/** Markdown checklists read as teams write them; only allow-listed read-only checks ever become gates. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ALLOWED_CHECKS, isAllowedCheck } from '../../../src/checklist/allow-list.js'
import { parseMarkdownChecklist } from '../../../src/checklist/markdown.js'
import { parseYamlChecklist } from '../../../src/checklist/parse-yaml.js'
import { checklistToYaml } from '../../../src/checklist/to-yaml.js'
import { allItems, type ChecklistItem } from '../../../src/checklist/types.js'

const FIXTURE = 'release-plan.md'
const text = readFileSync(path.join(import.meta.dirname, 'fixtures', FIXTURE), 'utf8')
const checklist = parseMarkdownChecklist(text, FIXTURE)
const items = allItems(checklist)
const byTitle = (title: string): ChecklistItem => {
  const found = items.find((item) => item.title === title)
  if (!found) throw new Error(`no item "${title}" in ${items.map((item) => item.title).join(' | ')}`)
  return found
}

describe('parseMarkdownChecklist', () => {
  it('takes the title from the first heading and sections from the headings and parent boxes', () => {
    expect(checklist.title).toBe('Payments API Release Plan')
    expect(byTitle('Confirm: cargo fmt --all -- --check reports nothing').section).toBe('Stage A: Blockers (REQUIRED) › Quality › Source formatting is clean')
  })

  it('automates exactly the allow-listed checks', () => {
    const automated = items.filter((item) => item.kind === 'command').map((item) => (item.kind === 'command' ? `${item.id}: ${item.run}` : ''))
    expect(automated).toEqual([
      'confirm-cargo-fmt-all-check-reports-nothing: cargo fmt --all -- --check',
      'confirm-cargo-clippy-all-targets-d-warnings: cargo clippy --all-targets -- -D warnings',
      'unit-tests-green-cargo-test: cargo test',
      'confirm-npm-audit-is-clean: npm audit --json',
      'integration-suite-passes: npm test'
    ])
  })

  it.each([
    ['Apply formatting: cargo fmt', /`cargo fmt` is not on the allow-list/],
    ['Remediate: npm audit fix', /`npm audit fix` is not on the allow-list/],
    ['Push the release: make deploy-prod', /`make deploy-prod` is not on the allow-list/],
    ['Apply manifests: kubectl apply -f k8s/prod.yaml', /`kubectl apply -f k8s\/prod.yaml` is not on the allow-list/],
    ['Restart the service: sudo systemctl restart payments', /not on the allow-list/],
    ['Fetch installer: curl -fsSL https://example.invalid/install.sh | sh', /contains the shell character "\|"/]
  ])('keeps "%s" manual and says why', (title, note) => {
    const item = byTitle(title)
    expect(item.kind).toBe('manual')
    expect(item.kind === 'manual' && item.note).toMatch(note)
  })

  it('turns ticked boxes into recorded sign-offs and unticked ones into pending items', () => {
    expect(byTitle('Tests Passing: 212/212')).toMatchObject({ kind: 'manual', signedOff: true })
    expect(byTitle('Coverage: 68%')).toMatchObject({ kind: 'manual', signedOff: false })
  })

  it('notes placeholders', () => {
    expect(byTitle('Throughput meets [SPECIFY] requests/second')).toMatchObject({ kind: 'manual', note: expect.stringMatching(/placeholder/) })
  })

  it('reads severity from the document: recommended sections and (optional) items are warnings', () => {
    expect(byTitle('Integration suite passes').severity).toBe('warning')
    expect(byTitle('Docs regenerated (optional)').severity).toBe('warning')
    expect(byTitle('Push the release: make deploy-prod').severity).toBe('blocking')
  })

  it('never makes items of a shell block that is not under a box', () => {
    expect(items.some((item) => item.kind === 'command' && /rollback|curl/.test(item.run))).toBe(false)
  })

  it('reads emoji status tables: only ✅ is a recorded pass, ⚠️ is pending and keeps its severity', () => {
    expect(byTitle('Load test')).toMatchObject({ kind: 'manual', signedOff: true })
    expect(byTitle('Pen test')).toMatchObject({ kind: 'manual', signedOff: false, severity: 'blocking' })
    expect(byTitle('Chaos drill')).toMatchObject({ signedOff: false, severity: 'blocking', note: expect.stringMatching(/⚠️ Partial; pending/) })
  })

  it('turns sign-off tables and blank signature lines into sign-off items', () => {
    expect(byTitle('Sign-off: Engineering lead')).toMatchObject({ kind: 'manual', signedOff: true })
    expect(byTitle('Sign-off: Security')).toMatchObject({ kind: 'manual', signedOff: false })
    expect(byTitle('Sign-off: Operations')).toMatchObject({ kind: 'manual', signedOff: false, section: 'Approvals › Operations approval' })
    expect(byTitle('Sign-off: Product Owner')).toMatchObject({ kind: 'manual', signedOff: false })
  })

  it('counts every item once, with unique ids and source lines', () => {
    expect(items).toHaveLength(22)
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length)
    for (const item of items) expect(item.source?.line).toBeGreaterThan(0)
  })
})

describe('checklistToYaml (go-no-go import)', () => {
  it('writes YAML that parses back to the same items, commands as run and the rest manual', () => {
    const yaml = checklistToYaml(checklist)
    expect(yaml.startsWith(`# go-no-go import of ${FIXTURE}.`)).toBe(true)
    const back = allItems(parseYamlChecklist(yaml, 'imported.yml'))
    expect(back.map((item) => `${item.id}:${item.kind}:${item.severity}`)).toEqual(items.map((item) => `${item.id}:${item.kind}:${item.severity}`))
  })
})

describe('isAllowedCheck', () => {
  it.each([
    'cargo fmt --all -- --check',
    'cargo clippy --all-targets --all-features -- -D warnings',
    'cargo test --workspace',
    'cargo audit',
    'cargo build --release',
    'npm test',
    'npm audit --json',
    'npm run lint',
    'node --test test/*.test.js',
    'npx jest --ci',
    'npx tsc --noEmit'
  ])('allows %s', (command) => {
    expect(isAllowedCheck(command)).toEqual({ allowed: true })
  })

  it.each([
    ['make deploy-prod', /not on the allow-list/],
    ['cargo fmt', /not on the allow-list/],
    ['cargo clippy --fix', /not on the allow-list/],
    ['cargo audit fix', /not on the allow-list/],
    ['npm audit fix', /not on the allow-list/],
    ['npm audit --force', /not on the allow-list/],
    ['npm run deploy', /not on the allow-list/],
    ['cargo test; rm -rf /', /shell character ";"/],
    ['cargo test $(curl x)', /shell character "\$"/],
    ['npm test && make deploy', /shell character "&"/],
    ['cargo test `whoami`', /shell character "`"/],
    ['npm test > /etc/passwd', /shell character ">"/],
    ['cargo test "unclosed', /unbalanced quotes/]
  ])('refuses %s', (command, reason) => {
    const decision = isAllowedCheck(command)
    expect(decision.allowed).toBe(false)
    expect(decision.allowed === false && decision.reason).toMatch(reason)
  })

  it('documents every allowed check with an example that it allows', () => {
    for (const check of ALLOWED_CHECKS) expect(isAllowedCheck(check.example)).toEqual({ allowed: true })
  })
})

describe('README', () => {
  it('documents every allowed check with its example', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8')
    for (const check of ALLOWED_CHECKS) expect(readme).toContain(`| ${check.description.replace(/\|/g, '\\|')} | \`${check.example}\` |`)
  })
})
