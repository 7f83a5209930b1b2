/**
 * One result for a script from the results of its parts. Every tool's output is judged by that
 * tool's parser with that command's own exit status; the script's exit status judges the command
 * it ended on; any part that is not a pass makes the gate not a pass.
 *
 * When output cannot be attributed (markers missing, too many commands), or a tool the script
 * names ran where no marker could show it, that tool is judged on the whole output with the
 * script's exit status instead. Never a pass for want of attribution.
 */
import type { CommandItem, ParserName } from '../checklist/types.js'
import { evaluateGate, type Judgement } from './evaluate.js'
import type { Segment, SegmentedOutput } from './segments.js'
import type { GateStep, ParsedOutput, ParserArtifacts, ProcessOutcome } from './types.js'

/** What tools wrote besides their output (a report file go-no-go asked for), by tool. */
type ToolArtifacts = Partial<Record<ParserName, ParserArtifacts>>

export interface ScriptVerdict extends Judgement {
  parser: ParserName
  parsed: ParsedOutput
  notes?: string[]
  steps?: GateStep[]
}

/** One judged part: a tool on a segment, the script's exit status, or a tool on the whole output. */
interface Part {
  command: string
  parser: ParserName
  parsed: ParsedOutput
  judgement: Judgement
  exitCode: number | null
  /** The exit status's own judgement (no tool): counts, but is not where findings come from. */
  exitOnly: boolean
}

const EXIT_CODE_ONLY: ParsedOutput = { kind: 'exit-code', findings: [] }
const SHOWN_COMMAND_CHARS = 120

export function judgeSegments(item: CommandItem, outcome: ProcessOutcome, output: SegmentedOutput, artifacts: ToolArtifacts = {}): ScriptVerdict {
  // The shell itself did not finish (cancelled, timed out, killed, never started): that decides.
  if (outcome.cancelled || outcome.spawnError !== undefined || outcome.timedOut || outcome.signal !== null) {
    const parser = item.parser ?? [...output.named.keys()].at(-1) ?? 'exit-code'
    const parsed = output.whole.get(parser)?.finish(outcome, artifacts[parser]) ?? EXIT_CODE_ONLY
    return { ...evaluateGate(item, outcome, parsed), parser, parsed }
  }
  if (item.parser) {
    const parsed = output.whole.get(item.parser)?.finish(outcome, artifacts[item.parser]) ?? EXIT_CODE_ONLY
    return { ...evaluateGate(item, outcome, parsed), parser: item.parser, parsed }
  }
  return output.lost === undefined ? judgeAttributed(item, outcome, output, artifacts) : judgeWhole(item, outcome, output, output.lost, artifacts)
}

function judgeAttributed(item: CommandItem, outcome: ProcessOutcome, output: SegmentedOutput, artifacts: ToolArtifacts): ScriptVerdict {
  const parts: Part[] = []
  const notes: string[] = []
  const seen = new Map<ParserName, number>()
  const whole = wholeReader(output, outcome, artifacts)
  output.segments.forEach((segment, index) => {
    const last = index === output.segments.length - 1
    const segmentOutcome = outcomeOf(segment, outcome, last)
    segment.tools.forEach((tool, toolIndex) => {
      seen.set(tool, (seen.get(tool) ?? 0) + 1)
      let parsed = segment.parsers[toolIndex].finish(segmentOutcome, artifacts[tool])
      let judgement = evaluateGate(item, segmentOutcome, parsed)
      // Silent where it ran and not a pass for that (`cargo test > log`, then `cat log`): its output, if any, is
      // elsewhere. A tool whose silence is its pass (`cargo fmt --check`) keeps its own judgement.
      if (segment.lines === 0 && judgement.status !== 'pass' && output.whole.has(tool)) {
        notes.push(`\`${shownCommand(segment)}\` printed nothing where it ran, so its tool was judged on the whole output`)
        parsed = whole(tool)
        judgement = evaluateGate(item, segmentOutcome, parsed)
      }
      parts.push({ command: shownCommand(segment), parser: tool, parsed, judgement, exitCode: segmentOutcome.exitCode, exitOnly: false })
    })
    // A command the script tolerated failing (`|| true`, `if`, `set +e`) was the author's choice; the one it ended on is not.
    if (last && segment.tools.length === 0) parts.push(exitPart(item, segmentOutcome, shownCommand(segment)))
  })
  if (output.segments.length === 0) parts.push(exitPart(item, outcome, 'the script'))

  for (const [tool, named] of output.named) {
    if ((seen.get(tool) ?? 0) >= named.count) continue
    const parsed = whole(tool)
    const judgement = evaluateGate(item, outcome, parsed)
    // After a failure the script stopped early, so a tool that never showed up most likely never ran; its failures still count.
    if (outcome.exitCode !== 0 && judgement.status !== 'fail') continue
    notes.push(`\`${cut(named.command)}\` ran where go-no-go could not mark its output (a subshell, a pipeline, a branch not taken), so it was judged on the whole output`)
    parts.push({ command: `${cut(named.command)} (whole output)`, parser: tool, parsed, judgement, exitCode: outcome.exitCode, exitOnly: false })
  }
  return combine(parts, notes)
}

/** Attribution is impossible: every tool the script names reads everything, and the exit status must be 0. */
function judgeWhole(item: CommandItem, outcome: ProcessOutcome, output: SegmentedOutput, lost: string, artifacts: ToolArtifacts): ScriptVerdict {
  const parts: Part[] = []
  for (const [tool, named] of output.named) {
    const parsed = output.whole.get(tool)?.finish(outcome, artifacts[tool]) ?? EXIT_CODE_ONLY
    parts.push({ command: cut(named.command), parser: tool, parsed, judgement: evaluateGate(item, outcome, parsed), exitCode: outcome.exitCode, exitOnly: false })
  }
  if (parts.every((part) => part.judgement.status === 'pass')) parts.push(exitPart(item, outcome, 'the script'))
  const note = `go-no-go could not tell which command printed what (${lost}); every tool the script names was judged on the whole output, and the script's exit status had to be 0`
  return combine(parts, [note])
}

/** What each whole-output parser read, finished once (a parser's finish may close what it was reading). */
function wholeReader(output: SegmentedOutput, outcome: ProcessOutcome, artifacts: ToolArtifacts): (tool: ParserName) => ParsedOutput {
  const finished = new Map<ParserName, ParsedOutput>()
  return (tool) => {
    const known = finished.get(tool)
    if (known) return known
    const parsed = output.whole.get(tool)?.finish(outcome, artifacts[tool]) ?? EXIT_CODE_ONLY
    finished.set(tool, parsed)
    return parsed
  }
}

function exitPart(item: CommandItem, outcome: ProcessOutcome, command: string): Part {
  return { command, parser: 'exit-code', parsed: EXIT_CODE_ONLY, judgement: evaluateGate(item, outcome, EXIT_CODE_ONLY), exitCode: outcome.exitCode, exitOnly: true }
}

/** A segment's own view of the run: its exit status and its first lines (the last one ends with the script's status). */
function outcomeOf(segment: Segment, outcome: ProcessOutcome, last: boolean): ProcessOutcome {
  return {
    ...outcome,
    exitCode: last ? outcome.exitCode : segment.status,
    output: { head: segment.head, tail: '', totalBytes: segment.chars, totalLines: segment.lines, truncated: segment.chars > segment.head.length }
  }
}

/**
 * Any failure makes the gate fail, else any error makes it an error. The first part that is not a
 * pass supplies the parser and parsed output (findings of every tool are kept); with more than one
 * part, reasons name the command they are about.
 */
function combine(parts: Part[], notes: string[]): ScriptVerdict {
  // A tool's own words first; the bare exit status last, as it is usually their echo.
  const failing = [...parts.filter((part) => !part.exitOnly), ...parts.filter((part) => part.exitOnly)].filter((part) => part.judgement.status !== 'pass')
  const status = failing.some((part) => part.judgement.status === 'fail') ? 'fail' : failing.length > 0 ? 'error' : 'pass'
  const tools = parts.filter((part) => !part.exitOnly)
  const primary = failing.find((part) => !part.exitOnly) ?? failing[0] ?? tools.at(-1) ?? parts[parts.length - 1]
  const several = parts.length > 1
  const summaryParts = several ? [...tools, ...failing.filter((part) => part.exitOnly)] : parts
  const summary = summaryParts.map((part) => part.judgement.summary).join('; ')
  const reasons = failing.filter((part) => part.judgement.reason).map((part) => (several ? `\`${part.command}\`: ${part.judgement.reason}` : (part.judgement.reason ?? '')))
  const findings = tools.flatMap((part) => part.parsed.findings)
  const failingTests = tools.flatMap((part) => (part.parsed.kind === 'tests' ? part.parsed.failingTests : []))
  const parsed = {
    ...primary.parsed,
    findings: several ? findings : primary.parsed.findings,
    ...(primary.parsed.kind === 'tests' && several ? { failingTests } : {})
  } as ParsedOutput
  return {
    status,
    summary,
    ...(reasons.length > 0 ? { reason: reasons.join('; ') } : {}),
    parser: primary.parser,
    parsed,
    ...(notes.length > 0 ? { notes } : {}),
    ...(several
      ? {
          steps: parts.map((part) => ({
            command: part.command,
            parser: part.parser,
            status: part.judgement.status,
            summary: part.judgement.summary,
            ...(part.judgement.reason ? { reason: part.judgement.reason } : {}),
            exitCode: part.exitCode
          }))
        }
      : {})
  }
}

function shownCommand(segment: Segment): string {
  return cut(segment.commands.join(' | '))
}

function cut(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > SHOWN_COMMAND_CHARS ? `${line.slice(0, SHOWN_COMMAND_CHARS - 1)}…` : line
}
