/**
 * `npm test` runs whatever the project's script says, so every runner's summary is looked for:
 * node --test, jest/vitest and mocha. Summaries of several runs (`node --test && jest`) are summed.
 */
import type { OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { createJestReader } from './jest.js'
import { createNodeTestReader, type LineReader } from './node-test.js'
import { TestTally } from './test-tally.js'

// mocha: "  4 passing (12ms)", "  1 failing", "  2 pending"; failures listed as "  1) suite name:".
const MOCHA_SUMMARY = /^\s+(\d+) (passing|failing|pending)\b/

function createMochaReader(tally: TestTally): LineReader {
  let seen: Record<string, number> = {}
  const close = () => {
    if ('passing' in seen || 'failing' in seen) tally.add(seen.passing ?? 0, seen.failing ?? 0, seen.pending ?? 0)
    seen = {}
  }
  return {
    onLine(line) {
      const summary = MOCHA_SUMMARY.exec(line)
      if (!summary) return
      // "passing" opens each run's summary.
      if (summary[2] === 'passing') close()
      seen[summary[2]] = Number(summary[1])
    },
    finish: close
  }
}

export function createNpmTestParser(): OutputParser {
  const tally = new TestTally()
  const readers = [createNodeTestReader(tally), createJestReader(tally), createMochaReader(tally)]
  return {
    name: 'npm-test',
    onLine(line) {
      for (const reader of readers) reader.onLine(line)
    },
    finish(_process: ProcessOutcome): ParsedOutput {
      for (const reader of readers) reader.finish()
      return tally.toParsed()
    }
  }
}
