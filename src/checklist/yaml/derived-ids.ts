/**
 * A string item is a manual item with that title (`- Runbook reviewed`), and an item without `id` gets the id of its title (src/checklist/ids.ts), the way a Markdown box
 * does, so `go-no-go import` can leave ids out where they follow from the title. Explicit ids are
 * taken first and never moved; a derived id never takes one of them.
 */
import { idMaker } from '../ids.js'
import { isRecord, looseItems } from './loose-data.js'

/** Writes out the shorthand in place: a string item becomes a manual item, and an item without `id` gets its title's, in document order. */
export function fillDerivedIds(data: unknown): void {
  if (isRecord(data) && Array.isArray(data.sections)) {
    for (const section of data.sections) {
      if (!isRecord(section) || !Array.isArray(section.items)) continue
      // A blank string stays as it is, for the schema to report.
      section.items = section.items.map((item: unknown) => (typeof item === 'string' && /\S/.test(item) ? { title: item, manual: true } : item))
    }
  }
  const items = looseItems(data)
  const nextId = idMaker(items.flatMap(({ item }) => (typeof item.id === 'string' ? [item.id] : [])))
  for (const { item } of items) {
    // A missing or blank title is the schema's to report; it has no id to give.
    if (item.id === undefined && typeof item.title === 'string' && /\S/.test(item.title)) item.id = nextId(item.title)
  }
}
