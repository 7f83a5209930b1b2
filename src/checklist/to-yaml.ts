/** A checklist as go-no-go YAML (format v1): what `go-no-go import CHECKLIST.md` prints. */
import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml'
import type { Checklist, ChecklistItem } from './types.js'

/**
 * Writes the checklist in the YAML v1 format: allowed commands as `run:`, everything else as
 * `manual: true`, with ids, sections and severities kept. Why an item stayed manual, and where it
 * came from, is written as a comment above it, so the reviewer of the import sees it.
 */
export function checklistToYaml(checklist: Checklist): string {
  const document = new Document(
    {
      version: 1,
      title: checklist.title,
      sections: checklist.sections.map((section) => ({ title: section.title, items: section.items.map(toRawItem) }))
    },
    { aliasDuplicateObjects: false }
  )
  const sections = document.get('sections') as YAMLSeq
  checklist.sections.forEach((section, sectionIndex) => {
    const items = (sections.items[sectionIndex] as YAMLMap).get('items')
    if (!isSeq(items)) return
    section.items.forEach((item, itemIndex) => {
      const node = items.items[itemIndex]
      const comment = itemComment(item)
      if (isMap(node) && comment) node.commentBefore = comment
    })
  })
  const header = [
    `# Imported by go-no-go from ${withoutLineBreaks(checklist.path)}.`,
    '# Commands on the allow-list of read-only checks became `run:` gates; everything else is `manual: true`.',
    '# Ticked boxes are not carried over: sign-offs happen on the pull request.',
    ''
  ].join('\n')
  return header + document.toString({ lineWidth: 0 })
}

function toRawItem(item: ChecklistItem): Record<string, unknown> {
  const common = { id: item.id, title: item.title, ...(item.severity !== 'blocking' ? { severity: item.severity } : {}) }
  switch (item.kind) {
    case 'command':
      return { ...common, run: item.run }
    case 'file':
      return { ...common, file: item.path }
    case 'manual':
      return { ...common, manual: true }
  }
}

function itemComment(item: ChecklistItem): string | undefined {
  const parts = [
    item.source ? `line ${item.source.line}` : undefined,
    item.severityFrom ? `${item.severity}: ${item.severityFrom}` : undefined,
    item.kind === 'manual' && item.signedOff ? 'ticked in the Markdown' : undefined,
    item.kind === 'manual' && item.note ? item.note : undefined
  ].filter((part): part is string => part !== undefined)
  // The yaml library prefixes each comment line with "#"; a space keeps it readable.
  return parts.length > 0 ? ` ${withoutLineBreaks(parts.join('; '))}` : undefined
}

/** Comments end at a line break, so one in a title or note must not start YAML of its own. */
function withoutLineBreaks(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ')
}
