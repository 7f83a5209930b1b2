/** `npx go-no-go`: the same engine in a terminal, before pushing. */
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadChecklist } from './checklist/load.js'
import { parseMarkdownChecklist } from './checklist/markdown.js'
import { checklistToYaml } from './checklist/to-yaml.js'
import { CHECKLIST_SCHEMA } from './checklist/schema.js'
import { ChecklistError } from './checklist/types.js'
import { DEFAULT_CHECKLIST_PATH, FAIL_ON_VALUES, KILL_GRACE_MS } from './constants.js'
import { runChecklist } from './engine.js'
import { createGateRunner } from './gates/gate-runner.js'
import { toJsonReport } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { formatProblemsForTerminal } from './report/problems.js'
import { createRedactor, learnMaskedValue } from './text/redact.js'
import { renderTerminal } from './report/terminal.js'
import { InputError, readChoice, readConcurrency } from './settings.js'
import { runMergeCommand } from './shards/merge-command.js'
import { shouldFail } from './verdict.js'

const FORMATS = ['terminal', 'markdown', 'json'] as const

const USAGE = `Usage:
  go-no-go [--checklist PATH] [--cwd DIR] [--format terminal|markdown|json]
           [--concurrency N] [--fail-on no-go|conditional-go|never] [--allow-empty]
  go-no-go import CHECKLIST.md      print the Markdown checklist as go-no-go YAML
  go-no-go schema                   print the JSON Schema of the checklist format
  go-no-go merge REPORT...          merge the JSON reports of shards into one verdict (merge --help)

Runs every gate of the checklist (default ${DEFAULT_CHECKLIST_PATH} under --cwd) and prints
GO / CONDITIONAL GO / NO-GO. Exit code 1 on NO-GO (see --fail-on), 2 on a bad checklist or usage.`

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'merge')
    return runMergeCommand(argv.slice(1), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), isTty: process.stdout.isTTY === true })
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      checklist: { type: 'string', short: 'c' },
      cwd: { type: 'string', short: 'C' },
      format: { type: 'string', short: 'f' },
      concurrency: { type: 'string', short: 'j' },
      'fail-on': { type: 'string' },
      'allow-empty': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const workspace = path.resolve(values.cwd ?? '.')
  if (positionals[0] === 'import') return importMarkdown(workspace, positionals[1])
  if (positionals[0] === 'schema') {
    process.stdout.write(`${JSON.stringify(CHECKLIST_SCHEMA, null, 2)}\n`)
    return 0
  }
  if (positionals.length > 0 && positionals[0] !== 'run') throw new UsageError(`unknown command "${positionals[0]}"`)

  const format = readChoice('--format', values.format ?? 'terminal', FORMATS)
  const failOn = readChoice('--fail-on', values['fail-on'] ?? 'no-go', FAIL_ON_VALUES)
  const concurrency = readConcurrency(values.concurrency ?? '')
  const checklistPath = values.checklist ?? DEFAULT_CHECKLIST_PATH
  const checklist = await loadChecklist({ workspace, path: checklistPath }, { markdown: parseMarkdownChecklist })

  const abort = new AbortController()
  const onInterrupt = () => abort.abort()
  process.once('SIGINT', onInterrupt)
  process.once('SIGTERM', onInterrupt)
  const redactor = createRedactor([])
  const color = format === 'terminal' && process.stdout.isTTY === true && !process.env.NO_COLOR
  if (format === 'terminal') process.stderr.write(`go-no-go: running ${checklistPath} in ${workspace}\n`)

  const report = await runChecklist(
    checklist,
    createGateRunner({
      workspace,
      parentEnv: process.env,
      scratchDir: mkdtempSync(path.join(os.tmpdir(), 'go-no-go-')),
      killGraceMs: KILL_GRACE_MS,
      signal: abort.signal,
      observeLine: (line) => learnMaskedValue(line, redactor)
    }),
    {
      concurrency,
      allowEmpty: values['allow-empty'] ?? false,
      signal: abort.signal,
      onGateFinished: (result) => {
        if (format === 'terminal') process.stderr.write(`  ${result.status.toUpperCase().padEnd(9)} ${result.id} (${result.summary})\n`)
      }
    }
  )
  const rendered =
    format === 'json'
      ? `${JSON.stringify(toJsonReport(report, redactor), null, 2)}\n`
      : format === 'markdown'
        ? renderMarkdown(report, { redactor })
        : renderTerminal(report, { color, redactor })
  process.stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`)
  if (report.cancelled) return 130
  return shouldFail(report.verdict.decision, failOn) ? 1 : 0
}

function importMarkdown(workspace: string, file: string | undefined): number {
  if (!file) throw new UsageError('import needs the path of a Markdown checklist')
  const text = readFileSync(path.resolve(workspace, file), 'utf8')
  process.stdout.write(checklistToYaml(parseMarkdownChecklist(text, file)))
  return 0
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof ChecklistError) {
      process.stderr.write(`go-no-go: NO-GO — the checklist is invalid:\n${formatProblemsForTerminal(error.problems)}\n`)
    } else if (error instanceof UsageError || error instanceof InputError || (error as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`go-no-go: ${(error as Error).message}\n\n${USAGE}\n`)
    } else {
      process.stderr.write(`go-no-go: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    }
    process.exitCode = 2
  }
)
