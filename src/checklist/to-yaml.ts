/** A checklist as go-no-go YAML (format v1): what `go-no-go import CHECKLIST.md` prints. */
import { Document, isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml'
import { DEFAULT_SEVERITY, DEFAULT_WORKING_DIRECTORY } from './defaults.js'
import { idMaker, slug } from './ids.js'
import { allItems, isBeforeDeploy, PHASES, phaseOf, type Checklist, type ChecklistItem, type Expectations, type ItemSeverity, type Phase } from './types.js'

/**
 * Writes the checklist in the YAML v1 format, as a file a team would keep: sections grouped by
 * phase (`phase:` on the section, so the items after GO read as such), each gate once (the same
 * command in the same directory with the same expectation is one check), one line per item (a
 * short list of plain titles on one line), an `id` only where the reader would not derive it, a
 * section's most common severity written once on it, sign-offs with an `approvers: []` to fill
 * in, ticked boxes as `signed-off: true`, and rollback triggers as `rollback-if`. Section titles
 * keep their last part, or two where one is not unique. One header comment names the source;
 * nothing else is commented, so the file stays short.
 */
export function checklistToYaml(checklist: Checklist): string {
  const seenGates = new Set<string>()
  const planned: Array<{ title: string; phase: Phase; severity: ItemSeverity; items: ChecklistItem[] }> = []
  // Only the sections written as such compete for a short title; one whose items all come after GO is not written.
  const shortTitle = shortTitles(checklist.sections.filter((section) => section.items.some((item) => isBeforeDeploy(item))).map((section) => section.title))
  for (const phase of PHASES) {
    // After GO nothing decides: one section per phase keeps that reference list short.
    const later: ChecklistItem[] = []
    for (const section of checklist.sections) {
      const inPhase = section.items.filter((candidate) => phaseOf(candidate) === phase)
      // Written once on the section when every item shares it ("Apple Silicon Optimization (optional)"),
      // so that an item added later gets what the section's heading said.
      const shared = phase === 'pre-deploy' && inPhase.length > 1 && inPhase.every((item) => item.severity === inPhase[0].severity) ? inPhase[0].severity : DEFAULT_SEVERITY
      const kept = inPhase.filter((item) => {
        if (item.kind !== 'command') return true
        const key = JSON.stringify([item.run, item.workingDirectory, item.expect, item.anyOf ?? null])
        // The same check in the same place is one gate; a repeat would only be a second line to read.
        if (seenGates.has(key)) return false
        seenGates.add(key)
        return true
      })
      if (phase !== 'pre-deploy') later.push(...kept)
      else if (kept.length > 0) planned.push({ title: shortTitle(section.title), phase, severity: shared, items: kept })
    }
    if (later.length > 0) planned.push({ title: LATER_SECTION[phase], phase, severity: DEFAULT_SEVERITY, items: later })
  }
  const needsId = itemsNeedingIds(planned.flatMap((section) => section.items))
  const sections = planned.map((section) => {
    // A pick-one list ("Deployment type") names its group once.
    const group = section.items.length > 1 && section.items.every((item) => item.anyOf === section.items[0].anyOf) ? section.items[0].anyOf : undefined
    return {
      title: section.title,
      ...(section.phase !== 'pre-deploy' ? { phase: section.phase } : {}),
      ...(section.severity !== DEFAULT_SEVERITY ? { severity: section.severity } : {}),
      ...(group ? { 'any-of': group } : {}),
      items: section.items.map((item) => toRawItem(item, { phase: section.phase, severity: section.severity, anyOf: group }, !needsId.has(item)))
    }
  })
  const document = new Document(
    {
      version: 1,
      title: checklist.title,
      ...(checklist.rollbackIf && checklist.rollbackIf.length > 0 ? { 'rollback-if': checklist.rollbackIf } : {}),
      sections
    },
    { aliasDuplicateObjects: false }
  )
  // One line per item keeps a checklist of hundreds of boxes readable; a short list of plain titles fits on the line of its key.
  const sectionNodes = document.get('sections') as YAMLSeq | undefined
  for (const sectionNode of sectionNodes?.items ?? []) {
    const items = (sectionNode as YAMLMap).get('items')
    if (!isSeq(items)) continue
    if (fitsOnOneLine(items)) items.flow = true
    else for (const node of items.items) if (isMap(node)) node.flow = true
  }
  const ticks = allItems(checklist).some((item) => item.kind === 'manual' && item.signedOff) ? ' signed-off: true is a ticked box, judged like one.' : ''
  const header = `# go-no-go import of ${withoutLineBreaks(checklist.path)}. Sign off plain lines on the pull request; approvers: [] says who may.${ticks}\n`
  // Spaced braces, unspaced brackets: as prettier writes them, so a team's formatter leaves the file alone.
  return header + document.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/^( +items: )\[ (.*) \]$/gm, '$1[$2]')
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

/** Passes over the items to find which ids to write; a real checklist settles in two or three. */
const MAX_ID_PASSES = 20

/**
 * The items whose id the YAML reader would not give back from their title (src/checklist/yaml/derived-ids.ts:
 * explicit ids first, then titles in file order, a repeat getting `-2`, `-3`). Where the file order
 * puts a repeated title before its first use ("No errors in logs" before deploying and again after
 * GO), one of the two needs its id written; the one after GO is preferred, so that the items that
 * decide stay plain lines.
 */
function itemsNeedingIds(order: readonly ChecklistItem[]): Set<ChecklistItem> {
  const settle = (start: Iterable<ChecklistItem>): Set<ChecklistItem> => {
    const explicit = new Set(start)
    for (let changed = true, passes = 0; changed; passes++) {
      // Each pass only adds ids; should a hostile file need many, writing every id is always right.
      if (passes === MAX_ID_PASSES) return new Set(order)
      changed = false
      const derive = idMaker([...explicit].map((item) => item.id))
      for (const item of order) {
        if (explicit.has(item)) continue
        // The reader derives nothing from a blank title; such an item keeps its id.
        if (!/\S/.test(item.title) || derive(item.title) !== item.id) {
          explicit.add(item)
          changed = true
        }
      }
    }
    return explicit
  }
  const plain = settle([])
  const beforeDeploy = new Set(order.filter((item) => isBeforeDeploy(item)).map((item) => slug(item.title)))
  const laterFirst = settle(order.filter((item) => !isBeforeDeploy(item) && beforeDeploy.has(slug(item.title))))
  const deciding = (ids: Set<ChecklistItem>) => [...ids].filter((item) => isBeforeDeploy(item)).length
  return deciding(laterFirst) < deciding(plain) || (deciding(laterFirst) === deciding(plain) && laterFirst.size < plain.size) ? laterFirst : plain
}

/** Longest `items: [a, b, c]` line written, indentation included: past it a list reads better one item per line. */
const MAX_INLINE_LIST_CHARS = 120
/** Where `items:` of a section starts. */
const ITEMS_KEY_INDENT = 4

/** A list of plain titles (no key of their own to read) short enough to read at a glance on one line. */
function fitsOnOneLine(items: YAMLSeq): boolean {
  if (items.items.length < 2 || !items.items.every((node) => isScalar(node) && typeof node.value === 'string')) return false
  const inline = new Document(items.toJSON()).toString({ collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: false }).trimEnd()
  return ITEMS_KEY_INDENT + 'items: '.length + inline.length <= MAX_INLINE_LIST_CHARS && !inline.includes('\n')
}

const LATER_SECTION: Record<Phase, string> = { 'pre-deploy': 'Before deploying', deploy: 'During deployment', 'post-deploy': 'After deployment' }

/** What an item of a section inherits, so that it is not written again on the item. */
interface SectionDefaults {
  phase: Phase
  severity: ItemSeverity
  anyOf: string | undefined
}

function toRawItem(item: ChecklistItem, section: SectionDefaults, idFromTitle: boolean): RawItem {
  // After GO severity decides nothing; before it, only what differs from the section is written.
  const ownSeverity = section.phase === 'pre-deploy' && item.severity !== section.severity
  const ownGroup = item.anyOf !== section.anyOf
  // The shorthand for the most common item: a box a person signs off, its id from its title.
  if (item.kind === 'manual' && idFromTitle && !ownSeverity && !ownGroup && !isSignOff(item) && !item.signedOff && /\S/.test(item.title)) return item.title
  const common = {
    ...(idFromTitle ? {} : { id: item.id }),
    title: item.title,
    ...(ownSeverity ? { severity: item.severity } : {}),
    ...(phaseOf(item) !== section.phase ? { phase: phaseOf(item) } : {}),
    ...(ownGroup && item.anyOf ? { 'any-of': item.anyOf } : {})
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
      // A ticked box stays signed: on one line, blamed and judged as the box was (see the schema's `signed-off`).
      return { ...common, manual: true, ...(isSignOff(item) ? { approvers: [] } : {}), ...(item.signedOff ? { 'signed-off': true } : {}) }
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
