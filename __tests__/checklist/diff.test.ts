/** The semantic diff of a pull request's checklist against the base commit's, and which changes weaken it. */
import { baseUnavailableChange, describeChange, diffChecklists, hasWeakening, type ChecklistChange } from '../../src/checklist/diff.js'
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import type { Checklist, ChecklistItem } from '../../src/checklist/types.js'

/** A YAML checklist whose single section holds the given items (already indented as list entries). */
function yaml(items: string, extra = ''): ReturnType<typeof parseYamlChecklist> {
  return parseYamlChecklist(`version: 1\n${extra}sections:\n  - title: Gates\n    items:\n${items}`, '.github/go-no-go.yml')
}

const tests = (fields = '') => `      - id: tests\n        title: Unit tests\n        run: cargo test\n${fields}`
const audit = (fields = '') => `      - id: audit\n        title: Audit\n        run: npm audit --json\n${fields}`
const review = (fields = '') => `      - id: review\n        title: Security review\n        manual: true\n${fields}`

type Expected = Partial<ChecklistChange>

const cases: Array<{ name: string; base: string; head: string; expected: Expected[] }> = [
  { name: 'nothing changed', base: tests(), head: tests(), expected: [] },
  { name: 'a gate removed', base: tests() + audit(), head: audit(), expected: [{ itemId: 'tests', kind: 'removed', weakening: true }] },
  { name: 'a gate added', base: audit(), head: audit() + tests(), expected: [{ itemId: 'tests', kind: 'added', weakening: false }] },
  {
    name: 'an id renamed: removal and addition, the removal weakens',
    base: tests(),
    head: `      - id: unit-tests\n        title: Unit tests\n        run: cargo test\n`,
    expected: [
      { itemId: 'tests', kind: 'removed', weakening: true, renamedTo: 'unit-tests' },
      { itemId: 'unit-tests', kind: 'added', weakening: false }
    ]
  },
  {
    name: 'run changed',
    base: tests(),
    head: tests().replace('cargo test', 'cargo test --lib'),
    expected: [{ kind: 'run', before: 'cargo test', after: 'cargo test --lib', weakening: true }]
  },
  { name: 'run changed only in surrounding spaces', base: tests(), head: tests().replace('cargo test', '"cargo test  "'), expected: [] },
  {
    name: 'severity lowered',
    base: tests(),
    head: tests('        severity: warning\n'),
    expected: [{ kind: 'severity', change: 'lowered', before: 'blocking', after: 'warning', weakening: true }]
  },
  { name: 'severity raised', base: tests('        severity: warning\n'), head: tests(), expected: [{ kind: 'severity', change: 'raised', weakening: false }] },
  {
    name: 'pass-rate relaxed',
    base: tests(),
    head: tests('        expect: { pass-rate: 90 }\n'),
    expected: [
      { kind: 'expect', key: 'pass-rate', change: 'relaxed', before: 'unset (100%)', after: '90', weakening: true },
      // Setting pass-rate alone lifts the default "no failures" too (src/gates/evaluate.ts).
      { kind: 'expect', key: 'max-failures', change: 'relaxed', weakening: true }
    ]
  },
  { name: 'pass-rate written out as its default is no change', base: tests(), head: tests('        expect: { pass-rate: 100, max-failures: 0 }\n'), expected: [] },
  {
    name: 'pass-rate tightened',
    base: tests('        expect: { pass-rate: 90 }\n'),
    head: tests('        expect: { pass-rate: 95 }\n'),
    expected: [{ kind: 'expect', key: 'pass-rate', change: 'tightened', weakening: false }]
  },
  {
    name: 'max-failures added alone relaxes both',
    base: tests(),
    head: tests('        expect: { max-failures: 2 }\n'),
    expected: [
      { kind: 'expect', key: 'pass-rate', change: 'relaxed', weakening: true },
      { kind: 'expect', key: 'max-failures', change: 'relaxed', weakening: true }
    ]
  },
  {
    name: 'min-tests lowered to zero',
    base: tests(),
    head: tests('        expect: { min-tests: 0 }\n'),
    expected: [{ kind: 'expect', key: 'min-tests', change: 'relaxed', weakening: true }]
  },
  {
    name: 'min-tests raised',
    base: tests(),
    head: tests('        expect: { min-tests: 50 }\n'),
    expected: [{ kind: 'expect', key: 'min-tests', change: 'tightened', weakening: false }]
  },
  {
    name: 'max-vulnerabilities raised',
    base: audit(),
    head: audit('        expect: { max-vulnerabilities: 3 }\n'),
    expected: [{ key: 'max-vulnerabilities', change: 'relaxed', weakening: true }]
  },
  {
    name: 'allowed-severities widened',
    base: audit('        expect: { allowed-severities: [low] }\n'),
    head: audit('        expect: { allowed-severities: [low, high] }\n'),
    expected: [{ key: 'allowed-severities', change: 'relaxed', weakening: true }]
  },
  {
    name: 'allowed-severities: medium is moderate',
    base: audit('        expect: { allowed-severities: [moderate] }\n'),
    head: audit('        expect: { allowed-severities: [medium] }\n'),
    expected: []
  },
  {
    name: 'allowed-severities narrowed',
    base: audit('        expect: { allowed-severities: [low, high] }\n'),
    head: audit('        expect: { allowed-severities: [low] }\n'),
    expected: [{ key: 'allowed-severities', change: 'tightened', weakening: false }]
  },
  // Unset max-warnings is 0 for clippy but unlimited for audits: which one applies is not known here.
  {
    name: 'max-warnings set from unset: unsure, so weakening',
    base: audit(),
    head: audit('        expect: { max-warnings: 5 }\n'),
    expected: [{ key: 'max-warnings', change: 'changed', weakening: true }]
  },
  {
    name: 'max-warnings set to 0 from unset tightens either way',
    base: audit(),
    head: audit('        expect: { max-warnings: 0 }\n'),
    expected: [{ key: 'max-warnings', change: 'tightened', weakening: false }]
  },
  { name: 'max-warnings removed', base: audit('        expect: { max-warnings: 0 }\n'), head: audit(), expected: [{ key: 'max-warnings', change: 'relaxed', weakening: true }] },
  {
    name: 'parser changed to exit-code',
    base: tests(),
    head: tests('        parser: exit-code\n'),
    expected: [{ kind: 'parser', before: 'detected from the command', after: 'exit-code', weakening: true }]
  },
  {
    name: 'working-directory changed',
    base: tests(),
    head: tests('        working-directory: empty\n'),
    expected: [{ kind: 'working-directory', before: '.', after: 'empty', weakening: true }]
  },
  {
    name: 'env changed: names only',
    base: tests(),
    head: tests('        env: { RUSTFLAGS: "--cfg skip_slow" }\n'),
    expected: [{ kind: 'env', key: 'RUSTFLAGS', before: 'none', after: 'RUSTFLAGS', weakening: true }]
  },
  {
    name: 'an env variable named __proto__ is compared as a name',
    base: tests(),
    head: tests('        env: { __proto__: "x" }\n'),
    expected: [{ kind: 'env', key: '__proto__', weakening: true }]
  },
  {
    name: 'timeout lowered: an error, never a pass',
    base: tests(),
    head: tests('        timeout-minutes: 1\n'),
    expected: [{ kind: 'timeout', change: 'lowered', before: '15 min', after: '1 min', weakening: false }]
  },
  { name: 'timeout raised', base: tests(), head: tests('        timeout-minutes: 60\n'), expected: [{ kind: 'timeout', change: 'raised', weakening: false }] },
  {
    name: 'needs removed',
    base: audit() + tests('        needs: [audit]\n'),
    head: audit() + tests(),
    expected: [{ itemId: 'tests', kind: 'needs', change: 'removed', weakening: true }]
  },
  {
    name: 'needs added, even one that can never pass, is no weakening',
    base: audit() + tests(),
    head: audit('        severity: info\n') + tests('        needs: [audit]\n'),
    expected: [
      { itemId: 'audit', kind: 'severity', change: 'lowered', weakening: true },
      { itemId: 'tests', kind: 'needs', change: 'added', weakening: false }
    ]
  },
  {
    name: 'command turned manual',
    base: tests(),
    head: `      - id: tests\n        title: Unit tests\n        manual: true\n`,
    expected: [{ kind: 'kind', change: 'turned from a command into a manual sign-off', before: 'the command cargo test', after: 'a manual sign-off', weakening: true }]
  },
  {
    name: 'command turned into an evidence file',
    base: tests(),
    head: `      - id: tests\n        title: Unit tests\n        file: test-report.txt\n`,
    expected: [{ kind: 'kind', weakening: true }]
  },
  {
    name: 'evidence file path changed',
    base: `      - id: notes\n        title: Notes\n        file: RELEASE.md\n`,
    head: `      - id: notes\n        title: Notes\n        file: README.md\n`,
    expected: [{ kind: 'file', before: 'RELEASE.md', after: 'README.md', weakening: true }]
  },
  {
    name: 'approvers added',
    base: review('        approvers: [alice]\n'),
    head: review('        approvers: [alice, mallory]\n'),
    expected: [{ kind: 'approvers', change: 'added', weakening: true }]
  },
  { name: 'approvers compared without case', base: review('        approvers: [alice]\n'), head: review('        approvers: [Alice]\n'), expected: [] },
  {
    name: 'approvers removed',
    base: review('        approvers: [alice, bob]\n'),
    head: review('        approvers: [alice]\n'),
    expected: [{ kind: 'approvers', change: 'removed', weakening: false }]
  },
  {
    name: 'every approver removed: anyone with write may sign',
    base: review('        approvers: [alice]\n'),
    head: review(),
    expected: [{ kind: 'approvers', after: 'anyone with write permission', weakening: true }]
  },
  {
    name: 'min-approvals lowered',
    base: review('        min-approvals: 2\n'),
    head: review(),
    expected: [{ kind: 'min-approvals', change: 'lowered', before: '2', after: '1', weakening: true }]
  },
  { name: 'min-approvals raised', base: review(), head: review('        min-approvals: 3\n'), expected: [{ kind: 'min-approvals', change: 'raised', weakening: false }] },
  { name: 'allow-author turned on', base: review(), head: review('        allow-author: true\n'), expected: [{ kind: 'allow-author', change: 'turned on', weakening: true }] },
  { name: 'allow-author turned off', base: review('        allow-author: true\n'), head: review(), expected: [{ kind: 'allow-author', change: 'turned off', weakening: false }] },
  {
    name: 'paths narrowed',
    base: review('        paths: ["db/**", "api/**"]\n'),
    head: review('        paths: ["db/**"]\n'),
    expected: [{ kind: 'paths', change: 'narrowed', weakening: true }]
  },
  {
    name: 'a path glob changed counts as narrowed',
    base: review('        paths: ["db/**"]\n'),
    head: review('        paths: ["db/migrations/*"]\n'),
    expected: [{ kind: 'paths', change: 'narrowed', weakening: true }]
  },
  { name: 'paths widened', base: review(), head: review('        paths: ["db/**"]\n'), expected: [{ kind: 'paths', change: 'widened', weakening: false }] },
  { name: 'the title a person signs changed', base: review(), head: review().replace('Security review', 'Glance at the README'), expected: [{ kind: 'title', weakening: true }] },
  { name: 'a command gate’s title changed: cosmetic', base: tests(), head: tests().replace('Unit tests', 'All tests'), expected: [] },
  {
    name: 'every change to an item that is info before and after is harmless',
    base: tests('        severity: info\n'),
    head: tests('        severity: info\n        parser: exit-code\n').replace('cargo test', '"true"'),
    expected: [
      { kind: 'run', weakening: false },
      { kind: 'parser', weakening: false }
    ]
  },
  {
    name: 'an info item made blocking with a new command: the base never decided on it, nothing is lost',
    base: tests('        severity: info\n'),
    head: tests('        parser: exit-code\n'),
    expected: [
      { kind: 'severity', change: 'raised', weakening: false },
      { kind: 'parser', weakening: false, why: 'the base checklist never decided on this info item, so nothing it proved is lost' }
    ]
  },
  {
    name: 'a gate made info with a new command: the lowered severity is the one weakening',
    base: tests(),
    head: tests('        severity: info\n        parser: exit-code\n'),
    expected: [
      { kind: 'severity', change: 'lowered', weakening: true },
      { kind: 'parser', weakening: false }
    ]
  },
  { name: 'removing an info item is harmless', base: audit() + tests('        severity: info\n'), head: audit(), expected: [{ kind: 'removed', weakening: false }] },
  {
    name: 'max-errors raised: lint errors tolerated',
    base: tests(),
    head: tests('        expect: { max-errors: 50 }\n'),
    expected: [{ kind: 'expect', key: 'max-errors', change: 'relaxed', before: 'unset (0)', after: '50', weakening: true }]
  },
  {
    name: 'max-errors lowered',
    base: tests('        expect: { max-errors: 5 }\n'),
    head: tests('        expect: { max-errors: 0 }\n'),
    expected: [{ key: 'max-errors', change: 'tightened', weakening: false }]
  },
  {
    name: 'junit reports narrowed: the counts come from fewer files',
    base: tests('        junit: reports/*.xml\n'),
    head: tests('        junit: reports/unit.xml\n'),
    expected: [{ kind: 'junit', change: 'changed', before: 'reports/*.xml', after: 'reports/unit.xml', weakening: true }]
  },
  {
    name: 'junit reports added: they decide instead of the printed counts',
    base: tests(),
    head: tests('        junit: reports/*.xml\n'),
    expected: [{ kind: 'junit', before: 'none (the printed output)', after: 'reports/*.xml', weakening: true }]
  },
  {
    name: "a new item in a blocking gate's alternative group weakens it: the gate passes when the new item does",
    base: tests('        any-of: unit\n') + review('        any-of: unit\n'),
    head: tests('        any-of: unit\n') + review('        any-of: unit\n') + audit('        any-of: unit\n'),
    expected: [{ itemId: 'audit', kind: 'added', weakening: true }]
  },
  {
    name: 'a new item in a group of info items only adds a way to fail',
    base: tests('        severity: info\n        any-of: unit\n') + review('        severity: info\n        any-of: unit\n'),
    head: tests('        severity: info\n        any-of: unit\n') + review('        severity: info\n        any-of: unit\n') + audit('        any-of: unit\n'),
    expected: [{ itemId: 'audit', kind: 'added', weakening: false }]
  },
  {
    name: "an info item that joins a blocking gate's group weakens the gate",
    base: tests('        any-of: unit\n') + review('        any-of: unit\n') + audit('        severity: info\n'),
    head: tests('        any-of: unit\n') + review('        any-of: unit\n') + audit('        severity: info\n        any-of: unit\n'),
    expected: [{ itemId: 'audit', kind: 'any-of', change: 'joined an alternative group', weakening: true }]
  },
  {
    name: 'the command of an info alternative changed: the blocking gate it stands in for gets easier',
    base: tests('        any-of: unit\n') + audit('        severity: info\n        any-of: unit\n'),
    head: tests('        any-of: unit\n') + audit('        severity: info\n        any-of: unit\n').replace('npm audit --json', '"true"'),
    expected: [{ itemId: 'audit', kind: 'run', weakening: true }]
  }
]

describe('diffChecklists', () => {
  it.each(cases)('$name', ({ base, head, expected }) => {
    const changes = diffChecklists(yaml(base), yaml(head))
    expect(changes).toHaveLength(expected.length)
    expected.forEach((fields, index) => expect(changes[index]).toMatchObject(fields))
    // Every change says why it does or does not weaken the checklist.
    for (const change of changes) expect(change.why).toMatch(/\w{3}/)
    expect(hasWeakening(changes)).toBe(expected.some((fields) => fields.weakening))
  })

  it('an any-of written once on a section weakens each gate it joins, as on the items', () => {
    const section = (extra: string) => parseYamlChecklist(`version: 1\nsections:\n  - title: Gates\n${extra}    items:\n${tests()}${review()}`, '.github/go-no-go.yml')
    const changes = diffChecklists(section(''), section('    any-of: checks\n'))
    expect(changes.map((change) => [change.itemId, change.kind, change.change, change.weakening])).toEqual([
      ['tests', 'any-of', 'joined an alternative group', true],
      ['review', 'any-of', 'joined an alternative group', true]
    ])
  })

  it('compares values as the gate uses them: defaults.working-directory moves every gate', () => {
    const base = yaml(tests() + audit())
    const head = yaml(tests() + audit(), 'defaults:\n  working-directory: vendor/empty\n')
    expect(diffChecklists(base, head).map((change) => [change.itemId, change.kind, change.weakening])).toEqual([
      ['tests', 'working-directory', true],
      ['audit', 'working-directory', true]
    ])
  })

  it('moving an item to another section is shown; in Markdown the severity that follows is a weakening of its own', () => {
    const base = parseMarkdownChecklist('# Release\n## Critical\n- [ ] Database backup verified\n## Later\n', 'RELEASE.md')
    const head = parseMarkdownChecklist('# Release\n## Critical\n## Optional\n- [ ] Database backup verified\n', 'RELEASE.md')
    const changes = diffChecklists(base, head)
    expect(changes.map((change) => [change.kind, change.change, change.weakening])).toEqual([
      ['severity', 'lowered', true],
      ['section', 'moved', false]
    ])
  })

  it('a tick added to a Markdown checklist weakens it; one removed does not', () => {
    const base = parseMarkdownChecklist('# Release\n- [ ] Rollback plan written\n- [x] Changelog updated\n', 'RELEASE.md')
    const head = parseMarkdownChecklist('# Release\n- [x] Rollback plan written\n- [ ] Changelog updated\n', 'RELEASE.md')
    expect(diffChecklists(base, head).map((change) => [change.itemId, change.kind, change.change, change.weakening])).toEqual([
      ['rollback-plan-written', 'tick', 'added', true],
      ['changelog-updated', 'tick', 'removed', false]
    ])
  })

  it('a Markdown box added under a pick-one heading or after an OR stands in for the gates already there', () => {
    const pickBase = parseMarkdownChecklist('# Release\n### Deployment Type\n- [ ] Tests pass: `cargo test`\n- [ ] Manual QA done\n', 'RELEASE.md')
    const pickHead = parseMarkdownChecklist('# Release\n### Deployment Type\n- [ ] Tests pass: `cargo test`\n- [ ] Manual QA done\n- [ ] Lint: `cargo fmt --check`\n', 'RELEASE.md')
    expect(diffChecklists(pickBase, pickHead).map((change) => [change.itemId, change.kind, change.weakening])).toEqual([['lint-cargo-fmt-check', 'added', true]])
    const orBase = parseMarkdownChecklist('# Release\n- [ ] Tests pass: `cargo test` OR\n- [ ] QA signed the release\n', 'RELEASE.md')
    const orHead = parseMarkdownChecklist('# Release\n- [ ] Tests pass: `cargo test` OR\n- [ ] QA signed the release OR\n- [ ] Formatting: `cargo fmt --check`\n', 'RELEASE.md')
    const [added] = diffChecklists(orBase, orHead)
    expect(added).toMatchObject({ kind: 'added', weakening: true })
    expect(added.why).toContain('`tests-pass-cargo-test`')
  })

  it('a Markdown command that is no longer on the allow-list turns the gate into a manual item', () => {
    const base = parseMarkdownChecklist('# Release\n- [ ] Tests pass: `cargo test`\n', 'RELEASE.md')
    const head = parseMarkdownChecklist('# Release\n- [x] Tests pass: `cargo test || true`\n', 'RELEASE.md')
    const changes = diffChecklists(base, head)
    expect(changes).toEqual([expect.objectContaining({ itemId: 'tests-pass-cargo-test', kind: 'removed', weakening: true }), expect.objectContaining({ kind: 'added' })])
  })

  it('a checklist that cannot be read at the base counts as weakened, with the reason', () => {
    const change = baseUnavailableChange('the checklist does not exist at the base commit')
    expect(change).toMatchObject({ kind: 'base-unavailable', weakening: true })
    expect(change.itemId).toBeUndefined()
  })

  it('stays linear on a large checklist', () => {
    const template = yaml(tests())
    const gate = template.sections[0].items[0]
    const many = (flag: string): Checklist => ({
      ...template,
      sections: [
        { title: 'Gates', items: Array.from({ length: 20_000 }, (_, index) => ({ ...gate, id: `gate-${index}`, run: `cargo test --test ${flag}${index}` }) as ChecklistItem) }
      ]
    })
    const changes = diffChecklists(many('t'), many('u'))
    expect(changes).toHaveLength(20_000)
    expect(changes.every((change) => change.kind === 'run' && change.weakening)).toBe(true)
  })
})

describe('describeChange', () => {
  it.each([
    [{ kind: 'removed', change: 'removed', before: 'the command cargo test' }, 'removed'],
    [{ kind: 'severity', change: 'lowered', before: 'blocking', after: 'warning' }, 'severity lowered (blocking → warning)'],
    [{ kind: 'expect', key: 'pass-rate', change: 'relaxed', before: '100', after: '90' }, 'expect `pass-rate` relaxed (100 → 90)'],
    [{ kind: 'allow-author', change: 'turned on', before: 'false', after: 'true' }, 'allow-author turned on (false → true)']
  ] as Array<[ChecklistChange, string]>)('%o reads "%s"', (change, text) => {
    expect(describeChange({ ...change, weakening: true, why: 'x' })).toBe(text)
  })
})
