/**
 * A shard report as read back from a file: only the fields a merge uses, each checked for its
 * type. The file may come from another machine or from a fork's workflow, so nothing here is
 * trusted yet, and nothing is copied without being checked (a `__proto__` key stays a key).
 */
import { PARSER_NAMES, ITEM_SEVERITIES, type ParserName, type ItemSeverity } from '../checklist/types.js'
import type { AuditCounts, Finding, FormatCounts, GateStatus, GateStep, LintCounts, ParsedOutput, TestCounts } from '../gates/types.js'
import { JSON_REPORT_VERSION, MAX_JSON_FAILING_TESTS, MAX_JSON_FINDINGS } from '../report/json.js'
import type { RunIdentity, ShardIdentity } from '../report/identity.js'
import type { StatusCounts } from '../verdict.js'
import { MAX_SHARDS } from './select.js'

const STATUSES: readonly GateStatus[] = ['pass', 'fail', 'error', 'pending', 'cancelled']
const KINDS = ['command', 'file', 'manual'] as const
/** More steps than any script the segment marker can split (see gates/segments.ts) were not written by go-no-go. */
const MAX_REPORT_STEPS = 200

export interface ShardReport {
  run: RunIdentity | null
  checklistSha256: string | null
  shard: ShardIdentity | null
  startedAt: number
  durationMs: number
  counts: StatusCounts
  runProblems: Array<{ code: string; message: string }>
  items: ShardItem[]
}

export interface ShardItem {
  id: string
  kind: (typeof KINDS)[number]
  severity: ItemSeverity
  command: string | null
  status: GateStatus
  summary: string
  reason: string | null
  durationMs: number
  parser: ParserName | null
  counts: unknown
  failingTests: string[]
  failingTestsTotal: number
  findings: Finding[]
  findingsTotal: number
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  outputBytes: number
  notes: string[]
  /** Each command of a script that ran several tools; empty for a single tool (and in reports written before steps were kept). */
  steps: GateStep[]
  evidence: {
    parseProblem: { status: 'fail' | 'error'; message: string } | null
    spawnError: string | null
    cancelled: boolean
    output: { excerpt: string; totalLines: number; truncated: boolean }
  } | null
}

/** Thrown with the first field that is not what the action writes. */
class ShapeError extends Error {}

/** The report, or why it is not one the action wrote. */
export function readShardReport(json: unknown): ShardReport | { problem: string } {
  try {
    return shardReport(json)
  } catch (error) {
    if (error instanceof ShapeError) return { problem: error.message }
    throw error
  }
}

function shardReport(json: unknown): ShardReport {
  const report = object(json, 'the report')
  if (report.schemaVersion !== JSON_REPORT_VERSION) throw new ShapeError(`it is not a go-no-go JSON report of schema version ${JSON_REPORT_VERSION}`)
  const startedAt = Date.parse(string(report.startedAt, 'startedAt'))
  if (!Number.isFinite(startedAt)) throw new ShapeError('`startedAt` is not a time')
  const counts = object(report.counts, 'counts')
  return {
    run: report.run === null || report.run === undefined ? null : runIdentity(report.run),
    checklistSha256: report.checklistSha256 === null || report.checklistSha256 === undefined ? null : sha256(report.checklistSha256, 'checklistSha256'),
    shard: report.shard === null || report.shard === undefined ? null : shardIdentity(report.shard),
    startedAt,
    durationMs: duration(report.durationMs, 'durationMs'),
    counts: {
      passed: count(counts.passed, 'counts.passed'),
      failed: count(counts.failed, 'counts.failed'),
      errored: count(counts.errored, 'counts.errored'),
      pending: count(counts.pending, 'counts.pending'),
      cancelled: count(counts.cancelled, 'counts.cancelled')
    },
    runProblems: array(report.runProblems, 'runProblems').map((problem, index) => {
      const entry = object(problem, `runProblems[${index}]`)
      return { code: string(entry.code, `runProblems[${index}].code`), message: string(entry.message, `runProblems[${index}].message`) }
    }),
    items: array(report.items, 'items').map((item, index) => shardItem(item, `items[${index}]`))
  }
}

function runIdentity(value: unknown): RunIdentity {
  const run = object(value, 'run')
  const attempt = count(run.attempt, 'run.attempt')
  return {
    id: string(run.id, 'run.id'),
    attempt,
    repository: string(run.repository, 'run.repository'),
    event: string(run.event, 'run.event'),
    headSha: string(run.headSha, 'run.headSha'),
    commitSha: string(run.commitSha, 'run.commitSha')
  }
}

function shardIdentity(value: unknown): ShardIdentity {
  const shard = object(value, 'shard')
  const index = count(shard.index, 'shard.index')
  const total = count(shard.total, 'shard.total')
  if (index < 1 || index > total || total > MAX_SHARDS) throw new ShapeError(`\`shard\` is not K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS}`)
  const balancedBy = shard.balancedBy
  if (balancedBy !== 'count' && balancedBy !== 'durations') throw new ShapeError('`shard.balancedBy` is neither `count` nor `durations`')
  return {
    index,
    total,
    items: array(shard.items, 'shard.items').map((id, at) => string(id, `shard.items[${at}]`)),
    balancedBy,
    assignmentSha256: sha256(shard.assignmentSha256, 'shard.assignmentSha256')
  }
}

function shardItem(value: unknown, where: string): ShardItem {
  const item = object(value, where)
  const evidence = item.evidence === null || item.evidence === undefined ? null : object(item.evidence, `${where}.evidence`)
  const failingTests = array(item.failingTests, `${where}.failingTests`).map((name, at) => string(name, `${where}.failingTests[${at}]`))
  const findings = array(item.findings, `${where}.findings`).map((finding, at) => findingOf(finding, `${where}.findings[${at}]`))
  // The writer keeps at most this many: a longer list was not written by it.
  if (failingTests.length > MAX_JSON_FAILING_TESTS) throw new ShapeError(`\`${where}.failingTests\` lists more than ${MAX_JSON_FAILING_TESTS} tests`)
  if (findings.length > MAX_JSON_FINDINGS) throw new ShapeError(`\`${where}.findings\` lists more than ${MAX_JSON_FINDINGS} findings`)
  return {
    id: string(item.id, `${where}.id`),
    kind: choice(item.kind, KINDS, `${where}.kind`),
    severity: choice(item.severity, ITEM_SEVERITIES, `${where}.severity`),
    command: nullable(item.command, (command) => string(command, `${where}.command`)),
    status: choice(item.status, STATUSES, `${where}.status`),
    summary: string(item.summary, `${where}.summary`),
    reason: nullable(item.reason, (reason) => string(reason, `${where}.reason`)),
    durationMs: duration(item.durationMs, `${where}.durationMs`),
    parser: nullable(item.parser, (parser) => choice(parser, PARSER_NAMES, `${where}.parser`)),
    counts: item.counts ?? null,
    failingTests,
    failingTestsTotal: count(item.failingTestsTotal, `${where}.failingTestsTotal`),
    findings,
    findingsTotal: count(item.findingsTotal, `${where}.findingsTotal`),
    exitCode: nullable(item.exitCode, (code) => integer(code, `${where}.exitCode`)),
    signal: nullable(item.signal, (signal) => string(signal, `${where}.signal`)),
    timedOut: boolean(item.timedOut, `${where}.timedOut`),
    outputBytes: count(item.outputBytes, `${where}.outputBytes`),
    notes: array(item.notes, `${where}.notes`).map((note, at) => string(note, `${where}.notes[${at}]`)),
    steps: item.steps === undefined ? [] : steps(item.steps, `${where}.steps`),
    evidence: evidence && {
      parseProblem: nullable(evidence.parseProblem, (problem) => {
        const entry = object(problem, `${where}.evidence.parseProblem`)
        return {
          status: choice(entry.status, ['fail', 'error'] as const, `${where}.evidence.parseProblem.status`),
          message: string(entry.message, `${where}.evidence.parseProblem.message`)
        }
      }),
      spawnError: nullable(evidence.spawnError, (error) => string(error, `${where}.evidence.spawnError`)),
      cancelled: boolean(evidence.cancelled, `${where}.evidence.cancelled`),
      output: (() => {
        const output = object(evidence.output, `${where}.evidence.output`)
        return {
          excerpt: string(output.excerpt, `${where}.evidence.output.excerpt`),
          totalLines: count(output.totalLines, `${where}.evidence.output.totalLines`),
          truncated: boolean(output.truncated, `${where}.evidence.output.truncated`)
        }
      })()
    }
  }
}

function steps(value: unknown, where: string): GateStep[] {
  const list = array(value, where)
  if (list.length > MAX_REPORT_STEPS) throw new ShapeError(`\`${where}\` lists more than ${MAX_REPORT_STEPS} steps`)
  return list.map((entry, at) => {
    const step = object(entry, `${where}[${at}]`)
    const reason = nullable(step.reason, (text) => string(text, `${where}[${at}].reason`))
    return {
      command: string(step.command, `${where}[${at}].command`),
      parser: choice(step.parser, PARSER_NAMES, `${where}[${at}].parser`),
      status: choice(step.status, STATUSES, `${where}[${at}].status`),
      summary: string(step.summary, `${where}[${at}].summary`),
      ...(reason !== null ? { reason } : {}),
      exitCode: nullable(step.exitCode, (code) => integer(code, `${where}[${at}].exitCode`))
    }
  })
}

/** The counts a parser of this kind reports, checked; `undefined` when they are not of its shape. */
export function countsFor(kind: ParsedOutput['kind'], value: unknown): TestCounts | LintCounts | FormatCounts | AuditCounts | null | undefined {
  if (value === null) return null
  if (kind === 'exit-code' || !isObject(value)) return undefined
  const whole = (field: unknown) => typeof field === 'number' && Number.isSafeInteger(field) && field >= 0
  switch (kind) {
    case 'tests':
      return whole(value.passed) && whole(value.failed) && whole(value.skipped)
        ? { passed: value.passed as number, failed: value.failed as number, skipped: value.skipped as number }
        : undefined
    case 'lint':
      return whole(value.warnings) && whole(value.errors) ? { warnings: value.warnings as number, errors: value.errors as number } : undefined
    case 'format':
      return Array.isArray(value.files) && value.files.every((file) => typeof file === 'string') ? { files: [...(value.files as string[])] } : undefined
    case 'audit': {
      if (!whole(value.warnings) || !isObject(value.bySeverity)) return undefined
      const bySeverity: Record<string, number> = Object.create(null)
      for (const [severity, number] of Object.entries(value.bySeverity)) {
        if (!whole(number)) return undefined
        bySeverity[severity] = number as number
      }
      return { bySeverity, warnings: value.warnings as number }
    }
  }
}

function findingOf(value: unknown, where: string): Finding {
  const finding = object(value, where)
  const optional = <T>(field: unknown, read: (field: unknown) => T): T | undefined => (field === undefined ? undefined : read(field))
  const file = optional(finding.file, (field) => string(field, `${where}.file`))
  const line = optional(finding.line, (field) => count(field, `${where}.line`))
  const column = optional(finding.column, (field) => count(field, `${where}.column`))
  const code = optional(finding.code, (field) => string(field, `${where}.code`))
  return {
    level: choice(finding.level, ['error', 'warning', 'notice'] as const, `${where}.level`),
    message: string(finding.message, `${where}.message`),
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(code !== undefined ? { code } : {})
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (!isObject(value)) throw new ShapeError(`\`${where}\` is not an object`)
  return value
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`\`${where}\` is not a list`)
  return value
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new ShapeError(`\`${where}\` is not text`)
  return value
}

function boolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new ShapeError(`\`${where}\` is not true or false`)
  return value
}

function integer(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new ShapeError(`\`${where}\` is not a whole number`)
  return value
}

function count(value: unknown, where: string): number {
  const number = integer(value, where)
  if (number < 0) throw new ShapeError(`\`${where}\` is negative`)
  return number
}

function duration(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new ShapeError(`\`${where}\` is not a duration`)
  return value
}

function sha256(value: unknown, where: string): string {
  const text = string(value, where)
  if (!/^[0-9a-f]{64}$/.test(text)) throw new ShapeError(`\`${where}\` is not a SHA-256`)
  return text
}

function choice<T extends string>(value: unknown, choices: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) throw new ShapeError(`\`${where}\` is not one of ${choices.join(', ')}`)
  return value as T
}

function nullable<T>(value: unknown, read: (value: unknown) => T): T | null {
  return value === null ? null : read(value)
}
