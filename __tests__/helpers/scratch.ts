/** Temporary directories for one test file, removed after its last test. */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A maker of directories under the system's temporary directory; call it at the top of the test file. */
export function scratchDirectories(): (prefix: string) => string {
  const made: string[] = []
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  return (prefix) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
    made.push(dir)
    return dir
  }
}
