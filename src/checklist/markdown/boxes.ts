/**
 * Boxes and their nesting. A box with child boxes and no command of its own is a group, not an
 * item: its children are the items and its text joins their section title ("Security › Fix
 * js-yaml"). Ticking the parent therefore never passes children that were not ticked or whose
 * command fails.
 */
import { MAX_BOX_DEPTH } from '../limits.js'
import { inlineAlternatives, inlineCommands } from './commands.js'
import { NO_GROUPS, type Entry, type FoundCommand, type Heading } from './entry.js'
import { acceptanceFigure, evidencePaths } from './evidence.js'
import { stripInline, trimEndOf } from './inline-text.js'
import { boxLine, type BoxLine } from './line-kinds.js'
import { phaseOf, readsAsCondition } from './phase.js'
import { boxSeverity, type Context } from './severity.js'

interface Box {
  text: string
  checked: boolean
  line: number
  indent: number
  headings: readonly Heading[]
  children: Box[]
  parent?: Box
  /** Commands of a shell block right under the box. */
  blockCommands: FoundCommand[]
  /** The sentence that introduces the box's list ("Immediately rollback if:"). */
  intro?: Context
}

/** The boxes read so far, as trees, and the open list a deeper box nests into. */
export class BoxForest {
  private readonly roots: Box[] = []
  /** The box a shell block right under it belongs to. */
  last: Box | undefined
  private open: Box[] = []

  /** Adds a box under the nearest open box less indented than it (`baseIndent` is subtracted first). */
  add(found: BoxLine, line: number, headings: readonly Heading[], baseIndent = 0, intro?: Context): void {
    const indent = found.indent - baseIndent
    while (this.open.length > 0 && this.open[this.open.length - 1].indent >= indent) this.open.pop()
    // Deeper boxes join the deepest allowed level, so a hostile staircase cannot exhaust the stack.
    while (this.open.length >= MAX_BOX_DEPTH) this.open.pop()
    const parent = this.open[this.open.length - 1]
    const box: Box = {
      text: found.text,
      checked: found.checked,
      line,
      indent,
      headings,
      children: [],
      blockCommands: [],
      ...(parent ? { parent } : {}),
      ...(intro ? { intro } : {})
    }
    if (parent) parent.children.push(box)
    else this.roots.push(box)
    this.open.push(box)
    this.last = box
  }

  /** The boxes inside a fenced block: a list of their own, however the block is indented. */
  addFenced(body: string[], firstLine: number, headings: readonly Heading[]): boolean {
    const found = body.flatMap((text, offset) => {
      const box = boxLine(text)
      return box ? [{ box, line: firstLine + offset }] : []
    })
    if (found.length === 0) return false
    this.closeList()
    const base = found.reduce((least, entry) => Math.min(least, entry.box.indent), Infinity)
    for (const entry of found) this.add(entry.box, entry.line, headings, base)
    this.closeList()
    return true
  }

  /** Something that ends a list (a heading, a paragraph, a table): the next box starts a new tree. */
  closeList(): void {
    this.open = []
  }

  /** Every item the boxes make, groups resolved. */
  entries(): Entry[] {
    const entries: Entry[] = []
    collectSiblings(this.roots, NO_GROUPS, [], entries)
    return entries
  }
}

/**
 * "Internet connection available, OR" followed by "Local model path configured": the two boxes are
 * alternatives, one group that passes when either does. The roots of a list are siblings too.
 */
// Read on the last few characters only: a pattern anchored at the end retries from every space of a long line.
const OR_AT_END = /(?:^|[\s,;])(?:\*\*)?or(?:\*\*)?\s*$/i
const OR_AT_START = /^(?:\*\*)?or(?:\*\*)?[\s,:]/i
const endsWithOr = (text: string) => OR_AT_END.test(text.slice(-12))
const withoutOr = (text: string) => {
  const tail = text.slice(-12)
  if (!OR_AT_END.test(tail)) return text
  return trimEndOf(text.slice(0, text.length - tail.length) + tail.replace(OR_AT_END, ''), (character) => /[\s,;]/.test(character))
}

function collectSiblings(boxes: Box[], groups: readonly string[], groupContext: readonly Context[], entries: Entry[]): void {
  let anyOf: { key: string; name: string } | undefined
  boxes.forEach((box, index) => {
    const next = boxes[index + 1]
    const joinsNext = next !== undefined && (endsWithOr(box.text) || OR_AT_START.test(next.text))
    if (joinsNext && !anyOf) anyOf = { key: `line-${box.line}`, name: `${cleanTitle(box.text)} or ${cleanTitle(next.text)}` }
    collectBoxes(box, groups, groupContext, entries, anyOf)
    if (!joinsNext) anyOf = undefined
  })
}

/** A title without the "OR" that joins it to its alternative. */
function cleanTitle(text: string): string {
  return stripInline(withoutOr(text).replace(OR_AT_START, ''))
}

/** Boxes with children are groups: their children are the items, under the group's name. */
function collectBoxes(box: Box, groups: readonly string[], groupContext: readonly Context[], entries: Entry[], anyOf?: { key: string; name: string }): void {
  const commands = [...inlineCommands(box.text), ...box.blockCommands]
  const title = cleanTitle(box.text)
  const childGroups = box.children.length > 0 ? [...groups, title] : groups
  // One context object per parent box, shared by its children, so its words are read once.
  const childContext = box.children.length > 0 ? [...groupContext, { text: box.text, title, line: box.line }] : groupContext
  // A box that names a command is a check to run, never a trigger: "No failures: `cargo test`" under "Rollback Criteria" still runs.
  const condition = commands.length === 0 && readsAsCondition(box.text)
  const phase = phaseOf(box.text, { groups: groupContext, ...(box.intro ? { intro: box.intro } : {}), headings: box.headings }, condition)
  // A rollback trigger with conditions under it ("Error rate above:" → "5% for 5 minutes") is read as one trigger.
  if (box.children.length > 0 && commands.length === 0 && !phase.trigger) {
    collectSiblings(box.children, childGroups, childContext, entries)
    return
  }
  const written = withoutOr(box.text).replace(OR_AT_START, '')
  const expect = commands.length > 0 ? acceptanceFigure(box.text) : undefined
  entries.push({
    kind: 'box',
    title,
    signed: box.checked,
    line: box.line,
    headings: box.headings,
    groups,
    commands,
    // "`a` or `b`" in the text; a command in a block under the box is required whatever the text says.
    ...(commands.length > 1 && box.blockCommands.length === 0 && inlineAlternatives(box.text) ? { commandsAreAlternatives: true } : {}),
    files: commands.length === 0 ? evidencePaths(box.text) : [],
    ...(expect ? { expect } : {}),
    severity: boxSeverity(box.text, groupContext, box.headings),
    phase,
    ...(anyOf ? { anyOf } : {}),
    ...(written !== title ? { written } : {})
  })
  if (!phase.trigger) collectSiblings(box.children, childGroups, childContext, entries)
}
