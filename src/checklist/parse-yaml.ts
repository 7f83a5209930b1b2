/**
 * The YAML checklist (format v1) to a typed Checklist, or every problem with file, line and key.
 * Untrusted input: aliases, directives and merges are refused, keys must be unique, and no
 * error message copies source text.
 */
import { Ajv, type ErrorObject } from 'ajv'
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml'
import { CHECKLIST_SCHEMA } from './schema.js'
import {
  ChecklistError,
  type Checklist,
  type ChecklistItem,
  type ChecklistProblem,
  type Expectations,
  type ParserName,
  type Section,
  type Severity
} from './types.js'

export const MAX_CHECKLIST_BYTES = 1024 * 1024
const DEFAULT_TIMEOUT_MINUTES = 15

const validate = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(CHECKLIST_SCHEMA)

type Path = Array<string | number>

export function parseYamlChecklist(text: string, file: string): Checklist {
  if (text.length > MAX_CHECKLIST_BYTES) throw new ChecklistError([{ file, message: `the checklist is larger than ${MAX_CHECKLIST_BYTES} bytes` }])
  const directive = /^%YAML\b.*$/m.exec(text)
  if (directive) {
    const line = text.slice(0, directive.index).split('\n').length
    throw new ChecklistError([{ file, line, message: 'YAML directives are not allowed: go-no-go reads YAML 1.2 only (a %YAML 1.1 directive would turn `no` and `off` into false)' }])
  }

  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, merge: false, prettyErrors: false, schema: 'core', version: '1.2', strict: true })
  const locate = (offset: number | undefined): { line?: number; column?: number } => {
    if (offset === undefined) return {}
    const position = lines.linePos(offset)
    return { line: position.line, column: position.col }
  }

  const syntax: ChecklistProblem[] = doc.errors.slice(0, 20).map((error) => ({ file, ...locate(error.pos?.[0]), message: syntaxMessage(error.code, error.message) }))
  if (syntax.length > 0) throw new ChecklistError(syntax)

  const anchors: ChecklistProblem[] = []
  visit(doc, {
    Alias(_, node) {
      anchors.push({ file, ...locate(node.range?.[0]), message: 'YAML aliases (`*name`) are not allowed in a checklist' })
      return visit.BREAK
    },
    Node(_, node) {
      if ((node as { anchor?: string }).anchor) {
        anchors.push({ file, ...locate(node.range?.[0]), message: 'YAML anchors (`&name`) are not allowed in a checklist' })
        return visit.BREAK
      }
      return undefined
    }
  })
  if (anchors.length > 0) throw new ChecklistError(anchors)

  const data = doc.toJS({ maxAliasCount: 0 }) as unknown
  if (data === null || data === undefined) throw new ChecklistError([{ file, line: 1, message: 'the checklist is empty: it needs `version: 1` and `sections`' }])

  const at = (path: Path, key?: string) => locateNode(doc, path, key, locate)
  if (!validate(data)) throw new ChecklistError(schemaProblems(validate.errors ?? [], data, file, at))

  const checklist = toChecklist(data as RawChecklist, file, (sectionIndex, itemIndex) => at(['sections', sectionIndex, 'items', itemIndex]).line)
  const semantic = semanticProblems(data as RawChecklist, file, at)
  if (semantic.length > 0) throw new ChecklistError(semantic)
  return checklist
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key: each key may appear once in a mapping'
  if (code === 'RESOURCE_EXHAUSTION') return 'the document is nested too deeply to read'
  // prettyErrors is off, so the message carries no source text.
  return `YAML syntax error: ${message.split('\n')[0]}`
}

/** Line and column of the node at `path` (or of its key `key`), for a message. */
function locateNode(doc: Document, path: Path, key: string | undefined, locate: (offset: number | undefined) => { line?: number; column?: number }) {
  const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as Node | undefined
  let offset = node?.range?.[0]
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
    if (pair && isScalar(pair.key)) offset = pair.key.range?.[0]
  }
  return locate(offset)
}

function dotted(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('')
}

function toPath(instancePath: string): Path {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

function schemaProblems(
  errors: ErrorObject[],
  data: unknown,
  file: string,
  at: (path: Path, key?: string) => { line?: number; column?: number }
): ChecklistProblem[] {
  const problems: ChecklistProblem[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    // oneOf branches each report "must have required property"; one clear message replaces them.
    if (error.schemaPath.includes('/oneOf/')) continue
    const path = toPath(error.instancePath)
    let key = dotted(path)
    let message: string
    let position = at(path)
    switch (error.keyword) {
      case 'additionalProperties': {
        const property = String(error.params.additionalProperty)
        key = dotted([...path, property])
        position = at(path, property)
        const allowed = Object.keys(propertiesAt(error.parentSchema))
        message = `unknown key "${property}"${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`
        break
      }
      case 'required':
        message = `missing required key "${String(error.params.missingProperty)}"`
        break
      case 'oneOf': {
        const item = valueAt(data, path) as Record<string, unknown> | undefined
        const present = ['run', 'file', 'manual'].filter((name) => item && name in item)
        const id = typeof item?.id === 'string' ? `item "${item.id}"` : 'an item'
        message = present.length === 0 ? `${id} needs exactly one of run, file or manual: true` : `${id} has ${present.join(' and ')}; it needs exactly one of run, file or manual: true`
        break
      }
      case 'type':
        message = `must be ${articleFor(String(error.params.type))}, not ${describe(valueAt(data, path))}`
        break
      case 'const':
        message = path.at(-1) === 'version' ? 'version must be 1' : `must be ${JSON.stringify(error.params.allowedValue)}`
        break
      case 'enum':
        message = `must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`
        break
      case 'pattern':
        message = path.at(-2) === 'needs' ? 'must be an item id' : 'must use only lower-case letters, digits, "-" and "_", starting with a letter or digit'
        break
      default:
        message = error.message ?? 'is invalid'
    }
    const problem = { file, line: position.line, column: position.column, key, message }
    const identity = `${problem.line}:${problem.key}:${problem.message}`
    if (!seen.has(identity)) {
      seen.add(identity)
      problems.push(problem)
    }
  }
  return problems
}

function propertiesAt(schema: unknown): Record<string, unknown> {
  return ((schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {})
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data
  for (const part of path) value = (value as Record<string | number, unknown> | undefined)?.[part]
  return value
}

function articleFor(type: string): string {
  const names = type.split(',')
  return names.map((name) => (name === 'object' ? 'a mapping' : name === 'array' ? 'a list' : `a ${name}`)).join(' or ')
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${JSON.stringify(value).slice(0, 40)}`
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

function semanticProblems(raw: RawChecklist, file: string, at: (path: Path, key?: string) => { line?: number; column?: number }): ChecklistProblem[] {
  const problems: ChecklistProblem[] = []
  const firstSeen = new Map<string, { line?: number }>()
  const needs = new Map<string, string[]>()
  raw.sections.forEach((section, sectionIndex) =>
    section.items.forEach((item, itemIndex) => {
      const path: Path = ['sections', sectionIndex, 'items', itemIndex]
      const position = at([...path, 'id'])
      const earlier = firstSeen.get(item.id)
      if (earlier) problems.push({ file, line: position.line, column: position.column, key: dotted([...path, 'id']), message: `duplicate id "${item.id}" (first used on line ${earlier.line})` })
      else firstSeen.set(item.id, position)
      needs.set(item.id, item.needs ?? [])
      const manualOnly = (['approvers', 'min-approvals', 'allow-author', 'paths'] as const).filter((key) => key in item)
      if (!item.manual && manualOnly.length > 0) {
        problems.push({ file, ...lineOf(at(path, manualOnly[0])), key: dotted([...path, manualOnly[0]]), message: `"${manualOnly[0]}" applies only to manual items` })
      }
      const commandOnly = (['expect', 'parser', 'env', 'timeout-minutes', 'working-directory'] as const).filter((key) => key in item)
      if (item.run === undefined && commandOnly.length > 0) {
        problems.push({ file, ...lineOf(at(path, commandOnly[0])), key: dotted([...path, commandOnly[0]]), message: `"${commandOnly[0]}" applies only to items with run` })
      }
    })
  )
  raw.sections.forEach((section, sectionIndex) =>
    section.items.forEach((item, itemIndex) => {
      ;(item.needs ?? []).forEach((need, needIndex) => {
        const path: Path = ['sections', sectionIndex, 'items', itemIndex, 'needs', needIndex]
        if (!firstSeen.has(need)) problems.push({ file, ...lineOf(at(path)), key: dotted(path), message: `needs "${need}", which is not an item id` })
        else if (need === item.id) problems.push({ file, ...lineOf(at(path)), key: dotted(path), message: `item "${item.id}" needs itself` })
      })
    })
  )
  const cycle = findCycle(needs)
  if (cycle) {
    const position = firstSeen.get(cycle[0])
    problems.push({ file, line: position?.line, message: `needs form a cycle: ${cycle.join(' → ')}` })
  }
  return problems
}

function lineOf(position: { line?: number; column?: number }) {
  return { line: position.line, column: position.column }
}

/** A cycle among `needs`, as the ids around it (first repeated at the end), if there is one. */
function findCycle(needs: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const walk = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id]
    state.set(id, 'visiting')
    stack.push(id)
    for (const next of needs.get(id) ?? []) {
      if (next === id || !needs.has(next)) continue
      const found = walk(next)
      if (found) return found
    }
    stack.pop()
    state.set(id, 'done')
    return undefined
  }
  for (const id of needs.keys()) {
    const found = walk(id)
    if (found) return found
  }
  return undefined
}

function toChecklist(raw: RawChecklist, file: string, lineOfItem: (section: number, item: number) => number | undefined): Checklist {
  const defaultTimeout = raw.defaults?.['timeout-minutes'] ?? DEFAULT_TIMEOUT_MINUTES
  const defaultDirectory = raw.defaults?.['working-directory'] ?? '.'
  const sections: Section[] = raw.sections.map((section, sectionIndex) => ({
    title: section.title,
    items: section.items.map((item, itemIndex): ChecklistItem => {
      const line = lineOfItem(sectionIndex, itemIndex)
      const base = {
        id: item.id,
        title: item.title,
        severity: item.severity ?? 'blocking',
        section: section.title,
        needs: item.needs ?? [],
        ...(line ? { source: { file, line } } : {})
      }
      if (item.run !== undefined) {
        return {
          ...base,
          kind: 'command',
          run: item.run,
          timeoutMs: Math.round((item['timeout-minutes'] ?? defaultTimeout) * 60_000),
          workingDirectory: item['working-directory'] ?? defaultDirectory,
          env: Object.fromEntries(Object.entries(item.env ?? {}).map(([name, value]) => [name, String(value)])),
          ...(item.parser ? { parser: item.parser } : {}),
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
  return { title: raw.title ?? 'Go/No-Go', path: file, format: 'yaml', sections }
}

function toExpectations(raw: Record<string, unknown>): Expectations {
  const expectations: Expectations = {}
  if (typeof raw['pass-rate'] === 'number') expectations.passRate = raw['pass-rate']
  if (typeof raw['max-failures'] === 'number') expectations.maxFailures = raw['max-failures']
  if (typeof raw['min-tests'] === 'number') expectations.minTests = raw['min-tests']
  if (typeof raw['max-warnings'] === 'number') expectations.maxWarnings = raw['max-warnings']
  if (typeof raw['max-vulnerabilities'] === 'number') expectations.maxVulnerabilities = raw['max-vulnerabilities']
  if (Array.isArray(raw['allowed-severities'])) expectations.allowedSeverities = raw['allowed-severities'] as Expectations['allowedSeverities']
  return expectations
}
