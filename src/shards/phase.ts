/**
 * What a job does with the checklist once it is read, when it is one job of several: a shard
 * keeps only its own items; a merge answers every item from the shard reports and runs nothing.
 * Every job's report also records which run, commit, checklist and shard it is, so a merge can
 * tell its shards from anyone else's. main.ts calls this between loading the checklist and
 * evaluating it, and uses the part it returns for the rest of the run.
 */
import { createHash } from 'node:crypto'
import type { Checklist } from '../checklist/types.js'
import type { FailOn } from '../constants.js'
import type { RunGuard } from '../engine.js'
import { headSha, type GitHubEnvironment } from '../github/context.js'
import { readBoundedJson } from '../gates/bounded-json.js'
import type { GateRunner } from '../gates/gate-runner.js'
import type { ReportIdentity, ShardIdentity } from '../report/identity.js'
import type { RunReport } from '../report/model.js'
import type { RunProblem } from '../verdict.js'
import { mergeShardReports, type MergeExpectation } from './merge.js'
import { MAX_REPORT_BYTES, readReportFiles } from './read-reports.js'
import { durationsFromReport, selectShard, wholeChecklist, type ShardSpec } from './select.js'
import type { TriggeringRun } from './workflow-run.js'
import { formatNumber } from '../text/format.js'

interface JobPartInput {
  checklist: Checklist
  /** SHA-256 of the checklist's bytes as this job read them. */
  checklistSha256: string
  /** The run's environment (in the fork pattern, with the verified pull request in it). */
  github: GitHubEnvironment
  shard?: ShardSpec
  shardPublish: boolean
  previousReport?: string
  /** Merge mode: the report patterns, resolved against `base`. */
  reports?: readonly string[]
  base: string
  /** Merge mode under `workflow_run`: the verified run that made the reports. */
  triggeringRun?: TriggeringRun
  checkName: string
  statusContext?: string
  failOn: FailOn
  info(line: string): void
  warn(line: string): void
}

export interface JobPart {
  /** What this job judges: a shard's items, or the whole checklist. */
  checklist: Checklist
  /** Merge mode: every item answered from the reports; no gate runs. */
  gateRunner?: GateRunner
  /** Merge mode: the reports' problems become the run's. */
  guards: RunGuard[]
  /** The report with this job's identity (and, merged, the shards' time span). */
  finish(report: RunReport): RunReport
  /** A shard's own check run and status are named apart from the verdict's. */
  checkName: string
  /** Unset for a shard that does not publish: its status would read as the verdict. */
  statusContext?: string
  /** A shard fails its step only when `shard-publish` asks. */
  failOn: FailOn
}

export function checklistHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function prepareJobPart(input: JobPartInput): JobPart {
  if (input.reports) return prepareMerge(input, input.reports)
  if (input.shard) return prepareShard(input, input.shard)
  return {
    checklist: input.checklist,
    guards: [],
    finish: withIdentity(input, wholeChecklist(input.checklist)),
    checkName: input.checkName,
    ...(input.statusContext ? { statusContext: input.statusContext } : {}),
    failOn: input.failOn
  }
}

function prepareShard(input: JobPartInput, spec: ShardSpec): JobPart {
  const durations = input.previousReport ? readDurations(input.previousReport, input.warn) : undefined
  const selection = selectShard(input.checklist, spec, durations)
  const owned = selection.identity.items
  input.info(
    `Shard ${spec.index}/${spec.total} owns ${formatNumber(owned.length)} of ${formatNumber(countItems(input.checklist))} items, balanced by ${selection.identity.balancedBy}${owned.length > 0 ? `: ${owned.slice(0, 20).join(', ')}${owned.length > 20 ? ', …' : ''}` : ''}.`
  )
  return {
    checklist: selection.checklist,
    guards: [],
    finish: withIdentity(input, selection.identity),
    checkName: `${input.checkName} (shard ${spec.index}/${spec.total})`,
    ...(input.shardPublish && input.statusContext ? { statusContext: `${input.statusContext} (shard ${spec.index}/${spec.total})` } : {}),
    failOn: input.shardPublish ? input.failOn : 'never'
  }
}

function prepareMerge(input: JobPartInput, patterns: readonly string[]): JobPart {
  const { github, triggeringRun } = input
  const expected: Omit<MergeExpectation, 'source'> = triggeringRun
    ? { repository: github.repository, runId: triggeringRun.runId, maxAttempt: triggeringRun.attempt, headSha: triggeringRun.headSha, checklistSha256: input.checklistSha256 }
    : {
        repository: github.repository,
        runId: github.runId,
        maxAttempt: wholeNumber(github.runAttempt) ?? 1,
        headSha: headSha(github),
        commitSha: github.sha,
        checklistSha256: input.checklistSha256
      }
  const read = readReportFiles(patterns, input.base)
  const merged = mergeShardReports(input.checklist, read.files, { ...expected, source: read.source })
  input.info(`Read ${formatNumber(read.files.length)} report files (${read.source}) for run ${expected.runId}, commit ${expected.headSha.slice(0, 12)}.`)
  for (const line of merged.log) input.info(line)
  for (const problem of merged.problems) input.info(`NO-GO: ${problem.message}`)
  const guard: RunGuard = { name: 'shard reports', before: async () => undefined, after: async (): Promise<RunProblem[]> => merged.problems }
  return {
    checklist: input.checklist,
    gateRunner: async (item) => merged.results.get(item.id) ?? { id: item.id, status: 'error', summary: 'not merged', reason: 'no shard report covers this item', durationMs: 0 },
    guards: [guard],
    finish: (report) => {
      const identified = withIdentity(input, wholeChecklist(input.checklist))(report)
      // The merged run took as long as its shards, from the first one's start to the last one's end.
      return merged.span ? { ...identified, startedAt: new Date(merged.span.started).toISOString(), durationMs: merged.span.finished - merged.span.started } : identified
    },
    checkName: input.checkName,
    ...(input.statusContext ? { statusContext: input.statusContext } : {}),
    failOn: input.failOn
  }
}

function withIdentity(input: JobPartInput, shard: ShardIdentity): (report: RunReport) => RunReport {
  const { github } = input
  const identity: ReportIdentity = {
    run: {
      id: github.runId,
      attempt: wholeNumber(github.runAttempt) ?? 1,
      repository: github.repository,
      event: github.eventName,
      headSha: headSha(github),
      commitSha: github.sha
    },
    checklistSha256: input.checklistSha256,
    shard
  }
  return (report) => ({ ...report, identity })
}

/**
 * Durations from an earlier report. Every shard must split alike, so one that cannot read the
 * file splits by count and says so; the merge then names the shards that split differently.
 */
function readDurations(file: string, warn: (line: string) => void): Map<string, number> | undefined {
  const read = readBoundedJson(file, MAX_REPORT_BYTES)
  const durations = 'json' in read ? durationsFromReport(read.json) : read
  if (!('problem' in durations)) return durations
  warn(`The previous report ${JSON.stringify(file)} was not used (${durations.problem}): the shards are balanced by count.`)
  return undefined
}

function countItems(checklist: Checklist): number {
  return checklist.sections.reduce((sum, section) => sum + section.items.length, 0)
}

function wholeNumber(text: string): number | undefined {
  return /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : undefined
}
