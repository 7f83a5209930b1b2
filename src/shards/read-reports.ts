/**
 * Reading the shard reports a workflow downloaded. Each is a file an artifact put there (in the
 * fork pattern, one a fork's workflow made), so reading is bounded before a byte is read: regular
 * files only, never through a link, each and all together under a size limit, and a file that is
 * not JSON is a named problem, never a crash.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import path from 'node:path'
import { expandGlobs } from './glob.js'
import type { ReportFile } from './merge.js'
import { formatNumber } from '../text/format.js'

/** A report of 2,000 gates with full evidence is a few MB; far past that is not one. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024
const MAX_TOTAL_REPORT_BYTES = 256 * 1024 * 1024
const MAX_REPORT_FILES = 1_000

interface ReadReports {
  files: ReportFile[]
  /** Where they were looked for, for messages. */
  source: string
}

interface ReadLimits {
  maxReportBytes: number
  maxTotalBytes: number
  maxFiles: number
}

const DEFAULT_LIMITS: ReadLimits = { maxReportBytes: MAX_REPORT_BYTES, maxTotalBytes: MAX_TOTAL_REPORT_BYTES, maxFiles: MAX_REPORT_FILES }

/** Every file the patterns match, each read and parsed or with the reason it could not be. */
export function readReportFiles(patterns: readonly string[], base: string, limits: ReadLimits = DEFAULT_LIMITS): ReadReports {
  const source = `${patterns.length === 1 ? 'pattern' : 'patterns'} ${patterns.map((pattern) => JSON.stringify(pattern)).join(', ')}`
  const found = expandGlobs(patterns, base, { maxEntries: 200_000, maxMatches: limits.maxFiles + 1 })
  const name = (file: string) => JSON.stringify(path.relative(base, file).startsWith('..') ? file : path.relative(base, file))
  const files: ReportFile[] = []
  for (const skipped of found.skipped) files.push({ name: name(skipped), content: { problem: 'is not a regular file (a link, a device or a pipe)' } })
  if (found.files.length > limits.maxFiles) {
    files.push({ name: source, content: { problem: `match more than ${formatNumber(limits.maxFiles)} files: not a set of shard reports` } })
    return { files, source }
  }
  if (found.limitReached) files.push({ name: source, content: { problem: `could not all be searched: the search stopped after it ${found.limitReached}` } })
  let total = 0
  for (const file of found.files) {
    const read = readBounded(file, limits.maxReportBytes, limits.maxTotalBytes - total)
    if ('problem' in read) {
      files.push({ name: name(file), content: read })
      continue
    }
    total += read.bytes.length
    try {
      files.push({ name: name(file), content: { json: JSON.parse(read.bytes.toString('utf8')) } })
    } catch {
      // The parser's message would quote the file: say only that it is not JSON.
      files.push({ name: name(file), content: { problem: 'is not valid JSON' } })
    }
  }
  return { files, source }
}

function readBounded(file: string, maxBytes: number, roomLeft: number): { bytes: Buffer } | { problem: string } {
  let descriptor: number | undefined
  try {
    const before = lstatSync(file)
    if (!before.isFile()) return { problem: 'is not a regular file (a link, a device or a pipe)' }
    if (before.size > maxBytes) return { problem: `is ${megabytes(before.size)}; a shard report may be at most ${megabytes(maxBytes)}` }
    if (before.size > roomLeft) return { problem: `would take the reports past ${megabytes(MAX_TOTAL_REPORT_BYTES)} in all` }
    // O_NOFOLLOW and O_NONBLOCK: a link or a FIFO swapped in after the check cannot redirect or stall the read.
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
    const info = fstatSync(descriptor)
    if (!info.isFile() || info.ino !== before.ino) return { problem: 'changed while it was being read' }
    const limit = Math.min(maxBytes, roomLeft)
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1)
    let filled = 0
    while (filled < buffer.length) {
      const read = readSync(descriptor, buffer, filled, buffer.length - filled, filled)
      if (read === 0) break
      filled += read
    }
    if (filled > Math.min(info.size, limit)) return { problem: 'grew while it was being read' }
    return { bytes: buffer.subarray(0, filled) }
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
}
