/** Every input, output and marker name in one place; action.yml must agree (a test checks it). */

export const INPUTS = {
  checklist: 'checklist',
  workingDirectory: 'working-directory',
  concurrency: 'concurrency',
  failOn: 'fail-on',
  allowEmpty: 'allow-empty',
  githubToken: 'github-token',
  comment: 'comment',
  commentKey: 'comment-key',
  checkName: 'check-name',
  checkRun: 'check-run',
  statusContext: 'status-context',
  allowUntrustedCode: 'allow-untrusted-code',
  checklistFrom: 'checklist-from',
  protectChecklist: 'protect-checklist',
  shard: 'shard',
  shardPublish: 'shard-publish',
  previousReport: 'previous-report',
  reports: 'reports'
} as const

export const OUTPUTS = {
  decision: 'decision',
  passed: 'passed',
  failed: 'failed',
  errored: 'errored',
  pending: 'pending',
  report: 'report',
  commentUrl: 'comment-url',
  checkRunUrl: 'check-run-url'
} as const

export const DEFAULT_CHECKLIST_PATH = '.github/go-no-go.yml'

export const FAIL_ON_VALUES = ['no-go', 'conditional-go', 'never'] as const
export type FailOn = (typeof FAIL_ON_VALUES)[number]

export const COMMENT_MODES = ['true', 'false', 'on-failure'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

/** Grace between SIGTERM and SIGKILL for a gate being stopped. */
export const KILL_GRACE_MS = 5_000

/** The job summary limit is 1 MiB per step; stay clear of it. */
export const JOB_SUMMARY_BUDGET_BYTES = 900 * 1024
