/**
 * `node --test`: TAP (`# pass 3`, `not ok 2 - name`) and spec (`ℹ pass 3`, `✖ name` under
 * "failing tests:") reporters. Each run ends with one summary block; several runs are summed.
 */
import type { OutputParser } from '../types.js'
import { parserFromReaders, splitLocation, type LineReader, type TestTally } from './test-tally.js'

const SUMMARY = /^(?:#|ℹ) (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ([\d.]+)$/
const TAP_NOT_OK = /^(\s*)not ok \d+ - (.+)$/
const TAP_DIRECTIVE = / # (?:TODO|SKIP)\b/i
const TAP_LOCATION = /^\s+location: '(.+)'$/
const SPEC_FAILED = /^(\s*)✖ (.+?)(?: \([\d.]+m?s\))?$/
const SPEC_LOCATION = /^test at (.+)$/

export function createNodeTestReader(tally: TestTally): LineReader {
  let block: Record<string, number> = {}
  let inFailingList = false
  let lastTapFailure: string | undefined
  let specLocation: ReturnType<typeof splitLocation>

  const closeBlock = () => {
    if (Object.keys(block).length === 0) return
    // Cancelled tests did not pass: they count as failed.
    tally.add(block.pass ?? 0, (block.fail ?? 0) + (block.cancelled ?? 0), (block.skipped ?? 0) + (block.todo ?? 0))
    block = {}
  }

  return {
    onLine(line) {
      const summary = SUMMARY.exec(line)
      if (summary) {
        if (summary[1] === 'tests') closeBlock()
        block[summary[1]] = Number(summary[2])
        return
      }
      const notOk = TAP_NOT_OK.exec(line)
      if (notOk) {
        lastTapFailure = undefined
        if (TAP_DIRECTIVE.test(notOk[2])) return
        tally.addFailing(notOk[2])
        lastTapFailure = notOk[2].trim()
        return
      }
      const tapLocation = lastTapFailure ? TAP_LOCATION.exec(line) : null
      if (tapLocation && lastTapFailure) {
        const where = splitLocation(tapLocation[1])
        if (where) tally.addLocation(lastTapFailure, where.file, where.line, where.column)
        lastTapFailure = undefined
        return
      }
      if (line.trim() === '✖ failing tests:') {
        inFailingList = true
        return
      }
      const location = inFailingList ? SPEC_LOCATION.exec(line) : null
      if (location) {
        specLocation = splitLocation(location[1])
        return
      }
      const failed = SPEC_FAILED.exec(line)
      // Top-level `✖` lines are failing tests; indented ones are subtests, named again in the failing list.
      if (failed && (inFailingList || failed[1] === '')) {
        tally.addFailing(failed[2])
        if (inFailingList && specLocation) tally.addLocation(failed[2].trim(), specLocation.file, specLocation.line, specLocation.column)
        specLocation = undefined
      }
    },
    finish: closeBlock
  }
}

export function createNodeTestParser(): OutputParser {
  return parserFromReaders('node-test', [createNodeTestReader])
}
