/**
 * Reading untrusted YAML safely, before anything looks at what it means. A pull request can change
 * the checklist, so: a size cap first; control characters refused (they could rewrite a terminal or
 * a summary); `%YAML` and `%TAG` directives refused (a `%YAML 1.1` would turn `no` into false);
 * aliases, anchors and non-core tags refused; keys unique and plain text; nesting bounded. No
 * message quotes a value from the file, only key names, which are short and quoted.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { MAX_CONTROL_CHARACTER_LINES, MAX_SYNTAX_MESSAGE_CHARS } from '../limits.js'
import type { ChecklistProblem } from '../types.js'
import { dedupe, dotted, locateNode, quoteKey, throwProblems, type Locate, type Path, type Position } from './problems.js'

/** Characters YAML 1.2 does not allow in a stream (c-printable), plus lone surrogates: never in a checklist. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** Explicit tags that change nothing (`!!str 5`); any other tag would build types the format has no use for. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`))
const TOO_DEEP = 'the document is nested too deeply to read (a checklist needs only a few levels)'

/** A document that passed every safety check, as plain data, with a way to point at any of its keys. */
interface SafeYaml {
  /** The document as plain data (aliases never expanded); null for an empty file. */
  data: unknown
  /** True when the file holds no document at all (empty, or only comments). */
  empty: boolean
  at: Locate
}

/** Reads `text` as YAML 1.2 with every unsafe feature refused; throws ChecklistError listing what was found. */
export function readUntrustedYaml(text: string, file: string, maxBytes: number): SafeYaml {
  // Length in UTF-16 units never exceeds the UTF-8 size, so the cheap test goes first.
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) {
    throwProblems([{ file, message: `the checklist is larger than ${maxBytes} bytes; it was not read` }])
  }
  const lines = new LineCounter()
  const locateOffset = (offset: number | undefined): Position => {
    if (offset === undefined) return {}
    const position = lines.linePos(offset)
    return { line: position.line, column: position.col }
  }

  const refused = refusedCharacters(text, file)
  if (refused.length > 0) throwProblems(refused)
  const directive = /^%(YAML|TAG)\b/m.exec(text)
  if (directive) {
    const line = text.slice(0, directive.index).split('\n').length
    throwProblems([
      {
        file,
        line,
        column: 1,
        message:
          directive[1] === 'YAML'
            ? 'YAML directives are not allowed: go-no-go reads YAML 1.2 only (a %YAML 1.1 directive would turn `no` and `off` into false); remove the %YAML line'
            : 'YAML %TAG directives are not allowed in a checklist; remove the %TAG line'
      }
    ])
  }

  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, merge: false, prettyErrors: false, schema: 'core', version: '1.2', strict: true })
  // The regex above looks at line starts only; the parser is the authority on directives.
  if (doc.directives?.yaml.explicit) throwProblems([{ file, line: 1, message: 'YAML directives are not allowed: go-no-go reads YAML 1.2 only' }])

  const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION')
  if (exhausted) throwProblems([{ file, ...locateOffset(exhausted.pos?.[0]), message: TOO_DEEP }])

  const structure = nodeProblems(doc, file, locateOffset)
  const syntax: ChecklistProblem[] = doc.errors
    // Our own walk names the duplicated key and where it first appeared.
    .filter((error) => !(error.code === 'DUPLICATE_KEY' && structure.duplicates > 0))
    .map((error) => ({ file, ...locateOffset(error.pos?.[0]), message: syntaxMessage(error.code, error.message) }))
  if (syntax.length > 0 || structure.problems.length > 0) throwProblems(dedupe([...syntax, ...structure.problems]))

  const at: Locate = (nodePath, key) => locateNode(doc, nodePath, key, locateOffset)
  if (doc.contents === null) return { data: null, empty: true, at }
  // Aliases were refused above; maxAliasCount 0 makes sure none is ever expanded.
  return { data: doc.toJS({ maxAliasCount: 0 }) as unknown, empty: false, at }
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Control characters in the raw text (comments included): they could rewrite a terminal or a summary. */
function refusedCharacters(text: string, file: string): ChecklistProblem[] {
  const problems: ChecklistProblem[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length && problems.length < MAX_CONTROL_CHARACTER_LINES; index++) {
    const match = CONTROL.exec(lines[index])
    if (match) {
      problems.push({
        file,
        line: index + 1,
        column: match.index + 1,
        message: `control character ${codePoint(match[0])} is not allowed in a checklist (only tabs and line breaks are)`
      })
    }
  }
  return problems
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a mapping'
  if (code === 'MULTIPLE_DOCS') return 'a checklist is a single YAML document; remove the `---` line that starts a second one'
  // prettyErrors is off, so the parser's message carries no source line; it is still cut short.
  const first = message.split('\n')[0]
  return `YAML syntax error: ${first.length > MAX_SYNTAX_MESSAGE_CHARS ? `${first.slice(0, MAX_SYNTAX_MESSAGE_CHARS - 1)}…` : first}`
}

/**
 * One walk over the parsed nodes for what the schema cannot see: aliases, anchors, tags, keys that
 * are not plain text, duplicate keys (also `1` and `"1"`, which become the same key), and control
 * characters written as escapes (`"\e"`).
 */
function nodeProblems(doc: Document, file: string, locate: (offset: number | undefined) => Position): { problems: ChecklistProblem[]; duplicates: number } {
  const problems: ChecklistProblem[] = []
  let duplicates = 0
  const trail: Path = []
  const report = (node: { range?: [number, number, number] | null }, message: string, key = dotted(trail)) =>
    problems.push({ file, ...locate(node.range?.[0] ?? undefined), ...(key ? { key } : {}), message })

  const visit = (node: unknown): void => {
    if (node === null || node === undefined || typeof node !== 'object') return
    if (isAlias(node)) return void report(node, 'YAML aliases (`*name`) are not allowed in a checklist; write the value out in full')
    const candidate = node as Node
    if (candidate.anchor) report(candidate, 'YAML anchors (`&name`) are not allowed in a checklist; write each value out in full')
    if (candidate.tag && !CORE_TAGS.has(candidate.tag)) report(candidate, 'YAML tags (such as `!!binary` or `!custom`) are not allowed in a checklist')
    if (isScalar(candidate) && typeof candidate.value === 'string') {
      const control = CONTROL.exec(candidate.value)
      if (control) report(candidate, `control character ${codePoint(control[0])} is not allowed in a checklist (only tabs and line breaks are)`)
    }
    if (isMap(candidate)) {
      const firstSeen = new Map<string, Position>()
      for (const pair of candidate.items) {
        const keyNode = pair.key as Node | null
        if (keyNode !== null && !isScalar(keyNode)) {
          report(keyNode as Node, 'mapping keys must be plain text')
          continue
        }
        visit(keyNode)
        const name = keyNode === null ? '' : String(keyNode.value)
        trail.push(name)
        const earlier = firstSeen.get(name)
        if (earlier && keyNode) {
          duplicates++
          report(keyNode, `duplicate key ${quoteKey(name)} (first on line ${earlier.line}); each key may appear once`)
        } else if (keyNode) firstSeen.set(name, locate(keyNode.range?.[0]))
        visit(pair.value)
        trail.pop()
      }
    } else if (isSeq(candidate)) {
      candidate.items.forEach((item, index) => {
        trail.push(index)
        visit(item)
        trail.pop()
      })
    }
  }

  try {
    visit(doc.contents)
  } catch (error) {
    // The parser stops at its own depth limit, but the walk runs deeper in the stack than it did.
    if (!(error instanceof RangeError)) throw error
    problems.push({ file, message: TOO_DEEP })
  }
  return { problems, duplicates }
}
