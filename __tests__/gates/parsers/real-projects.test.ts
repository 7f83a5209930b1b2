/**
 * The parsers on output captured from real public projects (fixtures/outputs/real; README.md there
 * names each project, commit, command and injected defect), clean and broken, judged as a user
 * would see them: counts, failing names once each, where they failed, and the verdict.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { CommandItem, ParserName } from '../../../src/checklist/types.js'
import { evaluateGate } from '../../../src/gates/evaluate.js'
import type { ParsedOutput } from '../../../src/gates/types.js'
import { FIXTURES } from '../../helpers/run-action.js'
import { outcome, parseText } from './helpers.js'
import { readCapture } from './real-captures.js'

interface Capture {
  project: string
  commit: string
  command: string
  defect: string
  exitCode: number
  report?: string
}

const DIR = path.join(FIXTURES, 'outputs', 'real')
const captures = JSON.parse(readFileSync(path.join(DIR, 'captures.json'), 'utf8')) as Record<string, Capture>

/** Parses a capture the way the gate runner would have: the command says whether it was one run; a report file is read. */
function parse(parser: ParserName, id: string, singleRun = true): ParsedOutput {
  const capture = captures[id]
  if (!capture) throw new Error(`no capture ${id}`)
  const report = capture.report ? { text: readCapture(capture.report) } : undefined
  return parseText(parser, readCapture(`${id}.txt`), capture.exitCode, { singleRun, ...(report ? { report } : {}) })
}

function verdict(id: string, parsed: ParsedOutput) {
  const item: CommandItem = {
    kind: 'command',
    id,
    title: id,
    severity: 'blocking',
    section: 'S',
    run: captures[id].command,
    timeoutMs: 600_000,
    workingDirectory: '.',
    env: {},
    needs: [],
    expect: {}
  }
  return evaluateGate(item, outcome(captures[id].exitCode), parsed)
}

const names = (parsed: ParsedOutput) => (parsed.kind === 'tests' ? [...parsed.failingTests].sort() : [])

describe('every capture is documented', () => {
  it('names its project, commit, command and defect', () => {
    const readme = readFileSync(path.join(DIR, 'README.md'), 'utf8')
    for (const [id, capture] of Object.entries(captures)) {
      expect(capture).toMatchObject({
        project: expect.stringMatching(/^[\w.-]+\/[\w.-]+$/),
        commit: expect.stringMatching(/^[0-9a-f]{40}$/),
        command: expect.any(String),
        defect: expect.any(String)
      })
      expect(readme).toContain(`\`${id}\``)
    }
  })
})

describe('a Rust workspace (ferrous-systems/rust-exercises, 16 crates)', () => {
  it('clean: every binary and doc-test run summed', () => {
    expect(parse('cargo-test', 'ws-clean')).toEqual({ kind: 'tests', counts: { passed: 52, failed: 0, skipped: 0 }, failingTests: [], findings: [] })
  })

  it('a failing assertion: named once, where it failed', () => {
    const parsed = parse('cargo-test', 'ws-failing-assertion')
    expect(verdict('ws-failing-assertion', parsed)).toEqual({ status: 'fail', summary: '51/52 passed', reason: '1 failed: tests::add' })
    expect(parsed.findings).toEqual([expect.objectContaining({ code: 'tests::add', file: 'calculator/calc/src/lib.rs', line: 97 })])
  })

  it('a panic in a helper thread belongs to the test that spawned it', () => {
    const parsed = parse('cargo-test', 'ws-helper-thread-panic')
    expect(names(parsed)).toEqual(['injected::worker_thread_panics'])
    expect(parsed.findings).toEqual([
      expect.objectContaining({
        code: 'injected::worker_thread_panics',
        file: 'simple-db/step4c/src/lib.rs',
        line: 145,
        message: expect.stringContaining('worker could not parse')
      })
    ])
  })

  it.each([
    ['ws-doctest-2021', 'calculator/calc/src/lib.rs - eval (line 60)', 60],
    ['ws-doctest-2024', 'calculator/calc/src/lib.rs - eval (line 63)', 63]
  ])('%s: a failing doc test points at its doc comment', (id, name, line) => {
    const parsed = parse('cargo-test', id)
    expect(names(parsed)).toEqual([name])
    expect(parsed.findings).toEqual([expect.objectContaining({ file: 'calculator/calc/src/lib.rs', line, message: expect.stringContaining('doc example is wrong') })])
  })

  it('a test that calls process::exit(0): cargo exits 0, the run is incomplete', () => {
    const parsed = parse('cargo-test', 'ws-exit-early')
    expect(captures['ws-exit-early'].exitCode).toBe(0)
    expect(verdict('ws-exit-early', parsed)).toMatchObject({
      status: 'error',
      reason: expect.stringContaining('test binary shapes_part_1 (unittests src/lib.rs) printed `running 7 tests`')
    })
  })

  it('a #[should_panic] test that does not panic is named once, at the test', () => {
    const parsed = parse('cargo-test', 'ws-should-panic')
    expect(parsed).toMatchObject({ counts: { passed: 52, failed: 1 }, failingTests: ['injected::rejects_empty_sentence'] })
    expect(parsed.findings).toEqual([
      expect.objectContaining({ message: 'injected::rejects_empty_sentence did not panic as expected', file: 'rustlatin/step4/src/lib.rs', line: 63 })
    ])
  })

  it('forged `test result:` lines printed by a failing test never make it pass', () => {
    const judged = verdict('ws-forged-summary', parse('cargo-test', 'ws-forged-summary'))
    expect(judged.status).not.toBe('pass')
    expect(judged).toMatchObject({ status: 'error', reason: expect.stringContaining('a `test result:` line outside any test run') })
  })

  it('a compile error is a failure with the compiler’s message', () => {
    expect(verdict('ws-compile-error', parse('cargo-test', 'ws-compile-error'))).toEqual({
      status: 'fail',
      summary: 'failed',
      reason: 'does not compile: mismatched types at calculator/calc/src/lib.rs:61:23'
    })
  })

  it('clippy as published: 9 warnings, none counted twice across targets', () => {
    expect(parse('cargo-clippy', 'ws-clippy-clean')).toMatchObject({ counts: { warnings: 9, errors: 0 } })
  })

  it.each(['human', 'short', 'json'])('clippy --message-format=%s: the same 11 warnings, at the same places', (format) => {
    const parsed = parse('cargo-clippy', `ws-clippy-${format}`)
    expect(parsed).toMatchObject({ counts: { warnings: 11, errors: 0 } })
    expect(parsed.findings.map((finding) => `${finding.file}:${finding.line}`).sort()).toEqual(
      [
        'calculator/calc/src/lib.rs:61',
        'fizzbuzz/examples/fizzbuzz.rs:11',
        'fizzbuzz/examples/fizzbuzz.rs:13',
        'fizzbuzz/examples/fizzbuzz.rs:9',
        'fizzbuzz/examples/fizzbuzz_match.rs:10',
        'fizzbuzz/examples/fizzbuzz_match.rs:11',
        'fizzbuzz/examples/fizzbuzz_match.rs:9',
        'fizzbuzz/src/main.rs:2',
        'iterators/src/main.rs:11',
        'simple-db/step4b/src/lib.rs:30',
        'simple-db/step4c/src/lib.rs:34'
      ].sort()
    )
  })
})

describe('a crate whose tests run rustc (cuviper/autocfg)', () => {
  it('clean: the compiler errors its tests print are not a compile error', () => {
    const parsed = parse('cargo-test', 'autocfg-clean')
    expect(readCapture('autocfg-clean.txt')).toMatch(/^error\[E0425\]/m)
    expect(verdict('autocfg-clean', parsed)).toEqual({ status: 'pass', summary: '26/26 passed, 6 skipped' })
  })

  it('a failing assertion is named', () => {
    expect(verdict('autocfg-failing', parse('cargo-test', 'autocfg-failing'))).toMatchObject({ status: 'fail', reason: '1 failed: test_with_sysroot' })
  })
})

describe('a node --test project (jsdom/webidl-conversions, 6976 tests)', () => {
  it.each([
    ['node-test', 'wc-clean', true],
    ['npm-test', 'wc-clean-npm', false]
  ] as const)('%s %s: clean', (parser, id, single) => {
    expect(verdict(id, parse(parser, id, single))).toEqual({ status: 'pass', summary: '6976/6976 passed' })
  })

  it.each([
    ['node-test', 'wc-failing', true],
    ['npm-test', 'wc-failing-npm', false]
  ] as const)('%s %s: the failing test, not its suite, where it is', (parser, id, single) => {
    const parsed = parse(parser, id, single)
    expect(verdict(id, parsed)).toEqual({ status: 'fail', summary: '6975/6976 passed', reason: '1 failed: should return `false` for `null`' })
    expect(parsed.findings).toEqual([expect.objectContaining({ file: expect.stringMatching(/test\/boolean\.js$/), line: 15 })])
  })

  it('a test file with a syntax error fails the gate as a suite that did not run', () => {
    const parsed = parse('node-test', 'wc-load-error')
    expect(parsed).toMatchObject({
      failingTests: [],
      problem: { status: 'fail', message: expect.stringMatching(/^a test suite failed to run: .*any\.js: SyntaxError: Unexpected token ';'$/) }
    })
  })

  it('npm test linting first (Node 24): eslint’s “✖ 1 problem” is not a test name', () => {
    expect(readCapture('wc-lint-first-node24.txt')).toContain('✖ 1 problem (0 errors, 1 warning)')
    const parsed = parse('npm-test', 'wc-lint-first-node24', false)
    expect(verdict('wc-lint-first-node24', parsed)).toEqual({ status: 'fail', summary: '6975/6976 passed', reason: '1 failed: should return `false` for `null`' })
  })

  it('npm test where eslint’s error stops the script: a FAIL in eslint’s words', () => {
    expect(verdict('wc-lint-error-first', parse('npm-test', 'wc-lint-error-first', false))).toEqual({
      status: 'fail',
      summary: 'failed',
      reason: 'exited 1 before any test summary: eslint: ✖ 1 problem (1 error, 0 warnings)'
    })
  })
})

describe('a jest project (vercel/ms)', () => {
  it.each(['ms-clean', 'ms-clean-plain'])('%s: clean, from the report and from the printed summary', (id) => {
    expect(verdict(id, parse('jest', id))).toEqual({ status: 'pass', summary: '167/167 passed' })
  })

  it.each(['ms-failing', 'ms-failing-plain'])('%s: the failing test and its line', (id) => {
    const parsed = parse('jest', id)
    expect(verdict(id, parsed)).toEqual({ status: 'fail', summary: '166/167 passed', reason: '1 failed: ms(string) › should preserve ms' })
    expect(parsed.findings).toEqual([expect.objectContaining({ file: expect.stringMatching(/src\/index\.test\.ts$/), line: 12 })])
  })

  it('a suite that fails to load fails whatever pass-rate allows', () => {
    expect(parse('jest', 'ms-suite-load-error')).toMatchObject({
      counts: { passed: 139, failed: 0 },
      problem: { status: 'fail', message: "a test suite failed to run: Cannot find module './does-not-exist' from 'src/format.test.ts'" }
    })
  })

  it('a coverage threshold with every test passing: a FAIL with jest’s words, not “could not check”', () => {
    expect(verdict('ms-coverage-threshold', parse('jest', 'ms-coverage-threshold'))).toEqual({
      status: 'fail',
      summary: '167/167 passed',
      reason: 'exited 1 although all tests passed: Jest: "global" coverage threshold for statements (100%) not met: 98.43%'
    })
  })
})

describe('a mocha project (jshttp/http-errors)', () => {
  it('clean, with the pending test as skipped', () => {
    expect(verdict('he-clean', parse('mocha', 'he-clean'))).toEqual({ status: 'pass', summary: '52/52 passed, 1 skipped' })
  })

  it('two failing tests with their full titles and lines', () => {
    const parsed = parse('mocha', 'he-failing')
    expect(verdict('he-failing', parsed)).toMatchObject({ status: 'fail', summary: '50/52 passed, 1 skipped' })
    expect(names(parsed)).toEqual(['HTTP Errors createError(props)', 'HTTP Errors createError(status, props)'])
    expect(parsed.findings.map((finding) => finding.line).sort()).toEqual([228, 263])
  })

  it('a test file that cannot load', () => {
    expect(verdict('he-load-error', parse('mocha', 'he-load-error'))).toMatchObject({
      status: 'fail',
      reason: "a test suite failed to run: Error: Cannot find module './does-not-exist'"
    })
  })

  it('npm test whose linter crashes before mocha: no result, so an error', () => {
    expect(verdict('he-lint-first', parse('npm-test', 'he-lint-first', false))).toMatchObject({ status: 'error', summary: 'no summary' })
  })
})

describe('a vitest project (jshttp/cookie, 63740 tests)', () => {
  it('clean', () => {
    expect(verdict('cookie-clean', parse('vitest', 'cookie-clean'))).toEqual({ status: 'pass', summary: '63740/63740 passed' })
  })

  it.each(['cookie-failing', 'cookie-failing-json'])('%s: the failing test and its line, from the output and from the json reporter', (id) => {
    const parsed = parse('vitest', id)
    expect(verdict(id, parsed)).toEqual({ status: 'fail', summary: '63739/63740 passed', reason: '1 failed: cookie.parseCookie > should parse cookie string to object' })
    expect(parsed.findings).toEqual([expect.objectContaining({ file: expect.stringMatching(/src\/parse-cookie\.spec\.ts$/), line: 15 })])
  })

  it('a suite that fails to load', () => {
    expect(parse('vitest', 'cookie-suite-load-error')).toMatchObject({
      problem: { status: 'fail', message: expect.stringContaining("a test suite failed to run: src/stringify-cookie.spec.ts: Error: Cannot find module './does-not-exist.js'") }
    })
  })

  it('no test files: a FAIL in vitest’s words', () => {
    expect(verdict('cookie-no-tests', parse('vitest', 'cookie-no-tests'))).toEqual({
      status: 'fail',
      summary: '0/0 passed',
      reason: 'no tests ran: No test files found, exiting with code 1'
    })
  })

  it('a spec file with no tests in it: "No test suite found" fails the gate', () => {
    expect(parse('vitest', 'cookie-empty-suite')).toMatchObject({ problem: { status: 'fail', message: expect.stringContaining('No test suite found in file') } })
  })
})
