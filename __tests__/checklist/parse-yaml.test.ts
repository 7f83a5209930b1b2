/** The checklist format: valid files become typed checklists; every broken one names file, line and key. */
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { allItems, ChecklistError, type ChecklistProblem, type CommandItem, type ManualItem } from '../../src/checklist/types.js'
import { expectLinearGrowth } from '../helpers/growth.js'

const FILE = '.github/go-no-go.yml'

function refusalOf(text: string): ChecklistError {
  try {
    parseYamlChecklist(text, FILE)
  } catch (error) {
    if (error instanceof ChecklistError) return error
    throw error
  }
  throw new Error('expected the checklist to be refused')
}

const problemsOf = (text: string): ChecklistProblem[] => refusalOf(text).problems

const valid = `version: 1
title: Release readiness
defaults:
  timeout-minutes: 15
  working-directory: services/api
sections:
  - title: Code quality
    items:
      - id: fmt
        title: Formatting is clean
        run: cargo fmt --all -- --check
      - id: tests
        title: Unit tests pass
        run: cargo test --workspace
        needs: [fmt]
        timeout-minutes: 0.5
        env:
          RUST_LOG: debug
          THREADS: 4
          VERBOSE: true
        expect:
          pass-rate: 95
  - title: Operations
    items:
      - id: rollback
        title: Rollback runbook exists
        file: docs/ROLLBACK.md
      - id: security-signoff
        title: Security sign-off
        manual: true
        severity: warning
        approvers: [alice, team:octo-org/security]
`

/** A one-section checklist around the given item lines (indented as items). */
function withItems(...items: string[]): string {
  return `version: 1\nsections:\n  - title: S\n    items:\n${items.join('')}`
}

describe('parseYamlChecklist: valid files', () => {
  it('turns a valid file into a typed checklist with defaults applied', () => {
    const checklist = parseYamlChecklist(valid, FILE)
    expect(checklist).toMatchObject({ title: 'Release readiness', path: FILE, format: 'yaml' })
    expect(checklist.sections.map((section) => section.items.map((item) => `${item.kind}:${item.id}`))).toEqual([
      ['command:fmt', 'command:tests'],
      ['file:rollback', 'manual:security-signoff']
    ])
    const [fmt, tests] = checklist.sections[0].items as CommandItem[]
    expect(fmt).toEqual({
      kind: 'command',
      id: 'fmt',
      title: 'Formatting is clean',
      section: 'Code quality',
      severity: 'blocking',
      run: 'cargo fmt --all -- --check',
      timeoutMs: 900_000,
      workingDirectory: 'services/api',
      env: {},
      needs: [],
      expect: {},
      source: { file: FILE, line: 9 }
    })
    expect(tests).toMatchObject({ timeoutMs: 30_000, needs: ['fmt'], env: { RUST_LOG: 'debug', THREADS: '4', VERBOSE: 'true' }, expect: { passRate: 95 }, source: { line: 12 } })
    expect(checklist.sections[1].items[0]).toMatchObject({ kind: 'file', path: 'docs/ROLLBACK.md', severity: 'blocking', section: 'Operations' })
    expect(checklist.sections[1].items[1]).toEqual({
      kind: 'manual',
      id: 'security-signoff',
      title: 'Security sign-off',
      section: 'Operations',
      severity: 'warning',
      signedOff: false,
      approvers: ['alice', 'team:octo-org/security'],
      minApprovals: 1,
      allowAuthor: false,
      paths: [],
      needs: [],
      source: { file: FILE, line: 28 }
    })
  })

  it('uses 15 minutes, the workspace root and a default title when the file sets none', () => {
    const checklist = parseYamlChecklist(withItems('      - { id: a, title: A, run: "true" }\n'), FILE)
    expect(checklist.title).toBe('Go/No-Go')
    expect(allItems(checklist)[0]).toMatchObject({ timeoutMs: 15 * 60_000, workingDirectory: '.' })
  })

  it('reads every expectation, manual option and severity', () => {
    const checklist = parseYamlChecklist(
      withItems(
        '      - id: audit\n        title: Audit\n        run: npm audit --json\n        severity: info\n        parser: npm-audit\n',
        '        expect: { max-failures: 2, min-tests: 0, max-warnings: 3, max-vulnerabilities: 1, allowed-severities: [low, moderate] }\n',
        '      - id: ok\n        title: Ops sign-off\n        manual: true\n        min-approvals: 2\n        allow-author: true\n        paths: ["deploy/**"]\n        needs: [audit]\n'
      ),
      FILE
    )
    const [audit, ok] = allItems(checklist) as [CommandItem, ManualItem]
    expect(audit).toMatchObject({
      severity: 'info',
      parser: 'npm-audit',
      expect: { maxFailures: 2, minTests: 0, maxWarnings: 3, maxVulnerabilities: 1, allowedSeverities: ['low', 'moderate'] }
    })
    expect(ok).toMatchObject({ minApprovals: 2, allowAuthor: true, paths: ['deploy/**'], needs: ['audit'] })
  })

  it('keeps a tiny timeout above zero, so it can never read as "no timeout"', () => {
    const item = allItems(parseYamlChecklist(withItems('      - { id: a, title: A, run: "true", timeout-minutes: 0.000001 }\n'), FILE))[0] as CommandItem
    expect(item.timeoutMs).toBe(1)
  })

  it('reads "no" and "off" as text (YAML 1.2), never as false', () => {
    const checklist = parseYamlChecklist(withItems('      - { id: a, title: no, run: "true", env: { DEBUG: off } }\n'), FILE)
    expect(allItems(checklist)[0]).toMatchObject({ title: 'no', env: { DEBUG: 'off' } })
  })

  it('collapses a folded or padded title to one line', () => {
    const checklist = parseYamlChecklist(withItems('      - id: a\n        title: >\n          A long\n          title\n        run: "true"\n'), FILE)
    expect(allItems(checklist)[0].title).toBe('A long title')
  })

  it('accepts `!!str`, a tag that changes nothing', () => {
    expect(allItems(parseYamlChecklist(withItems('      - { id: a, title: !!str 2024, run: "true" }\n'), FILE))[0].title).toBe('2024')
  })

  it.each([
    ['an empty file', ''],
    ['a file of comments', '# nothing yet\n'],
    ['an empty section list', 'version: 1\nsections: []\n'],
    ['a section without items', 'version: 1\nsections:\n  - title: Later\n    items: []\n']
  ])('accepts %s as a checklist without items: emptiness is the verdict’s business', (_name, text) => {
    expect(allItems(parseYamlChecklist(text, FILE))).toEqual([])
  })

  it('handles a long chain of needs without running out of stack', () => {
    // Each item needs the next, so a walk in file order goes the whole depth (a recursive one overflows near 6,000).
    const items = Array.from({ length: 10_000 }, (_, index) => `      - { id: i${index}, title: T, run: "true"${index < 9_999 ? `, needs: [i${index + 1}]` : ''} }\n`)
    expect(allItems(parseYamlChecklist(withItems(...items), FILE))).toHaveLength(10_000)
  })
})

describe('parseYamlChecklist: the shorthand an import writes', () => {
  const short = `version: 1
sections:
  - title: Readiness
    severity: warning
    items:
      - Runbook reviewed
      - { title: Dashboards reviewed, manual: true }
      - { id: dashboards-reviewed, title: Dashboards checked, severity: blocking, manual: true }
      - Runbook reviewed
`

  it('reads a plain line as a manual item, an id from the title where none is written, and the section severity as the default', () => {
    const items = allItems(parseYamlChecklist(short, FILE))
    // The explicit id is taken first; the titles that would give it get the next free one, in order.
    expect(items.map((item) => [item.id, item.kind, item.severity, item.source?.line])).toEqual([
      ['runbook-reviewed', 'manual', 'warning', 6],
      ['dashboards-reviewed-2', 'manual', 'warning', 7],
      ['dashboards-reviewed', 'manual', 'blocking', 8],
      ['runbook-reviewed-2', 'manual', 'warning', 9]
    ])
  })

  it('refuses a blank plain line and still names an explicit duplicate id', () => {
    expect(problemsOf(short.replace('      - Runbook reviewed\n', '      - " "\n')).map((problem) => problem.key)).toContain('sections[0].items[0]')
    expect(
      problemsOf(short.replace('title: Dashboards reviewed,', 'id: dashboards-reviewed, title: Dashboards reviewed,'))
        .map((problem) => problem.message)
        .join('\n')
    ).toMatch(/dashboards-reviewed/)
  })
})

describe('parseYamlChecklist: signed-off and pick-one sections', () => {
  it('reads signed-off: true as a sign-off recorded in the file, located on its own line for git blame', () => {
    const list = parseYamlChecklist(
      withItems(
        '      - { title: Changelog updated, manual: true, signed-off: true }\n',
        '      - title: Runbook reviewed\n        manual: true\n        signed-off: true\n',
        '      - Rollback plan written\n'
      ),
      FILE
    )
    expect(allItems(list).map((item) => [item.id, (item as ManualItem).signedOff, item.source?.line])).toEqual([
      ['changelog-updated', true, 5],
      ['runbook-reviewed', true, 8],
      ['rollback-plan-written', false, 9]
    ])
    expect((allItems(parseYamlChecklist(withItems('      - { title: A, manual: true, signed-off: false }\n'), FILE))[0] as ManualItem).signedOff).toBe(false)
  })

  it('refuses a signed-off whose value is on another line, one on a gate, and one with what a line cannot show', () => {
    const messages = (text: string) => problemsOf(text).map((problem) => `${problem.line} ${problem.key}: ${problem.message}`)
    expect(messages(withItems('      - title: A\n        manual: true\n        signed-off:\n          true\n'))).toEqual([
      '7 sections[0].items[0].signed-off: write `signed-off: true` on one line: git blame of that line says who signed off'
    ])
    expect(messages(withItems('      - { title: A, run: npm test, signed-off: true }\n')).join('\n')).toContain('"signed-off" applies only to manual items')
    for (const key of ['approvers: [alice]', 'min-approvals: 2', 'paths: ["db/**"]']) {
      expect(messages(withItems(`      - { title: A, manual: true, signed-off: true, ${key} }\n`))).toEqual([
        expect.stringContaining(`"signed-off" cannot be combined with "${key.split(':')[0]}"`)
      ])
    }
    // An empty approvers list (the import's placeholder) and one approval are what a tick is.
    expect(() => parseYamlChecklist(withItems('      - { title: A, manual: true, signed-off: true, approvers: [], min-approvals: 1 }\n'), FILE)).not.toThrow()
  })

  it('refuses a sign-off in a file with a lone carriage return, which git and YAML count as different lines', () => {
    // The comment hides the carriage return from YAML, so line 5 would be git's line 6.
    const text = `# note\rmore\n${withItems('      - { title: A, manual: true, signed-off: true }\n').replace('version: 1\n', '')}`.replace('# note', 'version: 1\n# note')
    expect(problemsOf(text).map((problem) => problem.message)).toEqual([expect.stringContaining('carriage return without a line feed (line 2)')])
    expect(() => parseYamlChecklist(text.replace('signed-off: true', 'signed-off: false'), FILE)).not.toThrow()
  })

  it('puts every item of a section with any-of in its group, unless the item names its own', () => {
    const text = `version: 1
sections:
  - title: Deployment type
    any-of: deployment-type
    items:
      - Single server
      - Kubernetes cluster
      - { title: Load balancer, any-of: lb, manual: true }
      - { title: No load balancer, any-of: lb, manual: true }
`
    expect(allItems(parseYamlChecklist(text, FILE)).map((item) => item.anyOf)).toEqual(['deployment-type', 'deployment-type', 'lb', 'lb'])
    const lone = problemsOf(text.replace('      - Kubernetes cluster\n', ''))
    expect(lone.map((problem) => [problem.line, problem.key, problem.message])).toEqual([
      [4, 'sections[0].any-of', 'any-of "deployment-type" has no other item; an alternative needs at least two']
    ])
  })
})

describe('parseYamlChecklist: broken files name file, line, column and key', () => {
  it('prints each problem as file:line:column (key `…`): message, in line order', () => {
    const error = refusalOf(valid.replace('run: cargo fmt --all -- --check', 'rn: cargo fmt --all -- --check'))
    expect(error.message.split('\n')).toEqual([
      '.github/go-no-go.yml:9:9 (key `sections[0].items[0]`): item "fmt" needs exactly one of run, file or manual: true',
      '.github/go-no-go.yml:11:9 (key `sections[0].items[0].rn`): unknown key "rn" (allowed: id, title, run, file, manual, severity, phase, any-of, timeout-minutes, working-directory, env, needs, parser, junit, expect, signed-off, approvers, min-approvals, allow-author, paths); did you mean "run"?'
    ])
  })

  it.each([
    ['a YAML syntax error', 'version: 1\nsections:\n  - title: [unclosed\n', 4, undefined, /YAML syntax error/],
    ['a tab used for indentation', 'version: 1\nsections:\n\t- title: S\n', 3, undefined, /YAML syntax error: Tabs are not allowed/],
    ['an unknown top-level key', `allow-empty: true\n${valid}`, 1, 'allow-empty', /unknown key "allow-empty" \(allowed: version, title, defaults, sections, rollback-if\)/],
    [
      'an unknown key in defaults',
      valid.replace('  timeout-minutes: 15', '  timeout: 15'),
      4,
      'defaults.timeout',
      /unknown key "timeout" \(allowed: timeout-minutes, working-directory\)/
    ],
    ['an unknown key in expect', valid.replace('pass-rate: 95', 'passrate: 95'), 22, 'sections[0].items[1].expect.passrate', /did you mean "pass-rate"\?/],
    [
      'a duplicate key',
      valid.replace('        title: Formatting is clean\n', '        title: Formatting is clean\n        title: Again\n'),
      11,
      'sections[0].items[0].title',
      /^duplicate key "title" \(first on line 10\)/
    ],
    [
      'a key written twice, once quoted',
      valid.replace('          RUST_LOG: debug\n', '          RUST_LOG: debug\n          "RUST_LOG": info\n'),
      19,
      'sections[0].items[1].env.RUST_LOG',
      /^duplicate key "RUST_LOG" \(first on line 18\)/
    ],
    [
      'keys 1 and "1", which become the same key',
      valid.replace('THREADS: 4', '1: a\n          "1": b'),
      20,
      'sections[0].items[1].env.1',
      /^duplicate key "1" \(first on line 19\)/
    ],
    ['a duplicate id', valid.replace('id: tests', 'id: fmt'), 12, 'sections[0].items[1].id', /duplicate id "fmt" \(first used on line 9\)/],
    [
      'an item without run, file or manual',
      withItems('      - id: lonely\n        title: Nothing to check\n'),
      5,
      'sections[0].items[0]',
      /^item "lonely" needs exactly one of run, file or manual: true$/
    ],
    [
      'an item with both run and file',
      withItems('      - id: both\n        title: Both\n        run: "true"\n        file: x\n'),
      5,
      'sections[0].items[0]',
      /item "both" has run and file; it needs exactly one/
    ],
    ['an item with run and manual', withItems('      - { id: both, title: Both, run: "true", manual: true }\n'), 5, 'sections[0].items[0]', /has run and manual/],
    ['manual: false', withItems('      - { id: m, title: M, manual: false }\n'), 5, 'sections[0].items[0].manual', /manual must be true/],
    // An item without an id gets its title's; without a title there is nothing to give it one.
    ['an item without an id or a title', withItems('      - { run: "true" }\n'), 5, 'sections[0].items[0].title', /is missing the required key "title"/],
    ['a section without items', 'version: 1\nsections:\n  - title: S\n', 3, 'sections[0].items', /is missing the required key "items"/],
    ['a missing version', 'sections: []\n', 1, 'version', /missing the required key "version"/],
    ['a wrong version', valid.replace('version: 1', 'version: 2'), 1, 'version', /^version must be 1$/],
    ['a timeout that is text', valid.replace('timeout-minutes: 0.5', 'timeout-minutes: ten'), 16, 'sections[0].items[1].timeout-minutes', /^must be a number, not text$/],
    ['a timeout of zero', valid.replace('timeout-minutes: 0.5', 'timeout-minutes: 0'), 16, 'sections[0].items[1].timeout-minutes', /must be > 0/],
    ['an endless timeout', valid.replace('timeout-minutes: 0.5', 'timeout-minutes: .inf'), 16, 'sections[0].items[1].timeout-minutes', /must be <= 360/],
    ['needs given as a string', valid.replace('needs: [fmt]', 'needs: fmt'), 15, 'sections[0].items[1].needs', /^must be a list, not text$/],
    ['a command that is a number', valid.replace('run: cargo test --workspace', 'run: 42'), 14, 'sections[0].items[1].run', /must be text, not the number 42; put it in quotes/],
    ['an env value that is a list', valid.replace('THREADS: 4', 'THREADS: [4]'), 19, 'sections[0].items[1].env.THREADS', /must be text or a number or a boolean, not a list/],
    [
      'an env name with a space',
      valid.replace('THREADS: 4', 'MY THREADS: 4'),
      19,
      'sections[0].items[1].env["MY THREADS"]',
      /"MY THREADS" is not a usable environment variable name/
    ],
    ['needs naming an unknown id', valid.replace('needs: [fmt]', 'needs: [lint]'), 15, 'sections[0].items[1].needs[0]', /^needs "lint", which is not an item id$/],
    ['needs that is not an id', valid.replace('needs: [fmt]', 'needs: [Fmt Step]'), 15, 'sections[0].items[1].needs[0]', /must be an item id/],
    ['an item that needs itself', valid.replace('needs: [fmt]', 'needs: [tests]'), 15, 'sections[0].items[1].needs[0]', /item "tests" needs itself/],
    [
      'an unknown parser',
      valid.replace('        needs: [fmt]\n', '        needs: [fmt]\n        parser: phpunit\n'),
      16,
      'sections[0].items[1].parser',
      /must be one of "cargo-test", "cargo-clippy"/
    ],
    ['an unknown severity', valid.replace('severity: warning', 'severity: critical'), 31, 'sections[1].items[1].severity', /must be one of "blocking", "warning", "info"/],
    ['a pass rate over 100', valid.replace('pass-rate: 95', 'pass-rate: 150'), 22, 'sections[0].items[1].expect.pass-rate', /must be <= 100/],
    [
      'a fractional failure count',
      valid.replace('pass-rate: 95', 'max-failures: 1.5'),
      22,
      'sections[0].items[1].expect.max-failures',
      /must be a whole number, not the number 1.5/
    ],
    [
      'an unknown audit severity',
      valid.replace('pass-rate: 95', 'allowed-severities: [severe]'),
      22,
      'sections[0].items[1].expect.allowed-severities[0]',
      /must be one of "info", "low"/
    ],
    ['zero approvals', valid.replace('severity: warning', 'min-approvals: 0'), 31, 'sections[1].items[1].min-approvals', /must be >= 1/],
    ['an id with capitals', valid.replace('id: fmt', 'id: Fmt'), 9, 'sections[0].items[0].id', /lower-case letters, digits/],
    ['a blank title', valid.replace('title: Formatting is clean', 'title: "  "'), 10, 'sections[0].items[0].title', /must not be blank/],
    ['an empty command', valid.replace('run: cargo fmt --all -- --check', 'run: ""'), 11, 'sections[0].items[0].run', /must not be empty/],
    [
      'a working directory outside the workspace',
      valid.replace('working-directory: services/api', 'working-directory: ../../etc'),
      5,
      'defaults.working-directory',
      /must be a path inside the workspace/
    ],
    ['an absolute evidence file', valid.replace('file: docs/ROLLBACK.md', 'file: /etc/passwd'), 27, 'sections[1].items[0].file', /must be a path inside the workspace/],
    [
      'a manual-only key on a command',
      withItems('      - { id: a, title: A, run: "true", approvers: [bob] }\n'),
      5,
      'sections[0].items[0].approvers',
      /^"approvers" applies only to manual items$/
    ],
    [
      'a command-only key on a manual item',
      withItems('      - { id: b, title: B, manual: true, expect: { pass-rate: 90 } }\n'),
      5,
      'sections[0].items[0].expect',
      /^"expect" applies only to items with run$/
    ],
    [
      'a __proto__ key smuggling a command in',
      withItems('      - id: a\n        title: A\n        __proto__: { run: "echo hi" }\n'),
      7,
      'sections[0].items[0].__proto__',
      /^unknown key "__proto__"/
    ],
    ['a list where the checklist should be', '- version: 1\n', 1, undefined, /^the checklist must be a mapping, not a list$/],
    ['a second document', `${valid}---\nversion: 1\n`, 33, undefined, /single YAML document/]
  ])('refuses %s', (_name, text, line, key, message) => {
    const problems = problemsOf(text)
    const problem = problems.find((candidate) => message.test(candidate.message))
    if (!problem) throw new Error(`no problem matched ${message}; got:\n${refusalOf(text).message}`)
    expect(problem).toMatchObject({ file: FILE, line })
    expect(problem.column).toEqual(expect.any(Number))
    expect(problem.key).toBe(key)
  })

  it('reports every problem of the file at once, in line order', () => {
    const text = withItems(
      '      - { id: a, title: A, rn: "true" }\n',
      '      - { id: a, title: Again, run: "true", timeout-minutes: soon }\n',
      '      - { id: c, title: C, run: "true", needs: [missing] }\n'
    )
    expect(problemsOf(text).map((problem) => `${problem.line} ${problem.key}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^5 sections\[0\]\.items\[0\]: item "a" needs exactly one of run/),
      expect.stringMatching(/^5 sections\[0\]\.items\[0\]\.rn: unknown key "rn"/),
      expect.stringMatching(/^6 sections\[0\]\.items\[1\]\.id: duplicate id "a" \(first used on line 5\)/),
      expect.stringMatching(/^6 sections\[0\]\.items\[1\]\.timeout-minutes: must be a number, not text/),
      expect.stringMatching(/^7 sections\[0\]\.items\[2\]\.needs\[0\]: needs "missing", which is not an item id/)
    ])
  })

  it('names a needs cycle by the ids around it', () => {
    const text = withItems(
      '      - { id: a, title: A, run: "true", needs: [c] }\n',
      '      - { id: b, title: B, run: "true", needs: [a] }\n',
      '      - { id: c, title: C, run: "true", needs: [b] }\n',
      '      - { id: d, title: D, run: "true", needs: [a, b] }\n'
    )
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({ line: 5, key: 'sections[0].items[0].needs', message: 'needs form a cycle: a → c → b → a; no item in it could ever run' })
    ])
  })

  it('accepts needs that share a dependency (a diamond is not a cycle)', () => {
    const text = withItems(
      '      - { id: a, title: A, run: "true" }\n',
      '      - { id: b, title: B, run: "true", needs: [a] }\n',
      '      - { id: c, title: C, run: "true", needs: [a] }\n',
      '      - { id: d, title: D, run: "true", needs: [b, c] }\n'
    )
    expect(allItems(parseYamlChecklist(text, FILE))).toHaveLength(4)
  })
})

describe('parseYamlChecklist: hostile files', () => {
  it('refuses aliases: a billion-laughs file is rejected with one summarised list of problems', () => {
    const names = 'abcdefghij'
    const levels = [`${names[0]}: &${names[0]} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`]
    for (let index = 1; index < 10; index++)
      levels.push(
        `${names[index]}: &${names[index]} [${Array(9)
          .fill(`*${names[index - 1]}`)
          .join(',')}]`
      )
    const error = refusalOf(levels.join('\n'))
    expect(error.problems[0]).toMatchObject({ line: 1, key: 'a', message: expect.stringMatching(/anchors/) })
    expect(error.message).toMatch(/YAML aliases \(`\*name`\) are not allowed in a checklist/)
    // 10 anchors and 81 aliases: summarised, not 91 lines in the job summary.
    expect(error.problems.length).toBeLessThanOrEqual(25)
    expect(error.problems.at(-1)?.message).toMatch(/…and \d+ more problems/)
  })

  it('refuses a single anchor or alias, even where it would be harmless', () => {
    expect(problemsOf(withItems('      - { id: a, title: &t A, run: "true" }\n'))[0]).toMatchObject({
      line: 5,
      key: 'sections[0].items[0].title',
      message: expect.stringMatching(/anchors/)
    })
  })

  it.each([
    ['100,000 unclosed brackets', 100_000, (depth: number) => `version: 1\nsections: ${'['.repeat(depth)}`],
    ['100,000 closed brackets', 100_000, (depth: number) => `version: 1\nsections: ${'['.repeat(depth)}${']'.repeat(depth)}\n`],
    ['20,000 nested mappings', 20_000, (depth: number) => `version: 1\nsections: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`]
  ])('refuses %s with one clear message instead of crashing, in time linear in the depth', (_name, depth, text) => {
    const problems = problemsOf(text(depth))
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: expect.any(Number), message: expect.stringMatching(/nested too deeply/) })])
    expectLinearGrowth({ input: text, work: problemsOf, size: 4_000, factor: 4 })
  })

  it.each([
    ['accepts', 'run'],
    ['refuses', 'rn']
  ])('%s a 1 MiB checklist of 12,000 items in time linear in its size, reporting a readable number of problems', (_verb, key) => {
    let text = 'version: 1\nsections:\n  - title: S\n    items:\n'
    for (let index = 0; text.length < 1000 * 1024; index++) text += `      - { id: item-${index}, title: Item ${index}, ${key}: "echo ${index}", timeout-minutes: 1 }\n`
    if (key === 'run') expect(allItems(parseYamlChecklist(text, FILE)).length).toBeGreaterThan(12_000)
    else {
      const problems = problemsOf(text)
      expect(problems).toHaveLength(25)
      expect(problems.at(-1)?.message).toBe('…and more problems; checking stopped after these')
    }
    const items = (count: number) => text.split('\n', count + 4).join('\n')
    expectLinearGrowth({ input: items, work: (part) => (key === 'run' ? parseYamlChecklist(part, FILE) : problemsOf(part)), size: 1_000, factor: 8 })
  })

  it('refuses a 10 MB text by its size, before parsing it', () => {
    expect(problemsOf(`version: 1\nsections: ${'['.repeat(10 * 1024 * 1024)}`)).toEqual([{ file: FILE, message: 'the checklist is larger than 1048576 bytes; it was not read' }])
  })

  it('counts the limit in UTF-8 bytes, not characters', () => {
    expect(() => parseYamlChecklist(`# ${'é'.repeat(600)}\nversion: 1\nsections: []\n`, FILE, { maxBytes: 1000 })).toThrow(/larger than 1000 bytes/)
    expect(parseYamlChecklist(`# ${'e'.repeat(600)}\nversion: 1\nsections: []\n`, FILE, { maxBytes: 1000 }).sections).toEqual([])
  })

  it('refuses a %YAML 1.1 directive, which would turn "no" into false', () => {
    expect(problemsOf(`%YAML 1.1\n---\n${valid}`)).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/go-no-go reads YAML 1\.2 only \(a %YAML 1\.1 directive would turn `no` and `off` into false\)/) })
    ])
  })

  it('refuses %TAG directives and tags that build other types', () => {
    expect(problemsOf(`%TAG !e! tag:example.com,2000:\n---\n${valid}`)[0].message).toMatch(/%TAG directives are not allowed/)
    expect(problemsOf(valid.replace('run: cargo test --workspace', 'run: !!binary aGVsbG8='))[0]).toMatchObject({
      line: 14,
      key: 'sections[0].items[1].run',
      message: expect.stringMatching(/YAML tags/)
    })
    expect(problemsOf(valid.replace('title: Release readiness', 'title: !custom Release'))[0]).toMatchObject({ line: 2, message: expect.stringMatching(/YAML tags/) })
  })

  it('refuses control characters, raw or escaped, without printing them', () => {
    const raw = refusalOf(valid.replace('title: Formatting is clean', 'title: Formatting \u001b[2J is clean'))
    expect(raw.problems).toEqual([expect.objectContaining({ line: 10, column: 27, message: expect.stringMatching(/control character U\+001B is not allowed/) })])
    const escaped = refusalOf(valid.replace('title: Formatting is clean', 'title: "Formatting \\e[2J is clean"'))
    expect(escaped.problems).toEqual([expect.objectContaining({ line: 10, key: 'sections[0].items[0].title', message: expect.stringMatching(/U\+001B/) })])
    expect(raw.message + escaped.message).not.toContain('\u001b')
  })

  it('never copies values from the file into a message', () => {
    const secret = 'hunter2-super-secret-value'
    const texts = [
      `version: 1\nsections:\n  - title: "${secret}\n`,
      valid.replace('timeout-minutes: 0.5', `timeout-minutes: ${secret}`),
      valid.replace('needs: [fmt]', `needs: ${secret}`),
      valid.replace('version: 1', `version: ${secret}`),
      `${secret}\n`
    ]
    for (const text of texts) expect(refusalOf(text).message).not.toContain('hunter2')
  })
})
