/** node --test (TAP and spec), npm test around it, jest: counts, failing names, locations. */
import { parseCaptured, parseText } from './helpers.js'

describe('node --test and npm test on captured node 20 output', () => {
  it.each([
    ['node-test', 'node-test-red-tap.txt'],
    ['node-test', 'node-test-red-spec.txt'],
    ['npm-test', 'npm-test-red.txt']
  ] as const)('%s reads the failing run %s, naming the test and where it is', (parser, file) => {
    const parsed = parseCaptured(parser, file)
    expect(parsed).toMatchObject({ kind: 'tests', counts: { passed: 1, failed: 1, skipped: 0 }, failingTests: ['rounds half up (fixture failure)'] })
    expect(parsed.findings).toEqual([
      expect.objectContaining({ level: 'error', file: expect.stringMatching(/math\.test\.js$/), line: 8, column: 1, code: 'rounds half up (fixture failure)' })
    ])
  })

  it.each([
    ['node-test', 'node-test-green-tap.txt'],
    ['node-test', 'node-test-green-spec.txt'],
    ['npm-test', 'npm-test-green.txt']
  ] as const)('%s reads the passing run %s', (parser, file) => {
    expect(parseCaptured(parser, file)).toEqual({ kind: 'tests', counts: { passed: 2, failed: 0, skipped: 0 }, failingTests: [], findings: [] })
  })

  it('counts cancelled tests as failed and skipped/todo as skipped, and sums several runs', () => {
    const run = (pass: number, fail: number, cancelled: number) =>
      [
        '1..1',
        `# tests ${pass + fail + cancelled + 2}`,
        '# suites 0',
        `# pass ${pass}`,
        `# fail ${fail}`,
        `# cancelled ${cancelled}`,
        '# skipped 1',
        '# todo 1',
        '# duration_ms 5.1'
      ].join('\n')
    expect(parseText('node-test', `${run(3, 1, 1)}\n${run(2, 0, 0)}`, 1)).toMatchObject({ counts: { passed: 5, failed: 2, skipped: 4 } })
  })

  it('does not name TODO and SKIP tests as failures', () => {
    expect(
      parseText('node-test', 'not ok 1 - later # TODO\nnot ok 2 - real\n1..2\n# tests 2\n# suites 0\n# pass 0\n# fail 1\n# cancelled 0\n# skipped 0\n# todo 1\n# duration_ms 1', 1)
    ).toMatchObject({
      failingTests: ['real']
    })
  })

  it('finds no summary in output that has none', () => {
    expect(parseText('node-test', 'node:internal/modules/cjs/loader:1228\n  throw err;\nError: Cannot find module', 1)).toMatchObject({ counts: null, failingTests: [] })
  })
})

describe('jest', () => {
  it('reads the Tests: line, the ● failure header and the location of the assertion', () => {
    const parsed = parseCaptured('jest', 'jest-red.txt', 1)
    expect(parsed).toEqual({
      kind: 'tests',
      counts: { passed: 2, failed: 1, skipped: 1 },
      failingTests: ['math › rounds half up'],
      findings: [{ level: 'error', message: 'test failed: math › rounds half up', file: 'src/__tests__/math.test.ts', line: 8, column: 29, code: 'math › rounds half up' }]
    })
  })

  it('reads a green run', () => {
    expect(parseCaptured('jest', 'jest-green.txt', 0)).toMatchObject({ counts: { passed: 5, failed: 0 }, failingTests: [] })
  })

  it('fails a run where a suite failed to run, even though every counted test passed', () => {
    const parsed = parseCaptured('jest', 'jest-suite-failed.txt', 1)
    expect(parsed).toMatchObject({
      counts: { passed: 2, failed: 0 },
      failingTests: [],
      problem: { status: 'fail', message: "a test suite failed to run: Cannot find module './missing' from 'src/__tests__/broken.test.ts'" }
    })
    expect(parseText('jest', '  ● Test suite failed to run\n\n    SyntaxError: Unexpected token', 1)).toMatchObject({ counts: null, problem: { status: 'fail' } })
  })

  it('npm test finds jest, vitest and mocha summaries', () => {
    expect(parseCaptured('npm-test', 'jest-red.txt', 1)).toMatchObject({ counts: { passed: 2, failed: 1, skipped: 1 }, failingTests: ['math › rounds half up'] })
    expect(parseText('npm-test', ' Test Files  1 failed (1)\n      Tests  1 failed | 5 passed (6)\n   Start at  12:00:00', 1)).toMatchObject({ counts: { passed: 5, failed: 1 } })
    expect(parseText('npm-test', '  4 passing (12ms)\n  2 pending\n  1 failing', 1)).toMatchObject({ counts: { passed: 4, failed: 1, skipped: 2 } })
  })

  it('finds no summary in output that has none', () => {
    expect(parseText('npm-test', 'npm error Missing script: "test"', 1)).toMatchObject({ counts: null })
  })
})
