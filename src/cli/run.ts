/** `go-no-go [run]`: load the checklist, run its gates with progress on stderr, print the report once on stdout. */
import { mkdtempSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { setMaxListeners } from 'node:events'
import os from 'node:os'
import path from 'node:path'
import { loadChecklist } from '../checklist/load.js'
import { parseMarkdownChecklist } from '../checklist/markdown.js'
import { ChecklistError, allItems, isBeforeDeploy, type Checklist } from '../checklist/types.js'
import { KILL_GRACE_MS } from '../constants.js'
import { runChecklist } from '../engine.js'
import { createGateRunner, type GateRunner } from '../gates/gate-runner.js'
import { toJsonReport } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import type { RunReport } from '../report/model.js'
import { renderTerminal } from '../report/terminal.js'
import { plural } from '../text/format.js'
import { createRedactor, learnMaskedValue, type Redactor } from '../text/redact.js'
import { stripControl } from '../text/sanitize.js'
import { shouldFail } from '../verdict.js'
import type { Format, RunCommand } from './args.js'
import { CliError } from './errors.js'
import { describeIgnoredSignoffs, gatesOnly } from './gates-only.js'
import { explainMissingChecklist } from './missing-checklist.js'
import { createProgress } from './progress.js'
import { progressModeFor, wantsColor, type OutputStream } from './terminal-capabilities.js'
import { createWorkingTreeGuard } from '../working-tree-guard.js'
import type { EarlierDurations } from '../gates/start-order.js'
import { describeUnusedReport, readPreviousReport } from '../previous-report.js'
import { durationsCacheFile, durationsFileContent, writeDurationsFile } from './durations-cache.js'

export interface CliIo {
  stdout: OutputStream
  stderr: OutputStream
  env: NodeJS.ProcessEnv
}

const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/** Runs the checklist and returns the exit code: 0 GO (per --fail-on), 1 NO-GO, 130 interrupted. */
export async function runCommand(command: RunCommand, io: CliIo): Promise<number> {
  const workspace = path.resolve(command.cwd)
  // The tree's first snapshot is taken while the checklist loads: they do not wait for each other.
  const notify = (message: string) => (command.quiet ? undefined : io.stderr.write(stripControl(`go-no-go: ${message}\n`)))
  const treeGuard = createWorkingTreeGuard(workspace, notify)
  const loaded = await load(command, workspace, () => treeGuard.prepare())
  const { decideOn, show, ignored } = command.gatesOnly ? gatesOnly(loaded) : { decideOn: loaded, show: loaded, ignored: [] }
  const cacheFile = durationsCacheFile(io.env, workspace, command.checklist)
  const earlierDurations = readEarlierDurations(command.previousReport ? path.resolve(workspace, command.previousReport) : undefined, cacheFile, notify)

  // Listen for an interrupt before saying anything: from the first line on, Ctrl-C must stop the
  // gates and still print the report, not kill us with gates left running.
  const abort = new AbortController()
  // Every running gate listens for the abort; Node's leak warning would otherwise break into the live line.
  setMaxListeners(10 + 2 * command.concurrency, abort.signal)
  const onInterrupt = () => abort.abort()
  for (const signal of INTERRUPT_SIGNALS) process.once(signal, onInterrupt)
  const progressMode = progressModeFor(io.stderr, io.env, command.quiet)
  // Gates after GO are not run, so they are not counted as running either.
  const gates = allItems(decideOn).filter((item) => item.kind === 'command' && isBeforeDeploy(item))
  if (progressMode !== 'off') {
    const what = plural(gates.length, 'gate')
    io.stderr.write(stripControl(`go-no-go: running ${what} of ${command.checklist} in ${workspace}${command.gatesOnly ? ' (gates only)' : ''}\n`))
  }
  const progress = createProgress(io.stderr, { mode: progressMode, color: wantsColor(io.stderr, io.env), gates })

  const redactor = createRedactor([])
  const runGate = createGateRunner({
    workspace,
    parentEnv: io.env,
    scratchDir: mkdtempSync(path.join(os.tmpdir(), 'go-no-go-')),
    killGraceMs: KILL_GRACE_MS,
    signal: abort.signal,
    observeLine: (line) => learnMaskedValue(line, redactor)
  })
  const watched: GateRunner = (item) => {
    progress.started(item)
    return runGate(item)
  }
  let report: RunReport
  try {
    report = await runChecklist(decideOn, watched, {
      guards: [treeGuard],
      concurrency: command.concurrency,
      allowEmpty: command.allowEmpty,
      signal: abort.signal,
      onGateFinished: (result) => progress.finished(result),
      ...(earlierDurations ? { earlierDurations } : {})
    })
  } finally {
    progress.stop()
    for (const signal of INTERRUPT_SIGNALS) process.removeListener(signal, onInterrupt)
  }

  const durations = cacheFile ? durationsFileContent(report) : undefined
  if (cacheFile && durations) writeDurationsFile(cacheFile, durations)

  const shown: RunReport = { ...report, checklist: show }
  const color = wantsColor(io.stdout, io.env)
  let rendered = render(shown, command.format, redactor, color)
  if (command.gatesOnly && command.format === 'terminal') {
    const notice = describeIgnoredSignoffs(ignored)
    rendered += `${color ? `\x1b[33m${notice}\x1b[39m` : notice}\n`
  }
  io.stdout.write(rendered)
  if (report.cancelled) return 130
  return shouldFail(report.verdict.decision, command.failOn) ? 1 : 0
}

/**
 * The durations that order the gates: the report the user named, else the last run's here. A
 * file that cannot be used says so in one line; a last run that never happened says nothing.
 */
function readEarlierDurations(given: string | undefined, cacheFile: string | undefined, notify: (message: string) => void): EarlierDurations | undefined {
  const file = given ?? cacheFile
  if (!file) return undefined
  const read = readPreviousReport(file)
  if ('durations' in read) return read.durations
  if (given || !read.missing) notify(describeUnusedReport(given ? 'the previous report' : 'the durations file of the last run', file, read.problem))
  return undefined
}

/** @param onDirectory called once the workspace is known to be a directory, before the checklist is read. */
async function load(command: RunCommand, workspace: string, onDirectory: () => void): Promise<Checklist> {
  const directory = await stat(workspace).catch(() => undefined)
  if (!directory?.isDirectory()) throw new CliError(`${workspace} is not a directory (--cwd ${command.cwd})`)
  onDirectory()
  try {
    return await loadChecklist({ workspace, path: command.checklist }, { markdown: parseMarkdownChecklist })
  } catch (error) {
    if (!(error instanceof ChecklistError)) throw error
    const missing = await explainMissingChecklist({ workspace, checklist: command.checklist, cwd: command.cwd }).catch(() => undefined)
    if (missing) throw new CliError(missing.join('\n'))
    throw error
  }
}

function render(report: RunReport, format: Format, redactor: Redactor, color: boolean): string {
  const text =
    format === 'json'
      ? `${JSON.stringify(toJsonReport(report, redactor), null, 2)}\n`
      : format === 'markdown'
        ? renderMarkdown(report, { redactor })
        : renderTerminal(report, { color, redactor })
  return text.endsWith('\n') ? text : `${text}\n`
}
