/** Unguessable bytes from the kernel's own generator, and never from something put in its place. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes, randomHex } from '../src/random-bytes.js'

describe('random bytes', () => {
  it('gives as many bytes as asked, different every time', () => {
    const first = randomBytes(4096)
    expect(first).toHaveLength(4096)
    expect(first.equals(randomBytes(4096))).toBe(false)
    expect(randomHex(16)).toMatch(/^[0-9a-f]{32}$/)
  })

  it('does not take bytes from a device or file standing where the generator should be', () => {
    const planted = path.join(mkdtempSync(path.join(os.tmpdir(), 'go-no-go-random-')), 'urandom')
    writeFileSync(planted, Buffer.alloc(64, 7))
    for (const source of ['/dev/zero', planted, '/nonexistent/urandom']) {
      const bytes = randomBytes(64, source)
      expect(bytes).toHaveLength(64)
      expect(bytes.equals(Buffer.alloc(64, 0)) || bytes.equals(Buffer.alloc(64, 7))).toBe(false)
    }
  })
})
