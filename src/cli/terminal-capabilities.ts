/**
 * What a stream can show: colour and in-place updates. Only a terminal gets either; pipes, files
 * and CI logs get plain text, since escape codes there are noise a reader has to wade through.
 */

export interface OutputStream {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

/**
 * ANSI colour on this stream? Follows Node's own rules: `FORCE_COLOR` wins (`0` or `false` turns
 * colour off, anything else on, even into a pipe), then `NO_COLOR` (any non-empty value,
 * https://no-color.org) and `TERM=dumb` turn it off, and otherwise only a terminal gets colour.
 */
export function wantsColor(stream: Pick<OutputStream, 'isTTY'>, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force.toLowerCase())
  if (env.NO_COLOR) return false
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}

export type ProgressMode = 'live' | 'lines' | 'off'

/**
 * Live progress (one line redrawn in place) needs a terminal that understands carriage return and
 * erase-line; everything else gets one plain line per finished gate, and --quiet gets nothing.
 */
export function progressModeFor(stream: Pick<OutputStream, 'isTTY'>, env: NodeJS.ProcessEnv, quiet: boolean): ProgressMode {
  if (quiet) return 'off'
  return stream.isTTY === true && env.TERM !== 'dumb' ? 'live' : 'lines'
}
