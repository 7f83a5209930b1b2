/**
 * Which run, commit, checklist and shard a report belongs to. A merge job reads many reports and
 * must tell a shard of this run from one of another run, commit or checklist, or from a shard it
 * already has: these fields are what it compares (see src/shards/verify.ts).
 */

export interface ReportIdentity {
  run: RunIdentity
  /** SHA-256 of the checklist file's bytes exactly as the run read them. */
  checklistSha256: string
  shard: ShardIdentity
}

export interface RunIdentity {
  /** GITHUB_RUN_ID: every job of a workflow run shares it. */
  id: string
  /** GITHUB_RUN_ATTEMPT: re-running failed jobs raises it for those jobs only. */
  attempt: number
  /** owner/repo the workflow ran in. */
  repository: string
  event: string
  /** The commit the verdict is about: a pull request's head, a merge group's head, else GITHUB_SHA. */
  headSha: string
  /** GITHUB_SHA: the commit checked out (a pull request's merge commit). */
  commitSha: string
}

export interface ShardIdentity {
  /** 1-based: shard `index` of `total`. An unsharded run is shard 1 of 1 and owns every item. */
  index: number
  total: number
  /** The ids of the items this shard owns, in checklist order: it ran exactly these. */
  items: string[]
  /** What weighed the items when the checklist was split. */
  balancedBy: 'count' | 'durations'
  /** SHA-256 of the whole split (every shard's items): shards that split differently do not merge. */
  assignmentSha256: string
}
