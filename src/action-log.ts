/**
 * Writing gate output into the Actions log without letting it talk to the runner: anything a gate
 * printed goes between `::stop-commands::<random>` and `::<random>::`, so `::set-output`,
 * `::add-mask::` or `::error::` lines in it are shown as text, never obeyed. Gate text outside that
 * block (the title, the reason, notes) is made one inert, redacted line.
 */
import { randomHex } from './random-bytes.js'
import type { GateResult } from './gates/types.js'
import type { Redactor } from './text/redact.js'
import { escapeCommandValue, safeLogLine } from './text/workflow-commands.js'

type LogWriter = (text: string) => void

export function writeGateLog(result: GateResult, title: string, redactor: Redactor, write: LogWriter): void {
  const line = (text: string) => safeLogLine(text, redactor)
  const status = result.status.toUpperCase()
  write(`::group::${escapeCommandValue(line(`${status} ${result.id} — ${title} (${result.summary})`))}\n`)
  if (result.reason) write(`${line(result.reason)}\n`)
  for (const note of result.notes ?? []) write(`${line(note)}\n`)
  const output = result.process?.output
  if (output && output.totalBytes > 0) {
    const token = randomHex(16)
    write(`::stop-commands::${token}\n`)
    write(redactor.redact(output.head))
    if (output.truncated) write(`\n… ${output.totalLines} lines, ${output.totalBytes} bytes in all; ${output.logPath ? `full log: ${output.logPath}` : 'middle omitted'} …\n`)
    write(redactor.redact(output.tail))
    // A gate's last line may lack a newline; the resume token must start a line to be recognised.
    write(`\n::${token}::\n`)
  }
  write('::endgroup::\n')
}
