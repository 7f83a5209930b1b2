/** Our SHA-256 for small inputs against node:crypto's, on the lengths where padding changes and on random bytes. */
import { createHash, randomBytes } from 'node:crypto'
import { sha256Hex } from '../src/sha256.js'

const reference = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

describe('sha256Hex', () => {
  it('gives the published digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
  })

  it('agrees with node:crypto at every length around a block boundary, on random bytes, on text and past the small-input limit', () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = randomBytes(length)
      expect(sha256Hex(bytes)).toBe(reference(bytes))
    }
    for (const length of [1000, 4095, 65536, 65537, 200_000]) {
      const bytes = randomBytes(length)
      expect(sha256Hex(bytes)).toBe(reference(bytes))
    }
    const text = 'version: 1\nsections:\n  - title: Ünïcødé ✓\n'
    expect(sha256Hex(text)).toBe(reference(text))
    // A view into a larger buffer (small Buffers share Node's pool): only its own bytes count.
    const pooled = Buffer.from('checklist bytes')
    const view = new Uint8Array(randomBytes(300).buffer, 17, 120)
    expect([sha256Hex(pooled), sha256Hex(view)]).toEqual([reference(pooled), reference(view)])
  })
})
