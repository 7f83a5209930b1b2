/**
 * Text that came from a gate (a test name, a reason, a command) on its way into the Actions log
 * or a workflow command. The runner reads a command from any line that starts with `::` or
 * `##[`, and it splits lines on CR as well as LF, so both line breaks and those sequences are
 * broken up: the text stays readable and can never be obeyed.
 */
import { ZERO_WIDTH_SPACE } from './sanitize.js'

/** One log line that cannot start or contain a workflow command. */
export function neutraliseLogText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/::/g, `:${ZERO_WIDTH_SPACE}:`)
    .replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`)
}

/** Workflow command values: `%`, CR and LF must be escaped or they end the command early. */
export function escapeCommandValue(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
