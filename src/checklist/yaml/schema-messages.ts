/**
 * JSON Schema errors as messages a person can act on: each names the key, says what was expected
 * and what was found (by kind, never by quoting the value), and suggests the key a typo meant.
 */
import type { ErrorObject } from 'ajv'
import { MAX_SCHEMA_ERRORS, MAX_TYPO_EDITS, MAX_TYPO_WORD_CHARS } from '../limits.js'
import { ID_PATTERN } from '../schema.js'
import type { ChecklistProblem } from '../types.js'
import { isRecord, valueAt } from './loose-data.js'
import { dotted, quoteKey, type Locate, type Path } from './problems.js'
// Compiled from schema.ts at build time (scripts/write-validator.mjs): no schema compiler at run time.
import { item, whole } from './schema-validator.generated.js'

const ID = new RegExp(ID_PATTERN)

/**
 * Errors of the whole file, checked as its frame (items left out) and then item by item, so that
 * checking stops once there is plenty to report (`incomplete` then says so).
 */
export function schemaErrors(data: unknown): { errors: ErrorObject[]; incomplete: boolean } {
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

/** One problem per schema error that means something to a person, located at its key. */
export function schemaProblems(errors: ErrorObject[], data: unknown, file: string, at: Locate): ChecklistProblem[] {
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
        message = `unknown key ${quoteKey(property)}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}${suggestion ? `; did you mean "${suggestion}"?` : ''}`
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
        const found = valueAt(data, instance)
        // A blank plain line stays a string (the shorthand only takes text): it has no keys to look at.
        const item = typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : undefined
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
          message = `${quoteKey(error.propertyName)} is not a usable environment variable name (letters, digits and _, not starting with a digit)`
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

/** Ajv's `/sections/0/items/1` as a path; JSON Pointer escapes undone. */
function toPath(instancePath: string): Path {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

function propertiesAt(schema: unknown): Record<string, unknown> {
  return (schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}
}

/** The allowed key a typo most likely meant (a few edits away), if any. */
function closest(word: string, candidates: string[]): string | undefined {
  if (word.length > MAX_TYPO_WORD_CHARS) return undefined
  let best: { name: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate)
    if (distance <= Math.min(MAX_TYPO_EDITS, Math.floor(candidate.length / 2)) && (!best || distance < best.distance)) best = { name: candidate, distance }
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
