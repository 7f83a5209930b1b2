/** Where each item goes in the report: exactly one place, most important first, whatever its status, severity and kind. */
import type { ItemSeverity } from '../../src/checklist/types.js'
import type { GateStatus } from '../../src/gates/types.js'
import { outlineReport, type ReportOutline } from '../../src/report/outline.js'
import { report, type ItemSpec } from './build.js'

const STATUSES: GateStatus[] = ['pass', 'fail', 'error', 'pending', 'cancelled']
const SEVERITIES: ItemSeverity[] = ['blocking', 'warning', 'info']
const KINDS = ['command', 'file', 'manual'] as const

/** Every id the outline places, with where it was placed. */
function placements(outline: ReportOutline): Array<[string, string]> {
  const placed: Array<[string, string]> = []
  for (const which of ['blocking', 'warnings'] as const) {
    for (const view of outline[which].gates) placed.push([view.item.id, `${which}.gates`])
    for (const group of outline[which].signoffs) for (const view of group.pending) placed.push([view.item.id, `${which}.signoffs`])
  }
  for (const view of outline.informational) placed.push([view.item.id, 'informational'])
  for (const view of outline.afterGo) placed.push([view.item.id, 'afterGo'])
  for (const section of outline.passed) for (const view of section.items) placed.push([view.item.id, `passed.${view.evidence}`])
  return placed
}

describe('outlineReport', () => {
  const specs: ItemSpec[] = []
  for (const status of STATUSES)
    for (const severity of SEVERITIES) for (const kind of KINDS) specs.push({ id: `${status}-${severity}-${kind}`, status, severity, kind, section: kind })
  const outline = outlineReport(report(specs))

  it('places every item exactly once', () => {
    const placed = placements(outline).map(([id]) => id)
    expect(placed.sort()).toEqual(specs.map((spec) => spec.id).sort())
  })

  it('puts each item where its status and severity say', () => {
    const where = new Map(placements(outline))
    expect(where.get('fail-blocking-command')).toBe('blocking.gates')
    expect(where.get('error-warning-file')).toBe('warnings.gates')
    expect(where.get('cancelled-blocking-manual')).toBe('blocking.gates')
    expect(where.get('pending-blocking-manual')).toBe('blocking.signoffs')
    expect(where.get('pending-warning-command')).toBe('warnings.signoffs')
    expect(where.get('fail-info-command')).toBe('informational')
    expect(where.get('pass-info-command')).toBe('passed.verified')
    expect(where.get('pass-blocking-file')).toBe('passed.verified')
    expect(where.get('pass-warning-manual')).toBe('passed.signed')
  })

  it('lists failures before errors before unfinished gates', () => {
    expect(outline.blocking.gates.map((view) => view.result.status)).toEqual(['fail', 'fail', 'fail', 'error', 'error', 'error', 'cancelled', 'cancelled', 'cancelled'])
  })

  it('counts a section sign-off group over all its manual items of that severity', () => {
    const signoffs = outlineReport(
      report([
        { id: 'a', status: 'pass', kind: 'manual', section: 'Security' },
        { id: 'b', status: 'pass', kind: 'manual', signedOff: true, section: 'Security' },
        { id: 'c', status: 'pending', kind: 'manual', section: 'Security' },
        { id: 'd', status: 'pending', kind: 'manual', section: 'Security', severity: 'warning' }
      ])
    )
    expect(signoffs.blocking.signoffs.map((group) => [group.section, group.signed, group.total, group.pending.map((view) => view.item.id)])).toEqual([['Security', 2, 3, ['c']]])
    expect(signoffs.warnings.signoffs.map((group) => [group.section, group.signed, group.total])).toEqual([['Security', 0, 1]])
  })

  it('rolls up sections with how each pass was known', () => {
    const rolled = outlineReport(
      report([
        { id: 'a', status: 'pass', section: 'S' },
        { id: 'b', status: 'pass', kind: 'manual', signedOff: true, section: 'S' },
        { id: 'c', status: 'pass', kind: 'manual', section: 'S' },
        { id: 'd', status: 'error', section: 'S' },
        { id: 'e', status: 'pending', kind: 'manual', section: 'S' }
      ])
    ).sections
    expect(rolled).toEqual([{ title: 'S', passed: 3, failed: 1, pending: 1, passedBy: { verified: 1, ticked: 1, signed: 1 } }])
  })

  it('keeps reasons no item explains (run problems apart), and never leaves a NO-GO without one', () => {
    const empty = outlineReport(report([{ id: 'i', status: 'pass', severity: 'info' }]))
    expect(empty.blocking.general).toEqual(['the checklist has no blocking or warning items, so nothing was proven'])
    const problem = outlineReport(report([{ id: 'a', status: 'pass' }], { runProblems: [{ code: 'cancelled', message: 'a gate changed src/lib.rs' }] }))
    expect(problem.runProblems.map((run) => run.message)).toEqual(['a gate changed src/lib.rs'])
    expect(problem.blocking.general).toEqual([])
  })

  it('treats an item without a result as an error that blocks, never a pass', () => {
    const base = report([{ id: 'a', status: 'pass' }])
    const missing = outlineReport({ ...base, results: new Map() })
    expect(missing.blocking.gates.map((view) => [view.item.id, view.result.status, view.result.reason])).toEqual([['a', 'error', 'the gate produced no result']])
  })
})
