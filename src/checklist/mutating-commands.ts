/**
 * Commands that rewrite the code they are pointed at (`cargo fmt`, `eslint --fix`, `git commit`).
 * A check must not modify the code it checks: the verdict would be about code that is not the
 * commit's, and a formatter that "fixes" the tree passes where `--check` would fail. Found in a
 * YAML `run:`, each is a checklist error that names the check the author most likely meant.
 * (A Markdown checklist runs only allow-listed checks, so it needs no such list.)
 */
import { resolveProgram, splitCommands } from './shell-commands.js'

interface MutatingCommand {
  /** What was found, as a reader would call it: `cargo fmt`, `prettier --write`. */
  command: string
  /** Line of the `run:` text it is on (1-based). */
  line: number
  /** The read-only command to use instead. */
  instead: string
}

interface Rule {
  command: string
  instead: string
  matches(program: string, args: string[]): boolean
}

/** `--emit stdout` / `--emit=stdout`: rustfmt prints the result instead of writing files. */
const emitsToStdout = (args: string[]) => args.some((arg, index) => arg === '--emit=stdout' || (arg === '--emit' && args[index + 1] === 'stdout'))
const has = (args: string[], ...flags: string[]) => args.some((arg) => flags.includes(arg) || flags.some((flag) => flag.startsWith('--') && arg.startsWith(`${flag}=`)))
/** Short flags may be bundled: `gofmt -lw`, `rubocop -aD`. */
const hasShort = (args: string[], letter: string) => args.some((arg) => /^-[A-Za-z]+$/.test(arg) && arg.includes(letter))
/** `cargo [+toolchain] [global options] <subcommand> [args]`. */
const CARGO_GLOBAL_VALUE_OPTIONS = new Set(['--color', '--config', '-Z', '-C', '--manifest-path', '--target-dir'])

function cargoSubcommand(args: string[]): { name: string; args: string[] } | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg.startsWith('+')) continue
    if (CARGO_GLOBAL_VALUE_OPTIONS.has(arg)) {
      index++
      continue
    }
    if (arg.startsWith('-')) continue
    return { name: arg, args: args.slice(index + 1) }
  }
  return undefined
}

const cargo = (subcommand: string, matches: (args: string[]) => boolean) => (program: string, args: string[]) => {
  if (program !== 'cargo') return false
  const found = cargoSubcommand(args)
  return found?.name === subcommand && matches(found.args)
}

const RULES: Rule[] = [
  { command: 'cargo fmt', instead: '`cargo fmt --check`', matches: cargo('fmt', (args) => !has(args, '--check') && !emitsToStdout(args)) },
  { command: 'cargo clippy --fix', instead: '`cargo clippy` without `--fix`', matches: cargo('clippy', (args) => has(args, '--fix')) },
  { command: 'cargo fix', instead: '`cargo check` or `cargo clippy`', matches: cargo('fix', () => true) },
  {
    command: 'rustfmt',
    instead: '`rustfmt --check`',
    matches: (program, args) => program === 'rustfmt' && !has(args, '--check', '--print-config') && !/--emit[= ]stdout/.test(args.join(' '))
  },
  {
    command: 'npm audit fix',
    instead: '`npm audit`',
    matches: (program, args) =>
      program === 'npm' &&
      args
        .filter((arg) => !arg.startsWith('-'))
        .slice(0, 2)
        .join(' ') === 'audit fix' &&
      !has(args, '--dry-run')
  },
  { command: 'pnpm audit --fix', instead: '`pnpm audit`', matches: (program, args) => program === 'pnpm' && args[0] === 'audit' && has(args, '--fix') },
  {
    command: 'npm pkg fix',
    instead: '`npm pkg get` (or nothing: `npm pkg fix` only rewrites package.json)',
    matches: (program, args) => program === 'npm' && args[0] === 'pkg' && args[1] === 'fix'
  },
  { command: 'eslint --fix', instead: '`eslint` without `--fix` (or with `--fix-dry-run`)', matches: (program, args) => program === 'eslint' && has(args, '--fix') },
  { command: 'prettier --write', instead: '`prettier --check`', matches: (program, args) => program === 'prettier' && (has(args, '--write') || args.includes('-w')) },
  {
    command: 'biome --write',
    instead: '`biome ci` (or `biome check` without `--write`)',
    matches: (program, args) => program === 'biome' && has(args, '--write', '--fix', '--apply', '--apply-unsafe', '--unsafe')
  },
  { command: 'stylelint --fix', instead: '`stylelint` without `--fix`', matches: (program, args) => program === 'stylelint' && has(args, '--fix') },
  {
    command: 'standard --fix',
    instead: 'the same linter without `--fix`',
    matches: (program, args) => (program === 'standard' || program === 'xo' || program === 'tslint') && has(args, '--fix')
  },
  {
    command: 'markdownlint --fix',
    instead: '`markdownlint` without `--fix`',
    matches: (program, args) => program.startsWith('markdownlint') && has(args, '--fix')
  },
  { command: 'gofmt -w', instead: '`gofmt -l` (with `test -z`)', matches: (program, args) => (program === 'gofmt' || program === 'goimports') && hasShort(args, 'w') },
  { command: 'go fmt', instead: '`gofmt -l .` (with `test -z`)', matches: (program, args) => program === 'go' && args[0] === 'fmt' },
  { command: 'go mod tidy', instead: '`go mod tidy -diff`', matches: (program, args) => program === 'go' && args[0] === 'mod' && args[1] === 'tidy' && !has(args, '-diff') },
  {
    command: 'go generate',
    instead: '`go generate` followed by `git diff --exit-code` in CI before go-no-go',
    matches: (program, args) => program === 'go' && args[0] === 'generate'
  },
  { command: 'go get', instead: '`go list -m all` (or nothing: `go get` rewrites go.mod)', matches: (program, args) => program === 'go' && args[0] === 'get' },
  { command: 'go test -update', instead: '`go test` without `-update`', matches: (program, args) => program === 'go' && args[0] === 'test' && has(args, '-update', '--update') },
  { command: 'mypy --install-types', instead: '`mypy` without `--install-types`', matches: (program, args) => program === 'mypy' && has(args, '--install-types') },
  {
    command: 'pytest --snapshot-update',
    instead: '`pytest` without snapshot or golden-file updates',
    matches: (program, args) => program === 'pytest' && has(args, '--snapshot-update', '--force-regen', '--regen-all', '--update-goldens')
  },
  { command: 'poetry lock', instead: '`poetry check --lock`', matches: (program, args) => program === 'poetry' && ['lock', 'update', 'add', 'remove'].includes(args[0] ?? '') },
  {
    command: 'uv lock',
    instead: '`uv lock --check` (or `uv sync --locked` in an earlier step)',
    matches: (program, args) => program === 'uv' && ['lock', 'sync', 'add', 'remove'].includes(args[0] ?? '') && !has(args, '--check', '--locked', '--frozen')
  },
  { command: 'pip-audit --fix', instead: '`pip-audit` without `--fix`', matches: (program, args) => program === 'pip-audit' && has(args, '--fix') },
  { command: 'black', instead: '`black --check`', matches: (program, args) => program === 'black' && !has(args, '--check', '--diff') },
  { command: 'ruff format', instead: '`ruff format --check`', matches: (program, args) => program === 'ruff' && args[0] === 'format' && !has(args, '--check', '--diff') },
  {
    command: 'ruff --fix',
    instead: '`ruff check` without `--fix`',
    matches: (program, args) => program === 'ruff' && has(args, '--fix', '--unsafe-fixes', '--add-noqa') && !has(args, '--diff')
  },
  { command: 'isort', instead: '`isort --check-only`', matches: (program, args) => program === 'isort' && !has(args, '--check-only', '--check', '-c', '--diff') },
  {
    command: 'autopep8 --in-place',
    instead: '`autopep8 --diff --exit-code`',
    matches: (program, args) => program === 'autopep8' && (has(args, '--in-place') || hasShort(args, 'i'))
  },
  { command: 'clang-format -i', instead: '`clang-format --dry-run --Werror`', matches: (program, args) => program.startsWith('clang-format') && args.includes('-i') },
  {
    command: 'terraform fmt',
    instead: '`terraform fmt -check`',
    matches: (program, args) => (program === 'terraform' || program === 'tofu') && args[0] === 'fmt' && !has(args, '-check')
  },
  { command: 'shfmt -w', instead: '`shfmt -d`', matches: (program, args) => program === 'shfmt' && (has(args, '--write') || hasShort(args, 'w')) },
  { command: 'dprint fmt', instead: '`dprint check`', matches: (program, args) => program === 'dprint' && args[0] === 'fmt' },
  {
    command: 'rubocop --autocorrect',
    instead: '`rubocop` without `--autocorrect`',
    matches: (program, args) =>
      program === 'rubocop' &&
      (has(args, '--autocorrect', '--autocorrect-all', '--auto-correct', '--auto-correct-all', '--fix-layout') || hasShort(args, 'a') || hasShort(args, 'A') || hasShort(args, 'x'))
  },
  { command: 'git', instead: '`git diff --exit-code` or `git status --porcelain`', matches: (program, args) => program === 'git' && gitMutation(args) !== undefined }
]

/** git subcommands that move HEAD, the index or the files: a check that runs them judges other code. */
const GIT_MUTATIONS = new Set([
  'commit',
  'reset',
  'checkout',
  'switch',
  'restore',
  'rebase',
  'merge',
  'pull',
  'cherry-pick',
  'revert',
  'am',
  'stash',
  'clean',
  'apply',
  'rm',
  'mv',
  'add'
])
/** Of those, the ones whose `-n` / `--dry-run` only says what they would do. */
const GIT_DRY_RUNS = new Set(['commit', 'clean', 'rm', 'mv', 'add'])
const GIT_VALUE_OPTIONS = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace'])

/** The git subcommand that would change the working tree, if `args` (after `git`) run one. */
function gitMutation(args: string[]): string | undefined {
  let index = 0
  while (index < args.length && args[index].startsWith('-')) index += GIT_VALUE_OPTIONS.has(args[index]) ? 2 : 1
  const subcommand = args[index]
  const rest = args.slice(index + 1)
  if (subcommand === undefined || !GIT_MUTATIONS.has(subcommand)) return undefined
  if (GIT_DRY_RUNS.has(subcommand) && (has(rest, '--dry-run') || hasShort(rest, 'n'))) return undefined
  if (subcommand === 'stash' && ['list', 'show'].includes(rest[0] ?? '')) return undefined
  if (subcommand === 'apply' && has(rest, '--check', '--stat', '--numstat', '--summary')) return undefined
  return subcommand
}

const HELP = ['--help', '-h', '--version', '-V']

/** Every command in `run` that would modify the working tree, in order. */
export function findMutatingCommands(run: string): MutatingCommand[] {
  const found: MutatingCommand[] = []
  for (const command of splitCommands(run)) {
    const resolved = resolveProgram(command.words)
    if (!resolved || resolved.args.some((arg) => HELP.includes(arg))) continue
    const rule = RULES.find((candidate) => candidate.matches(resolved.program, resolved.args))
    if (!rule) continue
    // Only words from our own lists are quoted back: a checklist's text never reaches the message.
    const shown = rule.command === 'git' ? `git ${gitMutation(resolved.args)}` : rule.command
    found.push({ command: shown, line: command.line, instead: rule.instead })
  }
  return found
}

/** One checklist error per mutating command in `run`: what, where in the command, and the check that was likely meant. */
export function mutatingCommandMessages(run: string): string[] {
  const multiLine = run.trimEnd().includes('\n')
  return findMutatingCommands(run).map((found) => describeMutatingCommand(found, multiLine))
}

function describeMutatingCommand(found: MutatingCommand, multiLine: boolean): string {
  const where = multiLine ? ` (line ${found.line} of the command)` : ''
  return `\`${found.command}\`${where} changes files: a check must not modify the code — did you mean ${found.instead}?`
}
