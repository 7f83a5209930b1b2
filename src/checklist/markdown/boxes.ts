/**
 * Boxes and their nesting. A box with child boxes and no command of its own is a group, not an
 * item: its children are the items and its text joins their section title ("Security › Fix
 * js-yaml"). Ticking the parent therefore never passes children that were not ticked or whose
 * command fails.
 */
import { MAX_BOX_DEPTH } from '../limits.js'
import { inlineCommands } from './commands.js'
import { NO_GROUPS, type Entry, type Heading } from './entry.js'
import { stripInline } from './inline-text.js'
import { boxLine, type BoxLine } from './line-kinds.js'
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
  blockCommands: string[]
}

/** The boxes read so far, as trees, and the open list a deeper box nests into. */
export class BoxForest {
  private readonly roots: Box[] = []
  /** The box a shell block right under it belongs to. */
  last: Box | undefined
  private open: Box[] = []

  /** Adds a box under the nearest open box less indented than it (`baseIndent` is subtracted first). */
  add(found: BoxLine, line: number, headings: readonly Heading[], baseIndent = 0): void {
    const indent = found.indent - baseIndent
    while (this.open.length > 0 && this.open[this.open.length - 1].indent >= indent) this.open.pop()
    // Deeper boxes join the deepest allowed level, so a hostile staircase cannot exhaust the stack.
    while (this.open.length >= MAX_BOX_DEPTH) this.open.pop()
    const parent = this.open[this.open.length - 1]
    const box: Box = { text: found.text, checked: found.checked, line, indent, headings, children: [], blockCommands: [], ...(parent ? { parent } : {}) }
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
    for (const root of this.roots) collectBoxes(root, NO_GROUPS, [], entries)
    return entries
  }
}

/** Boxes with children are groups: their children are the items, under the group's name. */
function collectBoxes(box: Box, groups: readonly string[], groupContext: readonly Context[], entries: Entry[]): void {
  const commands = [...inlineCommands(box.text), ...box.blockCommands]
  const title = stripInline(box.text)
  const childGroups = box.children.length > 0 ? [...groups, title] : groups
  // One context object per parent box, shared by its children, so its words are read once.
  const childContext = box.children.length > 0 ? [...groupContext, { text: box.text, title, line: box.line }] : groupContext
  if (box.children.length > 0 && commands.length === 0) {
    for (const child of box.children) collectBoxes(child, childGroups, childContext, entries)
    return
  }
  entries.push({
    kind: 'box',
    title,
    signed: box.checked,
    line: box.line,
    headings: box.headings,
    groups,
    commands,
    severity: boxSeverity(box.text, groupContext, box.headings)
  })
  for (const child of box.children) collectBoxes(child, childGroups, childContext, entries)
}
