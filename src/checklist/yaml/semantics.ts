/**
 * What JSON Schema cannot say about a YAML checklist: ids unique, needs that exist and do not loop,
 * keys that only mean something for one kind of item, paths that stay in the workspace.
 *
 * Each rule is one function in RULES. The rules run on data that may have failed the schema (only
 * the parts shaped like items are looked at), so a file's every problem is reported in one go. To
 * add a rule, write a function over the SemanticContext and add it to the list.
 */
import path from 'node:path'
import { ID_PATTERN } from '../schema.js'
import type { ChecklistProblem } from '../types.js'
import { isRecord, looseItems, valueAt, type Loose } from './loose-data.js'
import { dotted, type Locate, type Path, type Position } from './problems.js'
import { mutatingCommandMessages } from '../mutating-commands.js'

const ID = new RegExp(ID_PATTERN)
const MANUAL_ONLY = ['approvers', 'min-approvals', 'allow-author', 'paths', 'signed-off'] as const
const COMMAND_ONLY = ['expect', 'parser', 'env', 'timeout-minutes', 'working-directory', 'junit'] as const

/** What every rule sees. */
interface SemanticContext {
  /** The whole document, as parsed. */
  data: unknown
  /** Every value shaped like an item (a mapping in a section's items), with its path. */
  items: Array<{ item: Loose; path: Path }>
  /** Each well-formed id where it is first used. */
  firstUse: Map<string, { position: Position; path: Path }>
  /** Position of a value (or of its key) for a message. */
  at: Locate
  /** Records a problem at `position`, naming the key at `parts`. */
  report(position: Position, parts: Path, message: string): void
  /** The file's text, for what only the text shows (line breaks). */
  text: string
}

type SemanticRule = (context: SemanticContext) => void

/** In the order their problems are found; all problems are sorted by line before they are shown. */
const RULES: SemanticRule[] = [
  uniqueIds,
  keysForTheKind,
  pathsInsideWorkspace,
  noMutatingCommands,
  needsExist,
  needsWithoutCycle,
  needsBeforeDeploy,
  alternativesInOnePhase,
  signOffsOneLineEach
]

/** Every semantic problem of the file. */
export function semanticProblems(data: unknown, file: string, at: Locate, text: string): ChecklistProblem[] {
  const problems: ChecklistProblem[] = []
  const items = looseItems(data)
  const firstUse = new Map<string, { position: Position; path: Path }>()
  for (const { item, path: itemPath } of items) {
    const id = idOf(item)
    if (id !== undefined && !firstUse.has(id)) firstUse.set(id, { position: at([...itemPath, 'id']), path: itemPath })
  }
  const context: SemanticContext = {
    data,
    items,
    firstUse,
    at,
    report: (position, parts, message) => problems.push({ file, ...position, key: dotted(parts), message }),
    text
  }
  for (const rule of RULES) rule(context)
  return problems
}

/**
 * `signed-off: true` is a sign-off recorded in the file, and like a ticked Markdown box it is only
 * as good as git blame's answer for its line (src/signoff/checklist-ticks.ts): who committed that
 * line signed, and on a pull request that person must be one GitHub vouches for. So the key and
 * its value share one line (a value on the next line could be changed while blame names whoever
 * wrote the key), no lone carriage return may shift the line numbers git and this reader count,
 * and no key may ask for what one line cannot show: named approvers, several approvals, sign-offs
 * that later changes to some paths invalidate.
 */
function signOffsOneLineEach({ items, at, report, text }: SemanticContext): void {
  const signed = items.filter(({ item }) => item['signed-off'] === true)
  for (const { item, path: itemPath } of signed) {
    const keyPath = [...itemPath, 'signed-off']
    const key = at(itemPath, 'signed-off')
    if (key.line !== at(keyPath).line) report(key, keyPath, 'write `signed-off: true` on one line: git blame of that line says who signed off')
    const asks =
      Array.isArray(item.approvers) && item.approvers.length > 0
        ? 'approvers'
        : typeof item['min-approvals'] === 'number' && item['min-approvals'] > 1
          ? 'min-approvals'
          : Array.isArray(item.paths) && item.paths.length > 0
            ? 'paths'
            : undefined
    if (asks) {
      report(
        key,
        keyPath,
        `"signed-off" cannot be combined with "${asks}": a line in the file cannot show who of the approvers signed, how many did, or that nothing changed since; leave "signed-off" out and sign off on the pull request`
      )
    }
  }
  const loneReturn = signed.length > 0 ? /\r(?!\n)/.exec(text) : null
  if (loneReturn) {
    const first = signed[0]
    report(
      at(first.path, 'signed-off'),
      [...first.path, 'signed-off'],
      `the file has a carriage return without a line feed (line ${text.slice(0, loneReturn.index).split('\n').length}), so the line git blames for a sign-off cannot be told; save the file with LF or CRLF line endings`
    )
  }
}

/** A check must not change the code it checks: `cargo fmt` without `--check`, `--fix`, `--write`, … are refused with a hint. */
function noMutatingCommands({ items, at, report }: SemanticContext): void {
  for (const { item, path: itemPath } of items) {
    if (typeof item.run !== 'string') continue
    for (const message of mutatingCommandMessages(item.run)) report(at([...itemPath, 'run']), [...itemPath, 'run'], message)
  }
}

/** The item's id when it is well formed; a malformed one is the schema's to report. */
function idOf(item: Loose): string | undefined {
  return typeof item.id === 'string' && ID.test(item.id) ? item.id : undefined
}

/** Needs refer to items by id, and results are keyed by it: two items with one id would share a fate. */
function uniqueIds({ items, firstUse, at, report }: SemanticContext): void {
  for (const { item, path: itemPath } of items) {
    const id = idOf(item)
    const first = id === undefined ? undefined : firstUse.get(id)
    if (!first || first.path === itemPath) continue
    report(at([...itemPath, 'id']), [...itemPath, 'id'], `duplicate id "${id}" (first used on line ${first.position.line}); ids must be unique across the checklist`)
  }
}

/** A key of the other kind of item would be silently ignored, which the author did not mean. */
function keysForTheKind({ items, at, report }: SemanticContext): void {
  for (const { item, path: itemPath } of items) {
    const isCommand = item.run !== undefined
    if (!isCommand && item.file === undefined && item.manual === undefined) continue
    const manualOnly = MANUAL_ONLY.find((key) => key in item)
    if (item.manual === undefined && manualOnly) report(at(itemPath, manualOnly), [...itemPath, manualOnly], `"${manualOnly}" applies only to manual items`)
    const commandOnly = COMMAND_ONLY.find((key) => key in item)
    if (!isCommand && commandOnly) report(at(itemPath, commandOnly), [...itemPath, commandOnly], `"${commandOnly}" applies only to items with run`)
  }
}

/** A gate's directory, an evidence file and JUnit reports are read from the workspace, never from outside it. */
function pathsInsideWorkspace({ data, items, at, report }: SemanticContext): void {
  const check = (owner: Loose, ownerPath: Path, key: 'working-directory' | 'file' | 'junit') => {
    const value = owner[key]
    // A glob may not climb either: `..` anywhere (also inside braces) could name files outside.
    if (typeof value === 'string' && value.length > 0 && (!staysInside(value) || (key === 'junit' && /(?:^|[/\\{,])\.\.(?:$|[/\\},])/.test(value)))) {
      report(at([...ownerPath, key]), [...ownerPath, key], `must be a path inside the workspace (relative, without leading ..)`)
    }
  }
  if (isRecord(data) && isRecord(data.defaults)) check(data.defaults, ['defaults'], 'working-directory')
  for (const { item, path: itemPath } of items) {
    if (item.run === undefined && item.file === undefined && item.manual === undefined) continue
    check(item, itemPath, 'working-directory')
    check(item, itemPath, 'file')
    check(item, itemPath, 'junit')
  }
}

/** Whether a relative path stays inside the directory it is resolved against (by its text alone). */
function staysInside(value: string): boolean {
  if (path.posix.isAbsolute(value) || path.win32.isAbsolute(value)) return false
  const normal = path.posix.normalize(value.replace(/\\/g, '/'))
  return normal !== '..' && !normal.startsWith('../')
}

/** A need that names no item, or the item itself, could never be met. */
function needsExist({ items, firstUse, at, report }: SemanticContext): void {
  for (const { item, path: itemPath } of items) {
    if (!Array.isArray(item.needs)) continue
    item.needs.forEach((need, needIndex) => {
      if (typeof need !== 'string' || !ID.test(need)) return
      const needPath = [...itemPath, 'needs', needIndex]
      if (!firstUse.has(need)) report(at(needPath), needPath, `needs "${need}", which is not an item id`)
      else if (need === item.id) report(at(needPath), needPath, `item "${need}" needs itself`)
    })
  }
}

/** An item's phase as it will be read: its own, else its section's, else pre-deploy (a malformed value is the schema's to report). */
function phaseOfLoose(data: unknown, item: Loose, itemPath: Path): string {
  const section = valueAt(data, itemPath.slice(0, 2))
  const own = typeof item.phase === 'string' ? item.phase : undefined
  const inherited = isRecord(section) && typeof section.phase === 'string' ? section.phase : undefined
  return own ?? inherited ?? 'pre-deploy'
}

/** Gates after GO are never run, so an item before deploying that waits for one could never pass. */
function needsBeforeDeploy({ data, items, firstUse, at, report }: SemanticContext): void {
  for (const { item, path: itemPath } of items) {
    if (!Array.isArray(item.needs) || phaseOfLoose(data, item, itemPath) !== 'pre-deploy') continue
    item.needs.forEach((need, needIndex) => {
      const target = typeof need === 'string' ? firstUse.get(need) : undefined
      if (!target) return
      const targetItem = valueAt(data, target.path)
      const phase = isRecord(targetItem) ? phaseOfLoose(data, targetItem, target.path) : 'pre-deploy'
      if (phase === 'pre-deploy') return
      const needPath = [...itemPath, 'needs', needIndex]
      report(at(needPath), needPath, `needs "${String(need)}", a ${phase} item whose gate is not run before the decision; an item before deploying cannot wait for it`)
    })
  }
}

/** An `any-of` group stands for one check: it needs a second member, and members after GO could never stand in for one before it. */
function alternativesInOnePhase({ data, items, at, report }: SemanticContext): void {
  const groups = new Map<string, Array<{ path: Path; phase: string }>>()
  for (const { item, path: itemPath } of items) {
    // An item's own group, else its section's: where the name is written is where a problem points.
    const section = valueAt(data, itemPath.slice(0, 2))
    const own = typeof item['any-of'] === 'string' && ID.test(item['any-of'])
    const name = own ? item['any-of'] : isRecord(section) && typeof section['any-of'] === 'string' && ID.test(section['any-of']) ? section['any-of'] : undefined
    if (typeof name !== 'string') continue
    const members = groups.get(name) ?? []
    groups.set(name, members)
    members.push({ path: own ? itemPath : itemPath.slice(0, 2), phase: phaseOfLoose(data, item, itemPath) })
  }
  for (const [name, members] of groups) {
    const first = members[0]
    if (members.length === 1) {
      report(at([...first.path, 'any-of']), [...first.path, 'any-of'], `any-of "${name}" has no other item; an alternative needs at least two`)
      continue
    }
    const other = members.find((member) => member.phase !== first.phase)
    if (other) {
      report(
        at([...other.path, 'any-of']),
        [...other.path, 'any-of'],
        `any-of "${name}" mixes phases (${first.phase} and ${other.phase}); alternatives must all be done at the same time`
      )
    }
  }
}

/** Items in a cycle of needs would wait for each other forever. */
function needsWithoutCycle({ items, firstUse, at, report }: SemanticContext): void {
  const needs = new Map<string, string[]>()
  for (const { item, path: itemPath } of items) {
    const id = idOf(item)
    // Only the first item of an id takes part: a duplicate is reported on its own.
    if (id === undefined || firstUse.get(id)?.path !== itemPath) continue
    needs.set(id, Array.isArray(item.needs) ? item.needs.filter((need): need is string => typeof need === 'string' && ID.test(need)) : [])
  }
  const cycle = findCycle(needs)
  if (cycle) {
    const needsPath = [...(firstUse.get(cycle[0])?.path ?? []), 'needs']
    report(at(needsPath), needsPath, `needs form a cycle: ${cycle.join(' → ')}; no item in it could ever run`)
  }
}

/** A cycle among `needs`, as the ids around it (first repeated at the end), if there is one. */
function findCycle(needs: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  // Iterative, so a long chain of needs cannot overflow the stack.
  for (const start of needs.keys()) {
    if (state.has(start)) continue
    const frames: Array<{ id: string; next: number }> = [{ id: start, next: 0 }]
    state.set(start, 'visiting')
    stack.push(start)
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]
      const targets = needs.get(frame.id) ?? []
      if (frame.next >= targets.length) {
        frames.pop()
        stack.pop()
        state.set(frame.id, 'done')
        continue
      }
      const target = targets[frame.next++]
      if (target === frame.id || !needs.has(target) || state.get(target) === 'done') continue
      if (state.get(target) === 'visiting') return [...stack.slice(stack.indexOf(target)), target]
      state.set(target, 'visiting')
      stack.push(target)
      frames.push({ id: target, next: 0 })
    }
  }
  return undefined
}
