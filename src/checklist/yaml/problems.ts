/**
 * Where a YAML checklist's problems are and how they are named: line and column from the parsed
 * document, dotted key paths, short quoted key names, and one way to throw them all, in line order.
 */
import { isMap, isPair, isScalar, type Document, type Node } from 'yaml'
import { MAX_PROBLEMS_SHOWN, MAX_QUOTED_KEY_CHARS } from '../limits.js'
import { ChecklistError, type ChecklistProblem } from '../types.js'

/** Keys and list indexes from the top of the document, e.g. `['sections', 0, 'items', 1, 'run']`. */
export type Path = Array<string | number>
export type Position = { line?: number; column?: number }
/** Position of the node at `path`, or of its key `key` when given (falls back to the nearest parent that exists). */
export type Locate = (path: Path, key?: string) => Position

/** Line and column of the node at `path` (or of its key `key`), for a message. */
export function locateNode(doc: Document, nodePath: Path, key: string | undefined, locate: (offset: number | undefined) => Position): Position {
  const node = (nodePath.length === 0 ? doc.contents : doc.getIn(nodePath, true)) as Node | undefined
  let offset = node?.range?.[0]
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key)
    if (pair && isScalar(pair.key)) offset = pair.key.range?.[0]
  }
  if (offset === undefined && nodePath.length > 0) return locateNode(doc, nodePath.slice(0, -1), undefined, locate)
  return locate(offset)
}

/** A key name as messages show it: quoted, escaped, and cut short. */
export function quoteKey(name: string): string {
  return JSON.stringify(name.length > MAX_QUOTED_KEY_CHARS ? `${name.slice(0, MAX_QUOTED_KEY_CHARS - 1)}…` : name)
}

/** `sections[0].items[1].timeout-minutes`; odd key names in brackets: `env["MY VAR"]`. */
export function dotted(parts: Path): string {
  return parts
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`
      if (!/^[A-Za-z0-9_-]+$/.test(part)) return `[${quoteKey(part)}]`
      return index === 0 ? part : `.${part}`
    })
    .join('')
}

/** Throws the problems in line order, summarised past MAX_PROBLEMS_SHOWN; `incomplete` when checking stopped early. */
export function throwProblems(problems: ChecklistProblem[], incomplete = false): never {
  const sorted = [...problems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0))
  if (sorted.length <= MAX_PROBLEMS_SHOWN && !incomplete) throw new ChecklistError(sorted)
  const shown = sorted.slice(0, MAX_PROBLEMS_SHOWN - 1)
  const rest = incomplete ? '…and more problems; checking stopped after these' : `…and ${sorted.length - shown.length} more problems`
  throw new ChecklistError([...shown, { file: shown[0].file, message: rest }])
}

/** The same problem found twice (by the parser and by our own walk, say) is listed once. */
export function dedupe(problems: ChecklistProblem[]): ChecklistProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const identity = `${problem.line}:${problem.column}:${problem.key}:${problem.message}`
    if (seen.has(identity)) return false
    seen.add(identity)
    return true
  })
}
