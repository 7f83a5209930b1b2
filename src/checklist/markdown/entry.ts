/** What the reader found, before it becomes checklist items: one entry per box, signature or table row. */
import type { SeverityReading } from './severity.js'

/** A heading above an entry, with its line so a report can point at it. */
export interface Heading {
  level: number
  /** As the report shows it. */
  title: string
  /** As written, markup kept (but not the closing hashes). */
  text: string
  line: number
}

/** The groups of an entry that sits under headings only (shared, so its section title is joined once). */
export const NO_GROUPS: readonly string[] = []

export interface Entry {
  kind: 'box' | 'signature' | 'table-row'
  title: string
  /** Ticked, signed or ✅ in the file: a sign-off recorded in the checklist. */
  signed: boolean
  line: number
  headings: readonly Heading[]
  /** Titles of the parent boxes, outermost first: they join the section title. */
  groups: readonly string[]
  /** Commands the entry names; allowed ones become gates. */
  commands: string[]
  severity: SeverityReading
  /** Why the entry is what it is, for the report (e.g. "a blank signature line in the checklist"). */
  note?: string
}
