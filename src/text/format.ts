/** Numbers and times in words, the same way on every surface. */

/** "1 warning", "3 warnings", "1,024 vulnerabilities". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${formatNumber(count)} ${count === 1 ? word : many}`
}

/** "1,024": every number a person reads is grouped the same way. */
export function formatNumber(value: number): string {
  // Whole numbers by hand: the first toLocaleString call loads locale data, tens of ms of every run.
  if (Number.isSafeInteger(value)) return `${value < 0 ? '-' : ''}${String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',')}`
  // Fractions are rare (a coverage figure): only they pay for the locale data.
  // eslint-disable-next-line no-restricted-properties
  return value.toLocaleString('en-US')
}

/** Human durations: 0.4 s, 12 s, 1 m 3 s, 1 h 2 m. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—'
  if (ms < 9_950) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return seconds % 60 ? `${minutes} m ${seconds % 60} s` : `${minutes} m`
  const hours = Math.floor(minutes / 60)
  return minutes % 60 ? `${hours} h ${minutes % 60} m` : `${hours} h`
}
