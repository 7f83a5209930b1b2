#!/usr/bin/env node
// Writes src/cli/presets.ts from checklists/*.yml, so `go-no-go init` carries the presets inside
// its bundle (an installed CLI has no checklists/ folder to read) and they cannot drift apart.
// `--check` writes nothing and exits 1 when the committed file differs (for CI and the test).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const target = path.join(root, 'src', 'cli', 'presets.ts')
const NAMES = ['rust', 'node', 'python', 'go']

/** The module as it should read, formatted the way `npm run lint` checks it. */
export async function renderPresets() {
  const entries = NAMES.map((name) => `  ${name}: ${JSON.stringify(readFileSync(path.join(root, 'checklists', `${name}.yml`), 'utf8'))}`)
  const source = `// Generated from checklists/*.yml by \`npm run presets\`: edit those files, then run it.

export const PRESET_NAMES = ${JSON.stringify(NAMES)} as const
export type PresetName = (typeof PRESET_NAMES)[number]

/** The preset checklists, byte for byte as in checklists/<name>.yml. */
export const PRESETS: Record<PresetName, string> = {
${entries.join(',\n')}
}
`
  const options = await prettier.resolveConfig(target)
  return prettier.format(source, { ...options, filepath: target })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = await renderPresets()
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // Missing counts as different.
  }
  if (process.argv.includes('--check')) {
    if (current !== wanted) {
      process.stderr.write('src/cli/presets.ts is out of date: run `npm run presets`\n')
      process.exit(1)
    }
    process.stdout.write('src/cli/presets.ts is up to date\n')
  } else if (current !== wanted) {
    writeFileSync(target, wanted)
    process.stdout.write('wrote src/cli/presets.ts\n')
  } else {
    process.stdout.write('src/cli/presets.ts was already up to date\n')
  }
}
