/**
 * The action: settings → plan → phases (check the checkout, read the last report, load the
 * checklist, evaluate, write the local outputs, publish). What each event does is decided in
 * src/events/ (one module per event); this file only carries the plan out, one log group a phase.
 */
import { createRunnerCommands } from './runner-commands.js'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeGateLog } from './action-log.js'
import { gitHistory } from './checklist/blame.js'
import { loadChecklistAtCommit } from './checklist/from-git.js'
import { isMarkdownChecklist, loadChecklist, type ChecklistParsers } from './checklist/load.js'
import { allItems, type Checklist } from './checklist/types.js'
import { KILL_GRACE_MS, OUTPUTS, type FailOn } from './constants.js'
import { buildReport, runChecklist, withSignoffs } from './engine.js'
import { planRun, type EvaluatePlan, type RunPlan } from './events/plan.js'
import { chooseStoredRun, prepareChecklist, type PrepareOutcome, type PreparedChecklist } from './events/prepare-checklist.js'
import { assessCheckout, inspectCheckout, type TrustDecision } from './events/trusted-checkout.js'
import type { GitHubConnection } from './github/client.js'
import { readGitHubEnvironment, sourceLinks, type GitHubEnvironment } from './github/context.js'
import type { PreviousRun, PreviousRunLookup } from './github/reevaluate.js'
import { NO_TOKEN_NOTICE } from './github/settings.js'
import type { PullCommitReader } from './github/signoffs.js'
import { createGateRunner, createStoredGateRunner, type GateRunner } from './gates/gate-runner.js'
import type { EarlierDurations } from './gates/start-order.js'
import type { GateResult } from './gates/types.js'
import { describeUnusedReport, readPreviousReport } from './previous-report.js'
import { createOutcomeWriter, reportWithoutGates, type OutcomeWriter } from './outcome.js'
import type { RunReport } from './report/model.js'
import { safeLogLine } from './text/workflow-commands.js'
import { createIsolationGuards, type IsolationGuards } from './run-guards.js'
import { readSettings, type ActionSettings } from './settings.js'
import { checklistHash, prepareJobPart, type JobPart } from './shards/phase.js'
import type { TriggeringRunLookup } from './shards/workflow-run.js'
import { applySignoffs } from './signoff/apply.js'
import { withTickNotes } from './signoff/checklist-ticks.js'
import { createRedactor, learnMaskedValue, type Redactor } from './text/redact.js'
import { neutraliseLogText } from './text/workflow-commands.js'
import { DECISION_LABELS, shouldFail, type RunProblem } from './verdict.js'
import { createWorkingTreeGuard, type WorkingTreeGuard } from './working-tree-guard.js'

const core = createRunnerCommands()

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
/** The runner kills the job 10 s after its first SIGINT; leave before that, with the summary written. */
const CANCEL_EXIT_DEADLINE_MS = 5_000

/** What every phase shares: where the run ends up, and how to say it was stopped before the gates. */
interface RunContext {
  outcome: OutcomeWriter
  redactor: Redactor
  scratchDir: string
  github: GitHubEnvironment
  settings: ActionSettings
  abort: AbortController
  progress: Progress
  /** Run guards on the runner's files and on what gates leave running. */
  isolation: IsolationGuards
  /** The GitHub API module, loaded before the gates when there is a token to use it with. */
  api?: GitHubApi
  /** Watches the git working tree across the gates; its first snapshot is taken while the checklist loads. */
  treeGuard?: WorkingTreeGuard
}

/** What a cancel reports: the checklist once loaded, and the gates finished so far. */
interface Progress {
  checklistPath: string
  allowEmpty: boolean
  checklist?: Checklist
  finished: Map<string, GateResult>
  started: number
}

export async function run(): Promise<void> {
  const redactor = createRedactor(secretValuesFrom(process.env))
  const scratchDir = makeScratchDir()
  const github = readGitHubEnvironment(process.env)
  const outcome = createOutcomeWriter({
    summaryFile: process.env.GITHUB_STEP_SUMMARY,
    scratchDir,
    redactor,
    links: sourceLinks(github, process.env.GITHUB_WORKSPACE),
    setOutput: (name, value) => core.setOutput(name, value),
    warn: (message) => core.warning(message)
  })
  const runUrl = github.runUrl
  const abort = new AbortController()
  const progress: Progress = { checklistPath: '', allowEmpty: false, finished: new Map(), started: Date.now() }
  // From the first moment: a cancel in any phase leaves a NO-GO summary behind.
  watchForCancel(outcome, abort, progress, runUrl)
  const failed = (error: unknown) => {
    // A bug, not a verdict on the code: still NO-GO, said on every surface.
    const message = `go-no-go failed: ${error instanceof Error ? error.message : String(error)}`
    if (!outcome.written) outcome.write(reportWithoutGates([{ code: 'internal-error', message }], { checklistPath: progress.checklistPath, runUrl, now: Date.now() }))
    core.setFailed(message)
  }
  // An error thrown where no await can catch it (a stream's 'error' event) would end the process with no verdict.
  process.once('uncaughtException', (error) => {
    failed(error)
    process.exit(1)
  })
  try {
    const read = readSettings((name) => core.getInput(name), process.env)
    progress.checklistPath = read.ok ? read.settings.checklist : read.checklist
    if (!read.ok) {
      const [first, ...rest] = read.problems.map((message): RunProblem => ({ code: 'invalid-input', message }))
      return conclude(outcome, reportWithoutGates([first, ...rest], { checklistPath: progress.checklistPath, runUrl, now: Date.now() }), read.failOn, redactor)
    }
    progress.allowEmpty = read.settings.allowEmpty
    await runAction({ outcome, redactor, scratchDir, github, settings: read.settings, abort, progress, isolation: createIsolationGuards(process.env) })
  } catch (error) {
    failed(error)
  }
}

async function runAction(context: RunContext): Promise<void> {
  const { github, settings } = context
  const refuseRun = (problems: [RunProblem, ...RunProblem[]]) =>
    conclude(context.outcome, reportWithoutGates(problems, { checklistPath: settings.checklist, runUrl: github.runUrl, now: Date.now() }), settings.failOn, context.redactor)

  const plan = await core.group('Plan the run', async () => {
    const planned = planRun(github, { merge: settings.reports !== undefined, ...(settings.shard ? { shard: { ...settings.shard, publish: settings.shardPublish } } : {}) })
    core.info(`Event \`${github.eventName}\`: ${describePlan(planned)}`)
    return planned
  })
  if (plan.action === 'nothing-to-do') return core.notice(plan.notice)
  if (plan.action === 'refuse') return refuseRun([plan.problem])

  const trust = plan.requireWorkflowCommit ? await core.group('Check the checkout is the workflow’s commit', () => checkCheckout(settings, github)) : undefined
  if (trust && !trust.run) return refuseRun(trust.problems)

  // Every chunk this run needs, read from disk now: once a gate has run, the files could be its own.
  const api = settings.token ? await loadGitHubApi() : undefined
  context = { ...context, ...(api ? { api } : {}) }
  const parsers: ChecklistParsers = isMarkdownChecklist(settings.checklist) ? { markdown: (await loadMarkdownReader()).parseMarkdownChecklist } : {}
  const jobModes = settings.reports !== undefined || settings.shard ? await loadJobModes() : undefined
  // One connection, so one wait budget, for everything this run asks of GitHub.
  // Before the gates only a merge's triggering run and a pull request's last report need it; publishing makes its own if none was needed here.
  const connection =
    settings.token && api && (plan.readPreviousReport || plan.reportsFrom === 'triggering-run')
      ? api.createGitHubClient({ token: settings.token, apiUrl: github.apiUrl, maxWaitMs: settings.maxApiWaitMs, retryUnitMs: settings.retryUnitMs })
      : undefined
  // Merge mode under workflow_run: which run made the reports and which pull request it was for, verified.
  const triggering =
    plan.reportsFrom === 'triggering-run'
      ? await core.group('Verify the run that made the reports', () => verifyTriggeringRun(connection, github, loaded(jobModes, 'the merge code')))
      : undefined
  if (triggering && !triggering.ok) return refuseRun([triggering.problem])
  if (triggering) context = { ...context, github: triggering.run.github }
  const lookup = plan.readPreviousReport ? await core.group('Read the last report on the pull request', () => readLastReport(api, connection, context.github, settings)) : undefined
  if (plan.pullRequest?.required && !lookup?.found) {
    const reason = lookup && !lookup.found ? lookup.reason : 'no `github-token` to read it with'
    return refuseRun([
      { code: 'pull-request-unreadable', message: `Pull request #${plan.pullRequest.number} could not be read, so there is nothing to judge and no gate was run: ${reason}` }
    ])
  }
  const previous = lookup?.found ? lookup.run : undefined
  if (context.abort.signal.aborted) return

  // Listed at most once: ticks are judged by it before the gates, sign-offs placed by it after.
  const pullCommits =
    api && connection && previous ? api.pullCommitsOnce(connection.client, { owner: github.owner, repo: github.repo, pullNumber: previous.pull.number }) : undefined
  // The deciding checklist's bytes identify it in shard reports, so a merge can tell its shards from anyone else's.
  let checklistSha256 = ''
  const checklistCommit = trust?.readChecklistFrom ?? (plan.checklistAtWorkflowCommit ? github.sha : undefined)
  const treeGuard = createWorkingTreeGuard(settings.workspace, (message) => core.warning(message))
  treeGuard.prepare()
  context = { ...context, treeGuard }
  const prepared = await core.group('Load the checklist', () =>
    loadTheChecklist(settings, parsers, plan, checklistCommit, previous, pullCommits, (bytes) => (checklistSha256 = checklistHash(bytes)))
  )
  if (!prepared.ok) return refuseRun(prepared.problems)
  if (context.abort.signal.aborted) return

  const part = await core.group(settings.reports ? 'Read and check the shard reports' : 'Choose the items this job judges', async () =>
    prepareJobPart(
      {
        ...settings,
        checklist: prepared.checklist,
        checklistSha256,
        github: context.github,
        base: settings.workspaceRoot,
        ...(triggering ? { triggeringRun: triggering.run } : {}),
        info: (line) => core.info(neutraliseLogText(line)),
        warn: (line) => core.warning(neutraliseLogText(line))
      },
      jobModes
    )
  )
  const report = part.finish(await evaluate(context, { ...prepared, checklist: part.checklist }, previous, connection, pullCommits, part))
  if (context.abort.signal.aborted) {
    // The run guards put the runner's files back as they were before the gates, dropping the cancel's first copy.
    context.outcome.rewrite()
    process.exit(1)
  }
  core.startGroup('Write the job summary and outputs')
  context.outcome.write(report)
  core.endGroup()
  const { statusContext: _ownStatus, ...rest } = settings
  const publishAs = { ...rest, checkName: part.checkName, ...(part.statusContext ? { statusContext: part.statusContext } : {}) }
  await core.group('Publish to GitHub', () => publish({ ...context, settings: publishAs }, report, plan, prepared, previous, connection))
  announce(report, part.failOn, context.redactor)
}

/** The run behind a `workflow_run` merge and its pull request, through the API; without a token nothing can be verified. */
async function verifyTriggeringRun(connection: GitHubConnection | undefined, github: GitHubEnvironment, modes: JobModes): Promise<TriggeringRunLookup> {
  if (!connection) return { ok: false, problem: { code: 'workflow-run-unverified', message: 'no `github-token` to verify the run that made the reports with' } }
  const lookup = await modes.findTriggeringRun(connection.client, github)
  if (lookup.ok)
    core.info(
      `Workflow run ${lookup.run.runId} (attempt ${lookup.run.attempt}) made the reports for pull request #${lookup.run.pull.number} at ${lookup.run.headSha.slice(0, 12)}.`
    )
  else core.info(neutraliseLogText(lookup.problem.message))
  return lookup
}

/** Under a privileged event: is the checkout exactly the workflow's commit? */
async function checkCheckout(settings: ActionSettings, github: GitHubEnvironment): Promise<TrustDecision> {
  const facts = await inspectCheckout({ workflowSha: github.sha, workingDirectory: settings.workspace, workspaceRoot: settings.workspaceRoot })
  const decision = assessCheckout(facts, {
    eventName: github.eventName,
    allowUntrustedCode: settings.allowUntrustedCode,
    headRepository: github.eventPayload.pull_request?.head?.repo?.full_name,
    baseRepository: github.repository
  })
  if (decision.run) core.info(`Gates run; the checklist is read from ${decision.readChecklistFrom.slice(0, 12)}.`)
  // File names in these come from the checkout: one log line each, none able to start a workflow command.
  else for (const problem of decision.problems) core.info(neutraliseLogText(problem.message))
  return decision
}

/** Our earlier report on the pull request. Never throws: a failure is the lookup's reason. */
async function readLastReport(
  api: GitHubApi | undefined,
  connection: GitHubConnection | undefined,
  github: GitHubEnvironment,
  settings: ActionSettings
): Promise<PreviousRunLookup> {
  if (!api || !connection) return { found: false, reason: 'no `github-token` to read it with' }
  const { readPreviousRun, describeApiFailure } = api
  try {
    const lookup = await readPreviousRun(connection.client, github, { commentKey: settings.commentKey, checkName: settings.checkName })
    for (const notice of lookup.found ? lookup.run.notices : []) core.warning(notice)
    if (!lookup.found) core.warning(lookup.reason)
    return lookup
  } catch (error) {
    const reason = describeApiFailure(error, 'read the earlier report on this pull request')
    core.warning(reason)
    return { found: false, reason }
  }
}

/**
 * The checklist to judge and where its gate results come from (src/events/prepare-checklist.ts),
 * or the problems that make it unreadable. Blame and the base read happen here, before any gate.
 */
async function loadTheChecklist(
  settings: ActionSettings,
  parsers: ChecklistParsers,
  plan: EvaluatePlan,
  trustedSha: string | undefined,
  previous: PreviousRun | undefined,
  pullCommits: PullCommitReader | undefined,
  onDecidingRead: (bytes: Uint8Array) => void
): Promise<PrepareOutcome> {
  const history = (rev?: string) => gitHistory(settings.workspace, rev ? { rev } : {})
  const stored = chooseStoredRun(plan, previous)
  const outcome = await prepareChecklist(
    { path: settings.checklist, checklistFrom: settings.checklistFrom, protectChecklist: settings.protectChecklist },
    { checklist: plan.checklist, ...(trustedSha ? { trustedSha } : {}), ...(stored ? { stored } : {}) },
    {
      readWorkspace: (deciding) => loadChecklist({ workspace: settings.workspace, path: settings.checklist, ...(deciding ? { onRead: onDecidingRead } : {}) }, parsers),
      readAtCommit: (sha, deciding) => loadChecklistAtCommit(settings.workspace, sha, settings.checklist, { parsers, ...(deciding ? { onRead: onDecidingRead } : {}) }),
      history,
      // A commit is its own ancestor exactly when git has it.
      hasCommit: (sha) => history().isAncestor(sha, sha),
      ...(pullCommits ? { pullCommits } : {})
    }
  )
  // These quote file names and keys from the checklist: one log line each, none able to start a workflow command.
  for (const line of outcome.ok ? outcome.log : outcome.problems.map((problem) => problem.message)) core.info(neutraliseLogText(line))
  return outcome
}

/** Runs the gates (or reuses stored results, as prepared), then judges the sign-offs and ticks. Each gate logs its own group. */
async function evaluate(
  context: RunContext,
  prepared: PreparedChecklist,
  previous: PreviousRun | undefined,
  connection: GitHubConnection | undefined,
  pullCommits: PullCommitReader | undefined,
  part: Pick<JobPart, 'gateRunner' | 'guards'>
): Promise<RunReport> {
  const { settings, github, redactor, progress } = context
  const checklist = prepared.checklist
  progress.checklist = checklist
  const titles = new Map(allItems(checklist).map((item) => [item.id, item.title]))
  core.info(`Evaluating ${allItems(checklist).length} items of ${settings.checklist}.`)
  // Only when gates run here: a merge or stored results start nothing.
  const earlierDurations = !part.gateRunner && prepared.gates.from !== 'stored' ? earlierDurationsFrom(settings.previousReport) : undefined
  const gated = await runChecklist(checklist, part.gateRunner ?? chooseGateRunner(context, prepared), {
    guards: [...context.isolation.guards, context.treeGuard ?? createWorkingTreeGuard(settings.workspace, (message) => core.warning(message)), ...part.guards],
    concurrency: settings.concurrency,
    allowEmpty: settings.allowEmpty,
    signal: context.abort.signal,
    runUrl: github.runUrl,
    ...(earlierDurations ? { earlierDurations } : {}),
    onGateFinished: (result) => {
      progress.finished.set(result.id, result)
      writeGateLog(result, titles.get(result.id) ?? result.id, redactor, (text) => process.stdout.write(text))
    }
  })
  const signoffs =
    context.api && connection && previous
      ? await context.api.gatherSignoffs(connection.client, github, previous.pull, checklist, [...previous.ticks, ...prepared.tickEvents], pullCommits)
      : undefined
  for (const notice of signoffs?.notices ?? []) core.warning(notice)
  const outcome = signoffs ? applySignoffs(checklist, gated.results, signoffs.events, signoffs.facts) : { results: gated.results, audit: [] }
  // Who ticked what goes into each item's notes, which every surface shows once.
  const results = prepared.ticks ? withTickNotes(outcome.results, prepared.ticks, outcome.audit) : outcome.results
  const report = withSignoffs(gated, results, outcome.audit, settings.allowEmpty)
  return prepared.changes ? { ...report, checklistChanges: prepared.changes } : report
}

/** What each gate took in the `previous-report`, which orders the gates; a file that cannot be used is one log line. */
function earlierDurationsFrom(file: string | undefined): EarlierDurations | undefined {
  if (!file) return undefined
  const read = readPreviousReport(file)
  if ('durations' in read) return read.durations
  core.info(neutraliseLogText(describeUnusedReport('The previous report', file, read.problem)))
  return undefined
}

function chooseGateRunner(context: RunContext, prepared: PreparedChecklist): GateRunner {
  if (prepared.gates.from === 'stored') return createStoredGateRunner(prepared.gates.results, prepared.gates.missingReason)
  return createGateRunner({
    workspace: context.settings.workspace,
    repositoryRoot: context.settings.workspaceRoot,
    parentEnv: process.env,
    scratchDir: context.scratchDir,
    killGraceMs: KILL_GRACE_MS,
    signal: context.abort.signal,
    observeLine: (line) => learnMaskedValue(line, context.redactor),
    onIsolationClosed: context.isolation.onIsolationClosed
  })
}

/** The sticky comment, check run and status, as the plan and inputs allow. Never changes the verdict. */
async function publish(
  context: RunContext,
  report: RunReport,
  plan: EvaluatePlan,
  prepared: PreparedChecklist,
  previous: PreviousRun | undefined,
  connection: GitHubConnection | undefined
): Promise<void> {
  const { settings, github, redactor } = context
  if (!settings.token || !context.api) return core.warning(NO_TOKEN_NOTICE)
  const { publishToGitHub, storeJudgement, encodeState, buildState } = context.api
  // Tick sign-offs are kept apart from the comment's ticks: a pull request run derives them again.
  const judged = storeJudgement(report, { events: prepared.tickEvents, ...(prepared.ticks ? { judgement: prepared.ticks } : {}) }, (text) => redactor.redact(text))
  const published = await publishToGitHub(
    report,
    {
      ...settings,
      links: sourceLinks(github, settings.workspaceRoot),
      comment: plan.comment ? settings.comment : 'false',
      checkRun: plan.checkRun && settings.checkRun,
      redactor,
      ...(previous ? { state: encodeState({ ...buildState(report, previous.pull.headSha, previous.ticks, (text) => redactor.redact(text)), judged }) } : {})
    },
    github,
    { ...(connection ? { createClient: () => connection } : {}), ...(previous ? { pull: previous.pull } : {}) }
  )
  for (const notice of published.notices) core.warning(notice)
  if (published.commentUrl) core.setOutput(OUTPUTS.commentUrl, published.commentUrl)
  if (published.checkRunUrl) core.setOutput(OUTPUTS.checkRunUrl, published.checkRunUrl)
}

/**
 * On SIGINT/SIGTERM/SIGHUP: stop every gate and write what is known now, synchronously — the
 * runner may kill us at any moment — then leave before its deadline.
 */
function watchForCancel(outcome: OutcomeWriter, abort: AbortController, progress: Progress, runUrl: string | undefined): void {
  const onCancel = (signal: NodeJS.Signals) => {
    if (abort.signal.aborted) return
    core.warning(`Received ${signal}: stopping every gate.`)
    abort.abort()
    const report = progress.checklist
      ? buildReport(progress.checklist, withUnfinishedCancelled(progress.checklist, progress.finished), {
          started: progress.started,
          finished: Date.now(),
          cancelled: true,
          allowEmpty: progress.allowEmpty,
          runUrl
        })
      : reportWithoutGates([{ code: 'cancelled', message: `the run was cancelled (${signal}) before any gate ran` }], {
          checklistPath: progress.checklistPath,
          runUrl,
          now: Date.now()
        })
    outcome.write(report)
    process.exitCode = 1
    setTimeout(() => process.exit(1), CANCEL_EXIT_DEADLINE_MS).unref()
  }
  for (const signal of CANCEL_SIGNALS) process.on(signal, onCancel)
}

type GitHubApi = typeof import('./github/api.js')

/**
 * The API client and what uses it, in a chunk of its own: most of its weight is undici, which a
 * run without a token never needs. Loaded before any gate runs, never after: code read from disk
 * once a gate has run could have been rewritten by that gate.
 *
 * @actions/github parses GITHUB_EVENT_PATH the moment it is loaded, and a malformed file throws
 * there with a stack trace quoting it; go-no-go reads the event itself (github/context.ts) and
 * answers a broken one with a verdict, so the toolkit is shown no event while it loads.
 */
async function loadGitHubApi(): Promise<GitHubApi> {
  const eventPath = process.env.GITHUB_EVENT_PATH
  delete process.env.GITHUB_EVENT_PATH
  try {
    return await import('./github/api.js')
  } finally {
    if (eventPath !== undefined) process.env.GITHUB_EVENT_PATH = eventPath
  }
}

type MarkdownReader = typeof import('./checklist/markdown.js')
type JobModes = typeof import('./shards/job-modes.js')

/**
 * The Markdown checklist reader, in a chunk of its own: only a `.md` checklist needs it. Loaded
 * before any gate, like the API (see loadGitHubApi).
 */
function loadMarkdownReader(): Promise<MarkdownReader> {
  return import('./checklist/markdown.js')
}

/** What a `shard` or `reports` job does beyond a whole one, in a chunk of its own; loaded before any gate. */
function loadJobModes(): Promise<JobModes> {
  return import('./shards/job-modes.js')
}

/** A chunk the settings promised was loaded; its absence is a bug here, which ends the run as NO-GO. */
function loaded<T>(module: T | undefined, what: string): T {
  if (module === undefined) throw new Error(`${what} was not loaded before it was needed`)
  return module
}

/** RUNNER_TEMP when it is usable, else the system's: the run must not fail before it can say why. */
function makeScratchDir(): string {
  for (const parent of [process.env.RUNNER_TEMP, os.tmpdir()]) {
    if (!parent) continue
    try {
      return mkdtempSync(path.join(parent, 'go-no-go-'))
    } catch {
      // try the next
    }
  }
  return os.tmpdir()
}

function withUnfinishedCancelled(checklist: Checklist, finished: ReadonlyMap<string, GateResult>): Map<string, GateResult> {
  const results = new Map(finished)
  for (const item of allItems(checklist)) {
    if (!results.has(item.id))
      results.set(item.id, { id: item.id, status: 'cancelled', summary: 'cancelled', reason: 'the run was cancelled before the gate finished', durationMs: 0 })
  }
  return results
}

/** Every run that ends with a report ends here: written once, then the step passes or fails by `fail-on`. */
function conclude(outcome: OutcomeWriter, report: RunReport, failOn: FailOn | undefined, redactor: Redactor): void {
  core.startGroup('Write the job summary and outputs')
  outcome.write(report)
  core.endGroup()
  announce(report, failOn, redactor)
}

/** Without a readable `fail-on` nobody said NO-GO may pass, so the step fails. */
function announce(report: RunReport, failOn: FailOn | undefined, redactor: Redactor): void {
  const { decision, reasons } = report.verdict
  const label = DECISION_LABELS[decision]
  // The label is ours: a gate that masked "NO-GO" must not hide it.
  const message = reasons.length > 0 ? `${label}: ${safeLogLine(reasons.join('; '), redactor)}` : label
  if (failOn === undefined || shouldFail(decision, failOn)) core.setFailed(message)
  else if (decision === 'go') core.info(message)
  else core.warning(message)
}

function describePlan(plan: RunPlan): string {
  switch (plan.action) {
    case 'nothing-to-do':
      return 'nothing to do.'
    case 'refuse':
      return 'refused.'
    case 'evaluate':
      return [
        plan.gates === 'run'
          ? 'run the gates'
          : plan.gates === 'reports'
            ? 'merge the shard reports, running no gate'
            : plan.gates === 'stored'
              ? 'reuse the stored gate results'
              : 'reuse the stored gate results if current, else run the gates',
        plan.requireWorkflowCommit ? 'only on the workflow’s own commit' : '',
        plan.pullRequest ? `report on pull request #${plan.pullRequest.number}` : 'no pull request',
        plan.comment ? 'comment' : 'no comment'
      ]
        .filter(Boolean)
        .join(', ')
        .concat('.', plan.note ? ` ${plan.note}` : '')
  }
}

/** Values of secret-looking variables in our own environment never reach a report surface. */
function secretValuesFrom(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name]) => /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY/i.test(name))
    .map(([, value]) => value ?? '')
    .filter((value) => value.length >= 4)
}
