/**
 * `go-no-go merge REPORT…`: the merge job in a terminal. Reads the checklist here, the shard
 * reports given (files or glob patterns), checks them exactly as the action does, and prints the
 * verdict. Reports must all be of one repository, workflow run and head commit: the ones named
 * by `--repository`, `--run-id` and `--head-sha`, or else the first report's.
 */
import { parseArgs } from 'node:util'
import path from 'node:path'
import { loadChecklist } from '../checklist/load.js'
import { parseMarkdownChecklist } from '../checklist/markdown.js'
import { ChecklistError } from '../checklist/types.js'
import { DEFAULT_CHECKLIST_PATH, FAIL_ON_VALUES } from '../constants.js'
import { runChecklist } from '../engine.js'
import { toJsonReport } from '../report/json.js'
import { renderMarkdown } from '../report/markdown.js'
import { formatProblemsForTerminal } from '../report/problems.js'
import { renderTerminal } from '../report/terminal.js'
import { createRedactor } from '../text/redact.js'
import { shouldFail } from '../verdict.js'
import { mergeShardReports, type MergeExpectation } from './merge.js'
import { checklistHash } from './phase.js'
import { readReportFiles } from './read-reports.js'
import { readShardReport } from './report-shape.js'
import { wholeChecklist } from './select.js'

const FORMATS = ['terminal', 'markdown', 'json'] as const

const MERGE_USAGE = `Usage:
  go-no-go merge [--checklist PATH] [--cwd DIR] [--format terminal|markdown|json]
                 [--fail-on no-go|conditional-go|never] [--allow-empty]
                 [--repository OWNER/REPO] [--run-id ID] [--head-sha SHA] REPORT...

Merges the JSON reports of the shards of one run (\`shard: K/N\`) into one verdict, running no
gate. REPORT may be a file or a glob pattern (reports/**/*.json). Every shard 1..N must be there
exactly once, made from this checklist (by its hash), for one repository, run and head commit.
Exit code 1 on NO-GO (see --fail-on), 2 on a bad checklist or usage.`

interface CommandIo {
  stdout(text: string): void
  stderr(text: string): void
  isTty: boolean
}

/** Runs the command; resolves with the exit code. */
export async function runMergeCommand(argv: string[], io: CommandIo): Promise<number> {
  let values
  let positionals
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        checklist: { type: 'string', short: 'c' },
        cwd: { type: 'string', short: 'C' },
        format: { type: 'string', short: 'f' },
        'fail-on': { type: 'string' },
        'allow-empty': { type: 'boolean' },
        repository: { type: 'string' },
        'run-id': { type: 'string' },
        'head-sha': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }))
  } catch (error) {
    return usage(io, (error as Error).message)
  }
  if (values.help) {
    io.stdout(`${MERGE_USAGE}\n`)
    return 0
  }
  const format = values.format ?? 'terminal'
  if (!(FORMATS as readonly string[]).includes(format)) return usage(io, `--format must be one of ${FORMATS.join(', ')}`)
  const failOn = values['fail-on'] ?? 'no-go'
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) return usage(io, `--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}`)
  if (positionals.length === 0) return usage(io, 'name the shard reports to merge')

  const workspace = path.resolve(values.cwd ?? '.')
  const checklistPath = values.checklist ?? DEFAULT_CHECKLIST_PATH
  let checklistSha256 = ''
  let checklist
  try {
    checklist = await loadChecklist({ workspace, path: checklistPath, onRead: (bytes) => (checklistSha256 = checklistHash(bytes)) }, { markdown: parseMarkdownChecklist })
  } catch (error) {
    if (!(error instanceof ChecklistError)) throw error
    io.stderr(`go-no-go: NO-GO — the checklist is invalid:\n${formatProblemsForTerminal(error.problems)}\n`)
    return 2
  }

  // Relative report paths are the shell's: from the directory the command was started in.
  const read = readReportFiles(positionals, process.cwd())
  const first = firstIdentity(read.files)
  const maxAttempt = Math.max(1, ...read.files.map((file) => attemptOf(file.content)))
  const expected: MergeExpectation = {
    repository: values.repository ?? first?.repository ?? '',
    runId: values['run-id'] ?? first?.id ?? '',
    maxAttempt,
    headSha: values['head-sha'] ?? first?.headSha ?? '',
    checklistSha256,
    source: read.source
  }
  const merged = mergeShardReports(checklist, read.files, expected)
  const report = await runChecklist(checklist, async (item) => merged.results.get(item.id) ?? { id: item.id, status: 'error', summary: 'not merged', durationMs: 0 }, {
    concurrency: 4,
    allowEmpty: values['allow-empty'] ?? false,
    guards: [{ name: 'shard reports', before: async () => undefined, after: async () => merged.problems }]
  })
  const identified = {
    ...report,
    ...(merged.span ? { startedAt: new Date(merged.span.started).toISOString(), durationMs: merged.span.finished - merged.span.started } : {}),
    identity: {
      run: { id: expected.runId, attempt: maxAttempt, repository: expected.repository, event: 'merge', headSha: expected.headSha, commitSha: first?.commitSha ?? '' },
      checklistSha256,
      shard: wholeChecklist(checklist)
    }
  }
  const redactor = createRedactor([])
  if (format === 'terminal') for (const line of merged.log) io.stderr(`  ${line}\n`)
  const rendered =
    format === 'json'
      ? `${JSON.stringify(toJsonReport(identified, redactor), null, 2)}\n`
      : format === 'markdown'
        ? renderMarkdown(identified, { redactor })
        : renderTerminal(identified, { color: io.isTty && !process.env.NO_COLOR, redactor })
  io.stdout(rendered.endsWith('\n') ? rendered : `${rendered}\n`)
  return shouldFail(identified.verdict.decision, failOn as (typeof FAIL_ON_VALUES)[number]) ? 1 : 0
}

function usage(io: CommandIo, message: string): number {
  io.stderr(`go-no-go merge: ${message}\n\n${MERGE_USAGE}\n`)
  return 2
}

function firstIdentity(files: ReturnType<typeof readReportFiles>['files']) {
  for (const file of files) {
    if (!('json' in file.content)) continue
    const report = readShardReport(file.content.json)
    if (!('problem' in report) && report.run) return report.run
  }
  return undefined
}

/** Only a hint for the expectation: the merge checks every report's attempt against it. */
function attemptOf(content: { json: unknown } | { problem: string }): number {
  const run = 'json' in content && typeof content.json === 'object' && content.json !== null ? (content.json as { run?: { attempt?: unknown } }).run : undefined
  return typeof run?.attempt === 'number' && Number.isSafeInteger(run.attempt) && run.attempt > 0 ? run.attempt : 1
}
