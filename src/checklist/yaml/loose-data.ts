/**
 * Reading parsed YAML that may not have passed the schema: the schema messages and the semantic
 * checks both run on such data, so that every problem is reported in one go.
 */
import type { Path } from './problems.js'

export type Loose = Record<string, unknown>

export function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Items of a checklist that may not have passed the schema: only the parts shaped like items. */
export function looseItems(data: unknown): Array<{ item: Loose; path: Path }> {
  if (!isRecord(data) || !Array.isArray(data.sections)) return []
  return data.sections.flatMap((section, sectionIndex) =>
    isRecord(section) && Array.isArray(section.items)
      ? section.items.flatMap((item, itemIndex) => (isRecord(item) ? [{ item, path: ['sections', sectionIndex, 'items', itemIndex] as Path }] : []))
      : []
  )
}

/** The value at `parts`, or undefined when the data has no such place. */
export function valueAt(data: unknown, parts: Path): unknown {
  let value = data
  for (const part of parts) value = (value as Record<string | number, unknown> | undefined)?.[part]
  return value
}
