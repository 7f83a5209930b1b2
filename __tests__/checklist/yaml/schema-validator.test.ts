/**
 * The schema validator compiled ahead of time (scripts/write-validator.mjs) must judge every file
 * exactly as Ajv compiling src/checklist/schema.ts at run time does — same verdict, same errors —
 * or the messages a person reads would change. Checked on the presets, the examples and a corpus
 * made by breaking a file that uses every key, one place at a time, in every way JSON allows.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { parse } from 'yaml'
import { parseYamlChecklist } from '../../../src/checklist/parse-yaml.js'
import { CHECKLIST_SCHEMA } from '../../../src/checklist/schema.js'
import { ChecklistError } from '../../../src/checklist/types.js'
import { item as aheadItem, whole as aheadWhole } from '../../../src/checklist/yaml/schema-validator.generated.js'
import { REPO_ROOT } from '../../helpers/run-action.js'

/** The options schema-messages.ts compiled with before the validator was generated at build time. */
const runtime = new Ajv({ allErrors: true, strict: false, verbose: true })
const runtimeWhole = runtime.compile(CHECKLIST_SCHEMA)
const runtimeItem = runtime.getSchema(`${CHECKLIST_SCHEMA.$id}#/definitions/item`) as ValidateFunction

/** A file with every key the format has, each set to a value it accepts. */
const EVERY_KEY = {
  version: 1,
  title: 'Release',
  defaults: { 'timeout-minutes': 15, 'working-directory': 'services/api' },
  sections: [
    {
      title: 'Code',
      items: [
        { id: 'fmt', title: 'Format', run: 'cargo fmt --check', severity: 'warning', 'timeout-minutes': 0.5, 'working-directory': '.', parser: 'cargo-fmt' },
        {
          id: 'tests',
          title: 'Tests',
          run: 'cargo test',
          needs: ['fmt'],
          env: { RUST_LOG: 'debug', THREADS: 4, VERBOSE: true },
          expect: { 'pass-rate': 95, 'max-failures': 0, 'min-tests': 1, 'max-warnings': 0, 'max-vulnerabilities': 0, 'allowed-severities': ['info', 'low'] }
        },
        { id: 'runbook', title: 'Runbook', file: 'docs/ROLLBACK.md' },
        { id: 'signoff', title: 'Sign-off', manual: true, approvers: ['alice', 'team:org/sec'], 'min-approvals': 2, 'allow-author': false, paths: ['src/**'] }
      ]
    }
  ]
}

/** Values of every JSON kind, and the edge values the schema's keywords care about. */
const REPLACEMENTS: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1,
  2,
  361,
  Number.MAX_VALUE,
  '',
  ' ',
  'x',
  'Fmt Step',
  'fmt',
  '\u{1F600}',
  [],
  ['a', 'a'],
  ['fmt'],
  [1],
  {},
  { extra: 1 }
]

type Json = unknown
/** Every way of breaking `value` at one place: each node replaced, each key removed, an unknown key added. */
function* mutations(value: Json): Generator<Json> {
  for (const replacement of REPLACEMENTS) yield replacement
  if (Array.isArray(value)) {
    for (const [index, child] of value.entries()) {
      yield value.filter((_, at) => at !== index)
      for (const broken of mutations(child)) yield value.map((entry, at) => (at === index ? broken : entry))
    }
    yield [...value, value[0] ?? {}]
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, Json>
    for (const key of Object.keys(record)) {
      const { [key]: _dropped, ...rest } = record
      yield rest
      for (const broken of mutations(record[key])) yield { ...record, [key]: broken }
    }
    yield { ...record, 'unknown-key': 1 }
    yield { ...record, 'bad name': 'x' }
  }
}

function verdicts(validate: ValidateFunction, data: unknown) {
  const valid = validate(data)
  // Copies: the functions reuse their errors array on the next call.
  return { valid, errors: structuredClone(validate.errors ?? null) }
}

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8')

describe('the schema validator compiled at build time', () => {
  const documents: Json[] = [
    EVERY_KEY,
    ...['checklists/rust.yml', 'checklists/node.yml', 'checklists/examples/rust-service/.github/go-no-go.yml'].map((file) => parse(read(file)) as Json),
    ...mutations(EVERY_KEY)
  ]

  it('gives the runtime compiler’s verdict and errors on every file of the corpus', () => {
    expect(documents.length).toBeGreaterThan(1_000)
    let invalid = 0
    for (const document of documents) {
      const expected = verdicts(runtimeWhole, document)
      if (!expected.valid) invalid++
      expect(verdicts(aheadWhole, document)).toEqual(expected)
    }
    // The corpus breaks the file in ways the schema catches, not only in ways it allows.
    expect(invalid).toBeGreaterThan(documents.length / 2)
  })

  it('gives the runtime compiler’s verdict and errors on every item on its own', () => {
    const items = [...mutations(EVERY_KEY.sections[0].items[1]), ...mutations(EVERY_KEY.sections[0].items[3])]
    for (const entry of items) expect(verdicts(aheadItem, entry)).toEqual(verdicts(runtimeItem, entry))
  })

  it('is what the checklist reader uses: a broken file gets the messages the schema errors make', () => {
    const text = 'version: 1\nsections:\n  - title: S\n    items:\n      - { id: a, title: A, rn: "true" }\n'
    let problems: string[] = []
    try {
      parseYamlChecklist(text, 'go-no-go.yml')
    } catch (error) {
      if (!(error instanceof ChecklistError)) throw error
      problems = error.problems.map((problem) => problem.message)
    }
    expect(problems).toEqual([expect.stringMatching(/needs exactly one of run, file or manual/), expect.stringMatching(/unknown key "rn" .*did you mean "run"\?/)])
  })
})
