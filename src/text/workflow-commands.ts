/**
 * Text that came from a gate (a test name, a reason, a command) on its way into the Actions log
 * or a workflow command. The runner reads a command from any line that starts with `::` or
 * contains `##[`, and it splits lines on CR as well as LF, so both line breaks and those sequences
 * are broken up: the text stays readable and can never be obeyed.
 */
import type { Redactor } from './redact.js'
import { stripControl, ZERO_WIDTH_SPACE } from './sanitize.js'

/** One log line that cannot start or contain a workflow command. */
export function neutraliseLogText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/::/g, `:${ZERO_WIDTH_SPACE}:`)
    .replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`)
}

/**
 * Gate text for the log outside a stop-commands block (a group title, a reason, the final
 * `::error::`): one line, control characters and escapes gone, secrets redacted as on every other
 * surface, then made inert. Redaction comes before the `::` break-up, which could split a secret.
 */
export function safeLogLine(text: string, redactor: Redactor): string {
  const flat = stripControl(text.replace(/\r\n|\r|\n/g, ' '))
  return neutraliseLogText(redactor.redact(flat))
}

/** Workflow command values: `%`, CR and LF must be escaped or they end the command early. */
export function escapeCommandValue(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
