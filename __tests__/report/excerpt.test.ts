/** The lines a person is shown under a failing test: the assertion, read from each tool's real output. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { assertionContext, outputLines } from '../../src/report/excerpt.js'
import { captured } from './build.js'

const real = (name: string) => outputLines(captured(readFileSync(path.join(process.cwd(), '__tests__', 'fixtures', 'outputs', name), 'utf8')), (text) => text)

describe('assertionContext', () => {
  it('cargo test: the assertion and its left/right values, without the backtrace', () => {
    expect(assertionContext(real('cargo-test-failing.txt'), 'tests::doubles_negative_numbers_wrongly')).toEqual([
      "assertion `left == right` failed: the fixture's one failing test",
      '  left: -6',
      ' right: 6'
    ])
  })

  it('jest: Expected and Received, without the code frame', () => {
    expect(assertionContext(real('jest-red.txt'), 'math › rounds half up')).toEqual(['expect(received).toBe(expected) // Object.is equality', '', 'Expected: 2', 'Received: 3'])
  })

  it('node --test: the AssertionError and its operands, from the spec and the TAP reporter', () => {
    expect(assertionContext(real('node-test-red-spec.txt'), 'rounds half up (fixture failure)')).toEqual([
      'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
      '',
      '3 !== 2'
    ])
    const tap = assertionContext(real('node-test-red-tap.txt'), 'rounds half up (fixture failure)')
    expect(tap).toContain("operator: 'strictEqual'")
    expect(tap.join('\n')).toMatch(/3 !== 2[\s\S]*expected: 2\nactual: 3/)
    expect(tap.join('\n')).not.toMatch(/duration_ms|location:|stack/)
  })

  it('nothing when the output does not show the test, and never more than 8 lines', () => {
    expect(assertionContext(real('cargo-test-failing.txt'), 'tests::not_there')).toEqual([])
    const flood = ["thread 't' (1) panicked at src/a.rs:1:1:", ...Array.from({ length: 1_000 }, (_, index) => `line ${index}`)]
    expect(assertionContext(flood, 't')).toHaveLength(8)
  })

  it('does not take a test named in a prefix of another for it', () => {
    const lines = ["thread 'tests::a_longer' (1) panicked at src/a.rs:1:1:", 'wrong one', '', "thread 'tests::a' (1) panicked at src/a.rs:2:1:", 'right one']
    expect(assertionContext(lines, 'tests::a')).toEqual(['right one'])
  })
})

describe('outputLines', () => {
  it('never joins the head and tail of a capture that dropped its middle', () => {
    expect(outputLines({ head: 'head line', tail: 'tail line\n', totalBytes: 9_999, totalLines: 999, truncated: true }, (text) => text)).toEqual(['head line', 'tail line', ''])
  })
})
