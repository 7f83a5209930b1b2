/**
 * rustc's diagnostics as cargo test, clippy and rustfmt print them, in each message format:
 * human (`warning: msg` then ` --> file:line:col`), short (`file:line:col: warning: msg`) and JSON
 * (`{"reason":"compiler-message",…}`). A diagnostic counts only once it has a primary location, so
 * cargo's own summary lines ("generated 3 warnings", "could not compile") are never diagnostics.
 */
import type { Finding } from '../types.js'

/** A Finding, so it can be listed as it is; its `code` may be filled in by a later note. */
interface RustcDiagnostic extends Finding {
  level: 'warning' | 'error'
  message: string
  file: string
  line: number
  column: number
  /** `E0308`, `clippy::needless_return`, `unused_variables`; filled in from notes that follow. */
  code?: string
}

const HUMAN_HEADER = /^(warning|error)(?:\[([A-Za-z0-9_:]+)\])?: (.+)$/
const HUMAN_LOCATION = /^\s*--> ([^:\s][^:]*):(\d+):(\d+)/
// `src/lib.rs:2:5: warning: unneeded \`return\` statement` (`--message-format=short`).
const SHORT = /^([^:\s][^:]*):(\d+):(\d+): (warning|error)(?:\[([A-Za-z0-9_:]+)\])?: (.+)$/
const LINT_NOTE = /`#\[(?:warn|deny|forbid)\(([a-z0-9_:]+)\)\]`|`-D ([a-z0-9_:-]+)`/
const LINT_URL = /index\.html#([a-z0-9_]+)/

/** cargo's closing lines, which look like diagnostics but summarise them. */
const CARGO_SUMMARY = /^(?:could not compile|aborting due to|build failed|\d+ (?:warnings?|errors?) emitted|`[^`]+` \([^)]*\) generated)/

interface JsonMessage {
  reason?: string
  message?: {
    level?: string
    message?: string
    code?: { code?: string } | null
    spans?: Array<{ file_name?: string; line_start?: number; column_start?: number; is_primary?: boolean }>
  }
}

/**
 * Reads diagnostics from a stream of lines. Feed every line; `onLine` returns a diagnostic when one
 * is complete. A later `= note:` naming the lint fills in the code of the last one.
 */
export class RustcDiagnosticReader {
  private pending: { level: 'warning' | 'error'; message: string; code?: string } | undefined
  private last: RustcDiagnostic | undefined
  /** First `error:` that never got a location: cargo's own reason for stopping ("no such command"). */
  firstUnplacedError: string | undefined
  /** The JSON stream or cargo's progress lines show that cargo built something. */
  sawBuild = false

  onLine(line: string): RustcDiagnostic | undefined {
    if (line.startsWith('{')) return this.readJson(line)
    if (/^\s+(?:Checking|Compiling|Finished|Fresh|Documenting)\s/.test(line)) this.sawBuild = true
    const short = SHORT.exec(line)
    if (short) {
      this.pending = undefined
      return this.complete({
        level: short[4] as 'warning' | 'error',
        message: short[6],
        file: short[1],
        line: Number(short[2]),
        column: Number(short[3]),
        ...(short[5] ? { code: short[5] } : {})
      })
    }
    const header = HUMAN_HEADER.exec(line)
    if (header) {
      if (CARGO_SUMMARY.test(header[3])) {
        this.pending = undefined
        return undefined
      }
      if (header[1] === 'error') this.firstUnplacedError ??= header[3]
      this.pending = { level: header[1] as 'warning' | 'error', message: header[3], ...(header[2] ? { code: header[2] } : {}) }
      return undefined
    }
    const location = this.pending ? HUMAN_LOCATION.exec(line) : null
    if (location && this.pending) {
      const pending = this.pending
      this.pending = undefined
      if (pending.level === 'error' && this.firstUnplacedError === pending.message) this.firstUnplacedError = undefined
      return this.complete({ ...pending, file: location[1], line: Number(location[2]), column: Number(location[3]) })
    }
    this.readLintNote(line)
    return undefined
  }

  /** Forgets a half-read diagnostic, e.g. when the stream moves on to something else. */
  reset(): void {
    this.pending = undefined
    this.last = undefined
  }

  private complete(diagnostic: RustcDiagnostic): RustcDiagnostic {
    this.last = diagnostic
    return diagnostic
  }

  private readLintNote(line: string): void {
    const last = this.last
    if (!last || last.code || !line.trimStart().startsWith('=')) return
    const note = LINT_NOTE.exec(line)
    if (note) {
      last.code = (note[1] ?? note[2]).replace(/-/g, '_')
      return
    }
    const url = LINT_URL.exec(line)
    if (url) last.code = `clippy::${url[1]}`
  }

  private readJson(line: string): RustcDiagnostic | undefined {
    let parsed: JsonMessage
    try {
      parsed = JSON.parse(line) as JsonMessage
    } catch {
      return undefined
    }
    if (parsed.reason === 'build-finished' || parsed.reason === 'compiler-artifact') this.sawBuild = true
    if (parsed.reason !== 'compiler-message' || !parsed.message) return undefined
    const level = parsed.message.level
    if (level !== 'warning' && level !== 'error') return undefined
    const primary = parsed.message.spans?.find((span) => span.is_primary)
    if (!primary || typeof primary.file_name !== 'string') {
      if (level === 'error' && typeof parsed.message.message === 'string' && !CARGO_SUMMARY.test(parsed.message.message)) this.firstUnplacedError ??= parsed.message.message
      return undefined
    }
    return this.complete({
      level,
      message: String(parsed.message.message ?? ''),
      file: primary.file_name,
      line: Number(primary.line_start ?? 0),
      column: Number(primary.column_start ?? 0),
      ...(parsed.message.code?.code ? { code: parsed.message.code.code } : {})
    })
  }
}

/** The same diagnostic reported again (by `--all-targets`, once per target) has the same identity. */
export function diagnosticIdentity(diagnostic: RustcDiagnostic): string {
  return `${diagnostic.level}|${diagnostic.file}|${diagnostic.line}|${diagnostic.column}|${diagnostic.message}`
}

/**
 * cargo's totals per target: `warning: \`x\` (lib) generated 3 warnings (1 duplicate)` and
 * `error: could not compile \`x\` (lib) due to 2 previous errors; 1 warning emitted`. Duplicates are
 * the same diagnostic shown for another target, so they are not new.
 */
export function readCargoTotals(line: string): { warnings: number; errors: number } | undefined {
  const generated = /^warning: `[^`]+` \([^)]*\) generated (\d+) warnings?(?: \((\d+) duplicates?\))?/.exec(line)
  if (generated) return { warnings: Number(generated[1]) - Number(generated[2] ?? 0), errors: 0 }
  const failed = /^error: could not compile `[^`]+`(?: \([^)]*\))? due to (\d+) previous errors?(?:; (\d+) warnings? emitted)?/.exec(line)
  if (failed) return { warnings: Number(failed[2] ?? 0), errors: Number(failed[1]) }
  return undefined
}
