// Before any test file runs: the ahead-of-time schema validator is written from the schema as it is
// now, so tests never run against a stale one (and a fresh clone needs no build first).
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeValidator } from './write-validator.mjs'

export default async function globalSetup() {
  await writeValidator()
  // The CLI keeps its compile cache and each project's gate durations in the user's cache: tests
  // get one of their own (workers inherit this environment), so no run reorders another's gates
  // and nothing is left in the home directory of whoever runs them.
  process.env.XDG_CACHE_HOME = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-test-cache-'))
}
