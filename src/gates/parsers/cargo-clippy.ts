/**
 * `cargo clippy`, human or `--message-format=json`. A diagnostic counts once it has a primary
 * location: cargo's own summary lines ("generated 3 warnings", "could not compile") have none,
 * so they are never counted twice. A clean run must still show that cargo checked something
 * (`Checking`/`Finished`, or JSON `build-finished`): silence proves nothing.
 */
import type { Finding, LintCounts, OutputParser, ParsedOutput, ProcessOutcome } from '../types.js'
import { BoundedList } from './bounded.js'

const HEADER = /^(warning|error)(?:\[(E\d+)\])?: (.+)$/
const LOCATION = /^\s*--> ([^:\s][^:]*):(\d+):(\d+)/
const LINT_NOTE = /`#\[(?:warn|deny)\(([a-z_:]+)\)\]`|`-D ([a-z_:-]+)`/
const LINT_URL = /index\.html#([a-z_]+)/
// cargo's progress lines (stderr) and the JSON stream's last message show that a build ran.
const CARGO_PROGRESS = /^\s+(?:Checking|Compiling|Finished|Fresh)\s/

/** Diagnostics remembered for de-duplication; past this, memory matters more than a double count. */
const MAX_REMEMBERED = 10_000

interface JsonDiagnostic {
  reason?: string
  message?: {
    level?: string
    message?: string
    code?: { code?: string } | null
    spans?: Array<{ file_name: string; line_start: number; column_start: number; is_primary: boolean }>
  }
}

export function createCargoClippyParser(): OutputParser {
  const counts: LintCounts = { warnings: 0, errors: 0 }
  let sawDiagnostics = false
  let sawBuild = false
  const findings = new BoundedList<Finding>()
  let pending: { level: 'warning' | 'error'; message: string; code?: string } | undefined
  let last: Finding | undefined
  let firstError: string | undefined
  const seenJson = new Set<string>()

  const record = (finding: Finding) => {
    sawDiagnostics = true
    if (finding.level === 'error') counts.errors++
    else counts.warnings++
    findings.push(finding)
    last = finding
  }

  return {
    name: 'cargo-clippy',
    onLine(line) {
      if (line.startsWith('{')) {
        readJson(line)
        return
      }
      if (CARGO_PROGRESS.test(line)) sawBuild = true
      const header = HEADER.exec(line)
      if (header) {
        pending = { level: header[1] as 'warning' | 'error', message: header[3], ...(header[2] ? { code: header[2] } : {}) }
        if (header[1] === 'error' && !/^could not compile|^aborting due to/.test(header[3])) firstError ??= header[3]
        return
      }
      const location = pending ? LOCATION.exec(line) : null
      if (location && pending) {
        record({
          level: pending.level,
          message: pending.message,
          file: location[1],
          line: Number(location[2]),
          column: Number(location[3]),
          ...(pending.code ? { code: pending.code } : {})
        })
        pending = undefined
        return
      }
      if (!last || last.code || !line.trimStart().startsWith('=')) return
      const note = LINT_NOTE.exec(line)
      const url = note ? null : LINT_URL.exec(line)
      if (note) last.code = (note[1] ?? note[2]).replace(/-/g, '_')
      else if (url) last.code = `clippy::${url[1]}`
    },
    finish(process: ProcessOutcome): ParsedOutput {
      if (process.exitCode === 0 && !sawDiagnostics && !sawBuild) {
        return {
          kind: 'lint',
          counts: null,
          findings: [],
          problem: { status: 'error', message: 'clippy printed no diagnostics and no cargo progress, so nothing shows it checked the code (drop -q/--quiet)' }
        }
      }
      const ranButFoundNothingReadable = process.exitCode !== 0 && !sawDiagnostics
      return {
        kind: 'lint',
        counts: ranButFoundNothingReadable ? null : counts,
        findings: findings.items,
        ...(ranButFoundNothingReadable
          ? {
              problem: {
                status: 'error' as const,
                message: firstError ? `clippy could not run: ${firstError}` : `clippy exited ${process.exitCode ?? process.signal} without reporting a diagnostic`
              }
            }
          : {})
      }
    }
  }

  function readJson(line: string): void {
    let parsed: JsonDiagnostic
    try {
      parsed = JSON.parse(line) as JsonDiagnostic
    } catch {
      return
    }
    if (parsed.reason === 'build-finished' || parsed.reason === 'compiler-artifact') sawBuild = true
    if (parsed.reason !== 'compiler-message' || !parsed.message) return
    const level = parsed.message.level
    if (level !== 'warning' && level !== 'error') return
    const primary = parsed.message.spans?.find((span) => span.is_primary)
    if (!primary) {
      if (level === 'error') firstError ??= parsed.message.message
      return
    }
    // With --all-targets each target reports the same diagnostic; cargo folds them only in human output.
    const identity = `${level}|${primary.file_name}|${primary.line_start}|${primary.column_start}|${parsed.message.message}`
    if (seenJson.has(identity)) return
    if (seenJson.size < MAX_REMEMBERED) seenJson.add(identity)
    record({
      level,
      message: parsed.message.message ?? '',
      file: primary.file_name,
      line: primary.line_start,
      column: primary.column_start,
      ...(parsed.message.code?.code ? { code: parsed.message.code.code } : {})
    })
  }
}
