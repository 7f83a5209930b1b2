/**
 * The Python and Go parsers on what the real tools printed: captures of real public projects
 * (cachetools, google/uuid) run here with Debian's pytest 7.2, black 23.1, mypy 1.0, go 1.19,
 * gotestsum and govulncheck, and, for tools with no Debian package (ruff, pip-audit) and for
 * govulncheck's current JSON protocol, the outputs those tools' own test suites and README record.
 * Each is judged as a user sees it: the verdict, the reason, the names and the file:line.
 */
import type { CommandItem, Expectations, ParserName } from '../../../src/checklist/types.js'
import { evaluateGate } from '../../../src/gates/evaluate.js'
import type { ParsedOutput } from '../../../src/gates/types.js'
import { outcome, parseText } from './helpers.js'
import { readCapture } from './real-captures.js'

function command(expect: Expectations): CommandItem {
  return { kind: 'command', id: 'gate', title: 'Gate', severity: 'blocking', section: 'S', run: 'x', timeoutMs: 90_000, workingDirectory: '.', env: {}, needs: [], expect }
}

function judge(parser: ParserName, capture: string, exitCode: number, options: { singleRun?: boolean; expect?: Expectations; goModule?: string } = {}) {
  const parsed = parseText(parser, readCapture(capture), exitCode, { singleRun: options.singleRun ?? true, ...(options.goModule ? { goModule: options.goModule } : {}) })
  return { parsed, ...evaluateGate(command(options.expect ?? {}), outcome(exitCode), parsed) }
}

function tests(parsed: ParsedOutput) {
  if (parsed.kind !== 'tests') throw new Error(`expected a tests result, got ${parsed.kind}`)
  return parsed
}

describe('pytest on cachetools (pytest 7.2.1)', () => {
  it('a clean run passes with its counts', () => {
    const result = judge('pytest', 'ct-clean.txt', 0)
    expect(result.status).toBe('pass')
    expect(result.summary).toBe('277/277 passed, 2 skipped')
  })

  it('a failing run names both tests with the line each failed on', () => {
    const result = judge('pytest', 'ct-failing.txt', 1)
    expect(result.status).toBe('fail')
    expect(result.summary).toBe('275/277 passed, 2 skipped')
    expect(tests(result.parsed).failingTests).toEqual(['tests/test_lru.py::LRUCacheTest::test_lru', 'tests/test_lru.py::LRUCacheTest::test_lru_clear'])
    expect(result.parsed.findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['tests/test_lru.py:26', 'tests/test_lru.py:87'])
  })

  it('reads -q output and pytest 9 output the same way', () => {
    for (const capture of ['ct-failing-quiet.txt', 'ct-failing-pytest9.txt']) {
      const result = judge('pytest', capture, 1)
      expect(result.summary).toBe('275/277 passed, 2 skipped')
      expect(tests(result.parsed).failingTests).toHaveLength(2)
    }
  })

  it('a module that cannot be collected fails the gate, named by file', () => {
    const result = judge('pytest', 'ct-collection-error.txt', 2)
    expect(result.status).toBe('fail')
    expect(result.reason).toBe("a test suite failed to run: tests/test_lru.py could not be collected: ModuleNotFoundError: No module named 'cachetools_missing_helper'")
  })

  it('"no tests ran" (exit 5) is a FAIL, also when min-tests allows zero', () => {
    expect(judge('pytest', 'ct-no-tests.txt', 5)).toMatchObject({ status: 'fail', reason: 'no tests ran: pytest: no tests ran' })
    expect(judge('pytest', 'ct-no-tests.txt', 5, { expect: { minTests: 0 } })).toMatchObject({ status: 'fail', reason: 'exited 5 although all tests passed: pytest: no tests ran' })
  })
})

describe('black and mypy on cachetools', () => {
  it('black --check names the files it would reformat', () => {
    const result = judge('black', 'ct-black.txt', 1)
    expect(result).toMatchObject({ status: 'fail', summary: '2 files need formatting' })
    expect(result.reason).toContain('/work/cachetools/tests/test_threading.py')
  })

  it('mypy counts its error with file:line and code', () => {
    const result = judge('mypy', 'ct-mypy.txt', 1)
    expect(result).toMatchObject({ status: 'fail', reason: '1 error' })
    expect(result.parsed.findings).toEqual([expect.objectContaining({ file: 'src/cachetools/__init__.py', line: 714, code: 'name-match' })])
  })

  it('max-errors allows a known number of mypy errors', () => {
    expect(judge('mypy', 'ct-mypy.txt', 1, { expect: { maxErrors: 1 } }).status).toBe('pass')
  })
})

describe('go test on google/uuid (go 1.19)', () => {
  it('a clean run without -v counts the ok package as one passed test', () => {
    expect(judge('go-test', 'uuid-clean.txt', 0, { singleRun: false })).toMatchObject({ status: 'pass', summary: '1/1 passed' })
  })

  it('a clean run with -v counts every top-level test', () => {
    const result = judge('go-test', 'uuid-clean-v.txt', 0)
    expect(result.status).toBe('pass')
    expect(tests(result.parsed).counts?.passed).toBeGreaterThan(40)
  })

  it('a failing run names the failing tests, in plain, -v and -json output', () => {
    for (const capture of ['uuid-failing.txt', 'uuid-failing-v.txt', 'uuid-failing-json.txt']) {
      const result = judge('go-test', capture, 1, { goModule: 'github.com/google/uuid' })
      expect(result.status).toBe('fail')
      expect(tests(result.parsed).failingTests).toEqual(expect.arrayContaining(['TestJSON']))
      expect(result.parsed.findings).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'json_test.go', line: 27 })]))
    }
  })

  it('a test that panicked and stopped the binary is named in -json output', () => {
    const result = judge('go-test', 'uuid-failing-json.txt', 1)
    expect(tests(result.parsed).failingTests).toEqual(expect.arrayContaining(['TestNullUUIDMarshalJSON']))
  })

  it('a package that does not build fails the gate, named with its compiler error', () => {
    for (const capture of ['uuid-build-error.txt', 'uuid-build-error-json.txt']) {
      const result = judge('go-test', capture, 2)
      expect(result).toMatchObject({ status: 'fail', reason: 'a test suite failed to run: github.com/google/uuid does not build: ./uuid.go:273:2: undefined: undefinedHelper' })
    }
  })

  it('go vet clean prints nothing and exits 0: clean', () => {
    expect(judge('go-vet', 'uuid-vet.txt', 0)).toMatchObject({ status: 'pass', summary: 'no warnings' })
  })

  it('gofmt -l listing files is a FAIL even though gofmt exits 0', () => {
    const result = judge('gofmt', 'uuid-gofmt.txt', 0)
    expect(result).toMatchObject({ status: 'fail', summary: '7 files need formatting' })
  })

  it('govulncheck with no database to reach is an error, text and -json', () => {
    for (const capture of ['uuid-govulncheck-unreachable.txt', 'uuid-govulncheck-unreachable-json.txt']) {
      const result = judge('govulncheck', capture, 1)
      expect(result.status).toBe('error')
      expect(result.reason).toMatch(/^govulncheck could not run: .*dial tcp: lookup vuln\.go\.dev/)
    }
  })
})

describe('ruff (outputs recorded by ruff 0.16’s own CLI tests)', () => {
  it('every text format gives the same three errors with file:line', () => {
    for (const capture of ['ruff-full.txt', 'ruff-full-0.11.txt', 'ruff-concise.txt', 'ruff-json.txt']) {
      const result = judge('ruff', capture, 1)
      expect(result).toMatchObject({ status: 'fail', reason: '3 errors' })
      expect(result.parsed.findings.map((finding) => `${finding.code}@${finding.line}:${finding.column}`)).toEqual(['F401@1:8', 'F821@2:5', expect.stringMatching(/@3:1$/)])
    }
  })

  it('"All checks passed!" is clean; a config error (exit 2) is an error', () => {
    expect(judge('ruff', 'ruff-clean.txt', 0)).toMatchObject({ status: 'pass' })
    expect(judge('ruff', 'ruff-config-error.txt', 2)).toMatchObject({ status: 'error', reason: 'ruff could not check: ruff failed' })
  })
})

describe('pip-audit (outputs from its README and formatter)', () => {
  it('vulnerabilities count as unknown severity, by id', () => {
    for (const capture of ['pip-audit-found.txt', 'pip-audit-found.json.txt']) {
      const result = judge('pip-audit', capture, 1, { expect: { allowedSeverities: ['low', 'moderate'] } })
      expect(result).toMatchObject({ status: 'fail', summary: expect.stringMatching(/^2 vulnerabilities \(2 unknown\)/) })
      expect(result.parsed.findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(['PYSEC-2019-179', 'PYSEC-2018-66']))
    }
  })

  it('clean reports pass; an unreachable feed is an error', () => {
    expect(judge('pip-audit', 'pip-audit-clean.txt', 0).status).toBe('pass')
    expect(judge('pip-audit', 'pip-audit-clean.json.txt', 0).status).toBe('pass')
    expect(judge('pip-audit', 'pip-audit-unreachable.txt', 1)).toMatchObject({ status: 'error', reason: "pip-audit could not run: Could not connect to PyPI's vulnerability feed" })
  })
})

describe('govulncheck v1 protocol (outputs from govulncheck’s own tests)', () => {
  it('counts only called vulnerabilities; the rest are warnings', () => {
    const json = judge('govulncheck', 'govulncheck-v1-source-call.json.txt', 0)
    expect(json.status).toBe('fail')
    expect(json.summary).toBe('2 vulnerabilities (2 unknown)')
    expect(json.parsed.kind === 'audit' && json.parsed.counts?.warnings).toBe(2)
    expect(json.parsed.findings.filter((finding) => finding.level === 'error').map((finding) => finding.code)).toEqual(['GO-2021-0265', 'GO-2021-0054'])
    const text = judge('govulncheck', 'govulncheck-v1-source-call.txt', 3)
    expect(text).toMatchObject({ status: 'fail', summary: '2 vulnerabilities (2 unknown)' })
  })
})
