/**
 * JavaScript test runners: node --test (TAP and spec reporters), jest, vitest, mocha. Several
 * runs in one `npm test` are summed. No summary at all is reported as such (never as a pass).
 */
import type { OutputParser, ParsedOutput, ProcessOutcome, TestCounts } from '../types.js'
import { BoundedList } from './bounded.js'

type Tally = { counts: TestCounts | null; failing: BoundedList<string> }

function add(tally: Tally, passed: number, failed: number, skipped: number): void {
  tally.counts ??= { passed: 0, failed: 0, skipped: 0 }
  tally.counts.passed += passed
  tally.counts.failed += failed
  tally.counts.skipped += skipped
}

function addFailing(tally: Tally, name: string): void {
  const clean = name.trim()
  if (clean && !tally.failing.includes(clean)) tally.failing.push(clean)
}

// node --test: "# pass 3" (TAP) or "ℹ pass 3" (spec). One summary block per run.
const NODE_SUMMARY = /^(?:#|ℹ) (tests|pass|fail|cancelled|skipped|todo) (\d+)$/
const TAP_NOT_OK = /^\s*not ok \d+ - (.+?)(?: # (?:TODO|SKIP).*)?$/
const SPEC_FAILED = /^\s*✖ (.+?)(?: \([\d.]+m?s\))?$/

function nodeTestReader(tally: Tally) {
  let block: Record<string, number> = {}
  let inFailingList = false
  const closeBlock = () => {
    if (Object.keys(block).length === 0) return
    add(tally, block.pass ?? 0, (block.fail ?? 0) + (block.cancelled ?? 0), (block.skipped ?? 0) + (block.todo ?? 0))
    block = {}
  }
  return {
    onLine(line: string) {
      const summary = NODE_SUMMARY.exec(line)
      if (summary) {
        if (summary[1] === 'tests') closeBlock()
        block[summary[1]] = Number(summary[2])
        return
      }
      if (line.trim() === '✖ failing tests:') {
        inFailingList = true
        return
      }
      const notOk = TAP_NOT_OK.exec(line)
      if (notOk && !/# (?:TODO|SKIP)/.test(line)) {
        addFailing(tally, notOk[1])
        return
      }
      const failed = SPEC_FAILED.exec(line)
      if (failed && (inFailingList || !line.startsWith(' ')) && failed[1] !== 'failing tests:') addFailing(tally, failed[1])
    },
    finish: closeBlock
  }
}

// jest: "Tests:       1 failed, 2 passed, 3 total"; vitest: "      Tests  1 failed | 2 passed (3)".
const JEST_TESTS = /^Tests:\s+(.+)$/
const VITEST_TESTS = /^\s*Tests\s+((?:\d+ \w+(?: \| )?)+)\s*\(\d+\)\s*$/
const JEST_FAILURE = /^\s*● (.+)$/
const MOCHA = /^\s+(\d+) (passing|failing|pending)\b/

function countsFrom(text: string): { passed: number; failed: number; skipped: number } {
  const number = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(text)?.[1] ?? 0)
  return { passed: number('passed'), failed: number('failed'), skipped: number('skipped') + number('todo') + number('pending') }
}

function jestReader(tally: Tally, problems: string[]) {
  return {
    onLine(line: string) {
      const jest = JEST_TESTS.exec(line) ?? VITEST_TESTS.exec(line)
      if (jest) {
        const counts = countsFrom(jest[1])
        add(tally, counts.passed, counts.failed, counts.skipped)
        return
      }
      const failure = JEST_FAILURE.exec(line)
      if (!failure) return
      if (/^Test suite failed to run/.test(failure[1])) problems.push(failure[1])
      else addFailing(tally, failure[1])
    }
  }
}

function mochaReader(tally: Tally) {
  const seen: Record<string, number> = {}
  return {
    onLine(line: string) {
      const mocha = MOCHA.exec(line)
      if (mocha) seen[mocha[2]] = Number(mocha[1])
    },
    finish() {
      if ('passing' in seen || 'failing' in seen) add(tally, seen.passing ?? 0, seen.failing ?? 0, seen.pending ?? 0)
    }
  }
}

function toParsed(tally: Tally, suiteProblems: string[]): ParsedOutput {
  const problem =
    suiteProblems.length > 0 && (tally.counts === null || tally.counts.failed === 0)
      ? { status: 'fail' as const, message: `${suiteProblems.length} test suite(s) failed to run` }
      : undefined
  return { kind: 'tests', counts: tally.counts, failingTests: tally.failing.items, findings: [], ...(problem ? { problem } : {}) }
}

export function createNodeTestParser(): OutputParser {
  const tally: Tally = { counts: null, failing: new BoundedList() }
  const node = nodeTestReader(tally)
  return {
    name: 'node-test',
    onLine: node.onLine,
    finish(_process: ProcessOutcome) {
      node.finish()
      return toParsed(tally, [])
    }
  }
}

export function createJestParser(): OutputParser {
  const tally: Tally = { counts: null, failing: new BoundedList() }
  const problems: string[] = []
  const jest = jestReader(tally, problems)
  return {
    name: 'jest',
    onLine: jest.onLine,
    finish: () => toParsed(tally, problems)
  }
}

/** `npm test` runs whatever the project's script says: every runner's summary is looked for. */
export function createNpmTestParser(): OutputParser {
  const tally: Tally = { counts: null, failing: new BoundedList() }
  const problems: string[] = []
  const node = nodeTestReader(tally)
  const jest = jestReader(tally, problems)
  const mocha = mochaReader(tally)
  return {
    name: 'npm-test',
    onLine(line) {
      node.onLine(line)
      jest.onLine(line)
      mocha.onLine(line)
    },
    finish() {
      node.finish()
      mocha.finish()
      return toParsed(tally, problems)
    }
  }
}
