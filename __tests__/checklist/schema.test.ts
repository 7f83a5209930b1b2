/** The published schema and presets: what editors and copy-paste users get from checklists/. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { parseYamlChecklist } from '../../src/checklist/parse-yaml.js'
import { CHECKLIST_SCHEMA } from '../../src/checklist/schema.js'
import { allItems, type CommandItem } from '../../src/checklist/types.js'
import { REPO_ROOT } from '../helpers/run-action.js'

const read = (file: string) => readFileSync(path.join(REPO_ROOT, 'checklists', file), 'utf8')

/** Every object schema below `node` that describes a key, with its dotted location. */
function describedKeys(node: unknown, where = ''): Array<{ where: string; description: unknown }> {
  if (typeof node !== 'object' || node === null) return []
  const found: Array<{ where: string; description: unknown }> = []
  const record = node as Record<string, unknown>
  for (const [name, child] of Object.entries((record.properties as Record<string, unknown>) ?? {})) {
    found.push({ where: `${where}.${name}`, description: (child as { description?: unknown }).description }, ...describedKeys(child, `${where}.${name}`))
  }
  for (const [name, child] of Object.entries((record.definitions as Record<string, unknown>) ?? {})) found.push(...describedKeys(child, `#${name}`))
  return found
}

describe('checklists/schema.json', () => {
  it('is exactly what scripts/write-schema.mjs writes from src/checklist/schema.ts', () => {
    expect(read('schema.json')).toBe(`${JSON.stringify(CHECKLIST_SCHEMA, null, 2)}\n`)
    // The script itself agrees, run as CI would run it (it exits 1 and says how to fix a stale file).
    expect(execFileSync(process.execPath, ['scripts/write-schema.mjs', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' })).toMatch(/up to date/)
  })

  it('compiles under the Ajv strict schema and type checks, so no keyword in it is silently ignored', () => {
    expect(() => new Ajv({ strictSchema: true, strictTypes: true, strictTuples: true, allowUnionTypes: true }).compile(CHECKLIST_SCHEMA)).not.toThrow()
  })

  it('has an $id, a title and a description on every key, for editor completion', () => {
    expect(CHECKLIST_SCHEMA).toMatchObject({ $id: expect.stringMatching(/^https:\/\/.+schema\.json$/), title: expect.any(String) })
    const undescribed = describedKeys(CHECKLIST_SCHEMA).filter((key) => key.where !== '#item.expect' && typeof key.description !== 'string')
    expect(undescribed.map((key) => key.where)).toEqual([])
  })

  it('refuses unknown keys at every level', () => {
    const validate = new Ajv({ strict: false }).compile(CHECKLIST_SCHEMA)
    const item = { id: 'a', title: 'A', run: 'true' }
    expect(validate({ version: 1, sections: [{ title: 'S', items: [item] }] })).toBe(true)
    expect(validate({ version: 1, extra: 1, sections: [] })).toBe(false)
    expect(validate({ version: 1, defaults: { extra: 1 }, sections: [] })).toBe(false)
    expect(validate({ version: 1, sections: [{ title: 'S', items: [], extra: 1 }] })).toBe(false)
    expect(validate({ version: 1, sections: [{ title: 'S', items: [{ ...item, extra: 1 }] }] })).toBe(false)
    expect(validate({ version: 1, sections: [{ title: 'S', items: [{ ...item, expect: { extra: 1 } }] }] })).toBe(false)
  })
})

describe.each(['rust.yml', 'node.yml'])('preset checklists/%s', (file) => {
  it('is valid for an editor using schema.json and for go-no-go itself', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(read('schema.json')))
    expect(validate(parse(read(file)))).toBe(true)
    expect(allItems(parseYamlChecklist(read(file), file)).length).toBeGreaterThan(3)
  })

  it('explains itself to the person who copies it', () => {
    expect(read(file).split('\n')[0]).toMatch(/^# .*Copy to \.github\/go-no-go\.yml/)
  })
})

describe('preset contents', () => {
  const runs = (file: string) =>
    Object.fromEntries(allItems(parseYamlChecklist(read(file), file)).map((item) => [item.id, item.kind === 'command' ? (item as CommandItem).run : item.kind]))

  it('rust.yml checks formatting, clippy with -D warnings, build, tests and audit, and asks for a runbook and a sign-off', () => {
    expect(runs('rust.yml')).toMatchObject({
      fmt: 'cargo fmt --all -- --check',
      clippy: expect.stringMatching(/^cargo clippy .*-- -D warnings$/),
      build: expect.stringMatching(/^cargo build/),
      tests: expect.stringMatching(/^cargo test/),
      audit: 'cargo audit',
      rollback: 'file',
      'security-signoff': 'manual'
    })
  })

  it('node.yml runs lint, build, tests and npm audit, and asks for a runbook and a sign-off', () => {
    expect(runs('node.yml')).toMatchObject({
      lint: 'npm run lint',
      build: 'npm run build',
      tests: 'npm test',
      audit: expect.stringMatching(/^npm audit/),
      rollback: 'file',
      'security-signoff': 'manual'
    })
  })

  it('the example project in checklists/examples is valid too', () => {
    const file = 'examples/rust-service/.github/go-no-go.yml'
    expect(allItems(parseYamlChecklist(read(file), file)).length).toBeGreaterThan(0)
  })
})
