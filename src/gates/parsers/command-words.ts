/**
 * Reading a gate's command just far enough to know which tool it runs: never to run it, and
 * never to change it unless the whole command is one plain invocation of that tool.
 */

/** A tool found in a command: its program's base name and the words after it. */
export interface ToolInvocation {
  /** `cargo`, `jest`, `node`; launchers such as `npx` or `timeout 600` are skipped. */
  program: string
  args: string[]
}

/** Programs that run the rest of their arguments as the command: `npx jest`, `timeout 600 cargo test`. */
const LAUNCHERS = new Set(['npx', 'bunx', 'env', 'time', 'command', 'exec', 'nice', 'nohup', 'sudo', 'timeout', 'xvfb-run'])
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash'])
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/

/**
 * Every simple command in a command line, in order. The text is cut at `&&`, `||`, `;`, `|`, `&`,
 * newlines and parentheses; quotes only group words here, so `sh -c "cargo test"` reads as its words.
 */
export function toolInvocations(command: string): ToolInvocation[] {
  const invocations: ToolInvocation[] = []
  for (const segment of command.replace(/["'`]/g, ' ').split(/&&|\|\||[;|&\n()]/)) {
    const invocation = readInvocation(segment.split(/\s+/).filter(Boolean))
    if (invocation) invocations.push(invocation)
  }
  return invocations
}

function readInvocation(words: string[]): ToolInvocation | undefined {
  let index = 0
  while (index < words.length) {
    const word = words[index]
    const program = baseName(word)
    if (ENV_ASSIGNMENT.test(word) || word.startsWith('-') || /^\d+[smhd]?$/.test(word) || LAUNCHERS.has(program) || SHELLS.has(program)) {
      index++
      continue
    }
    return { program, args: words.slice(index + 1) }
  }
  return undefined
}

/**
 * A command that is exactly one tool run the plain way: optional `NAME=value` assignments, an
 * optional `npx` (with its own flags), the program, and words made of characters that mean nothing
 * to a shell. Anything else (quotes, `$`, redirections, `#`, chains, several lines) is not one,
 * because appending to it could change what it does.
 */
export interface SoleInvocation extends ToolInvocation {
  /** The words as written. */
  words: string[]
  /** Index in `words` of the program. */
  programIndex: number
  /** Whether `npx` launched it. */
  viaNpx: boolean
}

const PLAIN_WORD = /^[A-Za-z0-9_\-./:=@%+,*?[\]]+$/

export function soleInvocation(command: string): SoleInvocation | undefined {
  const words = command.trim().split(/[ \t]+/)
  if (words.length === 0 || words[0] === '' || !words.every((word) => PLAIN_WORD.test(word))) return undefined
  let index = 0
  while (index < words.length && ENV_ASSIGNMENT.test(words[index])) index++
  let viaNpx = false
  if (words[index] === 'npx') {
    viaNpx = true
    index++
    // npx's own flags come before the package; ones that take a value are not plain enough to skip.
    while (index < words.length && /^(?:--yes|-y|--no|--no-install|--quiet|-q)$/.test(words[index])) index++
  }
  if (index >= words.length || words[index].startsWith('-')) return undefined
  return { program: baseName(words[index]), args: words.slice(index + 1), words, programIndex: index, viaNpx }
}

/** A single-quoted shell word: safe for any path. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1)
}
