/**
 * Cuts a gate's output into segments, one per command the script ran, using the markers the
 * script's DEBUG trap prints (run-script.ts), so that each tool's output goes to that tool's parser.
 *
 * A marker counts only with the next unused one-time token; anything else shaped like one (a test
 * printing it, an old marker printed again) is ordinary output. When markers are missing or run out,
 * the output cannot be attributed and the caller judges it whole (judge-segments.ts). Alongside the
 * segments, one parser per tool the script names reads the whole output, for that case and for tools
 * that ran where no marker could show them (inside a subshell or a pipeline's function).
 *
 * Memory stays bounded: segments keep parsers (which bound themselves) and a short head of text,
 * and there are at most as many segments as tokens.
 */
import type { ParserName } from '../checklist/types.js'
import { splitCommands } from '../checklist/shell-commands.js'
import { stripControl } from '../text/sanitize.js'
import { MARKER_TOKENS, markerCandidates, type Marker } from './run-script.js'
import type { OutputParser } from './types.js'

/** How tools are recognised and read: the parsers module, handed in. */
export interface ToolCatalog {
  /** The parser for one simple command's text; `exit-code` when it names no known tool. */
  detect(command: string): ParserName
  create(name: ParserName): OutputParser
}

export interface Segment {
  /** The commands whose output this is: one, or the elements of a pipeline. */
  commands: string[]
  /** One entry per tool the commands name, with its parser (same index). */
  tools: ParserName[]
  parsers: OutputParser[]
  /** Exit status of the segment's last command; null until known (the last one takes the script's). */
  status: number | null
  /** The first lines it printed, for messages such as "command not found: …". */
  head: string
  lines: number
  chars: number
}

export interface SegmentedOutput {
  segments: Segment[]
  /** Why the output cannot be attributed to segments, if it cannot. */
  lost?: string
  /** Parsers that read everything, one per tool the script names (or the checklist's `parser:`). */
  whole: Map<ParserName, OutputParser>
  /** Each tool the script's text names: how often, and the first command that names it. */
  named: Map<ParserName, { count: number; command: string }>
}

interface SegmentReader {
  /** One raw line of output; returns what the excerpt keeps instead ('' for a marker), or nothing to keep it. */
  onLine(raw: string): string | undefined
  finish(): SegmentedOutput
}

interface SegmentReaderOptions {
  run: string
  tokens: readonly string[]
  catalog: ToolCatalog
  /** The checklist's `parser:`: the whole output goes to it alone and no segment is judged. */
  parser?: ParserName
  /** Every ordinary line, control characters removed (markers are not output). */
  observe?: (line: string) => void
}

const HEAD_CHARS = 1024
/** Children pids remembered to tell a pipeline's next element from a command after a background job. */
const MAX_REMEMBERED_CHILDREN = 4096

/** Every tool named in a script (or a command's text), with repeats, in order, and the command naming it. */
export function toolsNamed(text: string, detect: ToolCatalog['detect']): Array<{ tool: ParserName; command: string }> {
  const tools: Array<{ tool: ParserName; command: string }> = []
  for (const command of splitCommands(text)) {
    if (command.runsScript) continue
    // Words went through the shell's quoting; characters detect() would split on are only text here.
    const words = command.words.map((word) => word.replace(/[;&|()\n`'"]/g, ' '))
    const tool = detect(words.join(' '))
    if (tool !== 'exit-code') tools.push({ tool, command: command.words.join(' ') })
  }
  return tools
}

export function createSegmentReader(options: SegmentReaderOptions): SegmentReader {
  const { catalog } = options
  const named = new Map<ParserName, { count: number; command: string }>()
  for (const { tool, command } of options.parser ? [{ tool: options.parser, command: options.run }] : toolsNamed(options.run, catalog.detect)) {
    named.set(tool, { count: (named.get(tool)?.count ?? 0) + 1, command: named.get(tool)?.command ?? command })
  }
  const whole = new Map<ParserName, OutputParser>([...named.keys()].map((tool) => [tool, catalog.create(tool)]))
  const segments: Segment[] = []
  const seenChildren = new Set<number>()
  /** Index of the next token a genuine marker must carry. */
  let nextToken = 0
  let lost: string | undefined
  let previousCommand: string | undefined

  const current = () => (lost === undefined ? segments.at(-1) : undefined)

  const deliver = (raw: string) => {
    const line = stripControl(raw)
    options.observe?.(line)
    for (const parser of whole.values()) parser.onLine(line)
    const segment = current()
    if (!segment) return
    segment.lines++
    segment.chars += line.length
    if (segment.head.length < HEAD_CHARS) segment.head += `${line.slice(0, HEAD_CHARS - segment.head.length)}\n`
    for (const parser of segment.parsers) parser.onLine(line)
  }

  const addCommand = (segment: Segment, command: string) => {
    if (segment.commands.length < 16) segment.commands.push(command)
    if (options.parser) return
    for (const { tool } of toolsNamed(command, catalog.detect)) {
      segment.tools.push(tool)
      segment.parsers.push(catalog.create(tool))
    }
  }

  /** A genuine marker: the next token (or a later one, when markers went missing). */
  const accept = (marker: Marker) => {
    const index = marker.seq - 1
    if (index > nextToken) lost ??= `${index - nextToken} step marker(s) never reached go-no-go`
    nextToken = index + 1
    if (lost !== undefined) return
    const children = marker.children
    const newChild = children === null || children.some((pid) => !seenChildren.has(pid))
    for (const pid of children ?? []) if (seenChildren.size < MAX_REMEMBERED_CHILDREN) seenChildren.add(pid)
    const previous = segments.at(-1)
    // No foreground command since the last marker, and a child the shell started since: a pipeline's next element.
    if (previous && !marker.fresh && newChild) {
      addCommand(previous, marker.command)
      previousCommand = marker.command
      return
    }
    // In a trap handler (an author's EXIT or ERR trap) bash repeats the command that was running, so
    // a repeated command is the same segment going on; a real repeat (`make; make`) loses nothing by it.
    if (previous && marker.command === previousCommand) return
    previousCommand = marker.command
    if (previous) previous.status = marker.previousStatus
    const segment: Segment = { commands: [], tools: [], parsers: [], status: null, head: '', lines: 0, chars: 0 }
    addCommand(segment, marker.command)
    segments.push(segment)
  }

  const isGenuine = (marker: Marker): boolean => {
    const index = marker.seq - 1
    return index >= nextToken && index < options.tokens.length && marker.token === options.tokens[index]
  }

  return {
    onLine(raw) {
      const expected = nextToken < options.tokens.length ? { seq: nextToken + 1, token: options.tokens[nextToken] } : undefined
      const candidates = raw.includes('##go-no-go-') ? markerCandidates(raw, expected) : []
      const genuine = candidates.find((candidate) => isGenuine(candidate.marker))
      if (!genuine) {
        // Past the last token, markers cannot be told from output; what follows is judged whole, without them in the excerpt.
        const unsigned = nextToken >= options.tokens.length ? candidates.find((candidate) => candidate.marker.token === '-') : undefined
        if (unsigned) {
          lost ??= `the script ran more than ${MARKER_TOKENS} commands`
          if (unsigned.before !== '') deliver(unsigned.before)
          return unsigned.before
        }
        deliver(raw)
        return undefined
      }
      if (genuine.before !== '') deliver(genuine.before)
      accept(genuine.marker)
      return genuine.before
    },
    finish() {
      return { segments, ...(lost !== undefined ? { lost } : {}), whole, named }
    }
  }
}
