/**
 * Unguessable bytes (step-marker tokens, output delimiters, stop-commands tokens) without loading
 * `node:crypto`: loading it costs the action about 5 ms of start-up (OpenSSL lists its algorithms),
 * more than everything a one-gate run asks of it. The kernel's generator is what `node:crypto`
 * seeds from anyway; where it cannot be read as the kernel's own device, `node:crypto` answers.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

/** /dev/urandom's device number on Linux (major 1, minor 9): anything else in its place is not trusted. */
const LINUX_URANDOM_DEVICE = (1 << 8) | 9

export function randomBytes(size: number, source: string = '/dev/urandom'): Buffer {
  return (process.platform === 'linux' ? fromKernel(size, source) : undefined) ?? process.getBuiltinModule('node:crypto').randomBytes(size)
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex')
}

function fromKernel(size: number, source: string): Buffer | undefined {
  let fd: number | undefined
  try {
    fd = openSync(source, 'r')
    const info = fstatSync(fd)
    if (!info.isCharacterDevice() || info.rdev !== LINUX_URANDOM_DEVICE) return undefined
    const bytes = Buffer.alloc(size)
    for (let filled = 0; filled < size;) {
      const read = readSync(fd, bytes, filled, size - filled, null)
      if (read <= 0) return undefined
      filled += read
    }
    return bytes
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
