/**
 * The JSON report (the action's `report` file, `npx go-no-go --format json`): a stable shape for
 * other tools. Every key is always present (null when it does not apply), so consumers need no
 * guessing; text is stripped of control characters and redacted, never HTML-escaped.
 */
import { allItems, phaseOf, type ChecklistItem, type ParserName, type ItemSeverity, type Phase, type SourceLocation } from '../checklist/types.js'
import type { AuditCounts, CapturedOutput, Finding, FormatCounts, GateStatus, LintCounts, TestCounts } from '../gates/types.js'
import type { ChangeKind } from '../checklist/diff.js'
import type { ChecklistFrom } from '../checklist/source.js'
import type { ChecklistChangesView } from './checklist-changes.js'
import type { Decision, StatusCounts } from '../verdict.js'
import { passEvidence, type PassEvidence } from './format.js'
import type { RunIdentity, ShardIdentity } from './identity.js'
import type { RunReport } from './model.js'
import { createRedactor, type Redactor } from '../text/redact.js'
import { stripControl } from '../text/sanitize.js'

export const JSON_REPORT_VERSION = 1
/** Bounds on lists copied from tool output; the totals say how many there were. */
export const MAX_JSON_FINDINGS = 100
export const MAX_JSON_FAILING_TESTS = 100
/**
 * The last characters of a gate's output kept as evidence: the same window the Markdown report
 * cuts its excerpt from (40 lines of at most 4,096 characters, looked for in the last 16,384), so
 * a report rendered from merged shard reports shows exactly what the shard's own run would.
 */
const JSON_OUTPUT_EXCERPT_CHARS = 16_384

export interface JsonReport {
  schemaVersion: typeof JSON_REPORT_VERSION
  decision: Decision
  title: string
  /** Path of the checklist, relative to the workspace. */
  checklist: string
  format: 'yaml' | 'markdown'
  startedAt: string
  durationMs: number
  cancelled: boolean
  counts: StatusCounts
  reasons: string[]
  /** Problems with the run as a whole (cancelled, a gate changed the code or the runner's files); each makes it NO-GO. */
  runProblems: Array<{ code: string; message: string }>
  runUrl: string | null
  /** Which workflow run and commit wrote the report; null for a run outside Actions or one stopped before its checklist was read. */
  run: RunIdentity | null
  /** SHA-256 of the checklist file's bytes as read; null when it was not read. */
  checklistSha256: string | null
  /** The part of the checklist this run owned (`shard: K/N`; an unsharded run is 1/1 and owns every item). */
  shard: ShardIdentity | null
  /** What the pull request changed in its own checklist (the "Checklist changed" section); null when nothing changed or no base was compared. */
  checklistChanges: JsonChecklistChanges | null
  items: JsonItem[]
}

interface JsonChecklistChanges {
  path: string
  baseSha: string | null
  /** Which commit's checklist this run used. */
  checklistFrom: ChecklistFrom
  explanation: string
  changes: Array<{
    itemId: string | null
    title: string | null
    kind: ChangeKind
    key: string | null
    change: string
    before: string | null
    after: string | null
    renamedTo: string | null
    weakening: boolean
    why: string
  }>
  /** The sign-offs `protect-checklist` asked for because of weakening changes; null when it is off. */
  protection: { items: string[]; signers: string } | null
}

/** One command of a script that ran several tools, as it was judged. */
interface JsonStep {
  command: string
  parser: ParserName
  status: GateStatus
  summary: string
  reason: string | null
  exitCode: number | null
}

interface JsonItem {
  id: string
  title: string
  section: string
  severity: ItemSeverity
  /** Only pre-deploy items decide; deploy and post-deploy items are listed after the decision and their gates are not run. */
  phase: Phase
  /** Why a Markdown item is softer than blocking (the words and where they are); null when it is not. */
  severityFrom: string | null
  kind: ChecklistItem['kind']
  /** The command run, for command items. */
  command: string | null
  source: SourceLocation | null
  status: GateStatus
  /** How a pass was known (a tool or evidence file, a tick in the checklist, a sign-off on the pull request); null unless it passed. */
  passedBy: PassEvidence | null
  summary: string
  reason: string | null
  durationMs: number
  parser: ParserName | null
  /** What the parser counted: tests, lint, format or audit counts, depending on the parser. */
  counts: TestCounts | LintCounts | FormatCounts | AuditCounts | null
  failingTests: string[]
  failingTestsTotal: number
  findings: Finding[]
  findingsTotal: number
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  outputBytes: number
  /** Where the full output was kept, on the machine that ran the gate. */
  logPath: string | null
  notes: string[]
  /** Each command judged on its own, when the script ran more than one tool; empty otherwise. */
  steps: JsonStep[]
  /** What judging the item again needs beyond the fields above (a merge of shard reports does); null when no process ran. */
  evidence: JsonEvidence | null
}

interface JsonEvidence {
  /** What stopped the parser from judging (a compile error, an unreachable registry). */
  parseProblem: { status: 'fail' | 'error'; message: string } | null
  /** The process could not be started. */
  spawnError: string | null
  /** The process was stopped by a cancel. */
  cancelled: boolean
  output: {
    /** The end of what the gate printed, from a line boundary, at most JSON_OUTPUT_EXCERPT_CHARS before cleaning. */
    excerpt: string
    totalLines: number
    /** The capture did not hold the whole output. */
    truncated: boolean
  }
}

/** The report as plain data, ready for JSON.stringify. */
export function toJsonReport(report: RunReport, redactor: Redactor = createRedactor()): JsonReport {
  const clean = (value: string) => redactor.redact(stripControl(value))
  const cleanOptional = (value: string | undefined) => (value === undefined ? undefined : clean(value))
  return {
    schemaVersion: JSON_REPORT_VERSION,
    decision: report.verdict.decision,
    title: clean(report.checklist.title),
    checklist: clean(report.checklist.path),
    format: report.checklist.format,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    cancelled: report.cancelled,
    counts: { ...report.verdict.counts },
    reasons: report.verdict.reasons.map(clean),
    runProblems: report.verdict.runProblems.map((problem) => ({ code: problem.code, message: clean(problem.message) })),
    runUrl: report.runUrl ?? null,
    run: report.identity ? { ...report.identity.run } : null,
    checklistSha256: report.identity?.checklistSha256 ?? null,
    shard: report.identity ? { ...report.identity.shard, items: [...report.identity.shard.items] } : null,
    checklistChanges: report.checklistChanges && report.checklistChanges.changes.length > 0 ? jsonChecklistChanges(report.checklistChanges, clean) : null,
    items: allItems(report.checklist).map((item): JsonItem => {
      const result = report.results.get(item.id)
      const parsed = result?.parsed
      const process = result?.process
      const failingTests = parsed?.kind === 'tests' ? parsed.failingTests : []
      const findings = parsed?.findings ?? []
      return {
        id: item.id,
        title: clean(item.title),
        section: clean(item.section),
        severity: item.severity,
        phase: phaseOf(item),
        severityFrom: item.severityFrom === undefined ? null : clean(item.severityFrom),
        kind: item.kind,
        command: item.kind === 'command' ? clean(item.run) : null,
        source: item.source ? { ...item.source } : null,
        // An item without a result was never judged: it is an error, never a pass.
        status: result?.status ?? 'error',
        passedBy: result ? (passEvidence(item, result) ?? null) : null,
        summary: clean(result?.summary ?? 'no result'),
        reason: result ? (result.reason === undefined ? null : clean(result.reason)) : 'the gate produced no result',
        durationMs: result?.durationMs ?? 0,
        parser: result?.parser ?? null,
        counts: parsed && 'counts' in parsed && parsed.counts ? copyCounts(parsed.counts, clean) : null,
        failingTests: failingTests.slice(0, MAX_JSON_FAILING_TESTS).map(clean),
        failingTestsTotal: failingTests.length,
        findings: findings.slice(0, MAX_JSON_FINDINGS).map((finding) => ({
          ...finding,
          message: clean(finding.message),
          ...(finding.file !== undefined ? { file: cleanOptional(finding.file) } : {}),
          ...(finding.code !== undefined ? { code: cleanOptional(finding.code) } : {})
        })),
        findingsTotal: findings.length,
        exitCode: process?.exitCode ?? null,
        signal: process?.signal ?? null,
        timedOut: process?.timedOut ?? false,
        outputBytes: process?.output.totalBytes ?? 0,
        logPath: process?.output.logPath ?? null,
        notes: (result?.notes ?? []).map(clean),
        steps: (result?.steps ?? []).map((step) => ({
          command: clean(step.command),
          parser: step.parser,
          status: step.status,
          summary: clean(step.summary),
          reason: step.reason === undefined ? null : clean(step.reason),
          exitCode: step.exitCode
        })),
        evidence: process
          ? {
              parseProblem: parsed && 'problem' in parsed && parsed.problem ? { status: parsed.problem.status, message: clean(parsed.problem.message) } : null,
              spawnError: process.spawnError === undefined ? null : clean(process.spawnError),
              cancelled: process.cancelled,
              output: { excerpt: clean(outputExcerpt(process.output)), totalLines: process.output.totalLines, truncated: process.output.truncated }
            }
          : null
      }
    })
  }
}

/** Checklist text (ids, titles, values, commands) is untrusted like gate output: cleaned the same way. */
function jsonChecklistChanges(view: ChecklistChangesView, clean: (value: string) => string): JsonChecklistChanges {
  const optional = (value: string | undefined) => (value === undefined ? null : clean(value))
  return {
    path: clean(view.path),
    baseSha: optional(view.baseSha),
    checklistFrom: view.checklistFrom,
    explanation: clean(view.explanation),
    changes: view.changes.map((change) => ({
      itemId: optional(change.itemId),
      title: optional(change.title),
      kind: change.kind,
      key: optional(change.key),
      change: clean(change.change),
      before: optional(change.before),
      after: optional(change.after),
      renamedTo: optional(change.renamedTo),
      weakening: change.weakening,
      why: clean(change.why)
    })),
    protection: view.protection ? { items: view.protection.items.map((item) => clean(item.id)), signers: clean(view.protection.signers) } : null
  }
}

/** File names in format counts come from tool output too. */
function copyCounts(counts: TestCounts | LintCounts | FormatCounts | AuditCounts, clean: (value: string) => string): JsonItem['counts'] {
  if ('files' in counts) return { files: counts.files.map(clean) }
  return structuredClone(counts)
}

/**
 * The end of the captured output, cut as the Markdown excerpt cuts it: the head and tail joined
 * when they are contiguous, then the last JSON_OUTPUT_EXCERPT_CHARS from the first line boundary.
 */
function outputExcerpt(output: CapturedOutput): string {
  const joined = output.truncated ? output.tail || output.head : output.head + output.tail
  if (joined.length <= JSON_OUTPUT_EXCERPT_CHARS) return joined
  const window = joined.slice(joined.length - JSON_OUTPUT_EXCERPT_CHARS)
  const newline = window.indexOf('\n')
  return newline === -1 ? '' : window.slice(newline + 1)
}
