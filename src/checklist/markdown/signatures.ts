/**
 * Sign-offs written into the file: blank signature lines and sign-off tables are pending sign-offs;
 * blank fields such as `Deployment Date: ____` are pending "Fill in" items. A name or a "yes"
 * signs; a blank, a placeholder or a "no" does not.
 */
import { NO_GROUPS, type Entry, type Heading } from './entry.js'
import { hasPlaceholder, stripInline, trimEndOf } from './inline-text.js'
import type { MarkdownLine } from './line-kinds.js'
import { headingPhase } from './phase.js'
import { SIGNATURE_SEVERITY } from './severity.js'

const NOT_SIGNED = /^(?:no|n|false|pending|todo|not yet|-|–|—|❌|✗|✖️?|⏳)$/i

/** A name or a yes, not a blank, a placeholder or a "no". */
export function isSigned(value: string | undefined): boolean {
  return isFilled(value) && !hasPlaceholder(value ?? '') && !NOT_SIGNED.test(stripInline(value ?? ''))
}

function isFilled(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '' && !/^_+$/.test(value.trim())
}

/** The entry of a signature or fill-in line; a generic "Signed:" takes its role from the heading ("### QA Team Sign-off"). */
export function signatureEntry(found: Extract<MarkdownLine, { kind: 'signature' | 'fill-in' }>, headings: readonly Heading[]): Entry {
  const signed = found.ticked || isSigned(found.value)
  const field = found.kind === 'fill-in'
  const role = found.kind === 'signature' && found.generic ? roleFromHeading(headings[headings.length - 1]?.title) : found.label
  const title = field ? `Fill in: ${found.label}` : `Sign-off: ${role ?? found.label}`
  const note = signed ? 'signed in the checklist' : field ? 'a blank field in the checklist' : 'a blank signature line in the checklist'
  return {
    kind: 'signature',
    title,
    signed,
    line: found.line,
    headings,
    groups: NO_GROUPS,
    commands: [],
    files: [],
    severity: SIGNATURE_SEVERITY,
    phase: headingPhase(headings),
    note
  }
}

function roleFromHeading(heading: string | undefined): string | undefined {
  const role = heading?.replace(/\b(sign[- ]?offs?|signatures?|approvals?|requirements?)\b/gi, '').replace(/^[\s:–—-]+/, '')
  const trimmed = role === undefined ? undefined : trimEndOf(role, (character) => /[\s:–—-]/.test(character))
  return trimmed === '' ? undefined : trimmed
}
