/** `cargo fmt --check` / `rustfmt --check`: the files (and first lines) that would change. */
import type { Finding, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'

// Current rustfmt: "Diff in /abs/src/lib.rs:12:" or "Diff in /abs/src/lib.rs at line 12:"; older: "Diff in src/lib.rs at line 12:".
const DIFF = /^Diff in (.+?)(?: at line |:)(\d+):?\s*$/
const ERROR = /^error(?:\[E\d+\])?: (.+)$/

export function createCargoFmtParser(): OutputParser {
  const files = new BoundedList<string>()
  const findings = new BoundedList<Finding>()
  let firstError: string | undefined
  let diffs = 0

  return {
    name: 'cargo-fmt',
    onLine(line) {
      const diff = DIFF.exec(line)
      if (diff) {
        diffs++
        const file = diff[1]
        if (!files.includes(file)) files.push(file)
        findings.push({ level: 'warning', message: 'needs formatting (cargo fmt)', file, line: Number(diff[2]), code: 'rustfmt' })
        return
      }
      const error = ERROR.exec(line)
      if (error) firstError ??= error[1]
    },
    finish(process: ProcessOutcome): ParsedOutput {
      if (diffs === 0 && process.exitCode !== 0) {
        return {
          kind: 'format',
          counts: null,
          findings: findings.items,
          problem: { status: 'error', message: firstError ? `rustfmt could not check: ${firstError}` : `exited ${process.exitCode ?? process.signal} without listing a file to format` }
        }
      }
      return { kind: 'format', counts: { files: files.items }, findings: findings.items }
    }
  }
}
