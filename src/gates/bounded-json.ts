/**
 * Reading a JSON file that may have been planted (a cache a pull request's run wrote, a link to a
 * device): a regular file, never through a link, never waiting on a pipe, at most `maxBytes`, and
 * of bounded nesting and number of values before a byte is parsed. Whatever goes wrong, the
 * answer is a reason, never a throw.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { formatNumber } from '../text/format.js'
import { jsonCostProblem } from './earlier-durations.js'

export type BoundedJson = { json: unknown } | { problem: string; missing?: true }

export function readBoundedJson(file: string, maxBytes: number): BoundedJson {
  let descriptor: number | undefined
  try {
    // O_NONBLOCK: a FIFO cannot make open wait for a writer; O_NOFOLLOW: a link is refused, not followed.
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
    const info = fstatSync(descriptor)
    if (!info.isFile()) return { problem: 'it is not a regular file' }
    if (info.size > maxBytes) return { problem: `it is larger than ${formatNumber(maxBytes)} bytes` }
    // No more than fstat said: a file still growing is cut there (and then is not JSON), never read without end.
    const buffer = Buffer.alloc(info.size)
    let filled = 0
    while (filled < buffer.length) {
      const read = readSync(descriptor, buffer, filled, buffer.length - filled, filled)
      if (read === 0) break
      filled += read
    }
    const bytes = buffer.subarray(0, filled)
    const tooCostly = jsonCostProblem(bytes)
    if (tooCostly) return { problem: tooCostly }
    try {
      return { json: JSON.parse(bytes.toString('utf8')) as unknown }
    } catch {
      // The parser's message would quote the file.
      return { problem: 'it is not valid JSON' }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { problem: 'it does not exist', missing: true }
    if (code === 'ELOOP') return { problem: 'it is a symbolic link' }
    return { problem: `it cannot be read (${code ?? 'error'})` }
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}
