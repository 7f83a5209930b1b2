/**
 * Which commands found in a Markdown checklist go-no-go may run. A Markdown checklist mixes
 * checks ("verify `cargo fmt -- --check` passes") with actions ("run `make deploy-prod`"); only
 * read-only checks on this list are ever run. Everything else stays a manual item.
 */

export type AllowDecision = { allowed: true } | { allowed: false; reason: string }

interface AllowedCheck {
  description: string
  example: string
  matches(argv: string[]): boolean
}

const has = (argv: string[], flag: string) => argv.includes(flag)
const hasAny = (argv: string[], flags: string[]) => flags.some((flag) => argv.includes(flag))

export const ALLOWED_CHECKS: AllowedCheck[] = [
  { description: 'cargo fmt with --check', example: 'cargo fmt --all -- --check', matches: (a) => a[0] === 'cargo' && a[1] === 'fmt' && has(a, '--check') },
  {
    description: 'cargo clippy, without --fix',
    example: 'cargo clippy --all-targets -- -D warnings',
    matches: (a) => a[0] === 'cargo' && a[1] === 'clippy' && !hasAny(a, ['--fix', '--allow-dirty', '--allow-staged'])
  },
  { description: 'cargo test', example: 'cargo test --workspace', matches: (a) => a[0] === 'cargo' && a[1] === 'test' },
  { description: 'cargo audit, without fix', example: 'cargo audit', matches: (a) => a[0] === 'cargo' && a[1] === 'audit' && !hasAny(a, ['fix', '--fix']) },
  { description: 'cargo build / cargo check', example: 'cargo build --release', matches: (a) => a[0] === 'cargo' && (a[1] === 'build' || a[1] === 'check') },
  { description: 'npm test', example: 'npm test', matches: (a) => a[0] === 'npm' && (a[1] === 'test' || a[1] === 't') },
  { description: 'npm audit, without fix or --force', example: 'npm audit --json', matches: (a) => a[0] === 'npm' && a[1] === 'audit' && !hasAny(a, ['fix', '--force']) },
  {
    description: 'npm run build | test | lint | typecheck',
    example: 'npm run lint',
    matches: (a) => a[0] === 'npm' && a[1] === 'run' && ['build', 'test', 'lint', 'typecheck'].includes(a[2] ?? '') && a.length <= 3
  },
  { description: 'node --test', example: 'node --test', matches: (a) => a[0] === 'node' && has(a, '--test') },
  { description: 'npx jest', example: 'npx jest --ci', matches: (a) => a[0] === 'npx' && a[1] === 'jest' },
  { description: 'pytest (or python -m pytest), without snapshot-updating flags', example: 'python -m pytest -q', matches: (a) => isPytest(a) && !hasAny(a, PYTEST_WRITES) },
  { description: 'go test, without -update', example: 'go test ./...', matches: (a) => a[0] === 'go' && a[1] === 'test' && !a.some((arg) => /^--?update(?:=|$)/.test(arg)) },
  { description: 'go vet', example: 'go vet ./...', matches: (a) => a[0] === 'go' && a[1] === 'vet' },
  {
    description: 'gofmt -l (or -d), without -w',
    example: 'gofmt -l .',
    matches: (a) => a[0] === 'gofmt' && a.slice(1).some((arg) => /^-[a-z]*[ld]/.test(arg)) && !a.slice(1).some((arg) => /^-[a-z]*w/.test(arg))
  },
  {
    description: 'ruff check, without --fix',
    example: 'ruff check .',
    matches: (a) => pythonTool(a, 'ruff')?.[0] === 'check' && !hasAny(pythonTool(a, 'ruff')!, ['--fix', '--unsafe-fixes', '--add-noqa', '--watch'])
  },
  { description: 'black --check', example: 'black --check .', matches: (a) => pythonTool(a, 'black')?.includes('--check') === true },
  { description: 'mypy, without --install-types', example: 'mypy src', matches: (a) => pythonTool(a, 'mypy') !== undefined && !has(a, '--install-types') },
  { description: 'pip-audit, without --fix', example: 'pip-audit --format json', matches: (a) => pythonTool(a, 'pip-audit') !== undefined && !has(a, '--fix') },
  { description: 'govulncheck', example: 'govulncheck ./...', matches: (a) => a[0] === 'govulncheck' },
  {
    description: 'npx tsc --noEmit',
    example: 'npx tsc --noEmit',
    matches: (a) => a[0] === 'npx' && a[1] === 'tsc' && has(a, '--noEmit') && !hasAny(a, ['--build', '-b', '--watch', '-w'])
  }
]

/** pytest plugins' flags that rewrite files in the repository (snapshots, golden data). */
const PYTEST_WRITES = ['--snapshot-update', '--update-snapshots', '--force-regen', '--regen-all', '--inline-snapshot=fix', '--inline-snapshot=create']

/** `pytest …`, `py.test …`, `python -m pytest …`, `python3 -m pytest …`. */
function isPytest(argv: string[]): boolean {
  return argv[0] === 'pytest' || argv[0] === 'py.test' || pythonTool(argv, 'pytest') !== undefined
}

/** The arguments after a Python tool run directly (`ruff check`) or as a module (`python -m ruff check`), or undefined. */
function pythonTool(argv: string[], tool: string): string[] | undefined {
  if (argv[0] === tool) return argv.slice(1)
  if (/^python(?:3(?:\.\d+)?)?$/.test(argv[0] ?? '') && argv[1] === '-m' && argv[2] === tool.replace(/-/g, '_')) return argv.slice(3)
  if (/^python(?:3(?:\.\d+)?)?$/.test(argv[0] ?? '') && argv[1] === '-m' && argv[2] === tool) return argv.slice(3)
  return undefined
}

/** Anything that chains, redirects, substitutes or backgrounds turns a check into a script. Globs stay: they only name files. */
const SHELL_METACHARACTERS = /[;&|<>`$(){}\n\r\\]/
/** Control characters have no business in a check and can hide what a reviewer sees. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f]/

export function isAllowedCheck(command: string): AllowDecision {
  const trimmed = command.trim()
  if (trimmed === '') return { allowed: false, reason: 'empty command' }
  const metacharacter = SHELL_METACHARACTERS.exec(trimmed)
  if (metacharacter)
    return { allowed: false, reason: metacharacter[0] === '\n' || metacharacter[0] === '\r' ? 'spans more than one line' : `contains the shell character "${metacharacter[0]}"` }
  if (CONTROL_CHARACTERS.test(trimmed)) return { allowed: false, reason: 'contains a control character' }
  const argv = splitArguments(trimmed)
  if (!argv) return { allowed: false, reason: 'has unbalanced quotes' }
  if (ALLOWED_CHECKS.some((check) => check.matches(argv))) return { allowed: true }
  return { allowed: false, reason: 'is not on the allow-list of read-only checks' }
}

/** Words as a POSIX shell would split them, for the simple quoting a checklist uses; undefined if unbalanced. */
export function splitArguments(command: string): string[] | undefined {
  const words: string[] = []
  let current = ''
  let quote: '"' | "'" | undefined
  let inWord = false
  for (const character of command) {
    if (quote) {
      if (character === quote) quote = undefined
      else current += character
      continue
    }
    if (character === '"' || character === "'") {
      quote = character
      inWord = true
    } else if (character === ' ' || character === '\t') {
      if (inWord) words.push(current)
      current = ''
      inWord = false
    } else {
      current += character
      inWord = true
    }
  }
  if (quote) return undefined
  if (inWord) words.push(current)
  return words
}

/** Words that mark an inline code span as a command rather than a name, path or value. */
const COMMAND_WORDS = new Set([
  'cargo',
  'npm',
  'npx',
  'node',
  'yarn',
  'pnpm',
  'make',
  'kubectl',
  'helm',
  'docker',
  'curl',
  'wget',
  'sudo',
  'rm',
  'git',
  'pip',
  'pip3',
  'python',
  'python3',
  'pytest',
  'bash',
  'sh',
  'terraform',
  'systemctl',
  'psql',
  'jq',
  'watch',
  'ssh',
  'scp',
  'go',
  'gofmt',
  'govulncheck',
  'ruff',
  'black',
  'mypy',
  'pip-audit',
  'py.test',
  'mvn',
  'gradle'
])

export function looksLikeCommand(code: string): boolean {
  const first = code.trim().split(/\s+/)[0] ?? ''
  return COMMAND_WORDS.has(first) || /^\.{0,2}\/[\w.-]+\.(sh|py)$/.test(first) || first.startsWith('./')
}
