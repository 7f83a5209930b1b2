/** Captured outputs of real projects; the largest are stored gzipped and read back whole. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { FIXTURES } from '../../helpers/run-action.js'

const DIR = path.join(FIXTURES, 'outputs', 'real')

export function readCapture(name: string): string {
  const file = path.join(DIR, name)
  if (existsSync(file)) return readFileSync(file, 'utf8')
  return gunzipSync(readFileSync(`${file}.gz`)).toString('utf8')
}
