/**
 * `cargo fmt -- --check` / `rustfmt --check`: the files (and first lines) that would change.
 * Exit 1 with a diff is "needs formatting"; exit non-zero without one (a parse error, no
 * Cargo.toml) means rustfmt could not check, which is never "formatted".
 */
import type { ParserDescriptor } from './descriptor.js'
import type { Finding, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'
import { cargoSubcommand } from './cargo-command.js'
import { RustcDiagnosticReader } from './rustc-diagnostics.js'

/**
 * Current rustfmt: `Diff in /abs/src/lib.rs:12:`; older releases: `Diff in /abs/src/lib.rs at line 12:`.
 * Read from the end with plain string search: a path may contain anything, even ':' or ' at line '.
 */
export function readDiffHeader(line: string): { file: string; line: number } | undefined {
  if (!line.startsWith('Diff in ') || !line.endsWith(':')) return undefined
  const body = line.slice('Diff in '.length, -1)
  const at = body.lastIndexOf(' at line ')
  const split =
    at !== -1
      ? { file: body.slice(0, at), number: body.slice(at + ' at line '.length) }
      : { file: body.slice(0, body.lastIndexOf(':')), number: body.slice(body.lastIndexOf(':') + 1) }
  if (split.file === '' || !/^\d+$/.test(split.number)) return undefined
  return { file: split.file, line: Number(split.number) }
}

function createCargoFmtParser(): OutputParser {
  const files = new BoundedList<string>()
  const findings = new BoundedList<Finding>()
  const diagnostics = new RustcDiagnosticReader()
  let firstError: string | undefined
  let diffs = 0

  return {
    name: 'cargo-fmt',
    onLine(line) {
      const diff = readDiffHeader(line)
      if (diff) {
        diffs++
        if (!files.includes(diff.file)) files.push(diff.file)
        findings.push({ level: 'warning', message: 'needs formatting (cargo fmt)', file: diff.file, line: diff.line, code: 'rustfmt' })
        return
      }
      // rustfmt reports code it cannot parse as a rustc-style error.
      const diagnostic = diagnostics.onLine(line)
      if (diagnostic?.level === 'error') firstError ??= `${diagnostic.message} --> ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
    },
    finish(process: ProcessOutcome): ParsedOutput {
      firstError ??= diagnostics.firstUnplacedError
      if (diffs === 0 && (process.exitCode !== 0 || firstError !== undefined)) {
        return {
          kind: 'format',
          counts: null,
          findings: findings.items,
          problem: {
            status: 'error',
            message: firstError ? `rustfmt could not check: ${firstError}` : `exited ${process.exitCode ?? process.signal} without listing a file to format`
          }
        }
      }
      return { kind: 'format', counts: { files: files.items }, findings: findings.items }
    }
  }
}

export const cargoFmt: ParserDescriptor<'cargo-fmt'> = {
  name: 'cargo-fmt',
  detect: (invocation) => invocation.program === 'rustfmt' || invocation.program === 'cargo-fmt' || cargoSubcommand(invocation) === 'fmt',
  create: createCargoFmtParser
}
