/**
 * Severity of a RustSec advisory. cargo audit's JSON carries a CVSS vector, not a score, so the
 * CVSS 3.x base score is computed here with the specification's formula (FIRST, CVSS v3.1 §7).
 * Anything that cannot be scored is `unknown`, which no default allows: fail closed.
 */

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'none' | 'unknown'

/** The usual bands: ≥9 critical, ≥7 high, ≥4 medium, >0 low. */
export function severityFromScore(score: number | undefined): Severity {
  if (score === undefined || !Number.isFinite(score) || score < 0 || score > 10) return 'unknown'
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'none'
}

const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 }
} as const

/** CVSS 3.0/3.1 base score from a vector such as `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H`; undefined when it is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  const parts = vector.split('/')
  if (parts[0] !== 'CVSS:3.0' && parts[0] !== 'CVSS:3.1') return undefined
  const metrics = new Map<string, string>()
  for (const part of parts.slice(1)) {
    const [name, value] = part.split(':')
    if (name && value) metrics.set(name, value)
  }
  const pick = <T extends Record<string, number>>(table: T, name: string): number | undefined => {
    const value = metrics.get(name)
    return value !== undefined && value in table ? table[value as keyof T] : undefined
  }
  const scope = metrics.get('S')
  if (scope !== 'U' && scope !== 'C') return undefined
  const changed = scope === 'C'
  const av = pick(WEIGHTS.AV, 'AV')
  const ac = pick(WEIGHTS.AC, 'AC')
  const ui = pick(WEIGHTS.UI, 'UI')
  const pr = pick(changed ? { N: 0.85, L: 0.68, H: 0.5 } : { N: 0.85, L: 0.62, H: 0.27 }, 'PR')
  const c = pick(WEIGHTS.CIA, 'C')
  const i = pick(WEIGHTS.CIA, 'I')
  const a = pick(WEIGHTS.CIA, 'A')
  if ([av, ac, ui, pr, c, i, a].some((weight) => weight === undefined)) return undefined
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!)
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss
  if (impact <= 0) return 0
  const exploitability = 8.22 * av! * ac! * pr! * ui!
  return roundUp(Math.min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10))
}

/** CVSS 3.1 Roundup: the smallest one-decimal number ≥ the input, free of floating-point noise. */
function roundUp(value: number): number {
  const scaled = Math.round(value * 100_000)
  return scaled % 10_000 === 0 ? scaled / 100_000 : (Math.floor(scaled / 10_000) + 1) / 10
}

/** A cvss field as cargo audit or a hand-made report gives it: vector, number, or numeric text. */
export function severityFromCvss(cvss: unknown): Severity {
  if (typeof cvss === 'number') return severityFromScore(cvss)
  if (typeof cvss !== 'string' || cvss.trim() === '') return 'unknown'
  const number = Number(cvss)
  if (!Number.isNaN(number)) return severityFromScore(number)
  return severityFromScore(cvss3BaseScore(cvss.trim()))
}
