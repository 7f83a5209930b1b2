/** `go-no-go` on the command line: the same engine as the action, in a terminal, before pushing. */
import packageJson from '../../package.json' with { type: 'json' }
import { CHECKLIST_SCHEMA } from '../checklist/schema.js'
import { ChecklistError } from '../checklist/types.js'
import { formatProblemsForTerminal } from '../report/problems.js'
import { stripControl } from '../text/sanitize.js'
import { parseCommandLine, type Command } from './args.js'
import { CliError, UsageError } from './errors.js'
import { HELP, USAGE_SYNOPSIS } from './help.js'
import { importMarkdown } from './import.js'
import { initProject } from './init.js'
import { runMergeCommand } from '../shards/merge-command.js'
import { runCommand, type CliIo } from './run.js'

const EXIT_BAD_INPUT = 2

async function main(argv: string[], io: CliIo): Promise<number> {
  // `merge` parses its own arguments (src/shards/merge-command.ts).
  if (argv[0] === 'merge')
    return runMergeCommand(argv.slice(1), { stdout: (text) => io.stdout.write(text), stderr: (text) => io.stderr.write(text), isTty: io.stdout.isTTY === true })
  const command: Command = parseCommandLine(argv)
  switch (command.kind) {
    case 'help':
      io.stdout.write(`${HELP}\n`)
      return 0
    case 'version':
      io.stdout.write(`go-no-go ${packageJson.version}\n`)
      return 0
    case 'schema':
      io.stdout.write(`${JSON.stringify(CHECKLIST_SCHEMA, null, 2)}\n`)
      return 0
    case 'import':
      io.stdout.write(await importMarkdown(command.cwd, command.file))
      return 0
    case 'init':
      return initProject(command, io)
    case 'run':
      return runCommand(command, io)
  }
}

/** One line (or a few) a person can act on; a stack only for what is a bug in go-no-go. */
function describeFailure(error: unknown): string {
  if (error instanceof ChecklistError) return `go-no-go: NO-GO — the checklist is invalid:\n${formatProblemsForTerminal(error.problems)}\n`
  if (error instanceof UsageError) return `go-no-go: ${error.message}\n\n${USAGE_SYNOPSIS}\nRun go-no-go --help for every option and examples.\n`
  if (error instanceof CliError) return `go-no-go: ${error.message}\n`
  return `go-no-go: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
}

// A reader that stops early (`go-no-go -f json | head`) closes the pipe: that is not a failure, and
// must not turn into a crash or change the exit code, which still carries the verdict.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}

const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env }
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Messages can quote paths and file contents; escape sequences in them must not reach the terminal.
    io.stderr.write(stripControl(describeFailure(error)))
    process.exitCode = EXIT_BAD_INPUT
  }
)
