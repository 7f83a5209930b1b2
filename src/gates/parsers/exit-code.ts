/** For commands with no known output format: only the exit code decides (see evaluate.ts). */
import type { ParserDescriptor } from './descriptor.js'
import type { OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'

function createExitCodeParser(): OutputParser {
  return {
    name: 'exit-code',
    onLine: () => undefined,
    finish: (_process: ProcessOutcome): ParsedOutput => ({ kind: 'exit-code', findings: [] })
  }
}

/** Never detected: it is what a command gets when no other parser claims it, or when named. */
export const exitCode: ParserDescriptor<'exit-code'> = {
  name: 'exit-code',
  create: createExitCodeParser
}
