/**
 * Secrets never reach a report surface. The runner masks its log, but not API bodies (the PR
 * comment, the check run), and only exact strings: so redaction happens here, for every surface.
 */

export interface Redactor {
  add(secret: string): void
  redact(text: string): string
}

/** Token shapes worth redacting even when nobody told us the value. Each pattern is linear. */
const TOKEN_PATTERNS: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
  /\bxox[abpors]-[A-Za-z0-9-]{10,250}\b/g,
  /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]{0,40}PRIVATE KEY-----|$)/g
]

export const REDACTED = '***'

export function createRedactor(initialSecrets: Iterable<string> = []): Redactor {
  const secrets = new Set<string>()
  let ordered: string[] = []
  const add = (secret: string) => {
    const value = secret.trim()
    // Short values would blank out ordinary words and numbers everywhere.
    if (value.length < 4 || secrets.has(value)) return
    secrets.add(value)
    ordered = [...secrets].sort((a, b) => b.length - a.length)
  }
  for (const secret of initialSecrets) add(secret)
  return {
    add,
    redact(text: string): string {
      let out = text
      for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
      for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED)
      return out
    }
  }
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
