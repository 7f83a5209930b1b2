/** Reading a small file through a descriptor already opened and checked, without the thread pool. */
import { readSync } from 'node:fs'

/**
 * The descriptor's bytes from its start, at most `limit` of them. A single read may return less
 * than asked: it stops at the end of the file or at the limit, so asking for one byte more than
 * fstat said tells a file that grew since.
 */
export function readAtMostSync(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit)
  let filled = 0
  while (filled < limit) {
    const bytesRead = readSync(fd, buffer, filled, limit - filled, filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return buffer.subarray(0, filled)
}
