#!/usr/bin/env node
// Writes checklists/schema.json from src/checklist/schema.ts, without a build: the TypeScript
// modules it needs are transpiled into a temporary directory and imported from there.
// `--check` writes nothing and exits 1 when the committed file differs (for CI and the test).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const target = path.join(root, 'checklists', 'schema.json')

/** The schema as the file should read: two-space JSON and a final newline (what `go-no-go schema` prints). */
export async function renderSchema() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-schema-'))
  try {
    // schema.ts and the modules it imports (type-only imports vanish when transpiled).
    for (const name of ['schema.ts', 'types.ts', 'limits.ts', 'defaults.ts']) {
      const source = readFileSync(path.join(root, 'src', 'checklist', name), 'utf8')
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } })
      writeFileSync(path.join(scratch, name.replace(/\.ts$/, '.mjs')), outputText.replace(/from '\.\/([\w-]+)\.js'/g, "from './$1.mjs'"))
    }
    const { CHECKLIST_SCHEMA } = await import(pathToFileURL(path.join(scratch, 'schema.mjs')).href)
    return `${JSON.stringify(CHECKLIST_SCHEMA, null, 2)}\n`
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = await renderSchema()
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // Missing counts as different.
  }
  if (process.argv.includes('--check')) {
    if (current !== wanted) {
      process.stderr.write('checklists/schema.json is out of date: run `node scripts/write-schema.mjs`\n')
      process.exit(1)
    }
    process.stdout.write('checklists/schema.json is up to date\n')
  } else if (current !== wanted) {
    writeFileSync(target, wanted)
    process.stdout.write('wrote checklists/schema.json\n')
  } else {
    process.stdout.write('checklists/schema.json was already up to date\n')
  }
}
