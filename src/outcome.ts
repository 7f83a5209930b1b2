/**
 * The one writer of what a run leaves on the runner: the JSON report file, the job summary and the
 * step outputs. Every way a run ends — a verdict, a refused event, a bad input, an invalid
 * checklist, a cancel — is a report written here, so each says NO-GO the same way and nothing
 * else writes a summary. Synchronous on purpose: the cancel path must have it on disk before the
 * runner kills the process.
 */
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { JOB_SUMMARY_BUDGET_BYTES, OUTPUTS } from './constants.js'
import { toJsonReport } from './report/json.js'
import { renderMarkdown, type SourceLinks } from './report/markdown.js'
import type { RunReport } from './report/model.js'
import type { Redactor } from './text/redact.js'
import { refuse, type RunProblem, type RunProblemCode } from './verdict.js'

interface OutcomeTarget {
  /** GITHUB_STEP_SUMMARY, when the runner gave one. */
  summaryFile?: string
  /** Where the JSON report is written. */
  scratchDir: string
  redactor: Redactor
  /** Where file:line references in the summary link to, when the run is on GitHub. */
  links?: SourceLinks
  setOutput(name: string, value: string | number): void
  warn(message: string): void
}

export interface OutcomeWriter {
  /**
   * Writes the report to every local surface, once. A later call is ignored: whatever was
   * written first (a cancel's partial report, or the verdict) is what the run said.
   */
  write(report: RunReport): void
  /**
   * Writes the report already written once more: after the run guards put the runner's files
   * back as they were before the gates, which drops what a cancel wrote while gates ran.
   */
  rewrite(): void
  readonly written: boolean
}

export function createOutcomeWriter(target: OutcomeTarget): OutcomeWriter {
  let last: RunReport | undefined
  return {
    get written() {
      return last !== undefined
    },
    write(report) {
      if (last) return
      last = report
      writeEverywhere(target, report)
    },
    rewrite() {
      if (last) writeEverywhere(target, last)
    }
  }
}

function writeEverywhere(target: OutcomeTarget, report: RunReport): void {
  // The decision first: whatever fails after it, the step's outputs already say NO-GO.
  target.setOutput(OUTPUTS.decision, report.verdict.decision)
  target.setOutput(OUTPUTS.passed, report.verdict.counts.passed)
  target.setOutput(OUTPUTS.failed, report.verdict.counts.failed)
  target.setOutput(OUTPUTS.errored, report.verdict.counts.errored)
  target.setOutput(OUTPUTS.pending, report.verdict.counts.pending)
  attempt(target, 'write the JSON report', () => {
    // Gates knew the scratch directory and could have left a link there (to GITHUB_OUTPUT, which
    // was just put back): the report goes into a directory made now, in a file that must be new.
    const reportPath = path.join(mkdtempSync(path.join(target.scratchDir, 'report-')), 'report.json')
    writeFileSync(reportPath, `${JSON.stringify(toJsonReport(report, target.redactor), null, 2)}\n`, { flag: 'wx' })
    target.setOutput(OUTPUTS.report, reportPath)
  })
  if (target.summaryFile) {
    const file = target.summaryFile
    attempt(target, 'write the job summary', () => {
      const markdown = renderMarkdown(report, { maxLength: JOB_SUMMARY_BUDGET_BYTES, unit: 'bytes', redactor: target.redactor, ...(target.links ? { links: target.links } : {}) })
      mkdirSync(path.dirname(file), { recursive: true })
      appendFileSync(file, `${markdown}\n`)
    })
  }
}

function attempt(target: OutcomeTarget, action: string, write: () => void): void {
  try {
    write()
  } catch (error) {
    target.warn(`Could not ${action}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** What the report's headline says about a run that judged nothing, by its first problem. */
const NOT_RUN_HEADLINES: Record<RunProblemCode, string> = {
  cancelled: 'cancelled before any gate ran',
  'invalid-input': 'an input is invalid',
  'invalid-checklist': 'the checklist could not be read',
  'unsupported-event': 'this event is not supported',
  'unreadable-event': 'the event could not be read',
  'pull-request-unreadable': 'the pull request could not be read',
  'untrusted-checkout': 'refused to run untrusted code',
  'internal-error': 'go-no-go failed',
  'runner-file-changed': 'a gate wrote to the runner’s files',
  'process-left-running': 'a gate left a process running',
  'working-tree-changed': 'a gate changed the code it checks',
  'working-tree-unreadable': 'the working tree could not be read',
  'report-unreadable': 'a shard report could not be read',
  'report-foreign': 'a shard report belongs to another run',
  'report-missing': 'a shard report is missing',
  'report-duplicated': 'a shard report is there twice',
  'report-tampered': 'a shard report was tampered with',
  'shard-run-problem': 'a shard judged nothing',
  'workflow-run-unverified': 'the run that made the reports could not be verified'
}

/**
 * The report of a run stopped before any item was judged: no items, NO-GO, the problems as its
 * reasons. It goes through the same writer, renderer and JSON shape as any other report.
 */
export function reportWithoutGates(problems: readonly [RunProblem, ...RunProblem[]], context: { checklistPath: string; runUrl?: string; now: number }): RunReport {
  return {
    checklist: {
      title: `${NOT_RUN_HEADLINES[problems[0].code]} — no gate was run`,
      path: context.checklistPath,
      format: /\.(md|markdown)$/i.test(context.checklistPath) ? 'markdown' : 'yaml',
      sections: []
    },
    results: new Map(),
    verdict: refuse(problems),
    startedAt: new Date(context.now).toISOString(),
    durationMs: 0,
    cancelled: problems.some((problem) => problem.code === 'cancelled'),
    ...(context.runUrl ? { runUrl: context.runUrl } : {})
  }
}
