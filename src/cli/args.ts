/** The command line, parsed into one typed command. Pure: argv in, command out, UsageError for anything else. */
import { parseArgs } from 'node:util'
import { DEFAULT_CHECKLIST_PATH, FAIL_ON_VALUES, type FailOn } from '../constants.js'
import { InputError, readChoice, readConcurrency } from '../settings.js'
import { UsageError } from './errors.js'
import { PRESET_NAMES, type PresetName } from './presets.js'

export const FORMATS = ['terminal', 'markdown', 'json'] as const
export type Format = (typeof FORMATS)[number]

export interface RunCommand {
  kind: 'run'
  /** Directory gates run in and paths resolve against, as given (resolved by the caller). */
  cwd: string
  checklist: string
  /** Whether --checklist was given; a missing default checklist is explained differently. */
  checklistGiven: boolean
  format: Format
  failOn: FailOn
  concurrency: number
  allowEmpty: boolean
  gatesOnly: boolean
  quiet: boolean
  /** An earlier JSON report whose durations choose which gates start first (else the CLI's own from the last run). */
  previousReport?: string
}

export interface InitCommand {
  kind: 'init'
  cwd: string
  checklist: string
  preset?: PresetName
  force: boolean
}

export type Command = RunCommand | InitCommand | { kind: 'import'; cwd: string; file: string } | { kind: 'schema' } | { kind: 'help' } | { kind: 'version' }

const OPTIONS = {
  checklist: { type: 'string', short: 'c' },
  cwd: { type: 'string', short: 'C' },
  format: { type: 'string', short: 'f' },
  concurrency: { type: 'string', short: 'j' },
  'fail-on': { type: 'string' },
  'allow-empty': { type: 'boolean' },
  'gates-only': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'previous-report': { type: 'string' },
  preset: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' }
} as const

type OptionName = keyof typeof OPTIONS
const COMMON: readonly OptionName[] = ['cwd', 'help', 'version']
/** Which options each command accepts; anything else is an error rather than silently ignored. */
const ACCEPTS: Record<'run' | 'init' | 'import' | 'schema', readonly OptionName[]> = {
  run: [...COMMON, 'checklist', 'format', 'concurrency', 'fail-on', 'allow-empty', 'gates-only', 'quiet', 'previous-report'],
  init: [...COMMON, 'checklist', 'preset', 'force'],
  import: COMMON,
  schema: COMMON
}

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
  const { values, positionals } = parsed
  if (values.help || positionals[0] === 'help') return { kind: 'help' }
  if (values.version) return { kind: 'version' }

  const [first = 'run', ...rest] = positionals
  if (!isCommandName(first)) throw new UsageError(`unknown command "${first}" (commands: run, init, import, schema)`)
  const unwanted = (Object.keys(values) as OptionName[]).filter((name) => !ACCEPTS[first].includes(name))
  if (unwanted.length > 0) throw new UsageError(`${unwanted.map((name) => `--${name}`).join(', ')} cannot be used with ${first}`)
  const cwd = values.cwd ?? '.'
  if (cwd === '') throw new UsageError('--cwd needs a directory')

  switch (first) {
    case 'import': {
      if (rest.length !== 1) throw new UsageError('import needs exactly one Markdown checklist, e.g. go-no-go import DEPLOYMENT.md')
      return { kind: 'import', cwd, file: rest[0] }
    }
    case 'schema':
      refuseExtra(first, rest)
      return { kind: 'schema' }
    case 'init':
      refuseExtra(first, rest)
      return {
        kind: 'init',
        cwd,
        checklist: values.checklist ?? DEFAULT_CHECKLIST_PATH,
        ...(values.preset !== undefined ? { preset: choice('--preset', values.preset, PRESET_NAMES) } : {}),
        force: values.force ?? false
      }
    case 'run':
      refuseExtra(first, rest)
      if (values['previous-report'] === '') throw new UsageError('--previous-report needs a file')
      return {
        kind: 'run',
        cwd,
        checklist: values.checklist ?? DEFAULT_CHECKLIST_PATH,
        checklistGiven: values.checklist !== undefined,
        format: choice('--format', values.format ?? 'terminal', FORMATS),
        failOn: choice('--fail-on', values['fail-on'] ?? 'no-go', FAIL_ON_VALUES),
        concurrency: concurrency(values.concurrency ?? ''),
        allowEmpty: values['allow-empty'] ?? false,
        gatesOnly: values['gates-only'] ?? false,
        quiet: values.quiet ?? false,
        ...(values['previous-report'] !== undefined ? { previousReport: values['previous-report'] } : {})
      }
  }
}

function isCommandName(name: string): name is keyof typeof ACCEPTS {
  return Object.hasOwn(ACCEPTS, name)
}

function refuseExtra(command: string, rest: readonly string[]): void {
  if (rest.length > 0) throw new UsageError(`${command} takes no arguments, but got "${rest[0]}"`)
}

function choice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  try {
    return readChoice(name, value, choices)
  } catch (error) {
    throw new UsageError(error instanceof InputError ? `${name} must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}` : String(error))
  }
}

function concurrency(value: string): number {
  try {
    return readConcurrency(value)
  } catch {
    throw new UsageError(`--concurrency must be a whole number from 1 to 9999, not ${JSON.stringify(value)}`)
  }
}

/** Node's own messages suggest `--` tricks a newcomer does not need; say what was wrong instead. */
function describeParseError(error: unknown): string {
  const { code, message = String(error) } = error as { code?: string; message?: string }
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? ''
  const option = /--[a-z-]+/.exec(quoted)?.[0] ?? quoted
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted}`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing|ambiguous/.test(message)) return `${option} needs a value`
    if (/does not take an argument/.test(message)) return `${option} takes no value`
  }
  return message.split('\n')[0]
}
