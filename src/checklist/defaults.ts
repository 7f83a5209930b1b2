/**
 * What an item gets when its checklist says nothing, the same for both readers: a YAML key left
 * out and a Markdown box (which has no keys at all) mean the same thing. The schema's descriptions
 * quote these values, so the documentation cannot drift from them.
 */
import type { CommandItem, ItemSeverity, ManualItem } from './types.js'

/** A failure means NO-GO unless the checklist says otherwise: fail closed. */
export const DEFAULT_SEVERITY = 'blocking' satisfies ItemSeverity
/** Long enough for a full test suite of a mid-sized project, short enough that a hung gate does not hold a runner for hours. */
export const DEFAULT_TIMEOUT_MINUTES = 15
/** Relative to the workspace: its root. */
export const DEFAULT_WORKING_DIRECTORY = '.'
export const DEFAULT_MIN_APPROVALS = 1
/** The author vouching for their own change is not a second pair of eyes. */
export const DEFAULT_ALLOW_AUTHOR = false

export const DEFAULT_YAML_TITLE = 'Go/No-Go'
/** A Markdown checklist without a `#` heading. */
export const DEFAULT_MARKDOWN_TITLE = 'Deployment checklist'
/** Section of Markdown items above the first heading. */
export const DEFAULT_MARKDOWN_SECTION = 'Checklist'

/** Minutes as the runner's milliseconds; at least 1 ms, since a timeout of 0 could read as "no timeout" further down. */
export function timeoutMsOf(minutes: number): number {
  return Math.max(1, Math.round(minutes * 60_000))
}

/** The run settings of a command item that sets none of its own (fresh objects: callers may fill them in). */
export function commandDefaults(): Pick<CommandItem, 'timeoutMs' | 'workingDirectory' | 'env' | 'needs' | 'expect'> {
  return { timeoutMs: timeoutMsOf(DEFAULT_TIMEOUT_MINUTES), workingDirectory: DEFAULT_WORKING_DIRECTORY, env: {}, needs: [], expect: {} }
}

/** The sign-off rules of a manual item that sets none of its own: one person with write access who is not the author. */
export function manualDefaults(): Pick<ManualItem, 'signedOff' | 'approvers' | 'minApprovals' | 'allowAuthor' | 'paths' | 'needs'> {
  return { signedOff: false, approvers: [], minApprovals: DEFAULT_MIN_APPROVALS, allowAuthor: DEFAULT_ALLOW_AUTHOR, paths: [], needs: [] }
}
