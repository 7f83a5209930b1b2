/** The typed checklist every source format (YAML, Markdown) is turned into before anything runs. */

/** How much an item's failure weighs in the decision (not to be confused with an audit finding's severity). */
export const ITEM_SEVERITIES = ['blocking', 'warning', 'info'] as const
export type ItemSeverity = (typeof ITEM_SEVERITIES)[number]

/**
 * When an item is done, relative to the decision. Only `pre-deploy` items decide GO / CONDITIONAL
 * GO / NO-GO; `deploy` and `post-deploy` items are listed after it ("After GO"), never block, and
 * their gates are not run. An item that says nothing is `pre-deploy`: fail closed.
 */
export const PHASES = ['pre-deploy', 'deploy', 'post-deploy'] as const
export type Phase = (typeof PHASES)[number]

export const PARSER_NAMES = [
  'cargo-test',
  'cargo-clippy',
  'cargo-fmt',
  'cargo-audit',
  'npm-audit',
  'node-test',
  'jest',
  'vitest',
  'mocha',
  'npm-test',
  'pytest',
  'ruff',
  'black',
  'mypy',
  'pip-audit',
  'go-test',
  'go-vet',
  'gofmt',
  'govulncheck',
  'exit-code'
] as const
export type ParserName = (typeof PARSER_NAMES)[number]

export const AUDIT_SEVERITIES = ['info', 'low', 'moderate', 'medium', 'high', 'critical'] as const
type AuditSeverity = (typeof AUDIT_SEVERITIES)[number]

/** Thresholds; each parser reads the ones that apply to it (see src/gates/evaluate.ts). */
export interface Expectations {
  /** Percent of executed tests that must pass (tests). Default 100, unless maxFailures is set alone. */
  passRate?: number
  /** Failed tests tolerated (tests). Default unlimited when passRate is set, else 0. */
  maxFailures?: number
  /** Fewest tests that must execute (tests). Default 1: a run of zero tests proves nothing. */
  minTests?: number
  /** Warnings tolerated (clippy; audit warnings such as unmaintained crates). */
  maxWarnings?: number
  /** Errors tolerated (linters and type checkers that count errors: ruff, mypy, go vet). Default 0. */
  maxErrors?: number
  /** Vulnerabilities tolerated among severities not in allowedSeverities (audits). Default 0. */
  maxVulnerabilities?: number
  /** Audit severities that never fail the gate. */
  allowedSeverities?: AuditSeverity[]
}

/** Where an item came from, so errors and annotations can point at it. */
export interface SourceLocation {
  file: string
  line: number
}

interface ItemBase {
  id: string
  title: string
  severity: ItemSeverity
  /** Title of the section the item sits in. */
  section: string
  source?: SourceLocation
  /**
   * Why a Markdown item's severity is not the default, naming the words and where they are
   * (`"optional" in the heading "Extras" on line 12`), so a reviewer sees what softened it.
   */
  severityFrom?: string
  /** Absent means `pre-deploy`. */
  phase?: Phase
  /** Why the item is not `pre-deploy`, naming the words or key and where they are, so a moved gate shows in the report. */
  phaseFrom?: string
  /**
   * Alternatives: items sharing this group name pass together when any one of them passes (a
   * group holding a gate passes only when one of its gates does).
   */
  anyOf?: string
}

export interface CommandItem extends ItemBase {
  kind: 'command'
  run: string
  timeoutMs: number
  /** Relative to the workspace root. */
  workingDirectory: string
  env: Record<string, string>
  needs: string[]
  /** Explicit override; detected from `run` when absent. */
  parser?: ParserName
  /** Glob of the JUnit XML files the command writes, relative to its working directory: they give the counts. */
  junit?: string
  expect: Expectations
}

export interface FileItem extends ItemBase {
  kind: 'file'
  /** Evidence file, relative to the workspace root. Passes when it exists, is a regular file, and is not empty. */
  path: string
  needs: string[]
}

export interface ManualItem extends ItemBase {
  kind: 'manual'
  /** A sign-off recorded in the checklist itself (a ticked Markdown box). */
  signedOff: boolean
  approvers: string[]
  minApprovals: number
  allowAuthor: boolean
  /** Globs: a sign-off is invalidated when later commits touch a matching file. */
  paths: string[]
  needs: string[]
  /** Why a Markdown item was not automated (e.g. its command is not on the allow-list). */
  note?: string
}

export type ChecklistItem = CommandItem | FileItem | ManualItem

export interface Section {
  title: string
  items: ChecklistItem[]
}

export interface Checklist {
  title: string
  /** Path of the checklist as given (relative to the workspace), for messages. */
  path: string
  format: 'yaml' | 'markdown'
  sections: Section[]
  /** Conditions to roll back on after deploying ("error rate > 1% for 5 minutes"): shown once as a reference, never items. */
  rollbackIf?: string[]
}

/** A problem with the checklist itself. Always names the file; line and key when known. */
export interface ChecklistProblem {
  file: string
  line?: number
  column?: number
  /** Dotted path of the offending key, e.g. `sections[1].items[0].run`. */
  key?: string
  message: string
}

export class ChecklistError extends Error {
  constructor(readonly problems: ChecklistProblem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'ChecklistError'
  }
}

export function formatProblem(problem: ChecklistProblem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':')
  const key = problem.key ? ` (key \`${problem.key}\`)` : ''
  return `${where}${key}: ${problem.message}`
}

export function allItems(checklist: Checklist): ChecklistItem[] {
  return checklist.sections.flatMap((section) => section.items)
}

export function phaseOf(item: Pick<ChecklistItem, 'phase'>): Phase {
  return item.phase ?? 'pre-deploy'
}

/** Whether the item takes part in the decision: only what must be true before deploying does. */
export function isBeforeDeploy(item: Pick<ChecklistItem, 'phase'>): boolean {
  return phaseOf(item) === 'pre-deploy'
}
