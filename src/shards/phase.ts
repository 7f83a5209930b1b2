/**
 * What a job does with the checklist once it is read, when it is one job of several: a shard
 * keeps only its own items; a merge answers every item from the shard reports and runs nothing.
 * Every job's report also records which run, commit, checklist and shard it is, so a merge can
 * tell its shards from anyone else's. main.ts calls this between loading the checklist and
 * evaluating it, and uses the part it returns for the rest of the run.
 *
 * Shards and merges are prepared in job-modes.ts, which the action bundles apart and loads only
 * for a `shard` or `reports` job: most runs are one whole job and never need that code.
 */
import { sha256Hex } from '../sha256.js'
import type { Checklist } from '../checklist/types.js'
import type { FailOn } from '../constants.js'
import type { RunGuard } from '../engine.js'
import { headSha, type GitHubEnvironment } from '../github/context.js'
import type { GateRunner } from '../gates/gate-runner.js'
import type { ReportIdentity, ShardIdentity } from '../report/identity.js'
import type { RunReport } from '../report/model.js'
import { wholeChecklist, type ShardSpec } from './select.js'
import type { TriggeringRun } from './workflow-run.js'

export interface JobPartInput {
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
  return sha256Hex(bytes)
}

/** How a shard or a merge is prepared: job-modes.ts, handed in by whoever loaded it. */
export interface JobModes {
  prepareShard(input: JobPartInput, spec: ShardSpec): JobPart
  prepareMerge(input: JobPartInput, patterns: readonly string[]): JobPart
}

/** The part of the checklist this job judges. A shard or merge needs `modes`; without them it throws (a bug in the caller). */
export function prepareJobPart(input: JobPartInput, modes?: JobModes): JobPart {
  if (input.reports) return needModes(modes).prepareMerge(input, input.reports)
  if (input.shard) return needModes(modes).prepareShard(input, input.shard)
  return {
    checklist: input.checklist,
    guards: [],
    finish: withIdentity(input, wholeChecklist(input.checklist)),
    checkName: input.checkName,
    ...(input.statusContext ? { statusContext: input.statusContext } : {}),
    failOn: input.failOn
  }
}

function needModes(modes: JobModes | undefined): JobModes {
  if (!modes) throw new Error('a shard or merge job was prepared without the code that prepares it')
  return modes
}

/** Stamps a report with this job's run, commit, checklist and shard. */
export function withIdentity(input: JobPartInput, shard: ShardIdentity): (report: RunReport) => RunReport {
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

export function wholeNumber(text: string): number | undefined {
  return /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : undefined
}
