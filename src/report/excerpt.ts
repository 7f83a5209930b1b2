/**
 * Which lines of a gate's output a person is shown: the tail of it, and the few lines under a
 * failing test's header that say what was asserted (left/right, expected/received). The parsers
 * count and name failures; choosing the lines worth reading is presentation, so it lives here.
 * Everything is bounded and linear: this reads untrusted output.
 */
import type { CapturedOutput } from '../gates/types.js'
import { sliceSafe } from '../text/sanitize.js'

/** Longer lines are cut in every excerpt. */
const MAX_EXCERPT_LINE = 500
/** Lines of an assertion message shown under a failing test. */
const MAX_CONTEXT_LINES = 8
const MAX_CONTEXT_LINE = 200

/**
 * The last lines of what a gate printed. The head and tail are contiguous unless the capture was
 * truncated, so they are joined when they can be. The window is cut at a line boundary before
 * `clean` (which redacts), so no token is split where the redactor could no longer recognise it.
 */
export function tailExcerpt(output: CapturedOutput, maxLines: number, maxChars: number, clean: (value: string) => string): { text: string; shown: number } {
  const joined = output.truncated ? output.tail || output.head : output.head + output.tail
  let window = joined
  const windowChars = maxChars * 4
  if (joined.length > windowChars) {
    window = joined.slice(joined.length - windowChars)
    const newline = window.indexOf('\n')
    window = newline === -1 ? '' : window.slice(newline + 1)
  }
  const all = clean(window).replace(/\n+$/, '').split('\n')
  const kept: string[] = []
  let size = 0
  for (let index = all.length - 1; index >= 0 && kept.length < maxLines; index--) {
    const line = all[index].length > MAX_EXCERPT_LINE ? `${sliceSafe(all[index], MAX_EXCERPT_LINE)} …` : all[index]
    if (size + line.length + 1 > maxChars) break
    kept.unshift(line)
    size += line.length + 1
  }
  return { text: kept.join('\n'), shown: kept.length }
}

/** The output as cleaned lines, searched once per gate for every failing test. */
export function outputLines(output: CapturedOutput | undefined, clean: (value: string) => string): string[] {
  if (!output || output.totalBytes === 0) return []
  // A truncated capture has a gap between head and tail: never join across it, or lines would merge.
  const text = output.truncated ? `${output.head}${output.head.endsWith('\n') ? '' : '\n'}${output.tail}` : output.head + output.tail
  return clean(text).split('\n')
}

/** Lines that start a test's failure report, by tool: a header names the test. */
function isHeaderFor(line: string, name: string): boolean {
  const trimmed = line.trim()
  return (
    // cargo test: thread 'tests::x' (123) panicked at src/lib.rs:21:9:
    (trimmed.startsWith(`thread '${name}'`) && trimmed.includes(' panicked at ')) ||
    // jest / vitest: ● suite › name
    trimmed === `● ${name}` ||
    // node --test, spec reporter: ✖ name (1.2ms)
    trimmed === `✖ ${name}` ||
    trimmed.startsWith(`✖ ${name} (`) ||
    // TAP: not ok 2 - name
    (trimmed.startsWith('not ok ') && trimmed.endsWith(` - ${name}`))
  )
}

/** Where an assertion message ends: a stack trace, a code frame, the next test, a summary. */
const STOP = [
  /^stack backtrace:$/,
  /^note: /,
  /^at /,
  /^stack: /,
  /^>?\s*\d+ \|/,
  /^\.\.\.$/,
  /^----? /,
  /^(?:failures|successes):$/,
  /^test result:/,
  /^(?:thread '|● |✖ |not ok |ok \d|test |# (?:Subtest|tests|pass|fail))/,
  /^ℹ /
]
/** TAP diagnostics that say nothing about the assertion. */
const SKIP = [/^---$/, /^duration_ms: /, /^location: /, /^failureType: /, /^code: '/, /^name: '/]

/**
 * The message under a failing test's header: for cargo the assertion and its left/right values,
 * for jest Expected/Received, for node's runner the AssertionError and its operands. Empty when
 * the output does not show the test's header.
 */
export function assertionContext(lines: readonly string[], testName: string): string[] {
  const start = lines.findIndex((line) => isHeaderFor(line, testName))
  if (start === -1) return []
  const kept: string[] = []
  for (let index = start + 1; index < lines.length && kept.filter((line) => line.trim() !== '').length < MAX_CONTEXT_LINES; index++) {
    const trimmed = lines[index].trim()
    if (STOP.some((pattern) => pattern.test(trimmed))) break
    if (SKIP.some((pattern) => pattern.test(trimmed))) continue
    // Blank lines only separate; one is enough.
    if (trimmed === '' && (kept.length === 0 || kept.at(-1)?.trim() === '')) continue
    kept.push(lines[index].length > MAX_CONTEXT_LINE ? `${sliceSafe(lines[index], MAX_CONTEXT_LINE)} …` : lines[index])
  }
  while (kept.length > 0 && kept.at(-1)?.trim() === '') kept.pop()
  return dedent(kept)
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length)
  const common = indents.length > 0 ? Math.min(...indents) : 0
  return lines.map((line) => line.slice(Math.min(common, line.length - line.trimStart().length)))
}
