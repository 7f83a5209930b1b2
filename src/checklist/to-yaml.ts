/** A checklist as go-no-go YAML (format v1): what `go-no-go import CHECKLIST.md` prints. */
import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml'
import { DEFAULT_SEVERITY, DEFAULT_WORKING_DIRECTORY } from './defaults.js'
import { slug } from './ids.js'
import { phaseOf, type Checklist, type ChecklistItem, type Expectations, type ItemSeverity, type Phase } from './types.js'

/**
 * Writes the checklist in the YAML v1 format, as a file a team would keep: sections grouped by
 * phase (`phase:` on the section, so the items after GO read as such), each gate once (the same
 * command in the same directory with the same expectation is one check), one line per item, an
 * `id` only where the title does not give it, sign-offs with an `approvers: []` to fill in, and
 * rollback triggers as `rollback-if`. Section titles keep their last part, or two where one is not unique. One header comment names the source; nothing else is commented, so the file stays short.
 */
export function checklistToYaml(checklist: Checklist): string {
  const seenGates = new Set<string>()
  const written = checklist.sections.flatMap((section) => section.items)
  // An id is left out only where the parser gives it back: its title's slug, which no other item has.
  const idCount = new Map<string, number>()
  for (const item of written) idCount.set(item.id, (idCount.get(item.id) ?? 0) + 1)
  const derivable = (item: ChecklistItem) => slug(item.title) === item.id && idCount.get(item.id) === 1
  const sections: Array<{ title: string; phase?: Phase; severity?: ItemSeverity; items: RawItem[] }> = []
  const shortTitle = shortTitles(checklist.sections.map((section) => section.title))
  for (const phase of ['pre-deploy', 'deploy', 'post-deploy'] as const) {
    // After GO nothing decides: one section per phase keeps that reference list short.
    const later: RawItem[] = []
    for (const section of checklist.sections) {
      const raw: RawItem[] = []
      const inPhase = section.items.filter((candidate) => phaseOf(candidate) === phase)
      // Written once on the section when every item shares it ("Apple Silicon Optimization (optional)").
      const shared = phase === 'pre-deploy' && inPhase.length > 1 && inPhase.every((item) => item.severity === inPhase[0].severity) ? inPhase[0].severity : DEFAULT_SEVERITY
      for (const item of inPhase) {
        if (item.kind === 'command') {
          const key = JSON.stringify([item.run, item.workingDirectory, item.expect, item.anyOf ?? null])
          // The same check in the same place is one gate; a repeat would only be a second line to read.
          if (seenGates.has(key)) continue
          seenGates.add(key)
        }
        raw.push(toRawItem(item, phase, shared, derivable(item)))
      }
      if (phase !== 'pre-deploy') later.push(...raw)
      else if (raw.length > 0) sections.push({ title: shortTitle(section.title), ...(shared !== DEFAULT_SEVERITY ? { severity: shared } : {}), items: raw })
    }
    if (later.length > 0) sections.push({ title: LATER_SECTION[phase], phase, items: later })
  }
  const document = new Document(
    {
      version: 1,
      title: checklist.title,
      ...(checklist.rollbackIf && checklist.rollbackIf.length > 0 ? { 'rollback-if': checklist.rollbackIf } : {}),
      sections
    },
    { aliasDuplicateObjects: false }
  )
  // One line per item keeps a checklist of hundreds of boxes readable.
  const sectionNodes = document.get('sections') as YAMLSeq | undefined
  for (const sectionNode of sectionNodes?.items ?? []) {
    const items = (sectionNode as YAMLMap).get('items')
    if (isSeq(items)) for (const node of items.items) if (isMap(node)) node.flow = true
  }
  const header = [`# Imported by go-no-go from ${withoutLineBreaks(checklist.path)}. Plain lines are signed off on the pull request; approvers: [] names who may.`, ''].join('\n')
  return header + document.toString({ lineWidth: 0, flowCollectionPadding: true })
}

/**
 * Section titles without the headings every section repeats: "Security › Container Security" →
 * "Container Security" when no other section ends the same way, else its last two parts.
 */
function shortTitles(titles: string[]): (title: string) => string {
  const last = (title: string) => title.split(' › ').slice(-1)[0]
  const count = new Map<string, number>()
  for (const title of new Set(titles)) count.set(last(title), (count.get(last(title)) ?? 0) + 1)
  return (title) => (count.get(last(title)) === 1 ? last(title) : title.split(' › ').slice(-2).join(' › '))
}

type RawItem = string | Record<string, unknown>

const LATER_SECTION: Record<Phase, string> = { 'pre-deploy': 'Before deploying', deploy: 'During deployment', 'post-deploy': 'After deployment' }

function toRawItem(item: ChecklistItem, sectionPhase: Phase, sectionSeverity: ItemSeverity, idFromTitle: boolean): RawItem {
  // The shorthand for the most common item: a box a person signs off, its id from its title.
  if (item.kind === 'manual' && idFromTitle && (sectionPhase !== 'pre-deploy' || item.severity === sectionSeverity) && !item.anyOf && !isSignOff(item) && /\S/.test(item.title))
    return item.title
  const common = {
    ...(idFromTitle ? {} : { id: item.id }),
    title: item.title,
    // After GO severity decides nothing; before it, only what differs from the section is written.
    ...(sectionPhase === 'pre-deploy' && item.severity !== sectionSeverity ? { severity: item.severity } : {}),
    ...(phaseOf(item) !== sectionPhase ? { phase: phaseOf(item) } : {}),
    ...(item.anyOf ? { 'any-of': item.anyOf } : {})
  }
  switch (item.kind) {
    case 'command':
      return {
        ...common,
        run: item.run,
        ...(item.workingDirectory !== DEFAULT_WORKING_DIRECTORY ? { 'working-directory': item.workingDirectory } : {}),
        ...(Object.keys(item.expect).length > 0 ? { expect: rawExpect(item.expect) } : {})
      }
    case 'file':
      return { ...common, file: item.path }
    case 'manual':
      return { ...common, manual: true, ...(isSignOff(item) ? { approvers: [] } : {}) }
  }
}

/** A signature line or sign-off table row: the one place a team names who approves. */
function isSignOff(item: ChecklistItem): boolean {
  return item.kind === 'manual' && /^Sign-off: /.test(item.title)
}

function rawExpect(expect: Expectations): Record<string, unknown> {
  return {
    ...(expect.passRate !== undefined ? { 'pass-rate': expect.passRate } : {}),
    ...(expect.maxFailures !== undefined ? { 'max-failures': expect.maxFailures } : {}),
    ...(expect.minTests !== undefined ? { 'min-tests': expect.minTests } : {}),
    ...(expect.maxWarnings !== undefined ? { 'max-warnings': expect.maxWarnings } : {}),
    ...(expect.maxVulnerabilities !== undefined ? { 'max-vulnerabilities': expect.maxVulnerabilities } : {}),
    ...(expect.allowedSeverities !== undefined ? { 'allowed-severities': expect.allowedSeverities } : {})
  }
}

/** Comments end at a line break, so one in a title or file name must not start YAML of its own. */
function withoutLineBreaks(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ')
}
