/**
 * A YAML checklist that passed every check, as the typed Checklist the rest of go-no-go runs:
 * kebab-case keys become fields, defaults are filled in, and titles become one line.
 */
import { commandDefaults, DEFAULT_SEVERITY, DEFAULT_YAML_TITLE, manualDefaults, timeoutMsOf } from '../defaults.js'
import type { Checklist, ChecklistItem, Expectations, ItemSeverity, ParserName, Phase, Section } from '../types.js'

/** An item as the schema allows it. */
interface RawItem {
  id: string
  title: string
  run?: string
  file?: string
  manual?: true
  severity?: ItemSeverity
  phase?: Phase
  'any-of'?: string
  'timeout-minutes'?: number
  'working-directory'?: string
  env?: Record<string, string | number | boolean>
  needs?: string[]
  parser?: ParserName
  junit?: string
  expect?: Record<string, unknown>
  approvers?: string[]
  'min-approvals'?: number
  'allow-author'?: boolean
  paths?: string[]
  'signed-off'?: boolean
}

/** A checklist as the schema allows it. */
export interface RawChecklist {
  version: 1
  title?: string
  defaults?: { 'timeout-minutes'?: number; 'working-directory'?: string }
  sections: Array<{ title: string; phase?: Phase; severity?: ItemSeverity; 'any-of'?: string; items: RawItem[] }>
  'rollback-if'?: string[]
}

/** Titles are one line in every report: folded or padded YAML text is collapsed to single spaces. */
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The checklist of a valid file. `lineOfItem` gives each item's line for its source location, or
 * the line of one of its keys: a signed-off item's location is its `signed-off` line, the line git
 * blame attributes (src/signoff/checklist-ticks.ts), as a ticked Markdown box's is the box's.
 */
export function toChecklist(raw: RawChecklist, file: string, lineOfItem: (section: number, item: number, key?: string) => number | undefined): Checklist {
  const fallback = commandDefaults()
  const defaultTimeoutMs = raw.defaults?.['timeout-minutes'] === undefined ? fallback.timeoutMs : timeoutMsOf(raw.defaults['timeout-minutes'])
  const defaultDirectory = raw.defaults?.['working-directory'] ?? fallback.workingDirectory
  const sections: Section[] = raw.sections.map((section, sectionIndex) => ({
    title: collapseWhitespace(section.title),
    items: section.items.map((item, itemIndex): ChecklistItem => {
      const signedOff = item.manual === true && item['signed-off'] === true
      const line = lineOfItem(sectionIndex, itemIndex, signedOff ? 'signed-off' : undefined)
      const phase = item.phase ?? section.phase
      const base = {
        id: item.id,
        title: collapseWhitespace(item.title),
        severity: item.severity ?? section.severity ?? DEFAULT_SEVERITY,
        section: collapseWhitespace(section.title),
        needs: item.needs ?? [],
        ...(line ? { source: { file, line } } : {}),
        ...(phase && phase !== 'pre-deploy'
          ? { phase, phaseFrom: item.phase ? `"phase: ${phase}" on the item` : `"phase: ${phase}" on the section ${JSON.stringify(collapseWhitespace(section.title))}` }
          : {}),
        ...(item['any-of'] || section['any-of'] ? { anyOf: item['any-of'] ?? section['any-of'] } : {})
      }
      if (item.run !== undefined) {
        return {
          ...base,
          kind: 'command',
          run: item.run,
          timeoutMs: item['timeout-minutes'] === undefined ? defaultTimeoutMs : timeoutMsOf(item['timeout-minutes']),
          workingDirectory: item['working-directory'] ?? defaultDirectory,
          env: Object.fromEntries(Object.entries(item.env ?? {}).map(([name, value]) => [name, String(value)])),
          ...(item.parser ? { parser: item.parser } : {}),
          ...(item.junit !== undefined ? { junit: item.junit } : {}),
          expect: toExpectations(item.expect ?? {})
        }
      }
      if (item.file !== undefined) return { ...base, kind: 'file', path: item.file }
      const manual = manualDefaults()
      return {
        ...manual,
        ...base,
        kind: 'manual',
        signedOff,
        approvers: item.approvers ?? manual.approvers,
        minApprovals: item['min-approvals'] ?? manual.minApprovals,
        allowAuthor: item['allow-author'] ?? manual.allowAuthor,
        paths: item.paths ?? manual.paths
      }
    })
  }))
  const rollbackIf = (raw['rollback-if'] ?? []).map(collapseWhitespace)
  return {
    title: raw.title === undefined ? DEFAULT_YAML_TITLE : collapseWhitespace(raw.title),
    path: file,
    format: 'yaml',
    sections,
    ...(rollbackIf.length > 0 ? { rollbackIf } : {})
  }
}

function toExpectations(raw: Record<string, unknown>): Expectations {
  const expectations: Expectations = {}
  if (typeof raw['pass-rate'] === 'number') expectations.passRate = raw['pass-rate']
  if (typeof raw['max-failures'] === 'number') expectations.maxFailures = raw['max-failures']
  if (typeof raw['min-tests'] === 'number') expectations.minTests = raw['min-tests']
  if (typeof raw['max-warnings'] === 'number') expectations.maxWarnings = raw['max-warnings']
  if (typeof raw['max-errors'] === 'number') expectations.maxErrors = raw['max-errors']
  if (typeof raw['max-vulnerabilities'] === 'number') expectations.maxVulnerabilities = raw['max-vulnerabilities']
  if (Array.isArray(raw['allowed-severities'])) expectations.allowedSeverities = raw['allowed-severities'] as Expectations['allowedSeverities']
  return expectations
}
