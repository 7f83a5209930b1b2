/**
 * Entries to checklist sections and items. An entry whose every command is on the allow-list (and
 * holds no placeholder) becomes one gate per command; anything else stays a manual item whose
 * note says why. A placeholder (`[SPECIFY]`, `TBD`) also makes a tick not count: the thing the
 * box promises was never written down.
 */
import { isAllowedCheck } from '../allow-list.js'
import { commandDefaults, DEFAULT_MARKDOWN_SECTION, manualDefaults } from '../defaults.js'
import { MAX_ID_CHARS } from '../limits.js'
import type { ChecklistItem, CommandItem, ManualItem, Section, SourceLocation } from '../types.js'
import type { Entry, Heading } from './entry.js'
import { hasPlaceholder } from './inline-text.js'

export function toSections(entries: Entry[], file: string): Section[] {
  const sections = new Map<string, ChecklistItem[]>()
  const uniqueId = idMaker()
  const sectionTitleOf = sectionTitles()
  for (const entry of entries) {
    const sectionTitle = sectionTitleOf(entry)
    const items = sections.get(sectionTitle) ?? []
    sections.set(sectionTitle, items)
    const common = {
      title: entry.title,
      severity: entry.severity.severity,
      ...(entry.severity.from ? { severityFrom: entry.severity.from } : {}),
      section: sectionTitle,
      source: { file, line: entry.line } satisfies SourceLocation
    }
    const placeholder = hasPlaceholder(entry.title) || entry.commands.some(hasPlaceholder)
    const decisions = entry.commands.map((command) => ({ command, decision: isAllowedCheck(command) }))
    const refused = decisions.filter((entry) => !entry.decision.allowed)
    if (decisions.length > 0 && refused.length === 0 && !placeholder) {
      decisions.forEach(({ command }, index) => {
        const item: CommandItem = {
          kind: 'command',
          id: uniqueId(entry.commands.length > 1 ? `${entry.title} ${index + 1}` : entry.title),
          ...common,
          ...commandDefaults(),
          // The audit parser reads npm's JSON; the text report leaves out what it needs.
          run: /^npm audit\b/.test(command) && !/--json\b/.test(command) ? `${command} --json` : command
        }
        items.push(item)
      })
      continue
    }
    const notes = [
      refused.length > 0 ? refused.map(({ command, decision }) => `\`${command}\` ${decision.allowed ? '' : decision.reason}; not run`).join('; ') : undefined,
      placeholder ? `contains a placeholder to fill in${entry.signed ? '; its tick does not count until it is' : ''}` : undefined,
      entry.note
    ].filter((note): note is string => note !== undefined)
    const item: ManualItem = {
      kind: 'manual',
      id: uniqueId(entry.title),
      ...common,
      ...manualDefaults(),
      signedOff: entry.signed && !placeholder,
      ...(notes.length > 0 ? { note: notes.join('; ') } : {})
    }
    items.push(item)
  }
  return [...sections.entries()].map(([sectionTitle, items]) => ({ title: sectionTitle, items }))
}

/**
 * "Security › Fix js-yaml": headings, then parent boxes. Entries under the same headings and boxes
 * share those arrays, so each title is joined once, however long its headings and however many
 * items sit under them.
 */
function sectionTitles(): (entry: Entry) => string {
  const joined = new WeakMap<readonly Heading[], WeakMap<readonly string[], string>>()
  return ({ headings, groups }) => {
    const byGroups = joined.get(headings) ?? new WeakMap<readonly string[], string>()
    joined.set(headings, byGroups)
    let title = byGroups.get(groups)
    if (title === undefined) {
      title = [...headings.map((heading) => heading.title), ...groups].join(' › ') || DEFAULT_MARKDOWN_SECTION
      byGroups.set(groups, title)
    }
    return title
  }
}

/** Ids from titles, unique across the checklist: the second "Dashboards reviewed" is `dashboards-reviewed-2`. */
function idMaker(): (title: string) => string {
  const ids = new Set<string>()
  const nextSuffix = new Map<string, number>()
  return (title) => {
    const base = slug(title) || 'item'
    let id = base
    // Remembering the last suffix per base keeps thousands of same-titled items linear.
    let suffix = nextSuffix.get(base) ?? 2
    while (ids.has(id)) id = `${base}-${suffix++}`
    nextSuffix.set(base, suffix)
    ids.add(id)
    return id
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_CHARS)
    .replace(/-+$/, '')
}
