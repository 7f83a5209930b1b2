/** Everything a report surface (summary, comment, check run, JSON, terminal) renders from. */
import type { Checklist } from '../checklist/types.js'
import type { GateResult } from '../gates/types.js'
import type { AuditEntry } from '../signoff/apply.js'
import type { Verdict } from '../verdict.js'
import type { ChecklistChangesView } from './checklist-changes.js'
import type { ReportIdentity } from './identity.js'

export interface RunReport {
  checklist: Checklist
  /** Keyed by item id; every item of the checklist has one. */
  results: ReadonlyMap<string, GateResult>
  verdict: Verdict
  startedAt: string
  durationMs: number
  /** The run was interrupted (SIGINT/SIGTERM); unfinished gates are `cancelled`. */
  cancelled: boolean
  /** Link to the workflow run, when running in Actions. */
  runUrl?: string
  /** Every sign-off and revocation seen on the pull request, accepted or not. */
  signoffs?: AuditEntry[]
  /** What a pull request changed in its checklist, when it differs from the base commit's (the "Checklist changed" section). */
  checklistChanges?: ChecklistChangesView
  /** Which run, commit, checklist and shard this is: set by the action, absent in the CLI. */
  identity?: ReportIdentity
}
