/**
 * What a report says, in the order a person needs it, before any surface decides how it looks:
 * the verdict, what blocks it, what is only a warning, a roll-up per section, and what passed.
 * Every item is placed exactly once. Pure: a run report in, plain data out.
 */
import { allItems, isBeforeDeploy, type ChecklistItem, type ItemSeverity } from '../checklist/types.js'
import type { GateResult, GateStatus } from '../gates/types.js'
import type { AuditEntry } from '../signoff/apply.js'
import { waivedByAlternatives, type Decision, type RunProblem, type StatusCounts } from '../verdict.js'
import { EVIDENCE_ORDER, passEvidence, type PassEvidence } from './format.js'
import type { RunReport } from './model.js'

export interface ItemView {
  item: ChecklistItem
  result: GateResult
}

export interface PassedView extends ItemView {
  evidence: PassEvidence
}

/** Sign-offs still missing in one section ("Security: 0 of 4 signed"). */
export interface SignoffGroup {
  section: string
  pending: ItemView[]
  /** Manual items of this section and severity that passed, however they were signed. */
  signed: number
  total: number
}

/** What stops a GO (blocking) or makes it conditional (warnings), each shown once. */
export interface Concern {
  /** Items that failed, could not be checked, or did not finish: failures first, then errors, then unfinished. */
  gates: ItemView[]
  /** Pending sign-offs, grouped by section in checklist order. */
  signoffs: SignoffGroup[]
  /** Reasons for the verdict that belong to no item (an empty checklist proves nothing). */
  general: string[]
}

interface SectionRollup {
  title: string
  passed: number
  /** Failed, errored and unfinished items together: none of them passed. */
  failed: number
  pending: number
  /** How the passes were known. */
  passedBy: Record<PassEvidence, number>
}

interface PassedSection {
  title: string
  items: PassedView[]
}

export interface ReportOutline {
  title: string
  decision: Decision
  cancelled: boolean
  counts: StatusCounts
  /** Problems with the run as a whole: they come before everything else that blocks. */
  runProblems: RunProblem[]
  blocking: Concern
  warnings: Concern
  /**
   * Info items that did not pass, and items an alternative stood in for: they never change the
   * decision, but they are not hidden.
   */
  informational: ItemView[]
  sections: SectionRollup[]
  passed: PassedSection[]
  passedBy: Record<PassEvidence, number>
  /** Deployment and post-deployment steps, in checklist order: listed after the decision, never blocking. */
  afterGo: ItemView[]
  /** Conditions to roll back on, shown once with the steps after GO. */
  rollbackIf: string[]
  signoffTrail: AuditEntry[]
}

const PROBLEM_ORDER: Record<GateStatus, number> = { fail: 0, error: 1, cancelled: 2, pending: 3, pass: 4 }

/** Places every item of the report once, most important first. */
export function outlineReport(report: RunReport): ReportOutline {
  const { verdict, checklist } = report
  const everyItem = allItems(checklist)
  const resultOf = (item: ChecklistItem): GateResult => report.results.get(item.id) ?? missingResult(item)
  // Only what decides is placed among blockers, warnings, the roll-up and passes; steps after GO,
  // and items an alternative stood in for, are listed on their own.
  const beforeDeploy = everyItem.filter(isBeforeDeploy)
  const waived = waivedByAlternatives(beforeDeploy, report.results)
  const decides = (item: ChecklistItem) => isBeforeDeploy(item) && !waived.has(item.id)
  const items = beforeDeploy.filter(decides)
  const views = items.map((item) => ({ item, result: resultOf(item) }))
  const standIns = beforeDeploy
    .filter((item) => waived.has(item.id))
    .map((item) => ({ item, result: { ...resultOf(item), reason: `not needed: its alternative \`${waived.get(item.id)}\` passed` } }))

  const concern = (severity: ItemSeverity): Concern => {
    const mine = views.filter((view) => view.item.severity === severity && view.result.status !== 'pass')
    const gates = mine.filter((view) => view.result.status !== 'pending').sort((a, b) => PROBLEM_ORDER[a.result.status] - PROBLEM_ORDER[b.result.status])
    return { gates, signoffs: signoffGroups(views, severity), general: [] }
  }
  const blocking = concern('blocking')
  const warnings = concern('warning')

  const general = generalReasons(report, views)
  if (verdict.decision === 'no-go') blocking.general.push(...general)
  else warnings.general.push(...general)
  // Fail closed in the presentation too: a verdict that is not GO always shows why, even if no item explains it.
  const target = verdict.decision === 'no-go' ? blocking : verdict.decision === 'conditional-go' ? warnings : undefined
  if (target && isEmpty(target) && verdict.runProblems.length === 0) target.general.push(...verdict.reasons)

  const passedOf = (sectionItems: ChecklistItem[]) =>
    sectionItems.flatMap((item): PassedView[] => {
      const result = resultOf(item)
      const evidence = passEvidence(item, result)
      return evidence ? [{ item, result, evidence }] : []
    })
  const decidingIn = (sectionItems: ChecklistItem[]) => sectionItems.filter(decides)
  const passed = checklist.sections.map((section) => ({ title: section.title, items: passedOf(decidingIn(section.items)) })).filter((section) => section.items.length > 0)

  return {
    title: checklist.title,
    decision: verdict.decision,
    cancelled: report.cancelled,
    counts: verdict.counts,
    runProblems: verdict.runProblems,
    blocking,
    warnings,
    informational: [...views.filter((view) => view.item.severity === 'info' && view.result.status !== 'pass'), ...standIns],
    sections: checklist.sections.filter((section) => decidingIn(section.items).length > 0).map((section) => rollup(section.title, decidingIn(section.items), resultOf)),
    passed,
    passedBy: tally(passed.flatMap((section) => section.items.map((view) => view.evidence))),
    afterGo: everyItem.filter((item) => !isBeforeDeploy(item)).map((item) => ({ item, result: resultOf(item) })),
    rollbackIf: checklist.rollbackIf ?? [],
    signoffTrail: report.signoffs ?? []
  }
}

function isEmpty(concern: Concern): boolean {
  return concern.gates.length === 0 && concern.signoffs.length === 0 && concern.general.length === 0
}

/** Pending manual items of one severity, by section; the counts include those already signed. */
function signoffGroups(views: ItemView[], severity: ItemSeverity): SignoffGroup[] {
  const groups = new Map<string, SignoffGroup>()
  for (const view of views) {
    if (view.item.severity !== severity || (view.item.kind !== 'manual' && view.result.status !== 'pending')) continue
    const group = groups.get(view.item.section) ?? { section: view.item.section, pending: [], signed: 0, total: 0 }
    groups.set(view.item.section, group)
    group.total++
    if (view.result.status === 'pass') group.signed++
    if (view.result.status === 'pending') group.pending.push(view)
  }
  return [...groups.values()].filter((group) => group.pending.length > 0)
}

/**
 * Reasons of the verdict that no item or run problem accounts for. The verdict writes an item's
 * reason as "id: …", so those are recognised by the ids of the items that did not pass.
 */
function generalReasons(report: RunReport, views: ItemView[]): string[] {
  const problems = new Set(report.verdict.runProblems.map((problem) => problem.message))
  const prefixes = views.filter((view) => view.result.status !== 'pass' && view.item.severity !== 'info').map((view) => `${view.item.id}: `)
  return report.verdict.reasons.filter((reason) => !problems.has(reason) && !prefixes.some((prefix) => reason.startsWith(prefix)))
}

function rollup(title: string, items: ChecklistItem[], resultOf: (item: ChecklistItem) => GateResult): SectionRollup {
  const evidence: PassEvidence[] = []
  let failed = 0
  let pending = 0
  for (const item of items) {
    const result = resultOf(item)
    const known = passEvidence(item, result)
    if (known) evidence.push(known)
    else if (result.status === 'pending') pending++
    else failed++
  }
  return { title, passed: evidence.length, failed, pending, passedBy: tally(evidence) }
}

function tally(evidence: PassEvidence[]): Record<PassEvidence, number> {
  const counts = Object.fromEntries(EVIDENCE_ORDER.map((kind) => [kind, 0])) as Record<PassEvidence, number>
  for (const kind of evidence) counts[kind]++
  return counts
}

/** An item with no result was never judged: it is an error, never a pass. */
function missingResult(item: ChecklistItem): GateResult {
  return { id: item.id, status: 'error', summary: 'no result', reason: 'the gate produced no result', durationMs: 0 }
}
