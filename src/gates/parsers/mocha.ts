/**
 * mocha's spec-style output. The run's closing block is a blank line, `  N passing (12ms)` (always
 * with its duration), then optionally `  N pending` and `  N failing`, each on the next line. Failures follow
 * as numbered entries, `  1) suite` with the rest of the title indented below it up to a line ending
 * in `:`, then the error and its stack: names and locations come from there. A test file that
 * cannot be loaded stops mocha before any test: no block, only the error, which is named.
 */
import type { ParserDescriptor } from './descriptor.js'
import type { ParserArtifacts, ParserContext } from '../types.js'
import { isTool } from './jest.js'
import { isProjectFrame, parserFromReaders, RunSummaries, stackFrameLocation, type LineReader, type TestTally } from './test-tally.js'

const PASSING = /^ {2}(\d+) passing \(\d+(?:\.\d+)?(?:ms|s|m|h)\)$/
const FOLLOWING = /^ {2}(\d+) (pending|failing)$/
const FAILURE_ENTRY = /^ {2}(\d+)\) (.+)$/
// What mocha or node prints when a test file is missing a module or does not parse, before any test ran.
const LOAD_ERROR = /^\s*(?:Exception during run: )?(\w*Error(?: \[[A-Z_]+\])?: .+)$/

export function createMochaReader(tally: TestTally, context: ParserContext): LineReader {
  const summaries = new RunSummaries()
  let block: { passing: number; pending: number; failing: number; next: number } | undefined
  let sawSummary = false
  let title: { number: number; parts: string[] } | undefined
  let awaitingFrame: string | undefined
  let loadError: string | undefined
  let previous = ''

  const closeBlock = () => {
    if (block) summaries.push({ passed: block.passing, failed: block.failing, skipped: block.pending })
    block = undefined
  }

  return {
    onLine(line) {
      const before = previous
      previous = line
      // mocha prints a blank line before its closing block.
      const passing = before.trim() === '' ? PASSING.exec(line) : null
      if (passing) {
        closeBlock()
        sawSummary = true
        block = { passing: Number(passing[1]), pending: 0, failing: 0, next: 0 }
        return
      }
      const following = block ? FOLLOWING.exec(line) : null
      if (block && following) {
        // `pending` comes before `failing`; anything else ends the block.
        const order = following[2] === 'pending' ? 1 : 2
        if (order > block.next) {
          block[following[2] === 'pending' ? 'pending' : 'failing'] = Number(following[1])
          block.next = order
          return
        }
      }
      closeBlock()
      if (!sawSummary) {
        // A bare error line is mocha's only when mocha is all that ran; mocha ≥ 10 says so itself.
        const error = LOAD_ERROR.exec(line)
        if (error && (context.singleRun || line.includes('Exception during run:'))) loadError ??= error[1]
        return
      }
      if (title) {
        const trimmed = line.trim()
        if (trimmed !== '') title.parts.push(trimmed)
        if (trimmed.endsWith(':') || trimmed === '') {
          const name = title.parts.join(' ').replace(/:$/, '')
          title = undefined
          if (tally.addFailing(name)) awaitingFrame = name
        }
        return
      }
      const entry = FAILURE_ENTRY.exec(line)
      if (entry) {
        awaitingFrame = undefined
        title = { number: Number(entry[1]), parts: [] }
        const first = entry[2].trim()
        title.parts.push(first)
        if (first.endsWith(':')) {
          const name = first.replace(/:$/, '')
          title = undefined
          if (tally.addFailing(name)) awaitingFrame = name
        }
        return
      }
      const frame = awaitingFrame ? stackFrameLocation(line) : undefined
      if (frame && awaitingFrame && isProjectFrame(frame.file)) {
        tally.addLocation(awaitingFrame, frame.file, frame.line, frame.column)
        awaitingFrame = undefined
      }
    },
    finish(_artifacts?: ParserArtifacts) {
      closeBlock()
      summaries.addTo(tally, context)
      if (summaries.count === 0 && loadError !== undefined) tally.addBrokenSuite(loadError)
    }
  }
}

function createMochaParser(context: ParserContext = { singleRun: false }) {
  return parserFromReaders('mocha', context, [createMochaReader])
}

export const mocha: ParserDescriptor<'mocha'> = {
  name: 'mocha',
  detect: (invocation) => isTool(invocation, 'mocha') || invocation.program === '_mocha',
  create: createMochaParser
}
