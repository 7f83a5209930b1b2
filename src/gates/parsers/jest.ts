/**
 * jest (and vitest, whose summary has the same words): the `Tests:` line and the `●` failure
 * headers. "Test suite failed to run" hides a whole file's tests, so it fails the gate by itself.
 */
import type { OutputParser } from '../types.js'
import { parserFromReaders, stackFrameLocation, type LineReader, type TestTally } from './test-tally.js'

// jest: "Tests:       1 failed, 2 passed, 3 total"; vitest: "      Tests  1 failed | 2 passed (3)".
const JEST_TESTS = /^Tests:\s+(.+)$/
const VITEST_TESTS = /^\s*Tests\s+(\d+ [a-z]+(?: \| \d+ [a-z]+)*)\s+\(\d+\)$/
const FAILURE_HEADER = /^\s*● (.+)$/
const NOT_A_TEST = /^(?:Test suite failed to run|Console$|.*(?:Warning|Deprecation|Validation Error):?$)/

function count(text: string, word: string): number {
  return Number(new RegExp(`(\\d+) ${word}\\b`).exec(text)?.[1] ?? 0)
}

export function createJestReader(tally: TestTally): LineReader {
  let awaitingFrame: string | undefined
  let brokenSuite = false
  return {
    onLine(line) {
      const summary = JEST_TESTS.exec(line) ?? VITEST_TESTS.exec(line)
      if (summary) {
        tally.add(count(summary[1], 'passed'), count(summary[1], 'failed'), count(summary[1], 'skipped') + count(summary[1], 'todo') + count(summary[1], 'pending'))
        return
      }
      const header = FAILURE_HEADER.exec(line)
      if (header) {
        awaitingFrame = undefined
        brokenSuite = header[1].startsWith('Test suite failed to run')
        if (brokenSuite) tally.brokenSuites.push('')
        else if (!NOT_A_TEST.test(header[1]) && tally.addFailing(header[1])) awaitingFrame = header[1].trim()
        return
      }
      if (brokenSuite && tally.brokenSuites.at(-1) === '' && line.trim() !== '') {
        // The first line under the header says why (a missing module, a syntax error).
        tally.brokenSuites[tally.brokenSuites.length - 1] = line.trim().slice(0, 200)
        brokenSuite = false
        return
      }
      const frame = awaitingFrame ? stackFrameLocation(line) : undefined
      // The first frame in the project's own code is where the assertion sits.
      if (frame && awaitingFrame && !frame.file.includes('node_modules') && !frame.file.startsWith('node:')) {
        tally.addLocation(awaitingFrame, frame.file, frame.line, frame.column)
        awaitingFrame = undefined
      }
    },
    finish: () => undefined
  }
}

export function createJestParser(): OutputParser {
  return parserFromReaders('jest', [createJestReader])
}
