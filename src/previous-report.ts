/**
 * Reading an earlier run's report for its durations (the action's `previous-report`, the CLI's
 * `--previous-report` or its own durations file). The file may have been planted (a cache a pull
 * request's run wrote, a link to a device), so it is read bounded (src/gates/bounded-json.ts).
 * Whatever goes wrong, the answer is a reason, never a throw: the durations only choose which
 * gate starts first.
 */
import { readBoundedJson } from './gates/bounded-json.js'
import { earlierDurationsFromReport } from './gates/earlier-durations.js'
import type { EarlierDurations } from './gates/start-order.js'

/** A JSON report keeps at most 16 KiB of output a gate: this is hundreds of gates; real ones are under 2 MB. */
export const MAX_PREVIOUS_REPORT_BYTES = 16 * 1024 * 1024

type PreviousReport = { durations: EarlierDurations } | { problem: string; missing?: true }

/** The durations in the report at `file` (absolute), or why there are none. */
export function readPreviousReport(file: string, maxBytes = MAX_PREVIOUS_REPORT_BYTES): PreviousReport {
  const read = readBoundedJson(file, maxBytes)
  return 'json' in read ? earlierDurationsFromReport(read.json) : read
}

/**
 * The one line a run logs when it goes on without the report.
 * @param what what the file is to the reader ("the previous report", "the durations file").
 */
export function describeUnusedReport(what: string, file: string, problem: string): string {
  return `${what} ${JSON.stringify(file)} was not used (${problem}): gates start in the usual order.`
}
