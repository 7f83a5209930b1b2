/**
 * The simple commands of a `run:` script, as words, for reading what a script runs without running
 * it. This is not a shell parser: it knows quotes, escapes, comments, line continuations,
 * here-documents, the operators that separate commands, redirections and `sh -c '…'`, which is
 * enough to find which tools a script names. Callers must treat what it cannot see as unknown.
 */

/** Words that start or end a compound command; the simple command is what follows them. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', 'for', 'in', 'case', 'esac', 'select', 'function', '!', '{', '}', 'time', 'coproc'])
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh'])
/** A redirection operator alone (`>`, `2>>`, `&>`); its target is the next word. */
const REDIRECTION_ALONE = /^(?:\d*|&)(?:>>?|<<<|<>|<|>\|)$/
/** A redirection with its target attached (`2>&1`, `>out.log`, `<input`). */
const REDIRECTION_ATTACHED = /^(?:\d*|&)(?:>>?|<<<|<>|<|>\|)./

/** One simple command: its words with quotes removed, and the line of the script it starts on (1-based). */
interface ShellCommand {
  words: string[]
  line: number
  /** `sh -c '…'` or `eval '…'`: its script's commands follow it in the list. */
  runsScript?: true
}

/**
 * Every simple command of `script`, in order of appearance. `sh -c 'a && b'` and `eval 'a'` are
 * read into their own commands as well (on the line of the command that runs them).
 */
export function splitCommands(script: string, depth = 0, line = 0): ShellCommand[] {
  const commands: ShellCommand[] = []
  for (const raw of rawCommands(script)) {
    const words = raw.words
    const command = words.filter((word, index) => !isRedirection(word) && !(index > 0 && REDIRECTION_ALONE.test(words[index - 1])))
    const start = command.findIndex((word) => !KEYWORDS.has(word))
    if (start === -1) continue
    const simple = command.slice(start)
    const at = line > 0 ? line : raw.line
    // `bash -c 'cargo fmt'` runs its argument as a script; depth keeps a hostile nesting bounded.
    const inner = depth < 4 ? innerScript(simple) : undefined
    commands.push({ words: simple, line: at, ...(inner !== undefined ? { runsScript: true as const } : {}) })
    if (inner !== undefined) commands.push(...splitCommands(inner, depth + 1, at))
  }
  return commands
}

function isRedirection(word: string): boolean {
  return REDIRECTION_ALONE.test(word) || REDIRECTION_ATTACHED.test(word)
}

/** The script a shell or `eval` is told to run, if the command is one of those. */
function innerScript(words: string[]): string | undefined {
  const resolved = resolveProgram(words)
  if (!resolved) return undefined
  if (resolved.program === 'eval') return resolved.args.join(' ')
  if (!SHELLS.has(resolved.program)) return undefined
  const flag = resolved.args.findIndex((word) => /^-[A-Za-z]*c[A-Za-z]*$/.test(word))
  return flag === -1 ? undefined : resolved.args[flag + 1]
}

/** Programs that run the rest of their words as a command, with the options that take a value. */
const LAUNCHERS: Record<string, ReadonlySet<string>> = {
  env: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']),
  time: new Set(['-f', '--format', '-o', '--output']),
  nice: new Set(['-n', '--adjustment']),
  nohup: new Set(),
  timeout: new Set(['-s', '--signal', '-k', '--kill-after']),
  command: new Set(),
  exec: new Set(['-a']),
  sudo: new Set(['-u', '--user', '-g', '--group']),
  'xvfb-run': new Set(['-s', '--server-args', '-n', '--server-num']),
  stdbuf: new Set(['-i', '-o', '-e']),
  xargs: new Set(['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s'])
}
/** Runners of a package's binaries: `npx eslint`, `pnpm exec prettier`, `yarn eslint`. */
const PACKAGE_RUNNERS: Record<string, { subcommands: ReadonlySet<string>; valueOptions: ReadonlySet<string> }> = {
  npx: { subcommands: new Set(), valueOptions: new Set(['-p', '--package', '-c', '--call']) },
  bunx: { subcommands: new Set(), valueOptions: new Set(['-p', '--package']) },
  pnpx: { subcommands: new Set(), valueOptions: new Set() },
  npm: { subcommands: new Set(['exec', 'x']), valueOptions: new Set(['-p', '--package', '-c', '--call', '-w', '--workspace']) },
  pnpm: { subcommands: new Set(['exec', 'dlx']), valueOptions: new Set(['-C', '--dir', '--filter', '-F']) },
  yarn: { subcommands: new Set(['exec', 'dlx', 'run']), valueOptions: new Set(['--cwd']) }
}

/**
 * The program a simple command runs and its arguments, past environment assignments, launchers
 * (`timeout 600`, `env`, `nice -n 5`) and package runners (`npx --yes eslint`, `pnpm exec`,
 * `yarn prettier`). The program is its base name (`./node_modules/.bin/eslint` → `eslint`).
 */
export function resolveProgram(words: readonly string[]): { program: string; args: string[] } | undefined {
  let index = 0
  for (let hops = 0; hops < 8; hops++) {
    while (index < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index])) index++
    if (index >= words.length) return undefined
    const program = baseName(words[index])
    const launcher = LAUNCHERS[program]
    if (launcher) {
      index = skipOptions(words, index + 1, launcher)
      if (program === 'timeout' && index < words.length && /^\d+(?:\.\d+)?[smhd]?$/.test(words[index])) index++
      continue
    }
    const runner = PACKAGE_RUNNERS[program]
    if (runner) {
      const next = skipOptions(words, index + 1, runner.valueOptions)
      const first = words[next]
      if (first === undefined) return { program, args: [] }
      // `npm test` runs a script, not a binary; only the runners' exec forms name a binary.
      if (program === 'npm' && !runner.subcommands.has(first)) return { program, args: words.slice(index + 1) }
      if ((program === 'pnpm' || program === 'yarn') && !runner.subcommands.has(first)) {
        return KNOWN_PACKAGE_SCRIPTS.has(first) ? { program, args: words.slice(index + 1) } : { program: baseName(first), args: words.slice(next + 1) }
      }
      index = runner.subcommands.has(first) ? skipOptions(words, next + 1, runner.valueOptions) : next
      if (words[index] === '--') index++
      continue
    }
    return { program, args: words.slice(index + 1) }
  }
  return undefined
}

/** Package manager commands that are not binaries (`yarn install`, `pnpm test`). */
const KNOWN_PACKAGE_SCRIPTS = new Set([
  'install',
  'add',
  'remove',
  'test',
  't',
  'run',
  'audit',
  'ci',
  'build',
  'start',
  'publish',
  'why',
  'list',
  'ls',
  'outdated',
  'update',
  'upgrade',
  'init',
  'create',
  'config',
  'link',
  'info',
  'npm'
])

function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1)
}

function skipOptions(words: readonly string[], start: number, valueOptions: ReadonlySet<string>): number {
  let index = start
  while (index < words.length && words[index].startsWith('-') && words[index] !== '--') {
    index += valueOptions.has(words[index]) ? 2 : 1
  }
  return index
}

/** Commands as the shell separates them, words not yet filtered. */
function rawCommands(script: string): Array<{ words: string[]; line: number }> {
  const commands: Array<{ words: string[]; line: number }> = []
  let words: string[] = []
  let line = 1
  let startLine = 1
  let word = ''
  let inWord = false
  let pendingHeredocs: Array<{ delimiter: string; stripTabs: boolean }> = []

  /** Called as a word grows: the command starts on the line of its first character. */
  const grow = (text: string) => {
    if (!inWord && words.length === 0) startLine = line
    word += text
    inWord = true
  }
  const endWord = () => {
    if (inWord) words.push(word)
    word = ''
    inWord = false
  }
  const endCommand = () => {
    endWord()
    if (words.length > 0) commands.push({ words, line: startLine })
    words = []
  }

  let index = 0
  while (index < script.length) {
    const character = script[index]
    const next = script[index + 1]
    if (character === '\\') {
      // A backslash before a newline joins the lines; before anything else it quotes that character.
      if (next === '\n') {
        index += 2
        line++
      } else {
        grow(next ?? '')
        index += 2
      }
      continue
    }
    if (character === "'") {
      const end = script.indexOf("'", index + 1) === -1 ? script.length : script.indexOf("'", index + 1)
      grow(script.slice(index + 1, end))
      line += countNewlines(script, index, end)
      index = end + 1
      continue
    }
    if (character === '"') {
      const { text, end } = readDoubleQuoted(script, index + 1)
      grow(text)
      line += countNewlines(script, index, end)
      index = end
      continue
    }
    if (character === '#' && !inWord) {
      const end = script.indexOf('\n', index)
      index = end === -1 ? script.length : end
      continue
    }
    if (character === '\n') {
      endCommand()
      index++
      line++
      if (pendingHeredocs.length > 0) {
        const after = skipHeredocs(script, index, pendingHeredocs)
        line += countNewlines(script, index, after)
        index = after
        pendingHeredocs = []
      }
      continue
    }
    if (character === ' ' || character === '\t' || character === '\r') {
      endWord()
      index++
      continue
    }
    if (character === '<' && next === '<' && script[index + 2] !== '<') {
      const heredoc = readHeredocStart(script, index)
      if (heredoc) {
        pendingHeredocs.push(heredoc.heredoc)
        endWord()
        index = heredoc.end
        continue
      }
    }
    if (character === '&' && (word.endsWith('>') || word.endsWith('<') || (!inWord && next === '>'))) {
      // Part of a redirection (`2>&1`, `<&3`, `&>log`), not a separator.
      grow(character)
      index++
      continue
    }
    if (character === ';' || character === '&' || character === '|' || character === '(' || character === ')' || character === '`') {
      endCommand()
      index++
      continue
    }
    grow(character)
    index++
  }
  endCommand()
  return commands
}

function readDoubleQuoted(script: string, start: number): { text: string; end: number } {
  let text = ''
  let index = start
  while (index < script.length && script[index] !== '"') {
    if (script[index] === '\\' && index + 1 < script.length) {
      text += script[index + 1] === '\n' ? '' : script[index + 1]
      index += 2
    } else {
      text += script[index]
      index++
    }
  }
  return { text, end: Math.min(index + 1, script.length) }
}

/** `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`: the delimiter that ends the body on a later line. */
function readHeredocStart(script: string, start: number): { heredoc: { delimiter: string; stripTabs: boolean }; end: number } | undefined {
  const match = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([^\s;&|()<>]+))/.exec(script.slice(start, start + 300))
  if (!match) return undefined
  const delimiter = match[2] ?? match[3] ?? match[4] ?? ''
  // `$((1<<2))` is a shift, not a here-document.
  if (/^\d+$/.test(delimiter)) return undefined
  return { heredoc: { delimiter: delimiter.replace(/['"\\]/g, ''), stripTabs: match[1] === '-' }, end: start + match[0].length }
}

/** The index after the bodies of the here-documents opened on the line that just ended. */
function skipHeredocs(script: string, start: number, heredocs: Array<{ delimiter: string; stripTabs: boolean }>): number {
  let index = start
  for (const heredoc of heredocs) {
    while (index < script.length) {
      const end = script.indexOf('\n', index)
      const line = script.slice(index, end === -1 ? script.length : end)
      index = end === -1 ? script.length : end + 1
      if ((heredoc.stripTabs ? line.replace(/^\t+/, '') : line) === heredoc.delimiter) break
    }
  }
  return index
}

function countNewlines(text: string, start: number, end: number): number {
  let count = 0
  for (let index = text.indexOf('\n', start); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++
  return count
}
