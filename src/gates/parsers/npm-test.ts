/**
 * `npm test` runs whatever the project's script says, so every runner's summary is looked for:
 * node --test, jest/vitest and mocha. Summaries of several runs (`node --test && jest`) are summed.
 */
import type { OutputParser } from '../types.js'
import { createNodeTestReader } from './node-test.js'
import { parserFromReaders, type LineReader, type TestTally } from './test-tally.js'
import { createJestReader } from './jest.js'

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
  return parserFromReaders('npm-test', [createNodeTestReader, createJestReader, createMochaReader])
}
