/**
 * Preparing a job that is one of several (see phase.ts): a shard keeps only its own items, a
 * merge answers every item from the shard reports. The action bundles this module and what it
 * uses (merging, reading and checking the reports, finding the triggering run) in a chunk of its
 * own, loaded before any gate and only by a `shard` or `reports` job.
 */
import type { RunGuard } from '../engine.js'
import { headSha } from '../github/context.js'
import type { Checklist } from '../checklist/types.js'
import { readPreviousReport } from '../previous-report.js'
import type { RunProblem } from '../verdict.js'
import { formatNumber } from '../text/format.js'
import { mergeShardReports, type MergeExpectation } from './merge.js'
import { withIdentity, wholeNumber, type JobPart, type JobPartInput } from './phase.js'
import { MAX_REPORT_BYTES, readReportFiles } from './read-reports.js'
import { selectShard, wholeChecklist, type ShardSpec } from './select.js'

// A merge under `workflow_run` verifies the run that made the reports before it reads them.
export { findTriggeringRun } from './workflow-run.js'

export function prepareShard(input: JobPartInput, spec: ShardSpec): JobPart {
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

export function prepareMerge(input: JobPartInput, patterns: readonly string[]): JobPart {
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

/**
 * Durations from an earlier report. Every shard must split alike, so one that cannot read the
 * file splits by count and says so; the merge then names the shards that split differently.
 */
function readDurations(file: string, warn: (line: string) => void): Map<string, number> | undefined {
  // Read as start order reads it: the same bounds, and the same judgement of what a duration is.
  const read = readPreviousReport(file, MAX_REPORT_BYTES)
  if ('durations' in read) return new Map([...read.durations].map(([id, earlier]) => [id, earlier.durationMs]))
  warn(`The previous report ${JSON.stringify(file)} was not used (${read.problem}): the shards are balanced by count.`)
  return undefined
}

function countItems(checklist: Checklist): number {
  return checklist.sections.reduce((sum, section) => sum + section.items.length, 0)
}
