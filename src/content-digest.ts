/**
 * A value that is equal for two byte sequences exactly when they are equal: the bytes themselves
 * while they are few, their SHA-256 past that. Guards compare files before and after the gates
 * this way; most of those files are small (GITHUB_OUTPUT, `.git/config`, hooks), and keeping
 * their bytes spares a run loading `node:crypto` (about 5 ms of start-up) just to hash them.
 */
import type { Hash } from 'node:crypto'

/** Past this many bytes a digest holds a hash instead of the bytes. */
export const KEPT_DIGEST_BYTES = 256 * 1024

export interface ContentDigest {
  update(chunk: Uint8Array): void
  /** `bytes:<base64>` or `sha256:<hex>`; which one depends only on the length, so equal content gives equal values. */
  digest(): string
}

export function contentDigest(keptBytes: number = KEPT_DIGEST_BYTES): ContentDigest {
  let kept: Buffer[] = []
  let keptLength = 0
  let hash: Hash | undefined
  return {
    update(chunk) {
      if (hash) {
        hash.update(chunk)
        return
      }
      kept.push(Buffer.from(chunk))
      keptLength += chunk.length
      if (keptLength <= keptBytes) return
      hash = process.getBuiltinModule('node:crypto').createHash('sha256')
      for (const part of kept) hash.update(part)
      kept = []
    },
    digest() {
      return hash ? `sha256:${hash.digest('hex')}` : `bytes:${Buffer.concat(kept, keptLength).toString('base64')}`
    }
  }
}
