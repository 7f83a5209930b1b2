/**
 * `--gates-only`, for a run before pushing: sign-offs happen on the pull request, so locally they
 * cannot be given and should not block. Pending manual items are still listed, but are decided on
 * as `info` (never changing the decision); the title and a closing line say so, so a local GO is
 * never mistaken for the pull request's.
 */
import type { Checklist, ManualItem } from '../checklist/types.js'
import { allItems, isBeforeDeploy } from '../checklist/types.js'

const GATES_ONLY_TITLE_SUFFIX = ' — gates only, sign-offs not considered'

interface GatesOnlyChecklist {
  /** What the verdict is decided on: pending sign-offs demoted to info. */
  decideOn: Checklist
  /** What the report shows: the same items, the title marked. */
  show: Checklist
  /** The manual items that were not considered. */
  ignored: ManualItem[]
}

export function gatesOnly(checklist: Checklist): GatesOnlyChecklist {
  // Sign-offs after GO never decide, so leaving them out changes nothing worth saying.
  const ignored = allItems(checklist).filter((item): item is ManualItem => item.kind === 'manual' && !item.signedOff && item.severity !== 'info' && isBeforeDeploy(item))
  const ignoredIds = new Set(ignored.map((item) => item.id))
  const decideOn: Checklist = {
    ...checklist,
    sections: checklist.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => (ignoredIds.has(item.id) ? { ...item, severity: 'info' } : item))
    }))
  }
  // Shown as decided on: the sign-offs are listed as informational, never among what blocks.
  return { decideOn, show: { ...decideOn, title: `${checklist.title}${GATES_ONLY_TITLE_SUFFIX}` }, ignored }
}

/** The closing line of a gates-only terminal report. */
export function describeIgnoredSignoffs(ignored: readonly ManualItem[]): string {
  if (ignored.length === 0) return 'Gates only (--gates-only): this checklist has no sign-offs to leave out.'
  const ids = ignored.slice(0, 5).map((item) => item.id)
  const more = ignored.length > 5 ? ` and ${ignored.length - 5} more` : ''
  const count = ignored.length === 1 ? '1 sign-off was' : `${ignored.length} sign-offs were`
  return `Gates only (--gates-only): ${count} not considered (${ids.join(', ')}${more}); the pull request still needs ${ignored.length === 1 ? 'it' : 'them'} before it can be GO.`
}
