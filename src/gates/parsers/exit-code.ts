/** For commands with no known output format: only the exit code decides (see evaluate.ts). */
import type { OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'

export function createExitCodeParser(): OutputParser {
  return {
    name: 'exit-code',
    onLine: () => undefined,
    finish: (_process: ProcessOutcome): ParsedOutput => ({ kind: 'exit-code', findings: [] })
  }
}
