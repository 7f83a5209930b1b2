/**
 * The Python and Go fixture projects, green and red, run by the real gate runner with Debian's
 * pytest, black, mypy, go, gofmt and govulncheck (installed by .ci/run). Each project is copied to a
 * scratch workspace first: the tools write caches and reports where they run.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CommandItem, Expectations } from '../../../src/checklist/types.js'
import { createGateRunner } from '../../../src/gates/gate-runner.js'
import { loadJunitSupport } from '../../../src/gates/parsers/plan.js'
import type { GateResult } from '../../../src/gates/types.js'
import { FIXTURES, REPO_ROOT } from '../../helpers/run-action.js'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-pygo-'))
const workspace = path.join(scratch, 'workspace')
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Debian's tools first on PATH, whatever else the machine has (pyenv's python has no black or mypy). */
const bin = path.join(scratch, 'bin')
mkdirSync(bin)
for (const tool of ['python3', 'pytest', 'black', 'mypy', 'go', 'gofmt', 'govulncheck']) {
  if (existsSync(`/usr/bin/${tool}`)) symlinkSync(`/usr/bin/${tool}`, path.join(bin, tool))
}
cpSync(path.join(FIXTURES, 'python'), path.join(workspace, 'python'), { recursive: true })
cpSync(path.join(FIXTURES, 'go'), path.join(workspace, 'go'), { recursive: true })

const parentEnv = {
  ...process.env,
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  CI: 'true',
  PYTHONDONTWRITEBYTECODE: '1',
  // No downloads: the fixtures need no modules, and Go may not fetch a toolchain.
  GOFLAGS: '-buildvcs=false',
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
  GOCACHE: path.join(REPO_ROOT, '__tests__', '.tmp', 'gocache')
}
const runGate = createGateRunner({ workspace, parentEnv, scratchDir: path.join(scratch, 'gates'), killGraceMs: 500 })
// As the engine does before the first gate of a run with `junit:` items.
beforeAll(() => loadJunitSupport())
let next = 0

function gate(workingDirectory: string, run: string, extra: { expect?: Expectations; junit?: string; env?: Record<string, string> } = {}): CommandItem {
  const id = `gate-${next++}`
  return {
    kind: 'command',
    id,
    title: id,
    severity: 'blocking',
    section: 'S',
    run,
    timeoutMs: 180_000,
    workingDirectory,
    env: extra.env ?? {},
    needs: [],
    expect: extra.expect ?? {},
    ...(extra.junit ? { junit: extra.junit } : {})
  }
}

const failing = (result: GateResult) => (result.parsed?.kind === 'tests' ? [...result.parsed.failingTests].sort() : [])
const where = (result: GateResult) => (result.parsed?.findings ?? []).filter((finding) => finding.line !== undefined).map((finding) => `${finding.file}:${finding.line}`)

describe('Python fixtures', () => {
  it('green: pytest, black --check and mypy pass', async () => {
    expect(await runGate(gate('python/green', 'pytest'))).toMatchObject({ status: 'pass', summary: '4/4 passed, 1 skipped' })
    expect(await runGate(gate('python/green', 'python3 -m pytest -q'))).toMatchObject({ status: 'pass', summary: '4/4 passed, 1 skipped' })
    expect(await runGate(gate('python/green', 'black --check .'))).toMatchObject({ status: 'pass', summary: 'formatted' })
    expect(await runGate(gate('python/green', 'mypy .'))).toMatchObject({ status: 'pass', summary: 'no warnings' })
  })

  it('red: failing tests and a set-up error are named where they failed; xfail is not a failure', async () => {
    const result = await runGate(gate('python/red', 'pytest'))
    expect(result).toMatchObject({ status: 'fail', summary: '2/5 passed, 1 skipped' })
    expect(failing(result)).toEqual(['tests/test_calc.py::TestSigns::test_symmetric[2--2]', 'tests/test_calc.py::test_add', 'tests/test_calc.py::test_uses_database'])
    expect(where(result)).toEqual(['python/red/tests/test_calc.py:7', 'python/red/tests/test_calc.py:17', 'python/red/tests/test_calc.py:22'])
  })

  it('red: black names the file to reformat, mypy the line of the type error', async () => {
    expect(await runGate(gate('python/red', 'black --check .'))).toMatchObject({ status: 'fail', summary: '1 file needs formatting' })
    const types = await runGate(gate('python/red', 'mypy .'))
    expect(types).toMatchObject({ status: 'fail', reason: '1 error' })
    expect(where(types)).toEqual(['python/red/calc.py:9'])
  })

  it('a module that cannot be collected fails, named by file; no tests at all fails', async () => {
    expect(await runGate(gate('python/collection-error', 'pytest'))).toMatchObject({
      status: 'fail',
      reason: "a test suite failed to run: tests/test_broken.py could not be collected: ModuleNotFoundError: No module named 'a_module_that_does_not_exist'"
    })
    const none = await runGate(gate('python/no-tests', 'pytest'))
    expect(none.process?.exitCode).toBe(5)
    expect(none).toMatchObject({ status: 'fail', reason: 'no tests ran: pytest: no tests ran' })
  })

  it('a plugin printing "42 passed" after the real summary and exiting 0 does not make a failing run pass', async () => {
    const result = await runGate(gate('python/forged', 'pytest -s'))
    expect(result.process?.exitCode).toBe(0)
    expect(result).toMatchObject({ status: 'fail', summary: '1/2 passed', reason: '1 failed: tests/test_calc.py::test_wrong' })
    // With its JUnit file, the same run is judged on what pytest itself recorded.
    const withJunit = await runGate(gate('python/forged', 'pytest -s --junitxml=reports/forged.xml', { junit: 'reports/*.xml' }))
    expect(withJunit).toMatchObject({ status: 'fail', summary: '1/2 passed' })
    expect(failing(withJunit)).toEqual(['tests.test_calc.test_wrong'])
  })

  it('junit: a passing report written after a failing pytest run does not outvote what pytest printed', async () => {
    const passing = '<testsuite name="pytest" tests="2" failures="0" errors="0"><testcase classname="t" name="a"/><testcase classname="t" name="b"/></testsuite>'
    const run = `pytest || true\nmkdir -p reports && printf '%s' '${passing}' > reports/after.xml`
    const result = await runGate(gate('python/red', run, { junit: 'reports/after.xml' }))
    expect(result).toMatchObject({ status: 'fail' })
    expect(failing(result)).toContain('tests/test_calc.py::test_add')
  })

  it('junit: a run pytest never finished (a test calls os._exit(0)) is not made a pass by a report written after it', async () => {
    const passing = '<testsuite name="pytest" tests="1" failures="0" errors="0"><testcase classname="t" name="a"/></testsuite>'
    const run = [
      `mkdir -p exiting && printf 'import os\\n\\ndef test_leaves() -> None:\\n    os._exit(0)\\n' > exiting/test_exit.py`,
      'pytest exiting/test_exit.py',
      `mkdir -p reports && printf '%s' '${passing}' > reports/exit.xml`
    ].join('\n')
    const result = await runGate(gate('python/green', run, { junit: 'reports/exit.xml' }))
    expect(result.process?.exitCode).toBe(0)
    expect(result.status).toBe('error')
  })

  it('junit: counts come from the file this run wrote; a stale one or a link out of the workspace is an error', async () => {
    const fresh = await runGate(gate('python/red', 'pytest --junitxml=reports/junit.xml', { junit: 'reports/junit.xml' }))
    expect(fresh).toMatchObject({ status: 'fail', summary: '2/5 passed, 1 skipped' })
    expect(where(fresh)).toContain('python/red/tests/test_calc.py:7')
    const stale = await runGate(gate('python/red', 'true', { junit: 'reports/junit.xml' }))
    expect(stale).toMatchObject({ status: 'error' })
    expect(stale.reason).toMatch(/^JUnit report: the file matching junit: reports\/junit\.xml was written before this gate started/)
    const leak = await runGate(gate('python/red', 'mkdir -p out && ln -sf /proc/self/environ out/env.xml', { junit: 'out/*.xml', env: { PLANTED: 'hunter2' } }))
    expect(leak).toMatchObject({ status: 'error', reason: 'JUnit report: python/red/out/env.xml is a link to a place outside the workspace; it was not read' })
    expect(JSON.stringify(leak)).not.toContain('hunter2')
  })
})

describe('Go fixtures', () => {
  it('green: go test (one plain run, so -v is added and every test counted), go vet and gofmt -l pass', async () => {
    const tests = await runGate(gate('go/green', 'go test ./...'))
    expect(tests).toMatchObject({ status: 'pass', summary: '2/2 passed, 1 skipped' })
    expect(await runGate(gate('go/green', 'go vet ./...'))).toMatchObject({ status: 'pass' })
    expect(await runGate(gate('go/green', 'gofmt -l .'))).toMatchObject({ status: 'pass', summary: 'formatted' })
  })

  it.each(['go test ./...', 'go test -json ./...', 'go build ./... && go test ./...'])('red (%s): failing tests named at file:line', async (run) => {
    const result = await runGate(gate('go/red', run))
    expect(result).toMatchObject({ status: 'fail' })
    expect(failing(result)).toEqual(expect.arrayContaining(['TestAdd', 'TestSymmetric/opposite']))
    expect(failing(result)).not.toContain('TestSymmetric')
    if (run !== 'go build ./... && go test ./...') expect(where(result)).toEqual(expect.arrayContaining(['go/red/calc/calc_test.go:7', 'go/red/calc/calc_test.go:25']))
  })

  it('a package that does not build fails, named with its compiler error', async () => {
    expect(await runGate(gate('go/broken', 'go test ./...'))).toMatchObject({
      status: 'fail',
      reason: 'a test suite failed to run: example.com/broken/calc does not build: calc/calc.go:5:37: undefined: c'
    })
  })

  it('go vet findings and files gofmt lists fail, at file:line', async () => {
    const vet = await runGate(gate('go/lint-red', 'go vet ./...'))
    expect(vet).toMatchObject({ status: 'fail', reason: '2 errors' })
    expect(where(vet).sort()).toEqual(['go/lint-red/calc/calc.go:12', 'go/lint-red/calc/calc.go:7'])
    expect(await runGate(gate('go/lint-red', 'gofmt -l .'))).toMatchObject({ status: 'fail', reason: 'needs formatting: calc/spacing.go' })
  })

  it('govulncheck: a vulnerability the code calls fails; a database it cannot reach is an error', async () => {
    const db = `file://${path.join(workspace, 'go', 'vulndb')}`
    const found = await runGate(gate('go/lint-red', 'govulncheck ./...', { env: { GOVULNDB: db } }))
    expect(found).toMatchObject({ status: 'fail', summary: '1 vulnerability (1 unknown)' })
    const json = await runGate(gate('go/lint-red', 'govulncheck -json ./...', { env: { GOVULNDB: db } }))
    expect(json).toMatchObject({ status: 'fail', summary: '1 vulnerability (1 unknown)' })
    expect(json.parsed?.findings[0]).toMatchObject({ code: 'GO-2099-0001', file: 'go/lint-red/calc/calc.go', line: 7 })
    const unreachable = await runGate(gate('go/green', 'govulncheck ./...', { env: { GOVULNDB: 'http://127.0.0.1:9/' } }))
    expect(unreachable).toMatchObject({ status: 'error' })
    expect(unreachable.reason).toMatch(/^govulncheck could not run: /)
  })
})
