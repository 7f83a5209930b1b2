/**
 * Everything go-no-go knows about one tool's output, in one place: its name (as a checklist's
 * `parser:` says it), which commands run it, how to make a reader for one run, and how, when it is
 * safe, to ask the tool for a machine-readable report as well. The registry (index.ts) lists one
 * descriptor per name in PARSER_NAMES; detection and creation are derived from it.
 */
import type { ParserName } from '../../checklist/types.js'
import type { OutputParser, ParserContext } from '../types.js'
import type { SoleInvocation, ToolInvocation } from './command-words.js'

export interface ParserDescriptor<Name extends ParserName = ParserName> {
  readonly name: Name
  /**
   * Whether a simple command in a gate's `run` runs this tool. Each command matches at most one
   * descriptor. Absent for parsers chosen only by name (`exit-code`).
   */
  detect?(invocation: ToolInvocation): boolean
  create(context: ParserContext): OutputParser
  /**
   * The same command, also writing a machine-readable report to a file go-no-go owns, or undefined
   * when that cannot be done without changing what the command means (the user chose reporters or
   * an output file, a watch mode, an unusual launcher). Called only when the whole `run` is one plain
   * invocation that `detect` accepted.
   */
  adjustCommand?(invocation: SoleInvocation, files: AdjustmentFiles): CommandAdjustment | undefined
}

/** Paths in the gate's own scratch directory, which the user's command never names. */
interface AdjustmentFiles {
  reportPath: string
  /** Directory for helper files the adjusted command loads (node's reporter module). */
  dir: string
}

interface CommandAdjustment {
  /** The words of the adjusted command, to be joined with spaces. Paths are already shell-quoted. */
  words: string[]
  /** Files to write before the command runs, by absolute path. */
  supportFiles?: Record<string, string>
}
