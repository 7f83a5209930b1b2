/**
 * Merging shard reports into the results of one run. Pure: the checklist this job read itself,
 * the files' contents and what they must belong to in; results and problems out.
 *
 * Nothing in a report is taken on its word. It must be of this repository, workflow run, head
 * commit and checklist (by the hash of its bytes); every shard 1..N must be there exactly once and
 * own exactly its items; every item of the checklist must be owned by exactly one shard. Then each
 * result is judged again from the report's own evidence (exit code, signal, counts, parser
 * problem) with the thresholds of the checklist this job read, and a status or summary that the
 * evidence does not give, counts that do not add up, a result for an item the shard does not own,
 * or a pass whose `needs` did not pass is tampering. Manual items are judged here, never by a shard.
 * Any problem is a run problem, so the verdict is NO-GO and says which report and why; a partial
 * or doubtful set can never make a GO.
 */
import { allItems, type Checklist, type ChecklistItem, type CommandItem } from '../checklist/types.js'
import { evaluateGate } from '../gates/evaluate.js'
import { readSignOff } from '../gates/gate-runner.js'
import { detectParser } from '../gates/parsers/index.js'
import type { GateResult, GateStatus, ParsedOutput, ProcessOutcome } from '../gates/types.js'
import { countStatuses, type RunProblem, type RunProblemCode, type StatusCounts } from '../verdict.js'
import { countsFor, readShardReport, type ShardItem, type ShardReport } from './report-shape.js'
import { formatNumber } from '../text/format.js'

export interface ReportFile {
  /** How messages name the file: relative to where the patterns were resolved. */
  name: string
  content: { json: unknown } | { problem: string }
}

/** What every report must belong to. */
export interface MergeExpectation {
  repository: string
  runId: string
  /** Re-running failed jobs raises the attempt for those jobs only, so earlier attempts are fine; later ones are not. */
  maxAttempt: number
  headSha: string
  /** GITHUB_SHA every shard checked out, when the merge job knows it (it runs in the same workflow run). */
  commitSha?: string
  checklistSha256: string
  /** Where the reports were looked for, for the message when there are none. */
  source: string
}

interface MergedShards {
  /** One result for every item of the checklist. */
  results: Map<string, GateResult>
  /** Each makes the run NO-GO; empty when the set is whole and sound. */
  problems: RunProblem[]
  /** From the earliest shard's start to the latest shard's end (ms since the epoch). */
  span?: { started: number; finished: number }
  /** One line per report read, for the log. */
  log: string[]
}

/** Problems of one kind listed one a line up to this many; the rest are counted. */
const MAX_PROBLEMS_PER_CODE = 10
const MAX_IDS_LISTED = 5
const MAX_SHARD_PROBLEMS = 5

const FILE_SUMMARIES: Partial<Record<GateStatus, readonly string[]>> = {
  pass: ['file present'],
  fail: ['missing', 'not a file', 'empty'],
  error: ['not checked', 'not run', 'crashed']
}

const PARSER_KINDS: Record<NonNullable<ShardItem['parser']>, ParsedOutput['kind']> = {
  'cargo-test': 'tests',
  'node-test': 'tests',
  jest: 'tests',
  vitest: 'tests',
  mocha: 'tests',
  'npm-test': 'tests',
  pytest: 'tests',
  'go-test': 'tests',
  'cargo-clippy': 'lint',
  ruff: 'lint',
  mypy: 'lint',
  'go-vet': 'lint',
  black: 'format',
  gofmt: 'format',
  'pip-audit': 'audit',
  govulncheck: 'audit',
  'cargo-fmt': 'format',
  'cargo-audit': 'audit',
  'npm-audit': 'audit',
  'exit-code': 'exit-code'
}

interface ReadReport {
  name: string
  report: ShardReport & { run: NonNullable<ShardReport['run']>; shard: NonNullable<ShardReport['shard']>; checklistSha256: string }
  foreign: boolean
}

export function mergeShardReports(checklist: Checklist, files: readonly ReportFile[], expected: MergeExpectation): MergedShards {
  const problems = new ProblemList()
  const items = allItems(checklist)
  const byId = new Map(items.map((item) => [item.id, item]))
  const log: string[] = []

  if (files.length === 0) problems.add('report-missing', `no shard report was found (${expected.source}), so nothing was judged`)
  const readable: ReadReport[] = []
  for (const file of files) {
    if ('problem' in file.content) {
      problems.add('report-unreadable', `${file.name} ${file.content.problem}`)
      continue
    }
    const report = readShardReport(file.content.json)
    if ('problem' in report) {
      problems.add('report-unreadable', `${file.name} is not a report go-no-go wrote: ${report.problem}`)
      continue
    }
    if (!report.run || !report.shard || !report.checklistSha256) {
      // A job stopped before it read the checklist (a bad input, a refused event) still says why.
      const why = report.runProblems[0]?.message
      if (why) problems.add('shard-run-problem', `${file.name}: its run judged nothing: ${clip(why, 300)}`)
      else problems.add('report-unreadable', `${file.name} does not say which run, checklist and shard it belongs to`)
      continue
    }
    readable.push({ name: file.name, report: report as ReadReport['report'], foreign: false })
  }

  checkIdentities(readable, expected, problems)
  const total = commonTotal(readable, problems)
  const chosen = chooseOnePerShard(readable, total, problems)
  const owners = checkCoverage(items, byId, chosen, total, problems)

  const results = new Map<string, GateResult>()
  /** Items a report says ran (a process, a checked file): they cannot have if a need did not pass. */
  const ran = new Set<string>()
  let started = Number.POSITIVE_INFINITY
  let finished = 0
  for (const read of chosen.values()) {
    const { report } = read
    log.push(
      `${label(read)}: ${formatNumber(report.shard.items.length)} items, run ${quote(report.run.id, 20)} attempt ${report.run.attempt}${read.foreign ? ' — does not belong to this run' : ''}`
    )
    if (read.foreign) {
      for (const id of report.shard.items) if (owners.get(id)?.length === 1 && byId.has(id)) results.set(id, notMerged(id, 'its shard report does not belong to this run'))
      continue
    }
    started = Math.min(started, report.startedAt)
    finished = Math.max(finished, report.startedAt + report.durationMs)
    for (const problem of report.runProblems.slice(0, MAX_SHARD_PROBLEMS)) problems.add('shard-run-problem', `${label(read)}: ${clip(problem.message, 300)}`)
    if (report.runProblems.length > MAX_SHARD_PROBLEMS) problems.add('shard-run-problem', `${label(read)}: and ${report.runProblems.length - MAX_SHARD_PROBLEMS} more problems`)
    mergeItems(read, byId, owners, results, ran, problems)
  }

  settleNeeds(items, byId, results, ran, problems)
  for (const item of items) if (!results.has(item.id)) results.set(item.id, notMerged(item.id, 'no shard report covers this item'))
  return { results, problems: problems.list(), ...(finished > 0 ? { span: { started, finished } } : {}), log }
}

function checkIdentities(readable: ReadReport[], expected: MergeExpectation, problems: ProblemList): void {
  const commits = new Set(readable.map((read) => read.report.run.commitSha))
  for (const read of readable) {
    const { run, checklistSha256 } = read.report
    const wrong = (message: string) => {
      read.foreign = true
      problems.add('report-foreign', `${label(read)} ${message}`)
    }
    if (run.repository !== expected.repository) wrong(`comes from the repository ${quote(run.repository, 100)}, not ${expected.repository}`)
    else if (run.id !== expected.runId) wrong(`comes from workflow run ${quote(run.id, 30)}, not run ${expected.runId}`)
    else if (run.attempt > expected.maxAttempt) wrong(`comes from attempt ${run.attempt} of the run, later than attempt ${expected.maxAttempt}`)
    else if (run.headSha !== expected.headSha) wrong(`is for commit ${shortSha(run.headSha)}, not ${shortSha(expected.headSha)}`)
    else if (expected.commitSha !== undefined && run.commitSha !== expected.commitSha) wrong(`checked out commit ${shortSha(run.commitSha)}, not ${shortSha(expected.commitSha)}`)
    else if (expected.commitSha === undefined && commits.size > 1) wrong(`checked out commit ${shortSha(run.commitSha)}, and the other reports another`)
    else if (checklistSha256 !== expected.checklistSha256)
      wrong(
        `was made from another checklist (SHA-256 ${checklistSha256.slice(0, 12)}…, this job read ${expected.checklistSha256.slice(0, 12)}…): the checklist changed, or the shard read another file`
      )
  }
}

/** N, as most reports say; reports of another N, or split another way, do not belong. */
function commonTotal(readable: ReadReport[], problems: ProblemList): number {
  const votes = new Map<number, number>()
  for (const read of readable) votes.set(read.report.shard.total, (votes.get(read.report.shard.total) ?? 0) + 1)
  const total = [...votes].sort(([a, countA], [b, countB]) => countB - countA || a - b)[0]?.[0] ?? 0
  const splits = new Map<string, ReadReport>()
  for (const read of readable) {
    if (read.report.shard.total !== total) {
      read.foreign = true
      problems.add('report-foreign', `${label(read)} splits the checklist into ${read.report.shard.total}, the other reports into ${total}`)
      continue
    }
    if (!read.foreign) splits.set(read.report.shard.assignmentSha256, splits.get(read.report.shard.assignmentSha256) ?? read)
  }
  if (splits.size > 1) {
    const ways = [...splits.values()].map((read) => `${label(read)} by ${read.report.shard.balancedBy}`).join(', ')
    problems.add('report-foreign', `the shards split the checklist in different ways (${ways}): give every shard job the same \`previous-report\`, or none`)
  }
  return total
}

function chooseOnePerShard(readable: ReadReport[], total: number, problems: ProblemList): Map<number, ReadReport> {
  const byIndex = new Map<number, ReadReport[]>()
  for (const read of readable) {
    if (read.report.shard.total !== total) continue
    const list = byIndex.get(read.report.shard.index) ?? []
    list.push(read)
    byIndex.set(read.report.shard.index, list)
  }
  const chosen = new Map<number, ReadReport>()
  for (let index = 1; index <= total; index++) {
    const list = byIndex.get(index)
    if (!list) {
      problems.add('report-missing', `shard ${index}/${total} is missing: no report for it was found`)
      continue
    }
    if (list.length > 1) problems.add('report-duplicated', `shard ${index}/${total} is there ${list.length} times: ${list.map((read) => read.name).join(', ')}`)
    chosen.set(index, list[0])
  }
  return chosen
}

/** Which shards own each item; every item must be owned exactly once, and a `needs` chain by one shard. */
function checkCoverage(items: ChecklistItem[], byId: Map<string, ChecklistItem>, chosen: Map<number, ReadReport>, total: number, problems: ProblemList): Map<string, number[]> {
  const owners = new Map<string, number[]>()
  for (const read of chosen.values()) {
    const unknown: string[] = []
    for (const id of new Set(read.report.shard.items)) {
      if (!byId.has(id)) unknown.push(id)
      else owners.set(id, [...(owners.get(id) ?? []), read.report.shard.index])
    }
    if (unknown.length > 0) problems.add('report-tampered', `${label(read)} owns ${listIds(unknown)}, which the checklist does not have`)
    if (new Set(read.report.shard.items).size !== read.report.shard.items.length) problems.add('report-tampered', `${label(read)} lists an item it owns more than once`)
  }
  const uncovered = items.filter((item) => !owners.has(item.id)).map((item) => item.id)
  if (uncovered.length > 0 && chosen.size > 0)
    problems.add('report-missing', `${uncovered.length === 1 ? 'an item is' : `${uncovered.length} items are`} in no shard's report: ${listIds(uncovered)}`)
  for (const item of items) {
    const shards = owners.get(item.id) ?? []
    if (shards.length > 1) problems.add('report-duplicated', `\`${item.id}\` is owned by ${shards.map((index) => `shard ${index}/${total}`).join(' and ')}`)
    for (const need of item.needs) {
      const needShards = owners.get(need) ?? []
      if (shards.length === 1 && needShards.length === 1 && shards[0] !== needShards[0])
        problems.add(
          'report-foreign',
          `\`${item.id}\` needs \`${need}\`, but shard ${shards[0]}/${total} owns one and shard ${needShards[0]}/${total} the other: a needs chain was split`
        )
    }
  }
  return owners
}

function mergeItems(
  read: ReadReport,
  byId: Map<string, ChecklistItem>,
  owners: Map<string, number[]>,
  results: Map<string, GateResult>,
  ran: Set<string>,
  problems: ProblemList
): void {
  const { report } = read
  const owned = new Set(report.shard.items)
  const entries = new Map<string, ShardItem>()
  const tampered = (message: string) => problems.add('report-tampered', `${label(read)}: ${message}`)
  const unowned: string[] = []
  for (const entry of report.items) {
    if (!owned.has(entry.id)) unowned.push(entry.id)
    else if (entries.has(entry.id)) tampered(`\`${entry.id}\` has more than one result`)
    else entries.set(entry.id, entry)
  }
  if (unowned.length > 0) tampered(`it has results for ${listIds(unowned)}, which it does not own`)
  const missing = [...owned].filter((id) => byId.has(id) && !entries.has(id))
  if (missing.length > 0) tampered(`it owns ${listIds(missing)} but has no result for them`)
  const actual = countStatuses(report.items.filter((entry) => owned.has(entry.id)).map((entry) => entry.status))
  if (!sameCounts(actual, report.counts)) tampered(`its counts (${describeCounts(report.counts)}) do not match its items (${describeCounts(actual)})`)

  for (const [id, entry] of entries) {
    const item = byId.get(id)
    // Owned twice: the first shard's result stands, and the duplication is already a problem.
    if (!item || owners.get(id)?.[0] !== report.shard.index) continue
    const mismatch = fieldMismatch(item, entry)
    if (mismatch) {
      tampered(`\`${id}\` ${mismatch}`)
      results.set(id, notMerged(id, 'its shard report contradicts the checklist'))
      continue
    }
    const judged = judgeAgain(item, entry)
    if ('contradiction' in judged) {
      tampered(`\`${id}\` ${judged.contradiction}`)
      results.set(id, notMerged(id, 'its shard report contradicts its own evidence'))
      continue
    }
    if (judged.ran) ran.add(id)
    results.set(id, judged.result)
  }
}

/** The report's copy of the item must be the checklist's: the hashes matched, so any difference was edited in. */
function fieldMismatch(item: ChecklistItem, entry: ShardItem): string | undefined {
  if (entry.kind !== item.kind) return `is a ${entry.kind} item in the report but a ${item.kind} item in the checklist`
  if (entry.severity !== item.severity) return `is ${entry.severity} in the report but ${item.severity} in the checklist`
  if (item.kind === 'command' && entry.command !== item.run) return 'has another command in the report than in the checklist'
  return undefined
}

type Judged = { result: GateResult; ran: boolean } | { contradiction: string }

function judgeAgain(item: ChecklistItem, entry: ShardItem): Judged {
  switch (item.kind) {
    case 'manual':
      // Sign-offs are read by the merge job; a shard's word on a manual item is never used.
      return { result: readSignOff(item), ran: false }
    case 'file': {
      if (entry.evidence || entry.parser || entry.exitCode !== null) return { contradiction: 'is an evidence file, but the report says a process ran for it' }
      const known = FILE_SUMMARIES[entry.status]
      if (entry.status === 'pending') return { contradiction: 'is an evidence file, which is never pending' }
      if (known && !known.includes(entry.summary)) return { contradiction: `says ${entry.status} with a summary (${quote(entry.summary, 40)}) an evidence check never gives` }
      return { result: plainResult(entry), ran: entry.status === 'pass' || entry.status === 'fail' }
    }
    case 'command':
      return judgeCommand(item, entry)
  }
}

function judgeCommand(item: CommandItem, entry: ShardItem): Judged {
  const evidence = entry.evidence
  if (!evidence) {
    // Not run (a need failed, cancelled before it started): no process, so it can be no pass.
    if (entry.status === 'pass') return { contradiction: 'says pass, but the report holds no evidence that it ran' }
    if (entry.exitCode !== null || entry.parser !== null || entry.steps.length > 0)
      return { contradiction: 'says a process ran, but the report holds none of its evidence (written by an older go-no-go?)' }
    return { result: plainResult(entry), ran: false }
  }
  if (entry.steps.length > 0) return judgeSteps(item, entry, evidence)
  const expectedParser = item.parser ?? detectParser(item.run)
  if (entry.parser !== expectedParser)
    return { contradiction: `was read by the ${quote(String(entry.parser), 20)} parser, but the checklist's command is read by \`${expectedParser}\`` }
  const kind = PARSER_KINDS[expectedParser]
  const counts = countsFor(kind, entry.counts)
  if (counts === undefined) return { contradiction: `has counts that the \`${expectedParser}\` parser does not report` }
  if (entry.failingTestsTotal < entry.failingTests.length || entry.findingsTotal < entry.findings.length)
    return { contradiction: 'lists more failing tests or findings than its totals say' }
  const process: ProcessOutcome = {
    exitCode: entry.exitCode,
    signal: entry.signal,
    timedOut: entry.timedOut,
    cancelled: evidence.cancelled,
    ...(evidence.spawnError !== null ? { spawnError: evidence.spawnError } : {}),
    durationMs: entry.durationMs,
    // The excerpt stands for the whole capture: it is what the Markdown report shows and what the judge reads first lines from.
    output: { head: evidence.output.excerpt, tail: '', totalBytes: entry.outputBytes, totalLines: evidence.output.totalLines, truncated: evidence.output.truncated }
  }
  const parsed = parsedOutput(kind, counts, entry, evidence.parseProblem)
  const judged = evaluateGate(item, process, parsed)
  if (judged.status !== entry.status) return { contradiction: `says ${entry.status}, but its own evidence (${describeEvidence(entry, counts)}) says ${judged.status}` }
  if (judged.summary !== entry.summary)
    return { contradiction: `says ${quote(entry.summary, 40)}, but its own evidence (${describeEvidence(entry, counts)}) says ${quote(judged.summary, 40)}` }
  return {
    ran: true,
    result: {
      id: item.id,
      status: judged.status,
      summary: judged.summary,
      ...(judged.reason !== undefined ? { reason: judged.reason } : {}),
      durationMs: entry.durationMs,
      parser: expectedParser,
      parsed,
      process,
      ...(entry.notes.length > 0 ? { notes: entry.notes } : {})
    }
  }
}

/**
 * A script that ran several tools was judged command by command from output the report does not
 * keep apart, so its steps cannot be judged again. They must still agree with the item, by the rule
 * the gate runner combines them with (judge-segments.ts): any failed step fails it, any other
 * non-pass makes it an error; the tools' summaries, then failed exit statuses', make its summary.
 * Like the rest of a report, this proves agreement, not what ran.
 */
function judgeSteps(item: CommandItem, entry: ShardItem, evidence: NonNullable<ShardItem['evidence']>): Judged {
  const steps = entry.steps
  if (item.parser) return { contradiction: `lists the steps of a script, but the checklist names one parser (\`${item.parser}\`) for the whole command` }
  if (steps.length < 2) return { contradiction: 'lists a single step, but a script is only judged step by step when it ran several' }
  if (evidence.cancelled || evidence.spawnError !== null || entry.timedOut || entry.signal !== null)
    return { contradiction: 'lists the steps of a script whose process did not finish, which is judged as a whole' }
  const tools = steps.filter((step) => step.parser !== 'exit-code')
  const exits = steps.filter((step) => step.parser === 'exit-code')
  const failing = [...tools, ...exits].filter((step) => step.status !== 'pass')
  const status: GateStatus = failing.some((step) => step.status === 'fail') ? 'fail' : failing.length > 0 ? 'error' : 'pass'
  const summary = [...tools, ...exits.filter((step) => step.status !== 'pass')].map((step) => step.summary).join('; ')
  const reasons = failing.filter((step) => step.reason).map((step) => `\`${step.command}\`: ${step.reason}`)
  const primary = failing.find((step) => step.parser !== 'exit-code') ?? failing[0] ?? tools.at(-1) ?? steps[steps.length - 1]
  if (entry.status !== status) return { contradiction: `says ${entry.status}, but its own steps say ${status}` }
  if (entry.summary !== summary) return { contradiction: `says ${quote(entry.summary, 40)}, but its own steps say ${quote(summary, 40)}` }
  if ((entry.reason ?? '') !== reasons.join('; ')) return { contradiction: 'gives a reason its own steps do not' }
  if (entry.parser !== primary.parser) return { contradiction: `was read by the ${quote(String(entry.parser), 20)} parser, but its own steps say \`${primary.parser}\`` }
  const kind = PARSER_KINDS[primary.parser]
  const counts = countsFor(kind, entry.counts)
  if (counts === undefined) return { contradiction: `has counts that the \`${primary.parser}\` parser does not report` }
  if (entry.failingTestsTotal < entry.failingTests.length || entry.findingsTotal < entry.findings.length)
    return { contradiction: 'lists more failing tests or findings than its totals say' }
  const process: ProcessOutcome = {
    exitCode: entry.exitCode,
    signal: null,
    timedOut: false,
    cancelled: false,
    durationMs: entry.durationMs,
    output: { head: evidence.output.excerpt, tail: '', totalBytes: entry.outputBytes, totalLines: evidence.output.totalLines, truncated: evidence.output.truncated }
  }
  const parsed = parsedOutput(kind, counts, entry, evidence.parseProblem)
  // The counts kept are the deciding tool's: judged again with its own exit status, they must say what its step says.
  if (primary.parser !== 'exit-code') {
    const again = evaluateGate(item, { ...process, exitCode: primary.exitCode }, parsed)
    if (again.status !== primary.status || again.summary !== primary.summary)
      return {
        contradiction: `says its \`${primary.parser}\` step gave ${quote(primary.summary, 40)}, but its own evidence (${describeEvidence(entry, counts)}) says ${quote(again.summary, 40)}`
      }
  }
  return {
    ran: true,
    result: {
      id: item.id,
      status,
      summary,
      ...(entry.reason !== null ? { reason: entry.reason } : {}),
      durationMs: entry.durationMs,
      parser: primary.parser,
      parsed,
      process,
      ...(entry.notes.length > 0 ? { notes: entry.notes } : {}),
      steps
    }
  }
}

function parsedOutput(
  kind: ParsedOutput['kind'],
  counts: ReturnType<typeof countsFor>,
  entry: ShardItem,
  problem: NonNullable<ShardItem['evidence']>['parseProblem']
): ParsedOutput {
  const findings = entry.findings
  const withProblem = problem ? { problem } : {}
  switch (kind) {
    case 'tests':
      return { kind, counts: counts as Extract<ParsedOutput, { kind: 'tests' }>['counts'], failingTests: entry.failingTests, findings, ...withProblem }
    case 'lint':
      return { kind, counts: counts as Extract<ParsedOutput, { kind: 'lint' }>['counts'], findings, ...withProblem }
    case 'format':
      return { kind, counts: counts as Extract<ParsedOutput, { kind: 'format' }>['counts'], findings, ...withProblem }
    case 'audit':
      return { kind, counts: counts as Extract<ParsedOutput, { kind: 'audit' }>['counts'], findings, ...withProblem }
    case 'exit-code':
      return { kind, findings }
  }
}

/**
 * An item runs only after every item it needs passed, in the same shard. A report that says an
 * item ran although a need did not pass contradicts itself; manual items are judged here, with
 * the same rule the scheduler applies.
 */
function settleNeeds(items: ChecklistItem[], byId: Map<string, ChecklistItem>, results: Map<string, GateResult>, ran: Set<string>, problems: ProblemList): void {
  const settled = new Set<string>()
  const settle = (item: ChecklistItem, visiting: Set<string>): void => {
    if (settled.has(item.id) || visiting.has(item.id)) return
    visiting.add(item.id)
    for (const need of item.needs) {
      const needed = byId.get(need)
      if (needed) settle(needed, visiting)
    }
    const blockers = item.needs.filter((need) => results.get(need)?.status !== 'pass')
    if (blockers.length > 0) {
      if (ran.has(item.id))
        problems.add('report-tampered', `\`${item.id}\` has a result although ${blockers.map((id) => `\`${id}\``).join(', ')} did not pass, so it cannot have run`)
      if (ran.has(item.id) || item.kind === 'manual') results.set(item.id, notRun(item.id, blockers))
    }
    settled.add(item.id)
  }
  for (const item of items) settle(item, new Set())
}

/** As the scheduler words it, so a merged report reads like a single run's. */
function notRun(id: string, blockers: string[]): GateResult {
  return { id, status: 'error', summary: 'not run', reason: `not run because ${blockers.map((need) => `\`${need}\``).join(', ')} did not pass`, durationMs: 0 }
}

function notMerged(id: string, reason: string): GateResult {
  return { id, status: 'error', summary: 'not merged', reason, durationMs: 0 }
}

function plainResult(entry: ShardItem): GateResult {
  return {
    id: entry.id,
    status: entry.status,
    summary: entry.summary,
    ...(entry.reason !== null ? { reason: entry.reason } : {}),
    durationMs: entry.durationMs,
    ...(entry.notes.length > 0 ? { notes: entry.notes } : {})
  }
}

function describeEvidence(entry: ShardItem, counts: ReturnType<typeof countsFor>): string {
  const parts: string[] = []
  if (entry.evidence?.spawnError !== null && entry.evidence?.spawnError !== undefined) parts.push('could not start')
  if (entry.timedOut) parts.push('timed out')
  if (entry.signal) parts.push(`killed by ${quote(entry.signal, 12)}`)
  if (entry.exitCode !== null) parts.push(`exit code ${entry.exitCode}`)
  // The checked counts only: their names are the parser's, not whatever keys the file holds.
  if (counts && 'passed' in counts) parts.push(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  if (counts && 'warnings' in counts && 'errors' in counts) parts.push(`${counts.errors} errors, ${counts.warnings} warnings`)
  if (counts && 'files' in counts) parts.push(`${counts.files.length} files to format`)
  if (counts && 'bySeverity' in counts) parts.push(`${Object.values(counts.bySeverity).reduce((sum, value) => sum + value, 0)} vulnerabilities, ${counts.warnings} warnings`)
  if (entry.evidence?.parseProblem) parts.push(`parser: ${entry.evidence.parseProblem.status}`)
  return parts.join('; ') || 'no exit code'
}

function sameCounts(a: StatusCounts, b: StatusCounts): boolean {
  return a.passed === b.passed && a.failed === b.failed && a.errored === b.errored && a.pending === b.pending && a.cancelled === b.cancelled
}

function describeCounts(counts: StatusCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.errored} errors, ${counts.pending} pending, ${counts.cancelled} cancelled`
}

function label(read: ReadReport): string {
  return `shard ${read.report.shard.index}/${read.report.shard.total} (${read.name})`
}

/** Ids from a report may be anything: quoted, clipped, and only a few. */
function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_IDS_LISTED).map((id) => quote(id, 60))
  return ids.length > MAX_IDS_LISTED ? `${shown.join(', ')} and ${ids.length - MAX_IDS_LISTED} more` : shown.join(', ')
}

function quote(text: string, max: number): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text)
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

function shortSha(sha: string): string {
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : quote(sha, 20)
}

/** Problems in the order found, at most MAX_PROBLEMS_PER_CODE of each code and a count of the rest. */
class ProblemList {
  private readonly problems: RunProblem[] = []
  private readonly extra = new Map<RunProblemCode, number>()

  add(code: RunProblemCode, message: string): void {
    if (this.problems.filter((problem) => problem.code === code).length < MAX_PROBLEMS_PER_CODE) this.problems.push({ code, message })
    else this.extra.set(code, (this.extra.get(code) ?? 0) + 1)
  }

  list(): RunProblem[] {
    return [...this.problems, ...[...this.extra].map(([code, count]): RunProblem => ({ code, message: `… and ${count} more problems of the same kind (${code})` }))]
  }
}
