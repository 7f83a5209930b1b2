/**
 * Secrets never reach a report surface. The runner masks its log, but not API bodies (the PR
 * comment, the check run), and only exact strings: so redaction happens here, for every surface.
 */

export interface Redactor {
  /** Hides `secret` from now on (a configured secret, a value seen in `::add-mask::`). */
  add(secret: string): void
  redact(text: string): string
}

const REDACTED = '***'

/** Values shorter than this would blank out ordinary words and numbers everywhere. */
const MIN_SECRET_LENGTH = 4

/**
 * Token shapes worth redacting even when nobody told us the value. No nested quantifiers and no
 * upper bound to back-track from: each runs in linear time. No `\b` either, so a token glued to
 * other word characters (`TOKEN_ghp_…`, `ghp_…_suffix`) is still found.
 */
const TOKEN_PATTERNS: RegExp[] = [/gh[pousr]_[A-Za-z0-9]{36,}/g, /github_pat_[A-Za-z0-9_]{22,}/g, /(?:AKIA|ASIA)[0-9A-Z]{16}/g, /npm_[A-Za-z0-9]{36,}/g]

export function createRedactor(initialSecrets: Iterable<string> = []): Redactor {
  const secrets = new Set<string>()
  let ordered: string[] = []
  const remember = (value: string) => {
    if (value.length < MIN_SECRET_LENGTH || secrets.has(value)) return
    secrets.add(value)
    // Longest first, so a secret that contains another is hidden whole.
    ordered = [...secrets].sort((a, b) => b.length - a.length)
  }
  const add = (secret: string) => {
    remember(secret.trim())
    // The runner masks a multi-line secret line by line; output may show any one line of it.
    if (secret.includes('\n')) for (const line of secret.split(/\r?\n/)) remember(line.trim())
  }
  for (const secret of initialSecrets) add(secret)
  return {
    add,
    redact(text: string): string {
      let out = text
      for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
      for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED)
      return redactPrivateKeys(out)
    }
  }
}

const BEGIN = '-----BEGIN '
const END = '-----END '
const DASHES = '-----'
/** How far a PEM label may run ("ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"). */
const MAX_LABEL = 60

/**
 * Replaces every PEM private key block with `***`. A block with no END (output cut off) is hidden
 * to the end; an END with no BEGIN (an excerpt that starts inside a key) hides the base64 lines
 * just before it. Hand-written with indexOf so it stays linear.
 */
export function redactPrivateKeys(text: string): string {
  if (!text.includes('PRIVATE KEY')) return text
  let out = ''
  let position = 0
  // Each marker is searched for again only once the scan has passed it, which keeps this linear.
  let begin = findKeyMarker(text, BEGIN, 0)
  let end = findKeyMarker(text, END, 0)
  const refresh = () => {
    if (begin && begin.start < position) begin = findKeyMarker(text, BEGIN, position)
    if (end && end.start < position) end = findKeyMarker(text, END, position)
  }
  while (begin || end) {
    if (begin && (!end || begin.start < end.start)) {
      out += text.slice(position, begin.start) + REDACTED
      position = end ? end.stop : text.length
    } else if (end) {
      // An END before any BEGIN: the key started before this text did.
      out += backOverKeyLines(text.slice(position, end.start)) + REDACTED
      position = end.stop
    }
    refresh()
  }
  return out + text.slice(position)
}

/** Finds `-----BEGIN … PRIVATE KEY…-----` (or END) at or after `from`. */
function findKeyMarker(text: string, marker: string, from: number): { start: number; stop: number } | undefined {
  let at = text.indexOf(marker, from)
  while (at !== -1) {
    const labelStart = at + marker.length
    // Only a short label is looked at, so a marker with no closing dashes costs a constant.
    const label = text.slice(labelStart, labelStart + MAX_LABEL + DASHES.length)
    const close = label.indexOf(DASHES)
    if (close !== -1 && label.slice(0, close).includes('PRIVATE KEY') && !label.slice(0, close).includes('\n')) {
      return { start: at, stop: labelStart + close + DASHES.length }
    }
    at = text.indexOf(marker, labelStart)
  }
  return undefined
}

/** Drops the trailing lines of `before` that look like key material (base64, PEM headers, blank). */
function backOverKeyLines(before: string): string {
  const lines = before.split('\n')
  // The last element is the text on the END line before the marker.
  let keep = lines.length
  while (keep > 0 && /^[A-Za-z0-9+/=: ,-]*$/.test(lines[keep - 1].trim())) keep--
  if (keep === lines.length) return before
  return keep === 0 ? '' : `${lines.slice(0, keep).join('\n')}\n`
}

/**
 * A gate that prints `::add-mask::value` wants that value hidden. Its output reaches the runner
 * between stop-commands markers, so the runner will not mask it: we do, on every surface we write.
 */
export function learnMaskedValue(line: string, redactor: Redactor): void {
  const marker = '::add-mask::'
  const at = line.indexOf(marker)
  if (at !== -1) redactor.add(line.slice(at + marker.length).trim())
}
