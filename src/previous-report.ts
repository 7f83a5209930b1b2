/**
 * Reading an earlier run's report for its durations (the action's `previous-report`, the CLI's
 * `--previous-report` or its own durations file). The file may have been planted (a cache a pull
 * request's run wrote, a link to a device), so it is read bounded before a byte is parsed: a
 * regular file, never through a link, at most MAX_PREVIOUS_REPORT_BYTES, of bounded nesting and
 * number of values (src/gates/earlier-durations.ts). Whatever goes wrong, the
 * answer is a reason, never a throw: the durations only choose which gate starts first.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { earlierDurationsFromReport, jsonCostProblem } from './gates/earlier-durations.js'
import type { EarlierDurations } from './gates/start-order.js'
import { formatNumber } from './text/format.js'

/** A JSON report keeps at most 16 KiB of output a gate: this is hundreds of gates; real ones are under 2 MB. */
export const MAX_PREVIOUS_REPORT_BYTES = 16 * 1024 * 1024

type PreviousReport = { durations: EarlierDurations } | { problem: string; missing?: true }

/** The durations in the report at `file` (absolute), or why there are none. */
export function readPreviousReport(file: string, maxBytes = MAX_PREVIOUS_REPORT_BYTES): PreviousReport {
  let descriptor: number | undefined
  try {
    // O_NONBLOCK: a FIFO cannot make open wait for a writer; O_NOFOLLOW: a link is refused, not followed.
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
    const info = fstatSync(descriptor)
    if (!info.isFile()) return { problem: 'it is not a regular file' }
    if (info.size > maxBytes) return { problem: `it is larger than ${formatNumber(maxBytes)} bytes` }
    // No more than fstat said: a file still growing is cut there (and then is not JSON), never read without end.
    const buffer = Buffer.alloc(info.size)
    let filled = 0
    while (filled < buffer.length) {
      const read = readSync(descriptor, buffer, filled, buffer.length - filled, filled)
      if (read === 0) break
      filled += read
    }
    const bytes = buffer.subarray(0, filled)
    const tooCostly = jsonCostProblem(bytes)
    if (tooCostly) return { problem: tooCostly }
    let json: unknown
    try {
      json = JSON.parse(bytes.toString('utf8'))
    } catch {
      // The parser's message would quote the file.
      return { problem: 'it is not valid JSON' }
    }
    return earlierDurationsFromReport(json)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { problem: 'it does not exist', missing: true }
    if (code === 'ELOOP') return { problem: 'it is a symbolic link' }
    return { problem: `it cannot be read (${code ?? 'error'})` }
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/**
 * The one line a run logs when it goes on without the report.
 * @param what what the file is to the reader ("the previous report", "the durations file").
 */
export function describeUnusedReport(what: string, file: string, problem: string): string {
  return `${what} ${JSON.stringify(file)} was not used (${problem}): gates start in the usual order.`
}
