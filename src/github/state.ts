/**
 * Gate results kept in the sticky comment, so a sign-off on a comment or review event can be
 * judged without running the gates again (a comment event checks out the default branch, not
 * the pull request). Anyone who can tick a box can also edit the comment, so the state is only
 * trusted when its hash matches the `external_id` of our check run on that head commit, which
 * people cannot edit.
 */
import { sha256Hex } from '../sha256.js'
import type { GateResult, GateStatus } from '../gates/types.js'
import type { RunReport } from '../report/model.js'
import type { SignoffEvent } from '../signoff/apply.js'
import { withoutDisplay, type StoredJudgement } from './stored-judgement.js'

export interface StoredState {
  version: 1
  headSha: string
  checklist: string
  results: StoredResult[]
  /** Sign-offs given by ticking a box: the comment keeps no record of who ticked, so we do. */
  ticks: SignoffEvent[]
  /**
   * The checklist the run judged, its tick sign-offs and its "Checklist changed" section (see
   * stored-judgement.ts). A state without it is from an older go-no-go: its results are not reused.
   */
  judged?: StoredJudgement
}

interface StoredResult {
  id: string
  status: GateStatus
  summary: string
  reason?: string
  durationMs: number
  failingTests?: string[]
}

const STATE_PREFIX = '<!-- go-no-go:state '
const STATE_SUFFIX = ' -->'
/** Past this the state is left out and a comment event re-runs nothing: it reports NO-GO and says why. */
export const MAX_STATE_CHARS = 24_000
/** A compressed state never inflates past this: a comment edited into a zip bomb is simply unreadable. */
const MAX_INFLATED_BYTES = 4 * 1024 * 1024

/**
 * The state is base64 in a public comment, trivially decoded: `redact` hides secrets in what came
 * from gate output (summaries, reasons, test names) just as the visible report does.
 */
export function buildState(report: RunReport, headSha: string, ticks: SignoffEvent[], redact: (text: string) => string = (text) => text): StoredState {
  const results: StoredResult[] = []
  for (const [id, result] of report.results) {
    // Manual items are decided by sign-offs every time; only machine results are kept.
    if (result.status === 'pending' || report.checklist.sections.some((section) => section.items.some((item) => item.id === id && item.kind === 'manual'))) continue
    const failingTests = result.parsed?.kind === 'tests' ? result.parsed.failingTests.slice(0, 10).map(redact) : undefined
    results.push({
      id,
      status: result.status,
      summary: redact(result.summary).slice(0, 200),
      ...(result.reason ? { reason: redact(result.reason).slice(0, 300) } : {}),
      durationMs: result.durationMs,
      ...(failingTests && failingTests.length > 0 ? { failingTests } : {})
    })
  }
  return { version: 1, headSha, checklist: report.checklist.path, results, ticks }
}

/**
 * The hidden comment line and the hash that the check run carries. What only the report shows (the
 * "Checklist changed" section, who ticked what) is left out first; undefined when still too large.
 */
export function encodeState(state: StoredState): { line: string; hash: string } | undefined {
  const candidates = state.judged ? [state, { ...state, judged: withoutDisplay(state.judged) }] : [state]
  for (const candidate of candidates) {
    // Compressed: the checklist it keeps repeats the same keys item after item.
    const blob = zlib()
      .deflateSync(Buffer.from(JSON.stringify(candidate), 'utf8'), { level: 9 })
      .toString('base64url')
    if (blob.length <= MAX_STATE_CHARS) return { line: `${STATE_PREFIX}${blob}${STATE_SUFFIX}`, hash: hashState(blob) }
  }
  return undefined
}

function hashState(blob: string): string {
  return `go-no-go-state:${sha256Hex(blob)}`
}

export function readState(body: string): { state: StoredState; hash: string } | undefined {
  const start = body.indexOf(STATE_PREFIX)
  if (start === -1) return undefined
  const end = body.indexOf(STATE_SUFFIX, start + STATE_PREFIX.length)
  if (end === -1) return undefined
  const blob = body.slice(start + STATE_PREFIX.length, end)
  if (!/^[A-Za-z0-9_-]+$/.test(blob)) return undefined
  try {
    const bytes = Buffer.from(blob, 'base64url')
    // zlib data starts with 0x78, never `{`: plain JSON is a state written before compression.
    const json = bytes[0] === 0x7b ? bytes.toString('utf8') : zlib().inflateSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES }).toString('utf8')
    const state = JSON.parse(json) as StoredState
    if (state.version !== 1 || !Array.isArray(state.results) || !Array.isArray(state.ticks)) return undefined
    return { state, hash: hashState(blob) }
  } catch {
    return undefined
  }
}

export function storedResults(state: StoredState): Map<string, GateResult> {
  return new Map(
    state.results.map((result) => [
      result.id,
      {
        id: result.id,
        status: result.status,
        summary: result.summary,
        ...(result.reason ? { reason: result.reason } : {}),
        durationMs: result.durationMs,
        ...(result.failingTests ? { parsed: { kind: 'tests' as const, counts: null, failingTests: result.failingTests, findings: [] } } : {}),
        notes: ['result of the run for this commit; not run again for a sign-off']
      }
    ])
  )
}

/** Boxes in our comment carry `<!-- signoff:ID -->`; which are ticked. */
export function tickedBoxes(body: string): Map<string, boolean> {
  const boxes = new Map<string, boolean>()
  for (const match of body.matchAll(/^- \[([ xX])\] .*<!-- signoff:([a-z0-9][a-z0-9_-]*) -->\s*$/gm)) boxes.set(match[2], match[1] !== ' ')
  return boxes
}

/** What a person changed by editing our comment: boxes they ticked and boxes they cleared. */
export function tickChanges(before: string, after: string): Array<{ id: string; action: 'signoff' | 'revoke' }> {
  const old = tickedBoxes(before)
  const changes: Array<{ id: string; action: 'signoff' | 'revoke' }> = []
  for (const [id, ticked] of tickedBoxes(after)) {
    if (old.get(id) === ticked || !old.has(id)) continue
    changes.push({ id, action: ticked ? 'signoff' : 'revoke' })
  }
  return changes
}

/**
 * node:zlib on first use, not at start-up: loading it costs every run a few milliseconds and only
 * a run that reads or writes a pull request's state needs it. Built into Node, so it is never read
 * from the action's files on disk, which a gate could have rewritten by then.
 */
function zlib(): typeof import('node:zlib') {
  return process.getBuiltinModule('node:zlib')
}
