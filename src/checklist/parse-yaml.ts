/**
 * The YAML checklist (format v1) to a typed Checklist, or every problem found, each with file,
 * line, column and dotted key. The file is untrusted input (a pull request can change it): aliases,
 * anchors, tags and directives are refused, keys must be unique, control characters are refused,
 * and no message quotes a value from the file (only key names and ids, which are short and checked).
 */
import path from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { CHECKLIST_SCHEMA, ID_PATTERN } from './schema.js'
import { ChecklistError, type Checklist, type ChecklistItem, type ChecklistProblem, type Expectations, type ParserName, type Section, type Severity } from './types.js'

export const MAX_CHECKLIST_BYTES = 1024 * 1024
export const DEFAULT_TIMEOUT_MINUTES = 15
export const DEFAULT_TITLE = 'Go/No-Go'
/** More problems than this are summarised: a broken file should not flood the job summary. */
const MAX_PROBLEMS = 25

const ID = new RegExp(ID_PATTERN)
/** Characters YAML 1.2 does not allow in a stream (c-printable), plus lone surrogates: never in a checklist. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** Explicit tags that change nothing (`!!str 5`); any other tag would build types the format has no use for. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`))
const MANUAL_ONLY = ['approvers', 'min-approvals', 'allow-author', 'paths'] as const
const COMMAND_ONLY = ['expect', 'parser', 'env', 'timeout-minutes', 'working-directory', 'junit'] as const

type Path = Array<string | number>
type Position = { line?: number; column?: number }
type Locate = (path: Path, key?: string) => Position

export interface ParseYamlOptions {
  /** Largest text accepted, in UTF-8 bytes. Default 1 MiB. */
  maxBytes?: number
}

let compiled: { whole: ValidateFunction; item: ValidateFunction } | undefined
/** Compiled on first use, so importing this module costs nothing. */
function validators(): { whole: ValidateFunction; item: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true })
    const whole = ajv.compile(CHECKLIST_SCHEMA)
    const item = ajv.getSchema(`${CHECKLIST_SCHEMA.$id}#/definitions/item`)
    if (!item) throw new Error('the checklist schema has no item definition')
    compiled = { whole, item }
  }
  return compiled
}

/** Schema errors enough to fill a report; more only cost time (a 1 MiB file of bad items yields 60,000). */
const MAX_SCHEMA_ERRORS = 200

/**
 * Errors of the whole file, checked as its frame (items left out) and then item by item, so that
 * checking stops once there is plenty to report.
 */
function schemaErrors(data: unknown): { errors: ErrorObject[]; incomplete: boolean } {
  const { whole, item } = validators()
  if (!isRecord(data) || !Array.isArray(data.sections)) return { errors: whole(data) ? [] : [...(whole.errors ?? [])], incomplete: false }
  const sections = data.sections
  const frame = { ...data, sections: sections.map((section) => (isRecord(section) && Array.isArray(section.items) ? { ...section, items: [] } : section)) }
  const errors = whole(frame) ? [] : [...(whole.errors ?? [])]
  for (const [sectionIndex, section] of sections.entries()) {
    if (!isRecord(section) || !Array.isArray(section.items)) continue
    for (const [itemIndex, value] of section.items.entries()) {
      if (item(value)) continue
      if (errors.length >= MAX_SCHEMA_ERRORS) return { errors, incomplete: true }
      const prefix = `/sections/${sectionIndex}/items/${itemIndex}`
      errors.push(...(item.errors ?? []).map((error) => ({ ...error, instancePath: `${prefix}${error.instancePath}` })))
    }
  }
  return { errors, incomplete: false }
}

/**
 * Parses and checks a YAML checklist. Throws ChecklistError listing every problem found; an empty
 * file (or `sections: []`) is a valid checklist without items — the verdict decides what that means.
 */
export function parseYamlChecklist(text: string, file: string, options: ParseYamlOptions = {}): Checklist {
  const maxBytes = options.maxBytes ?? MAX_CHECKLIST_BYTES
  // Length in UTF-16 units never exceeds the UTF-8 size, so the cheap test goes first.
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) {
    fail([{ file, message: `the checklist is larger than ${maxBytes} bytes; it was not read` }])
  }
  const lines = new LineCounter()
  const locateOffset = (offset: number | undefined): Position => {
    if (offset === undefined) return {}
    const position = lines.linePos(offset)
    return { line: position.line, column: position.col }
  }

  const refused = refusedCharacters(text, file)
  if (refused.length > 0) fail(refused)
  const directive = /^%(YAML|TAG)\b/m.exec(text)
  if (directive) {
    const line = text.slice(0, directive.index).split('\n').length
    fail([
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
  if (doc.directives?.yaml.explicit) fail([{ file, line: 1, message: 'YAML directives are not allowed: go-no-go reads YAML 1.2 only' }])

  const exhausted = doc.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION')
  if (exhausted) {
    fail([{ file, ...locateOffset(exhausted.pos?.[0]), message: 'the document is nested too deeply to read (a checklist needs only a few levels)' }])
  }

  const structure = nodeProblems(doc, file, locateOffset)
  const syntax: ChecklistProblem[] = doc.errors
    // Our own walk names the duplicated key and where it first appeared.
    .filter((error) => !(error.code === 'DUPLICATE_KEY' && structure.duplicates > 0))
    .map((error) => ({ file, ...locateOffset(error.pos?.[0]), message: syntaxMessage(error.code, error.message) }))
  if (syntax.length > 0 || structure.problems.length > 0) fail(dedupe([...syntax, ...structure.problems]))

  const at: Locate = (nodePath, key) => locateNode(doc, nodePath, key, locateOffset)
  if (doc.contents === null) return { title: DEFAULT_TITLE, path: file, format: 'yaml', sections: [] }

  // Aliases were refused above; maxAliasCount 0 makes sure none is ever expanded.
  const data = doc.toJS({ maxAliasCount: 0 }) as unknown
  const checked = schemaErrors(data)
  const problems = [...schemaProblems(checked.errors, data, file, at), ...semanticProblems(data, file, at)]
  if (problems.length > 0) fail(dedupe(problems), checked.incomplete)
  return toChecklist(data as RawChecklist, file, (sectionIndex, itemIndex) => at(['sections', sectionIndex, 'items', itemIndex]).line)
}

/** Throws the problems in line order, summarised past MAX_PROBLEMS; `incomplete` when checking stopped early. */
function fail(problems: ChecklistProblem[], incomplete = false): never {
  const sorted = [...problems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0))
  if (sorted.length <= MAX_PROBLEMS && !incomplete) throw new ChecklistError(sorted)
  const shown = sorted.slice(0, MAX_PROBLEMS - 1)
  const rest = incomplete ? '…and more problems; checking stopped after these' : `…and ${sorted.length - shown.length} more problems`
  throw new ChecklistError([...shown, { file: shown[0].file, message: rest }])
}

function dedupe(problems: ChecklistProblem[]): ChecklistProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const identity = `${problem.line}:${problem.column}:${problem.key}:${problem.message}`
    if (seen.has(identity)) return false
    seen.add(identity)
    return true
  })
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Control characters in the raw text (comments included): they could rewrite a terminal or a summary. */
function refusedCharacters(text: string, file: string): ChecklistProblem[] {
  const problems: ChecklistProblem[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length && problems.length < 5; index++) {
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
  return `YAML syntax error: ${first.length > 120 ? `${first.slice(0, 119)}…` : first}`
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
          report(keyNode, `duplicate key ${quote(name)} (first on line ${earlier.line}); each key may appear once`)
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
    problems.push({ file, message: 'the document is nested too deeply to read (a checklist needs only a few levels)' })
  }
  return { problems, duplicates }
}

/** Line and column of the node at `path` (or of its key `key`), for a message. */
function locateNode(doc: Document, nodePath: Path, key: string | undefined, locate: (offset: number | undefined) => Position): Position {
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
function quote(name: string): string {
  return JSON.stringify(name.length > 60 ? `${name.slice(0, 59)}…` : name)
}

/** `sections[0].items[1].timeout-minutes`; odd key names in brackets: `env["MY VAR"]`. */
export function dotted(parts: Path): string {
  return parts
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`
      if (!/^[A-Za-z0-9_-]+$/.test(part)) return `[${quote(part)}]`
      return index === 0 ? part : `.${part}`
    })
    .join('')
}

function toPath(instancePath: string): Path {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

function schemaProblems(errors: ErrorObject[], data: unknown, file: string, at: Locate): ChecklistProblem[] {
  const problems: ChecklistProblem[] = []
  for (const error of errors) {
    // Each oneOf branch reports its own "required"; the oneOf error itself gets one clear message.
    if (error.schemaPath.includes('/oneOf/')) continue
    // Reported through the pattern error that comes with it, which names the property.
    if (error.keyword === 'propertyNames') continue
    const instance = toPath(error.instancePath)
    let keyPath = instance
    let position = at(instance)
    let message: string
    switch (error.keyword) {
      case 'additionalProperties': {
        const property = String(error.params.additionalProperty)
        keyPath = [...instance, property]
        position = at(instance, property)
        const allowed = Object.keys(propertiesAt(error.parentSchema))
        const suggestion = closest(property, allowed)
        message = `unknown key ${quote(property)}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`
        break
      }
      case 'required': {
        const missing = String(error.params.missingProperty)
        keyPath = [...instance, missing]
        const item = valueAt(data, instance) as Record<string, unknown> | undefined
        const id = instance.at(-2) === 'items' && typeof item?.id === 'string' && ID.test(item.id) ? `item "${item.id}" ` : ''
        message = `${id}is missing the required key "${missing}"`
        break
      }
      case 'oneOf': {
        const item = valueAt(data, instance) as Record<string, unknown> | undefined
        const present = ['run', 'file', 'manual'].filter((name) => item && name in item)
        const id = typeof item?.id === 'string' && ID.test(item.id) ? `item "${item.id}"` : 'the item'
        message =
          present.length === 0 ? `${id} needs exactly one of run, file or manual: true` : `${id} has ${present.join(' and ')}; it needs exactly one of run, file or manual: true`
        break
      }
      case 'type': {
        const expected = String(error.params.type)
        const actual = valueAt(data, instance)
        const quoteHint = expected.includes('string') && (typeof actual === 'number' || typeof actual === 'boolean') ? '; put it in quotes to make it text' : ''
        message = `${instance.length === 0 ? 'the checklist ' : ''}must be ${typeNames(expected)}, not ${describe(actual)}${quoteHint}`
        break
      }
      case 'const':
        message =
          instance.at(-1) === 'version'
            ? 'version must be 1'
            : instance.at(-1) === 'manual'
              ? 'manual must be true (or leave the key out)'
              : `must be ${JSON.stringify(error.params.allowedValue)}`
        break
      case 'enum':
        message = `must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`
        break
      case 'pattern':
        if (error.propertyName !== undefined) {
          keyPath = [...instance, error.propertyName]
          position = at(instance, error.propertyName)
          message = `${quote(error.propertyName)} is not a usable environment variable name (letters, digits and _, not starting with a digit)`
        } else if (instance.at(-2) === 'needs') message = 'must be an item id (lower-case letters, digits, "-" and "_")'
        else if (instance.at(-1) === 'id') message = 'must use only lower-case letters, digits, "-" and "_", starting with a letter or digit'
        else message = 'must not be blank'
        break
      case 'minLength':
        message = 'must not be empty'
        break
      case 'uniqueItems':
        message = `lists the same entry twice (entries ${error.params.j} and ${error.params.i})`
        break
      default:
        message = error.message ?? 'is invalid'
    }
    const key = dotted(keyPath)
    problems.push({ file, ...position, ...(key ? { key } : {}), message })
  }
  return problems
}

function propertiesAt(schema: unknown): Record<string, unknown> {
  return (schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}
}

/** The allowed key a typo most likely meant (edit distance 1–2), if any. */
function closest(word: string, candidates: string[]): string | undefined {
  if (word.length > 40) return undefined
  let best: { name: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate)
    if (distance <= Math.min(2, Math.floor(candidate.length / 2)) && (!best || distance < best.distance)) best = { name: candidate, distance }
  }
  return best?.name
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]
}

function valueAt(data: unknown, parts: Path): unknown {
  let value = data
  for (const part of parts) value = (value as Record<string | number, unknown> | undefined)?.[part]
  return value
}

function typeNames(type: string): string {
  return type
    .split(',')
    .map((name) => (name === 'object' ? 'a mapping' : name === 'array' ? 'a list' : name === 'string' ? 'text' : name === 'integer' ? 'a whole number' : `a ${name}`))
    .join(' or ')
}

/** What a wrong value is, without quoting text from the file. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'number') return `the number ${value}`
  return `${typeof value} ${String(value)}`
}

interface RawItem {
  id: string
  title: string
  run?: string
  file?: string
  manual?: true
  severity?: Severity
  'timeout-minutes'?: number
  'working-directory'?: string
  env?: Record<string, string | number | boolean>
  needs?: string[]
  parser?: ParserName
  junit?: string
  expect?: Record<string, unknown>
  approvers?: string[]
  'min-approvals'?: number
  'allow-author'?: boolean
  paths?: string[]
}

interface RawChecklist {
  version: 1
  title?: string
  defaults?: { 'timeout-minutes'?: number; 'working-directory'?: string }
  sections: Array<{ title: string; items: RawItem[] }>
}

type Loose = Record<string, unknown>

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Items of a checklist that may not have passed the schema: only the parts shaped like items. */
function looseItems(data: unknown): Array<{ item: Loose; path: Path }> {
  if (!isRecord(data) || !Array.isArray(data.sections)) return []
  return data.sections.flatMap((section, sectionIndex) =>
    isRecord(section) && Array.isArray(section.items)
      ? section.items.flatMap((item, itemIndex) => (isRecord(item) ? [{ item, path: ['sections', sectionIndex, 'items', itemIndex] as Path }] : []))
      : []
  )
}

/** Whether a relative path stays inside the directory it is resolved against (by its text alone). */
function staysInside(value: string): boolean {
  if (path.posix.isAbsolute(value) || path.win32.isAbsolute(value)) return false
  const normal = path.posix.normalize(value.replace(/\\/g, '/'))
  return normal !== '..' && !normal.startsWith('../')
}

/**
 * What JSON Schema cannot say: unique ids, needs that exist and do not loop, keys that only mean
 * something for one kind of item, paths that stay in the workspace. Runs on data that may have failed
 * the schema, so every problem is reported in one go.
 */
function semanticProblems(data: unknown, file: string, at: Locate): ChecklistProblem[] {
  const problems: ChecklistProblem[] = []
  const problem = (position: Position, parts: Path, message: string) => problems.push({ file, ...position, key: dotted(parts), message })
  const items = looseItems(data)
  const firstSeen = new Map<string, Position>()
  const pathOf = new Map<string, Path>()
  const needs = new Map<string, string[]>()

  const checkPath = (owner: Loose, ownerPath: Path, key: 'working-directory' | 'file' | 'junit') => {
    const value = owner[key]
    // A glob may not climb either: `..` anywhere (also inside braces) could name files outside.
    if (typeof value === 'string' && value.length > 0 && (!staysInside(value) || (key === 'junit' && /(?:^|[/\\{,])\.\.(?:$|[/\\},])/.test(value)))) {
      problem(at([...ownerPath, key]), [...ownerPath, key], `must be a path inside the workspace (relative, without leading ..)`)
    }
  }
  if (isRecord(data) && isRecord(data.defaults)) checkPath(data.defaults, ['defaults'], 'working-directory')

  for (const { item, path: itemPath } of items) {
    const id = typeof item.id === 'string' && ID.test(item.id) ? item.id : undefined
    if (id !== undefined) {
      const position = at([...itemPath, 'id'])
      const earlier = firstSeen.get(id)
      if (earlier) problem(position, [...itemPath, 'id'], `duplicate id "${id}" (first used on line ${earlier.line}); ids must be unique across the checklist`)
      else {
        firstSeen.set(id, position)
        pathOf.set(id, itemPath)
        needs.set(id, Array.isArray(item.needs) ? item.needs.filter((need): need is string => typeof need === 'string' && ID.test(need)) : [])
      }
    }
    const isCommand = item.run !== undefined
    const isOther = item.file !== undefined || item.manual !== undefined
    if (!isCommand && !isOther) continue
    const manualOnly = MANUAL_ONLY.find((key) => key in item)
    if (item.manual === undefined && manualOnly) problem(at(itemPath, manualOnly), [...itemPath, manualOnly], `"${manualOnly}" applies only to manual items`)
    const commandOnly = COMMAND_ONLY.find((key) => key in item)
    if (!isCommand && commandOnly) problem(at(itemPath, commandOnly), [...itemPath, commandOnly], `"${commandOnly}" applies only to items with run`)
    checkPath(item, itemPath, 'working-directory')
    checkPath(item, itemPath, 'file')
    checkPath(item, itemPath, 'junit')
  }

  for (const { item, path: itemPath } of items) {
    if (!Array.isArray(item.needs)) continue
    item.needs.forEach((need, needIndex) => {
      if (typeof need !== 'string' || !ID.test(need)) return
      const needPath = [...itemPath, 'needs', needIndex]
      if (!firstSeen.has(need)) problem(at(needPath), needPath, `needs "${need}", which is not an item id`)
      else if (need === item.id) problem(at(needPath), needPath, `item "${need}" needs itself`)
    })
  }

  const cycle = findCycle(needs)
  if (cycle) {
    const needsPath = [...(pathOf.get(cycle[0]) ?? []), 'needs']
    problem(at(needsPath), needsPath, `needs form a cycle: ${cycle.join(' → ')}; no item in it could ever run`)
  }
  return problems
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

/** Titles are one line in every report: folded or padded YAML text is collapsed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function toChecklist(raw: RawChecklist, file: string, lineOfItem: (section: number, item: number) => number | undefined): Checklist {
  const defaultTimeout = raw.defaults?.['timeout-minutes'] ?? DEFAULT_TIMEOUT_MINUTES
  const defaultDirectory = raw.defaults?.['working-directory'] ?? '.'
  const sections: Section[] = raw.sections.map((section, sectionIndex) => ({
    title: oneLine(section.title),
    items: section.items.map((item, itemIndex): ChecklistItem => {
      const line = lineOfItem(sectionIndex, itemIndex)
      const base = {
        id: item.id,
        title: oneLine(item.title),
        severity: item.severity ?? 'blocking',
        section: oneLine(section.title),
        needs: item.needs ?? [],
        ...(line ? { source: { file, line } } : {})
      }
      if (item.run !== undefined) {
        return {
          ...base,
          kind: 'command',
          run: item.run,
          // At least 1 ms: a timeout of 0 could read as "no timeout" further down.
          timeoutMs: Math.max(1, Math.round((item['timeout-minutes'] ?? defaultTimeout) * 60_000)),
          workingDirectory: item['working-directory'] ?? defaultDirectory,
          env: Object.fromEntries(Object.entries(item.env ?? {}).map(([name, value]) => [name, String(value)])),
          ...(item.parser ? { parser: item.parser } : {}),
          ...(item.junit !== undefined ? { junit: item.junit } : {}),
          expect: toExpectations(item.expect ?? {})
        }
      }
      if (item.file !== undefined) return { ...base, kind: 'file', path: item.file }
      return {
        ...base,
        kind: 'manual',
        signedOff: false,
        approvers: item.approvers ?? [],
        minApprovals: item['min-approvals'] ?? 1,
        allowAuthor: item['allow-author'] ?? false,
        paths: item.paths ?? []
      }
    })
  }))
  return { title: raw.title === undefined ? DEFAULT_TITLE : oneLine(raw.title), path: file, format: 'yaml', sections }
}

function toExpectations(raw: Record<string, unknown>): Expectations {
  const expectations: Expectations = {}
  if (typeof raw['pass-rate'] === 'number') expectations.passRate = raw['pass-rate']
  if (typeof raw['max-failures'] === 'number') expectations.maxFailures = raw['max-failures']
  if (typeof raw['min-tests'] === 'number') expectations.minTests = raw['min-tests']
  if (typeof raw['max-warnings'] === 'number') expectations.maxWarnings = raw['max-warnings']
  if (typeof raw['max-errors'] === 'number') expectations.maxErrors = raw['max-errors']
  if (typeof raw['max-vulnerabilities'] === 'number') expectations.maxVulnerabilities = raw['max-vulnerabilities']
  if (Array.isArray(raw['allowed-severities'])) expectations.allowedSeverities = raw['allowed-severities'] as Expectations['allowedSeverities']
  return expectations
}
