/** A checklist as go-no-go YAML (format v1): what `go-no-go import CHECKLIST.md` prints. */
import { stringify } from 'yaml'
import type { Checklist, ChecklistItem } from './types.js'

export function checklistToYaml(checklist: Checklist): string {
  const document = {
    version: 1,
    title: checklist.title,
    sections: checklist.sections.map((section) => ({ title: section.title, items: section.items.map(toRawItem) }))
  }
  const header = [
    `# Imported by go-no-go from ${checklist.path}.`,
    '# Commands on the allow-list of read-only checks became `run:` gates; everything else is `manual: true`.',
    '# Ticked boxes are not carried over: sign-offs happen on the pull request.',
    ''
  ].join('\n')
  return header + stringify(document, { lineWidth: 0 })
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
