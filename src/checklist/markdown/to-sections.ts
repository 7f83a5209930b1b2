/**
 * Entries to checklist sections and items. An entry whose every command is on the allow-list (and
 * holds no placeholder) becomes one gate per command; anything else stays a manual item whose
 * note says why. A placeholder (`[SPECIFY]`, `TBD`) also makes a tick not count: the thing the
 * box promises was never written down.
 */
import { isAllowedCheck, type AllowDecision } from '../allow-list.js'
import { commandDefaults, DEFAULT_MARKDOWN_SECTION, manualDefaults } from '../defaults.js'
import { idMaker } from '../ids.js'
import type { ChecklistItem, CommandItem, FileItem, ManualItem, Section, SourceLocation } from '../types.js'
import type { Entry, FoundCommand, Heading } from './entry.js'
import { hasPlaceholder } from './inline-text.js'

interface MarkdownSections {
  sections: Section[]
  /** Rollback triggers ("Error rate > 1% for 5 minutes"): a reference, never items. */
  rollbackIf: string[]
}

export function toSections(entries: Entry[], file: string): MarkdownSections {
  const sections = new Map<string, ChecklistItem[]>()
  const rollbackIf: string[] = []
  const uniqueId = idMaker()
  const groupIds = new Map<string, string>()
  const uniqueGroup = idMaker()
  const sectionTitleOf = sectionTitles()
  for (const entry of entries) {
    if (entry.phase.trigger) {
      if (!rollbackIf.includes(entry.title)) rollbackIf.push(entry.title)
      continue
    }
    const sectionTitle = sectionTitleOf(entry)
    const items = sections.get(sectionTitle) ?? []
    sections.set(sectionTitle, items)
    const pickOne = entry.kind === 'box' && entry.groups.length === 0 ? pickOneHeading(entry.headings) : undefined
    // A box that requires several commands ("`cargo test` and `cargo clippy`, OR …") becomes one gate
    // per command; in a group, any one of them passing would stand in for the others. So they stay out
    // of it and each must pass: stricter than "(all of them) or the alternative", never looser.
    const severalRequired = entry.commands.length > 1 && !entry.commandsAreAlternatives
    const groupKey = entry.commandsAreAlternatives
      ? (entry.anyOf?.key ?? `commands-${entry.line}`)
      : severalRequired
        ? undefined
        : (entry.anyOf?.key ?? (pickOne ? `heading-${pickOne.line}` : undefined))
    if (groupKey !== undefined && !groupIds.has(groupKey))
      // A few words name the group; the report lists its members.
      groupIds.set(groupKey, uniqueGroup((entry.anyOf?.name ?? pickOne?.title ?? entry.title).split(/\s+/).slice(0, 3).join(' ')))
    const common = {
      title: entry.title,
      severity: entry.severity.severity,
      ...(entry.severity.from ? { severityFrom: entry.severity.from } : {}),
      section: sectionTitle,
      source: { file, line: entry.line } satisfies SourceLocation,
      ...(entry.phase.phase !== 'pre-deploy' ? { phase: entry.phase.phase, ...(entry.phase.from ? { phaseFrom: entry.phase.from } : {}) } : {}),
      ...(groupKey !== undefined ? { anyOf: groupIds.get(groupKey) } : {})
    }
    const placeholder = hasPlaceholder(entry.title) || hasPlaceholder(entry.written ?? '') || entry.commands.some((found) => hasPlaceholder(found.command))
    const decisions = entry.commands.map((found) => ({ found, decision: decide(found) }))
    const refused = decisions.filter((entry) => !entry.decision.allowed)
    if (decisions.length > 0 && refused.length === 0 && !placeholder) {
      decisions.forEach(({ found }, index) => {
        const item: CommandItem = {
          kind: 'command',
          id: uniqueId(entry.commands.length > 1 ? `${entry.title} ${index + 1}` : entry.title),
          ...common,
          ...commandDefaults(),
          ...(found.directory !== null && found.directory !== '.' ? { workingDirectory: found.directory } : {}),
          ...(entry.expect && isTestCommand(found.command) ? { expect: { ...entry.expect } } : {}),
          // The audit parser reads npm's JSON; the text report leaves out what it needs.
          run: /^npm audit\b/.test(found.command) && !/--json\b/.test(found.command) ? `${found.command} --json` : found.command
        }
        items.push(item)
      })
      continue
    }
    if (decisions.length === 0 && entry.files.length > 0 && !placeholder) {
      // The path decides, not the tick: a box that says the file exists is checked against the repository.
      entry.files.forEach((filePath, index) => {
        const item: FileItem = { kind: 'file', id: uniqueId(entry.files.length > 1 ? `${entry.title} ${index + 1}` : entry.title), ...common, path: filePath, needs: [] }
        items.push(item)
      })
      continue
    }
    const notes = [
      refused.length > 0 ? refused.map(({ found, decision }) => `\`${found.command}\` ${decision.allowed ? '' : decision.reason}; not run`).join('; ') : undefined,
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
  const alone = loneAlternatives(sections)
  const decided = (item: ChecklistItem): ChecklistItem => {
    if (item.anyOf === undefined || !alone.has(item.anyOf)) return item
    const { anyOf: _lone, ...rest } = item
    return rest as ChecklistItem
  }
  return { sections: [...sections.entries()].map(([sectionTitle, items]) => ({ title: sectionTitle, items: items.map(decided) })), rollbackIf }
}

/** Groups left with one member (its partner required several commands, or was a trigger): no alternative, so the item decides alone. */
function loneAlternatives(sections: ReadonlyMap<string, ChecklistItem[]>): Set<string> {
  const members = new Map<string, number>()
  for (const items of sections.values()) for (const item of items) if (item.anyOf !== undefined) members.set(item.anyOf, (members.get(item.anyOf) ?? 0) + 1)
  return new Set([...members].filter(([, count]) => count < 2).map(([group]) => group))
}

/**
 * "### Deployment Type", "Choose one:": the boxes right under it are options, one of which is
 * chosen. Only the nearest heading counts, and only for boxes directly under it. "Targets" lists
 * every platform to support ("Platform Targets": Linux and Windows), so only a single target picks one;
 * "one of" picks one only as "one of the following", never in passing ("one of our top priorities").
 */
const PICK_ONE =
  /\b(?:deploy(?:ment)?|install(?:ation)?|hosting|platform|environment|setup)\s+(?:(?:type|mode|option)s?|target)\b|\b(?:choose|pick|select)\s+one\b|\bone\s+of\s+(?:the\s+following|these)\b|\bone\s+of\s*:?\s*$/i
/** Each heading is read once, however many boxes sit under it. */
const pickOneReadings = new WeakMap<Heading, boolean>()
function pickOneHeading(headings: readonly Heading[]): Heading | undefined {
  const nearest = headings[headings.length - 1]
  if (!nearest) return undefined
  let pickOne = pickOneReadings.get(nearest)
  if (pickOne === undefined) pickOneReadings.set(nearest, (pickOne = PICK_ONE.test(nearest.title)))
  return pickOne ? nearest : undefined
}

/** Whether a found command may run: on the allow-list, and in a directory inside the repository. */
function decide(found: FoundCommand): AllowDecision {
  if (found.directory === null) return { allowed: false, reason: `runs after \`${found.cd ?? 'cd'}\`, which leaves the repository or cannot be told` }
  return isAllowedCheck(found.command)
}

/** An acceptance figure ("491/491 tests") is about tests; a lint or audit next to it is not held to it. */
function isTestCommand(command: string): boolean {
  return /\b(?:test|jest|vitest|mocha)\b/.test(command)
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
