/** What the reader found, before it becomes checklist items: one entry per box, signature, table row or command of a shell block. */
import type { Expectations } from '../types.js'
import type { PhaseReading } from './phase.js'
import type { SeverityReading } from './severity.js'

/** A heading above an entry, with its line so a report can point at it. */
export interface Heading {
  level: number
  /** As the report shows it. */
  title: string
  /** As written, markup kept (but not the closing hashes); for a section tag, its name and attributes as words. */
  text: string
  line: number
  /** An XML-like section tag (`<post-deployment>`), open until its closing tag. */
  tag?: boolean
}

/** The groups of an entry that sits under headings only (shared, so its section title is joined once). */
export const NO_GROUPS: readonly string[] = []

/** A command an entry names, and the directory it runs in. */
export interface FoundCommand {
  command: string
  /** Relative to the repository root; null when a `cd` before it left the repository (then it is never run). */
  directory: string | null
  /** The `cd` that decided the directory, as written, for a message. */
  cd?: string
  /** What an `echo` or comment right before it called it, for a title. */
  label?: string
  /** 1-based line of the command itself (commands of a shell block under a heading). */
  line?: number
}

export interface Entry {
  kind: 'box' | 'signature' | 'table-row' | 'block-command'
  title: string
  /** Ticked, signed or ✅ in the file: a sign-off recorded in the checklist. */
  signed: boolean
  line: number
  headings: readonly Heading[]
  /** Titles of the parent boxes, outermost first: they join the section title. */
  groups: readonly string[]
  /** Commands the entry names; allowed ones become gates. */
  commands: FoundCommand[]
  /** The commands are alternatives ("`npm test` or `npx jest`"): any one passing is enough. */
  commandsAreAlternatives?: boolean
  /** Repository paths the entry says must exist: evidence files. */
  files: string[]
  /** An acceptance figure written next to a test command ("≥ 94% pass rate", "491/491 tests"). */
  expect?: Expectations
  severity: SeverityReading
  phase: PhaseReading
  /** Alternatives: entries with the same key pass together when one passes; `anyOfName` is what the group is called. */
  anyOf?: { key: string; name: string }
  /** The text as written, markup kept, where it differs from the title (placeholders are looked for in both). */
  written?: string
  /** Why the entry is what it is, for the report (e.g. "a blank signature line in the checklist"). */
  note?: string
}
