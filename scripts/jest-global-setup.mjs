// Before any test file runs: the ahead-of-time schema validator is written from the schema as it is
// now, so tests never run against a stale one (and a fresh clone needs no build first).
import { writeValidator } from './write-validator.mjs'

export default async function globalSetup() {
  await writeValidator()
}
