/** Digests the guards compare files by: equal exactly when the bytes are equal, however they were read. */
import { createHash } from 'node:crypto'
import { contentDigest } from '../src/content-digest.js'

function digestOf(chunks: Uint8Array[], keptBytes?: number): string {
  const digest = contentDigest(keptBytes)
  for (const chunk of chunks) digest.update(chunk)
  return digest.digest()
}

describe('content digest', () => {
  it('is the same for the same bytes read in different chunks, and differs when one byte differs', () => {
    const text = Buffer.from('[core]\n\tbare = false\n')
    expect(digestOf([text])).toBe(digestOf([text.subarray(0, 5), text.subarray(5)]))
    expect(digestOf([text])).not.toBe(digestOf([Buffer.from('[core]\n\tbare = falsf\n')]))
    expect(digestOf([])).toBe(digestOf([Buffer.alloc(0)]))
  })

  it('holds a SHA-256 once the bytes pass what it keeps, still telling same-length contents apart', () => {
    const large = Buffer.alloc(100, 'a')
    const other = Buffer.concat([Buffer.alloc(99, 'a'), Buffer.from('b')])
    expect(digestOf([large.subarray(0, 60), large.subarray(60)], 64)).toBe(`sha256:${createHash('sha256').update(large).digest('hex')}`)
    expect(digestOf([other], 64)).not.toBe(digestOf([large], 64))
    expect(digestOf([large.subarray(0, 64)], 64)).toBe(`bytes:${large.subarray(0, 64).toString('base64')}`)
  })
})
