/**
 * A `run:` becomes a script file run the way GitHub runs its own `run:` steps:
 * `bash --noprofile --norc -eo pipefail <file>`, so any failing line of a multi-line `run:` fails it.
 *
 * One line of ours goes in front of the author's first line (on the same line, so the line numbers
 * in bash's messages stay the author's). It makes stderr join stdout, so the order of everything
 * printed is kept, and it installs a DEBUG trap that prints a marker before each command the
 * script runs. The markers let each command's output be judged by that command's parser
 * (segments.ts). No EXIT trap: bash runs the DEBUG trap inside it, and an author may set their own.
 *
 * Output is not trusted: anything a test prints could look like a marker. So each marker carries a
 * one-time token from a list that only bash and go-no-go know. The list reaches bash on fd 3, a
 * pipe that is read and closed before the author's first command runs, so it is never on disk, in
 * the environment or on a command line, and a token that has been printed is already used up: a
 * marker can only be forged by a process that reads bash's memory.
 */
import { randomBytes } from '../random-bytes.js'

const STEP_MARKER = '##go-no-go-step '
/**
 * Markers beyond this many carry no token, so output after them cannot be attributed (and is judged
 * whole). Each token costs a little start-up time (random bytes, and bash reading them).
 */
export const MARKER_TOKENS = 512
const TOKEN_CHARS = 16
/** A command's text in a marker is cut here: enough to name the tools it runs. */
const MARKER_COMMAND_CHARS = 1000

interface RunScript {
  /** The script file's text. */
  text: string
  /** One token per marker, in order. */
  tokens: readonly string[]
  /** What is written to the shell's fd 3. */
  secret: string
}

/** The shell that runs a script file, as GitHub runs `shell: bash`. */
export function bashArgv(scriptPath: string): string[] {
  return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', scriptPath]
}

/**
 * The DEBUG trap, for the top-level shell only (subshells and command substitutions inherit it
 * through `set -T` but print nothing: a marker inside `$(…)` would end up in the author's variable).
 * `$_` tells whether a foreground command ran since the last marker: if none did, this command may be
 * the next element of a pipeline, which the shell's new children then confirm (where /proc can say).
 * It may not fail or print anything else: `|| :` keeps `set -e` away, and its own errors go nowhere.
 */
const DEBUG_TRAP = [
  '{ __gng_s=$? __gng_u=$_',
  // Past the tokens one unsigned marker says attribution ended; printing more would only cost time.
  `if [[ \${BASHPID:-$$} == "$$" ]] && ((__gng_n <= ${MARKER_TOKENS})); then __gng_n=$((__gng_n+1)); __gng_f=1 __gng_c=-`,
  'if [[ $__gng_u == __go_no_go_mark ]]; then __gng_f=0; if [[ -n $__gng_p ]]; then __gng_c=; read -r __gng_c <"$__gng_p" || :; fi; fi',
  `__gng_b=\${BASH_COMMAND:0:${MARKER_COMMAND_CHARS}}`,
  // Unset once printed: after an author's `set -a` it would be in the next command's environment.
  `__gng_k=\${__gng_t:__gng_n*${TOKEN_CHARS}-${TOKEN_CHARS}:${TOKEN_CHARS}}`,
  `printf "${STEP_MARKER}%s %s %s %s [%s] %s\\n" "$__gng_n" "\${__gng_k:--}" "$__gng_s" "$__gng_f" "$__gng_c" "\${__gng_b//[$__gng_nl]/ }" >&19; unset __gng_k; fi`,
  ': __go_no_go_mark; } 2>/dev/null || :'
].join('; ')

/** Our line, put in front of the author's first line. fd 19: markers reach our pipe even when the author redirects stdout. */
const PRELUDE = [
  // One string of fixed-width tokens, read by count: bash reads a line from a pipe a byte at a time
  // (about 9,000 reads for the list), but a count in a few large reads.
  // Not exported even when every variable is (SHELLOPTS=allexport, `set -a` in BASH_ENV): an array
  // never could be, but this one string would carry every token to each command's environment.
  // bash before 4.1 (macOS's /bin/bash 3.2) has no -N and reads nothing: it reads the line instead,
  // and the string is set either way, so the trap never trips an author's `set -u`.
  `{ __gng_t=; read -r -N ${MARKER_TOKENS * TOKEN_CHARS} __gng_t <&3 || read -r __gng_t <&3; export -n __gng_t; } 2>/dev/null || :`,
  'exec 3<&- 19>&1 2>&1',
  `__gng_n=0 __gng_nl=$'\\n\\r' __gng_p=/proc/$$/task/$$/children`,
  '[[ -r $__gng_p ]] || __gng_p=',
  'set -T',
  // Last: the trap fires before every command after it, and the first of those must be the author's.
  `trap '${DEBUG_TRAP}' DEBUG`,
  ''
].join('; ')

export function createRunScript(run: string, random: (bytes: number) => Buffer = randomBytes): RunScript {
  const tokenBytes = TOKEN_CHARS / 2
  const bytes = random(tokenBytes * MARKER_TOKENS)
  const tokens = Array.from({ length: MARKER_TOKENS }, (_, index) => bytes.toString('hex', index * tokenBytes, (index + 1) * tokenBytes))
  return { text: `${PRELUDE}${run}${run.endsWith('\n') ? '' : '\n'}`, tokens, secret: tokens.join('') }
}

/**
 * What the trap prints before a command: its number, its token (`-` once they ran out), the exit
 * status of the command before, whether a foreground command ran since the previous marker, the
 * shell's children (`-` when not looked at or unknown) and the command's text.
 */
export interface Marker {
  seq: number
  token: string
  previousStatus: number
  fresh: boolean
  children: number[] | null
  command: string
}

/** Sticky: matched where a prefix was found, without copying the rest of the line. */
const STEP = /(\d{1,9}) ([0-9a-f]{16}|-) (\d{1,3}) ([01]) \[([\d ]*|-)\] (.*)$/y
/** A line is looked at for this many marker prefixes at most: a line full of them costs no more than a few. */
const MAX_CANDIDATES = 8

/**
 * Everything on `line` shaped like a marker, left to right, with the text in front of it (output
 * that had no newline yet when the marker was printed). Shape proves nothing; the caller checks tokens.
 */
export function markerCandidates(line: string, expected?: { seq: number; token: string }): Array<{ before: string; marker: Marker }> {
  const positions = new Set<number>()
  for (let from = 0; positions.size < MAX_CANDIDATES;) {
    const at = line.indexOf(STEP_MARKER, from)
    if (at === -1) break
    positions.add(at)
    from = at + 1
  }
  // The marker the caller waits for is looked for by its own words: output shaped like markers in
  // front of it (any number, without a newline) cannot push it out of the few looked at.
  const awaited = expected ? line.indexOf(`${STEP_MARKER}${expected.seq} ${expected.token} `) : -1
  if (awaited !== -1) positions.add(awaited)
  const found: Array<{ before: string; marker: Marker }> = []
  for (const at of [...positions].sort((first, second) => first - second)) {
    STEP.lastIndex = at + STEP_MARKER.length
    const match = STEP.exec(line)
    if (match) {
      const children = match[5] === '-' ? null : match[5].split(' ').filter(Boolean).map(Number)
      const marker = { seq: Number(match[1]), token: match[2], previousStatus: Number(match[3]), fresh: match[4] === '1', children, command: match[6] }
      found.push({ before: line.slice(0, at), marker })
    }
  }
  return found
}
