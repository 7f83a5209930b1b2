/** What running a gate produces: raw process facts, what a parser read from the output, and the judged result. */
import type { ParserName } from '../checklist/types.js'

/**
 * pass: the evidence says the item is met.
 * fail: the gate ran and found problems.
 * error: the gate could not run or its outcome cannot be known (not found, timed out, killed,
 *        unparseable output, service unreachable). Never a pass.
 * pending: a person has not signed off yet.
 * cancelled: the run was stopped before the gate finished.
 */
export type GateStatus = 'pass' | 'fail' | 'error' | 'pending' | 'cancelled'

/** Bounded view of everything a gate printed (stdout and stderr interleaved). */
export interface CapturedOutput {
  head: string
  tail: string
  /** Bytes the gate printed in all. */
  totalBytes: number
  totalLines: number
  /** True when head + tail do not hold the whole output. */
  truncated: boolean
  /** Full output on disk, when it was kept. */
  logPath?: string
}

export interface ProcessOutcome {
  /** null when the process was killed by a signal or never started. */
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  cancelled: boolean
  /** The process could not be started at all (spawn error). */
  spawnError?: string
  durationMs: number
  output: CapturedOutput
}

/** One problem a tool reported, with a location when the tool gave one. */
export interface Finding {
  level: 'error' | 'warning' | 'notice'
  message: string
  file?: string
  line?: number
  column?: number
  /** e.g. clippy lint name, failing test path, advisory id. */
  code?: string
}

export interface TestCounts {
  passed: number
  failed: number
  skipped: number
}

export interface LintCounts {
  warnings: number
  errors: number
}

export interface FormatCounts {
  /** Files rustfmt would change. */
  files: string[]
}

export interface AuditCounts {
  /** Vulnerabilities by severity name as the tool spells it (lower-cased). `unknown` when none given. */
  bySeverity: Record<string, number>
  /** Non-vulnerability advisories: unmaintained, yanked, unsound. */
  warnings: number
}

/**
 * What a parser understood. `kind` says which counts are present.
 * `problem` is set when the output could not be understood well enough to judge: a compile
 * error before tests ran, a registry error instead of an audit, no summary at all.
 */
export type ParsedOutput =
  | {
      kind: 'tests'
      counts: TestCounts | null
      failingTests: string[]
      findings: Finding[]
      problem?: ParseProblem
      /** Why the runner exited non-zero in its own words (a coverage threshold, no test files), when it said. */
      exitCause?: string
    }
  | { kind: 'lint'; counts: LintCounts | null; findings: Finding[]; problem?: ParseProblem }
  | { kind: 'format'; counts: FormatCounts | null; findings: Finding[]; problem?: ParseProblem }
  | { kind: 'audit'; counts: AuditCounts | null; findings: Finding[]; problem?: ParseProblem }
  | { kind: 'exit-code'; findings: Finding[] }

export interface ParseProblem {
  /** fail: the tool found a defect in the code (compile error). error: the tool could not do its job. */
  status: 'fail' | 'error'
  message: string
}

/**
 * Parsers see the output line by line, so memory stays flat however much a gate prints.
 * Lines arrive without their newline, ANSI escapes already removed, each at most a fixed length.
 */
export interface OutputParser {
  readonly name: ParserName
  onLine(line: string): void
  finish(process: ProcessOutcome, artifacts?: ParserArtifacts): ParsedOutput
}

/** What a parser knows about the command before it reads a line. */
export interface ParserContext {
  /**
   * The gate's command is this one tool, invoked directly: its output holds exactly one run, so
   * only the run's own closing summary counts and a summary-like block printed earlier came from
   * a test. When false (`npm test`, chains), several runs may be summed.
   */
  singleRun: boolean
  /**
   * The module path in the go.mod where the command runs, when there is one: go test prints a
   * failure's file relative to its package, and this turns it into a path from where go ran.
   */
  goModule?: string
}

/** Files a parser asked the tool to write (see ParserDescriptor.adjustCommand), read after the run. */
export interface ParserArtifacts {
  /** Present whenever the command was adjusted to write a report, even if the tool never wrote it. */
  report?: ReportFile
}

export interface ReportFile {
  path: string
  /** The report's text; absent when it could not be read. */
  text?: string
  /** Why there is no text: missing, empty, unreadable. */
  problem?: string
  /** Larger than go-no-go reads; the parser falls back to the tool's printed output. */
  tooLarge?: boolean
}

/** How one command of a gate's script was judged, when the script ran several tools. */
export interface GateStep {
  /** The command as the shell ran it (pipelines joined with `|`), or the tool when it was judged on the whole output. */
  command: string
  parser: ParserName
  status: GateStatus
  summary: string
  reason?: string
  exitCode: number | null
}

/** The judged result of one checklist item. */
export interface GateResult {
  id: string
  status: GateStatus
  /** Short human result, e.g. "2/3 passed", "3 warnings", "file present". */
  summary: string
  /** Why it is not a pass, one line. */
  reason?: string
  durationMs: number
  parser?: ParserName
  parsed?: ParsedOutput
  process?: ProcessOutcome
  /** Sign-offs and automation notes for manual/Markdown items; how a script's output was attributed. */
  notes?: string[]
  /** Each judged command, when a script ran more than one tool (or a tool and a failing command). */
  steps?: GateStep[]
}
