/**
 * Issue 8's rules, each proven on this project's own fixture crates and packages, run by the real
 * gate runner (so command adjustment and report files are in play): complete results or no result,
 * lines printed by tests are not results, names right and once.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CommandItem, Expectations } from '../../../src/checklist/types.js'
import { createGateRunner } from '../../../src/gates/gate-runner.js'
import type { GateResult } from '../../../src/gates/types.js'
import { CARGO_TARGET_DIR, FIXTURES } from '../../helpers/run-action.js'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-complete-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const runGate = createGateRunner({ workspace: FIXTURES, parentEnv: { ...process.env, CARGO_TARGET_DIR, CI: 'true' }, scratchDir: scratch, killGraceMs: 500 })
/** The repository's own installs of jest, vitest and mocha, run from a fixture package. */
const BIN = '../../../../node_modules/.bin'
let next = 0

function gate(workingDirectory: string, run: string, expect: Expectations = {}): CommandItem {
  const id = `gate-${next++}`
  return { kind: 'command', id, title: id, severity: 'blocking', section: 'S', run, timeoutMs: 180_000, workingDirectory, env: {}, needs: [], expect }
}

function failing(result: GateResult): string[] {
  return result.parsed?.kind === 'tests' ? [...result.parsed.failingTests].sort() : []
}

describe('cargo test: a run counts only when each binary closes its own frame', () => {
  it('a test calling process::exit(0) leaves its binary incomplete: an error naming it, though cargo exited 0', async () => {
    const result = await runGate(gate('rust/exits-early', 'cargo test'))
    expect(result.process?.exitCode).toBe(0)
    expect(result).toMatchObject({
      status: 'error',
      reason:
        'incomplete: test binary fixture_exits_early (unittests src/lib.rs) printed `running 2 tests` but never its `test result:` line (it exited early, e.g. process::exit, or crashed)'
    })
  })

  it('forged results, a nested run and compiler errors printed by passing tests are not results', async () => {
    const result = await runGate(gate('rust/prints-like-tools', 'cargo test'))
    expect(result).toMatchObject({ status: 'pass', summary: '3/3 passed' })
    expect(result.parsed?.findings).toEqual([])
  })

  it('names #[should_panic], a helper thread panic and a doc test once each, at the right places', async () => {
    const result = await runGate(gate('rust/named-failures', 'cargo test --no-fail-fast'))
    expect(result).toMatchObject({ status: 'fail', summary: '1/4 passed' })
    expect(failing(result)).toEqual(['src/lib.rs - half (line 3)', 'tests::rejects_odd_numbers', 'tests::worker_thread_fails'])
    const findings = result.parsed?.findings ?? []
    expect(findings).toHaveLength(3)
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'tests::rejects_odd_numbers',
          message: 'tests::rejects_odd_numbers did not panic as expected',
          file: 'rust/named-failures/src/lib.rs',
          line: 15
        }),
        // The worker thread's panic is the cause, not the join's unwrap in the test body.
        expect.objectContaining({
          code: 'tests::worker_thread_fails',
          message: expect.stringContaining('the worker could not parse'),
          file: 'rust/named-failures/src/lib.rs',
          line: 22
        }),
        expect.objectContaining({ code: 'src/lib.rs - half (line 3)', file: 'rust/named-failures/src/lib.rs', line: 3 })
      ])
    )
  })

  it('an edition-2024 merged doc test points at its doc comment, not at rustdoc’s bundle', async () => {
    const result = await runGate(gate('rust/doctest-2024', 'cargo test'))
    expect(result).toMatchObject({ status: 'fail', summary: '1/2 passed' })
    expect(failing(result)).toEqual(['src/lib.rs - square (line 12)'])
    expect(result.parsed?.findings).toEqual([
      expect.objectContaining({ file: 'rust/doctest-2024/src/lib.rs', line: 12, message: expect.stringContaining("the fixture's failing doc test") })
    ])
  })
})

describe('clippy: --message-format=short is not clean', () => {
  it('counts the warning in short format as in human format', async () => {
    for (const format of ['short', 'human']) {
      const result = await runGate(gate('rust/clippy-warning', `cargo clippy --all-targets --message-format=${format}`))
      expect(result).toMatchObject({ status: 'fail', summary: '1 warning', parsed: { findings: [expect.objectContaining({ file: 'rust/clippy-warning/src/lib.rs', line: 2 })] } })
    }
  })
})

describe('node --test', () => {
  it.each([
    ['node --test', 'run directly: read from go-no-go’s reporter file'],
    ['npm test', 'through npm: read from the TAP output']
  ])('%s names failing tests, not their suites or parents, and ignores summaries tests print (%s)', async (run) => {
    const result = await runGate(gate('node/node-forged', run))
    expect(result).toMatchObject({ status: 'fail', summary: '2/5 passed' })
    expect(failing(result)).toEqual(['child fails (fixture failure)', 'rounds half up (fixture failure)'])
  })

  it('a test file that does not load fails the gate whatever pass-rate allows', async () => {
    for (const run of ['node --test', 'npm test']) {
      const result = await runGate(gate('node/node-load-error', run, { passRate: 50 }))
      expect(result).toMatchObject({ status: 'fail', reason: expect.stringMatching(/^a test suite failed to run: .*broken\.test\.js/) })
    }
  })
})

describe('npm test that lints first', () => {
  it('an eslint error that stops the script is the stated cause of a FAIL, not "no summary"', async () => {
    expect(await runGate(gate('node/lint-first', 'npm test'))).toMatchObject({
      status: 'fail',
      reason: 'exited 1 before any test summary: eslint: ✖ 1 problem (1 error, 0 warnings)'
    })
  })

  it('eslint’s summary line is not a test name', async () => {
    const result = await runGate(gate('node/lint-warns', 'npm test'))
    expect(result).toMatchObject({ status: 'fail', summary: '1/2 passed', reason: '1 failed: rounds half up (fixture failure)' })
  })
})

describe('jest', () => {
  it.each([`${BIN}/jest`, 'npm test'])('%s: a suite that failed to run fails whatever pass-rate allows; a printed `Tests:` line is not counted', async (run) => {
    const result = await runGate(gate('node/jest-red', run, { passRate: 50 }))
    expect(result).toMatchObject({ status: 'fail', reason: expect.stringContaining("a test suite failed to run: Cannot find module './does-not-exist'") })
    expect(result.parsed).toMatchObject({ counts: { passed: 2, failed: 1, skipped: 0 }, failingTests: ['rounds half up (fixture failure)'] })
  })

  it('run directly, jest is asked for a JSON report in the gate’s own directory', async () => {
    const result = await runGate(gate('node/jest-red', `${BIN}/jest`, { passRate: 50 }))
    expect(result.process?.output.head).toContain(`Test results written to:`)
  })

  it.each([`${BIN}/jest`, 'npm test'])('%s: a coverage threshold with every test passing is a FAIL with jest’s own words', async (run) => {
    const result = await runGate(gate('node/jest-coverage', run))
    expect(result).toMatchObject({
      status: 'fail',
      summary: '1/1 passed',
      reason: expect.stringMatching(/^exited 1 although all tests passed: Jest: Coverage for functions \(50%\) does not meet/)
    })
  })
})

describe('vitest', () => {
  it.each(['npm test', `${BIN}/vitest run --reporter=dot`])('%s: failing names, a suite that did not load, and no forged counts', async (run) => {
    const result = await runGate(gate('node/vitest-red', run, { passRate: 50 }))
    expect(result).toMatchObject({ status: 'fail', reason: expect.stringMatching(/^a test suite failed to run: .*broken\.test\.js/) })
    expect(result.parsed).toMatchObject({ counts: { passed: 2, failed: 1, skipped: 0 }, failingTests: ['math > rounds half up (fixture failure)'] })
    expect(result.parsed?.findings).toEqual([expect.objectContaining({ file: 'node/vitest-red/math.test.js', line: 9 })])
  })

  it('no test files is a FAIL with vitest’s own words', async () => {
    expect(await runGate(gate('node/vitest-empty', 'npm test'))).toMatchObject({ status: 'fail', reason: 'no tests ran: No test files found, exiting with code 1' })
  })
})

describe('mocha', () => {
  it.each([`${BIN}/mocha`, 'npm test'])('%s: counts, pending as skipped, the full failing title and where it failed', async (run) => {
    const result = await runGate(gate('node/mocha-red', run))
    expect(result).toMatchObject({ status: 'fail', summary: '2/3 passed, 1 skipped' })
    expect(failing(result)).toEqual(['math rounding rounds half up (fixture failure)'])
    expect(result.parsed?.findings).toEqual([expect.objectContaining({ file: 'node/mocha-red/test/math.test.js', line: 10 })])
  })

  it('a test file that cannot load is a failed suite, named', async () => {
    expect(await runGate(gate('node/mocha-load-error', 'npm test'))).toMatchObject({
      status: 'fail',
      reason: "a test suite failed to run: Error: Cannot find module './does-not-exist'"
    })
  })
})
