/** The action: settings → checklist → gates → verdict → job summary, outputs, PR surfaces, exit code. */
import * as core from '@actions/core'
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeGateLog } from './action-log.js'
import { checkedOutCommit, loadChecklistAtCommit } from './checklist/from-git.js'
import { loadChecklist } from './checklist/load.js'
import { parseMarkdownChecklist } from './checklist/markdown.js'
import { ChecklistError, allItems, type Checklist } from './checklist/types.js'
import { JOB_SUMMARY_BUDGET_BYTES, KILL_GRACE_MS, OUTPUTS, type FailOn } from './constants.js'
import { buildReport, runChecklist, withSignoffs } from './engine.js'
import { createGitHubClient, describeApiFailure, type GitHubClient } from './github/client.js'
import { pullRequestNumber, readGitHubEnvironment, type GitHubEnvironment } from './github/context.js'
import { publishToGitHub } from './github/publish.js'
import { readPreviousRun, type PreviousRun } from './github/reevaluate.js'
import { gatherSignoffs } from './github/signoffs.js'
import { buildState, encodeState, storedResults } from './github/state.js'
import { createGateRunner, createStoredGateRunner } from './gates/gate-runner.js'
import type { GateResult } from './gates/types.js'
import { toJsonReport } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import type { RunReport } from './report/model.js'
import { createRedactor, learnMaskedValue } from './text/redact.js'
import { renderChecklistProblems } from './report/problems.js'
import { readSettings, type ActionSettings } from './settings.js'
import { applySignoffs } from './signoff/apply.js'
import { assessTrust, isPrivilegedEvent, type TrustDecision } from './trust.js'
import { createWorkingTreeGuard } from './working-tree-guard.js'
import { shouldFail, type Decision } from './verdict.js'

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
/** The runner kills the job 10 s after its first SIGINT; leave before that, with the summary written. */
const CANCEL_EXIT_DEADLINE_MS = 5_000

export async function run(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name), process.env)
    await runAction(settings)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function runAction(settings: ActionSettings): Promise<void> {
  const redactor = createRedactor(secretValuesFrom(process.env))
  const github = readGitHubEnvironment(process.env)

  const trust = await assessWorkspaceTrust(settings, github)
  if (!trust.run) {
    writeJobSummary(`## 🔴 NO-GO — gates were not run\n\n${trust.reason}\n`)
    setDecisionOutputs('no-go', { passed: 0, failed: 0, errored: 0, pending: 0 })
    core.setFailed(trust.reason)
    return
  }

  let checklist: Checklist
  try {
    checklist = trust.readChecklistFrom
      ? await loadChecklistAtCommit(settings.workspace, trust.readChecklistFrom, settings.checklist)
      : await loadChecklist({ workspace: settings.workspace, path: settings.checklist }, { markdown: parseMarkdownChecklist })
  } catch (error) {
    if (!(error instanceof ChecklistError)) throw error
    const markdown = renderChecklistProblems(settings.checklist, error.problems)
    writeJobSummary(markdown)
    setDecisionOutputs('no-go', { passed: 0, failed: 0, errored: 0, pending: 0 })
    core.setFailed(`The checklist ${settings.checklist} is invalid, so the decision is NO-GO:\n${error.message}`)
    return
  }

  const scratchDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'go-no-go-'))
  const abort = new AbortController()
  const finished = new Map<string, GateResult>()
  const started = Date.now()
  const runUrl = github.runUrl
  const titles = new Map(allItems(checklist).map((item) => [item.id, item.title]))

  const onCancel = (signal: NodeJS.Signals) => {
    if (abort.signal.aborted) return
    core.warning(`Received ${signal}: stopping every gate.`)
    abort.abort()
    // Written synchronously now, not after the gates stop: the runner may kill us at any moment.
    const partial = buildReport(checklist, withUnfinishedCancelled(checklist, finished), {
      started,
      finished: Date.now(),
      cancelled: true,
      allowEmpty: settings.allowEmpty,
      runUrl
    })
    writeJobSummary(renderMarkdown(partial, { maxLength: JOB_SUMMARY_BUDGET_BYTES, unit: 'bytes', redactor }))
    setDecisionOutputs('no-go', partial.verdict.counts)
    process.exitCode = 1
    setTimeout(() => process.exit(1), CANCEL_EXIT_DEADLINE_MS).unref()
  }
  for (const signal of CANCEL_SIGNALS) process.on(signal, onCancel)

  // One connection, so one wait budget, for everything this run asks of GitHub.
  const connection = settings.token
    ? createGitHubClient({ token: settings.token, apiUrl: github.apiUrl, maxWaitMs: settings.maxApiWaitMs, retryUnitMs: settings.retryUnitMs })
    : undefined
  const previous = connection ? await readPreviousRunOnce(connection.client, github, settings) : undefined
  for (const notice of previous?.notices ?? []) core.warning(notice)
  const stored = previous?.state && previous.state.headSha === previous.pull.headSha ? storedResults(previous.state) : undefined
  // A comment event checks out the default branch: its gates would judge the wrong code, so they are never run there.
  const reuseResults = previous !== undefined && (github.eventName === 'issue_comment' || (github.eventName === 'pull_request_review' && stored !== undefined))
  const runGate = reuseResults
    ? createStoredGateRunner(
        stored,
        `not re-checked on a sign-off event: ${previous?.state ? 'the pull request has new commits since its last report' : previous?.unverifiedReason}; re-run the pull request's workflow`
      )
    : createGateRunner({
        workspace: settings.workspace,
        parentEnv: process.env,
        scratchDir,
        killGraceMs: KILL_GRACE_MS,
        signal: abort.signal,
        observeLine: (line) => learnMaskedValue(line, redactor)
      })
  const gated = await runChecklist(checklist, runGate, {
    guards: [createWorkingTreeGuard(settings.workspace, (message) => core.warning(message))],
    concurrency: settings.concurrency,
    allowEmpty: settings.allowEmpty,
    signal: abort.signal,
    runUrl,
    onGateFinished: (result) => {
      finished.set(result.id, result)
      writeGateLog(result, titles.get(result.id) ?? result.id, redactor, (text) => process.stdout.write(text))
    }
  })
  if (abort.signal.aborted) {
    process.exit(1)
  }
  for (const signal of CANCEL_SIGNALS) process.off(signal, onCancel)

  let report = gated
  const ticks = previous?.ticks ?? []
  const signoffs = connection && previous ? await gatherSignoffs(connection.client, github, previous.pull, checklist, ticks) : undefined
  if (signoffs) {
    for (const notice of signoffs.notices) core.warning(notice)
    const outcome = applySignoffs(checklist, gated.results, signoffs.events, signoffs.facts)
    report = withSignoffs(gated, outcome.results, outcome.audit, settings.allowEmpty)
  }

  const reportPath = path.join(scratchDir, 'report.json')
  writeFileSync(reportPath, `${JSON.stringify(toJsonReport(report, redactor), null, 2)}\n`)
  writeJobSummary(renderMarkdown(report, { maxLength: JOB_SUMMARY_BUDGET_BYTES, unit: 'bytes', redactor }))
  setDecisionOutputs(report.verdict.decision, report.verdict.counts)
  core.setOutput(OUTPUTS.report, reportPath)

  const published = await publishToGitHub(
    report,
    { ...settings, redactor, ...(previous ? { state: encodeState(buildState(report, previous.pull.headSha, ticks)) } : {}) },
    github,
    { ...(connection ? { createClient: () => connection } : {}), ...(previous ? { pull: previous.pull } : {}) }
  )
  for (const notice of published.notices) core.warning(notice)
  if (published.commentUrl) core.setOutput(OUTPUTS.commentUrl, published.commentUrl)
  if (published.checkRunUrl) core.setOutput(OUTPUTS.checkRunUrl, published.checkRunUrl)

  announce(report, settings.failOn)
}

/** The earlier report on this pull request, if there is one to read. Never throws. */
async function readPreviousRunOnce(client: GitHubClient, github: GitHubEnvironment, settings: ActionSettings): Promise<PreviousRun | undefined> {
  if (pullRequestNumber(github) === undefined || github.eventName === 'merge_group') return undefined
  try {
    return await readPreviousRun(client, github, { commentKey: settings.commentKey, checkName: settings.checkName })
  } catch (error) {
    core.warning(describeApiFailure(error, 'read the earlier report on this pull request'))
    return undefined
  }
}

function withUnfinishedCancelled(checklist: Checklist, finished: ReadonlyMap<string, GateResult>): Map<string, GateResult> {
  const results = new Map(finished)
  for (const item of allItems(checklist)) {
    if (!results.has(item.id))
      results.set(item.id, { id: item.id, status: 'cancelled', summary: 'cancelled', reason: 'the run was cancelled before the gate finished', durationMs: 0 })
  }
  return results
}

async function assessWorkspaceTrust(settings: ActionSettings, github: GitHubEnvironment): Promise<TrustDecision> {
  if (!isPrivilegedEvent(github.eventName)) return { run: true }
  const pullRequest = github.eventPayload.pull_request
  return assessTrust(
    {
      eventName: github.eventName,
      workflowSha: github.sha,
      checkedOutSha: await checkedOutCommit(settings.workspace),
      headRepository: pullRequest?.head?.repo?.full_name,
      baseRepository: github.repository
    },
    settings.allowUntrustedCode
  )
}

function announce(report: RunReport, failOn: FailOn): void {
  const { decision, reasons } = report.verdict
  const label = decision === 'go' ? 'GO' : decision === 'conditional-go' ? 'CONDITIONAL GO' : 'NO-GO'
  const message = reasons.length > 0 ? `${label}: ${reasons.join('; ')}` : label
  if (shouldFail(decision, failOn)) core.setFailed(message)
  else if (decision === 'go') core.info(message)
  else core.warning(message)
}

function setDecisionOutputs(decision: Decision, counts: { passed: number; failed: number; errored: number; pending: number }): void {
  core.setOutput(OUTPUTS.decision, decision)
  core.setOutput(OUTPUTS.passed, counts.passed)
  core.setOutput(OUTPUTS.failed, counts.failed)
  core.setOutput(OUTPUTS.errored, counts.errored)
  core.setOutput(OUTPUTS.pending, counts.pending)
}

/** Synchronous on purpose: the cancel path must have it on disk before the runner kills us. */
function writeJobSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    appendFileSync(file, `${markdown}\n`)
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Values of secret-looking variables in our own environment never reach a report surface. */
function secretValuesFrom(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name]) => /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY/i.test(name))
    .map(([, value]) => value ?? '')
    .filter((value) => value.length >= 4)
}
