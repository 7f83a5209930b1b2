/** The checklist format: valid files become typed checklists; every broken one names file, line and key. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { CHECKLIST_SCHEMA } from '../../src/checklist/schema.js'
import { ChecklistError, type ChecklistProblem } from '../../src/checklist/types.js'
import { REPO_ROOT } from '../helpers/run-action.js'

const FILE = '.github/go-no-go.yml'

function problemsOf(text: string): ChecklistProblem[] {
  try {
    parseYamlChecklist(text, FILE)
  } catch (error) {
    if (error instanceof ChecklistError) return error.problems
    throw error
  }
  throw new Error('expected the checklist to be refused')
}

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

describe('parseYamlChecklist', () => {
  it('turns a valid file into a typed checklist with defaults applied', () => {
    const checklist = parseYamlChecklist(valid, FILE)
    expect(checklist.title).toBe('Release readiness')
    expect(checklist.sections.map((section) => section.items.map((item) => `${item.kind}:${item.id}`))).toEqual([
      ['command:fmt', 'command:tests'],
      ['file:rollback', 'manual:security-signoff']
    ])
    const [fmt, tests] = checklist.sections[0].items
    expect(fmt).toMatchObject({ timeoutMs: 900_000, workingDirectory: 'services/api', severity: 'blocking', source: { file: FILE } })
    expect(tests).toMatchObject({ timeoutMs: 30_000, needs: ['fmt'], env: { RUST_LOG: 'debug', THREADS: '4', VERBOSE: 'true' }, expect: { passRate: 95 } })
    expect(checklist.sections[1].items[1]).toMatchObject({ severity: 'warning', approvers: ['alice', 'team:octo-org/security'], signedOff: false })
  })

  it.each([
    ['a YAML syntax error', 'version: 1\nsections:\n  - title: [unclosed\n', 4, undefined, /YAML syntax error/],
    ['an unknown key (a typo)', valid.replace('run: cargo fmt --all -- --check', 'rn: cargo fmt --all -- --check'), 11, 'sections[0].items[0].rn', /unknown key "rn" \(allowed: id, title, run, file, manual/],
    ['a duplicate key', valid.replace('        title: Formatting is clean\n', '        title: Formatting is clean\n        title: Again\n'), 11, undefined, /duplicate key/],
    ['a duplicate id', valid.replace('id: tests', 'id: fmt'), 12, 'sections[0].items[1].id', /duplicate id "fmt" \(first used on line 9\)/],
    ['an item without run, file or manual', 'version: 1\nsections:\n  - title: S\n    items:\n      - id: lonely\n        title: Nothing to check\n', 5, 'sections[0].items[0]', /item "lonely" needs exactly one of run, file or manual: true/],
    ['an item with both run and file', 'version: 1\nsections:\n  - title: S\n    items:\n      - id: both\n        title: Both\n        run: "true"\n        file: x\n', 5, 'sections[0].items[0]', /has run and file/],
    ['a timeout that is text', valid.replace('timeout-minutes: 0.5', 'timeout-minutes: ten'), 16, 'sections[0].items[1].timeout-minutes', /must be a number, not string "ten"/],
    ['needs given as a string', valid.replace('needs: [fmt]', 'needs: fmt'), 15, 'sections[0].items[1].needs', /must be a list/],
    ['needs naming an unknown id', valid.replace('needs: [fmt]', 'needs: [lint]'), 15, 'sections[0].items[1].needs[0]', /needs "lint", which is not an item id/],
    ['an unknown parser', valid.replace('        needs: [fmt]\n', '        needs: [fmt]\n        parser: pytest\n'), 16, 'sections[0].items[1].parser', /must be one of "cargo-test"/],
    ['a wrong version', valid.replace('version: 1', 'version: 2'), 1, 'version', /version must be 1/],
    ['a pass rate over 100', valid.replace('pass-rate: 95', 'pass-rate: 150'), 22, 'sections[0].items[1].expect.pass-rate', /must be <= 100/]
  ])('refuses %s, naming the line and key', (_name, text, line, key, message) => {
    const problems = problemsOf(text)
    const problem = problems.find((candidate) => message.test(candidate.message))
    expect(problem).toBeDefined()
    expect(problem).toMatchObject({ file: FILE, line })
    if (key) expect(problem?.key).toBe(key)
  })

  it('reports a needs cycle with the ids around it', () => {
    const text = `version: 1
sections:
  - title: S
    items:
      - { id: a, title: A, run: "true", needs: [c] }
      - { id: b, title: B, run: "true", needs: [a] }
      - { id: c, title: C, run: "true", needs: [b] }
`
    expect(problemsOf(text).map((problem) => problem.message)).toEqual([expect.stringMatching(/needs form a cycle: a → c → b → a/)])
  })

  it('refuses manual-only keys on a command and command-only keys on a manual item', () => {
    const text = `version: 1
sections:
  - title: S
    items:
      - { id: a, title: A, run: "true", approvers: [bob] }
      - { id: b, title: B, manual: true, expect: { pass-rate: 90 } }
`
    expect(problemsOf(text).map((problem) => problem.message)).toEqual(['"approvers" applies only to manual items', '"expect" applies only to items with run'])
  })

  it('refuses aliases fast: a billion-laughs file is rejected in well under a second', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let index = 1; index < 10; index++) levels.push(`${String.fromCharCode(97 + index)}: &${String.fromCharCode(97 + index)} [${Array(9).fill(`*${String.fromCharCode(96 + index)}`).join(',')}]`)
    const started = Date.now()
    const problems = problemsOf(levels.join('\n'))
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(problems[0].message).toMatch(/anchors|aliases/)
  })

  it('refuses 100,000-deep nesting with a clear message instead of crashing', () => {
    const problems = problemsOf(`version: 1\nsections: ${'['.repeat(100_000)}`)
    expect(problems[0].message).toMatch(/nested too deeply|syntax error/)
  })

  it('refuses a %YAML 1.1 directive, which would turn "no" into false', () => {
    expect(problemsOf(`%YAML 1.1\n---\n${valid}`)[0]).toMatchObject({ line: 1, message: expect.stringMatching(/YAML 1\.2 only/) })
  })

  it('reads "no" and "off" as text (YAML 1.2), never as false', () => {
    const checklist = parseYamlChecklist(valid.replace('title: Formatting is clean', 'title: no'), FILE)
    expect(checklist.sections[0].items[0].title).toBe('no')
  })

  it('refuses text over 1 MiB before parsing it', () => {
    expect(problemsOf(`# ${'x'.repeat(1024 * 1024)}\n`)[0].message).toMatch(/larger than 1048576 bytes/)
  })

  it('accepts an empty section list: emptiness is the verdict’s business (NO-GO), not a syntax error', () => {
    expect(parseYamlChecklist('version: 1\nsections: []\n', FILE).sections).toEqual([])
  })

  it('names an empty file', () => {
    expect(problemsOf('')[0].message).toMatch(/empty/)
  })

  it('never copies source text into a message', () => {
    const secret = 'hunter2-super-secret-value'
    const problems = problemsOf(`version: 1\nsections:\n  - title: "${secret}\n`)
    expect(JSON.stringify(problems)).not.toContain(secret)
  })
})

describe('checklists/ in the repository', () => {
  it('schema.json is exactly the schema the code validates with', () => {
    const committed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'checklists', 'schema.json'), 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(CHECKLIST_SCHEMA)))
  })

  it.each(['rust.yml', 'node.yml', 'examples/rust-service/.github/go-no-go.yml'])('%s is a valid checklist', (file) => {
    const checklist = parseYamlChecklist(readFileSync(path.join(REPO_ROOT, 'checklists', file), 'utf8'), file)
    expect(checklist.sections.length).toBeGreaterThan(0)
  })
})
