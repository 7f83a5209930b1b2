/**
 * JSON Schema of the checklist format, version 1. `checklists/schema.json` is written from this by
 * `node scripts/write-schema.mjs` (a test fails when the two differ). Editors read the descriptions
 * for completion, so every key carries one.
 */
import { DEFAULT_ALLOW_AUTHOR, DEFAULT_MIN_APPROVALS, DEFAULT_SEVERITY, DEFAULT_TIMEOUT_MINUTES, DEFAULT_WORKING_DIRECTORY, DEFAULT_YAML_TITLE } from './defaults.js'
import { MAX_TIMEOUT_MINUTES } from './limits.js'
import { AUDIT_SEVERITIES, ITEM_SEVERITIES, PARSER_NAMES, PHASES } from './types.js'

export const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$'
/** Environment variable names a POSIX shell accepts; anything else would be dropped or break the spawn. */
const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$'
/** Titles must show something: at least one character that is not white space. */
const NOT_BLANK = '\\S'

const timeoutMinutes = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: MAX_TIMEOUT_MINUTES,
  description: `Minutes before the gate is stopped and reported as an error (never a pass). Fractions allowed; more than 0, at most ${MAX_TIMEOUT_MINUTES}. Default ${DEFAULT_TIMEOUT_MINUTES}.`
}
const workingDirectory = {
  type: 'string',
  minLength: 1,
  description: `Directory the command runs in, relative to the workspace; it may not lead outside it. Default \`${DEFAULT_WORKING_DIRECTORY}\`.`
}
const ids = (description: string) => ({ type: 'array', items: { type: 'string', pattern: ID_PATTERN }, uniqueItems: true, description })
const texts = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description })
const phase = (description: string) => ({ enum: [...PHASES], description })

export const CHECKLIST_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json',
  title: 'go-no-go checklist',
  description: 'A deployment checklist (format version 1) that go-no-go runs and decides on: GO / CONDITIONAL GO / NO-GO. Default location: .github/go-no-go.yml.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'sections'],
  properties: {
    version: { const: 1, description: 'Format version; always 1.' },
    title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: `Shown at the top of the report. Default "${DEFAULT_YAML_TITLE}".` },
    defaults: {
      type: 'object',
      additionalProperties: false,
      description: 'Applied to every command item that does not set its own.',
      properties: { 'timeout-minutes': timeoutMinutes, 'working-directory': workingDirectory }
    },
    sections: {
      type: 'array',
      items: { $ref: '#/definitions/section' },
      description: 'Groups of items, shown in this order. An empty list is valid; the verdict decides what an empty checklist means.'
    },
    'rollback-if': texts('Conditions to roll back on after deploying ("error rate > 1% for 5 minutes"). Shown once after the decision as a reference; never items, never decide.')
  },
  definitions: {
    section: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'items'],
      description: 'A titled group of checklist items.',
      properties: {
        title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: 'Heading of the section in the report.' },
        severity: {
          enum: [...ITEM_SEVERITIES],
          description: `Severity of the items of this section that do not set their own. Default ${DEFAULT_SEVERITY}.`
        },
        phase: phase(
          'When the items of this section are done: pre-deploy (default: they decide GO / CONDITIONAL GO / NO-GO), deploy or post-deploy (listed after the decision as "After GO", never blocking, their gates not run). An item may set its own.'
        ),
        'any-of': {
          type: 'string',
          pattern: ID_PATTERN,
          description:
            'Alternatives ("Deployment type: pick one"): every item of this section that does not name its own any-of belongs to this group, which passes when any one of them passes.'
        },
        items: {
          type: 'array',
          items: {
            anyOf: [
              {
                type: 'string',
                minLength: 1,
                pattern: NOT_BLANK,
                description: 'Shorthand for a manual item: `- Runbook reviewed` is `{ title: Runbook reviewed, manual: true }`, its id made from the title.'
              },
              { $ref: '#/definitions/item' }
            ]
          },
          description: 'The checks of this section.'
        }
      }
    },
    item: {
      type: 'object',
      additionalProperties: false,
      required: ['title'],
      description: 'One check. Exactly one of `run` (a command gate), `file` (evidence) or `manual: true` (a person signs off).',
      properties: {
        id: {
          type: 'string',
          pattern: ID_PATTERN,
          description:
            'Unique across the checklist: lower-case letters, digits, `-` and `_`, starting with a letter or digit. Default: made from the title, as for a Markdown box ("Verify: npm test passes" → `verify-npm-test-passes`; a repeated title gets `-2`, `-3`).'
        },
        title: { type: 'string', minLength: 1, pattern: NOT_BLANK, description: 'What the check proves, as the report shows it.' },
        run: {
          type: 'string',
          minLength: 1,
          description:
            "A command gate, run like a GitHub `run:` step: written to a script file and run with `bash --noprofile --norc -eo pipefail <file>` in the working directory, so any failing line fails it. Each known tool's output (cargo, npm, node --test, jest…) is judged by its own parser with its own exit status; otherwise the exit status decides. Commands that would change the code (`cargo fmt` without `--check`, `--fix`, `--write`) are refused."
        },
        file: { type: 'string', minLength: 1, description: 'Evidence: passes when this file (relative to the workspace) exists, is a regular file and is not empty.' },
        manual: { const: true, description: 'A person signs off on the pull request (or `signed-off: true` records it in the file); pending until then.' },
        severity: {
          enum: [...ITEM_SEVERITIES],
          description: `${DEFAULT_SEVERITY} (default, or the section's): a failure means NO-GO. warning: a failure means CONDITIONAL GO. info: never changes the decision.`
        },
        phase: phase(
          "When the item is done; default: its section's phase, else pre-deploy. Only pre-deploy items decide; deploy and post-deploy items are listed after the decision and their gates are not run."
        ),
        'any-of': {
          type: 'string',
          pattern: ID_PATTERN,
          description:
            'Alternatives: items with the same any-of name pass together when any one of them passes (a group that holds a command or file passes only when one of those does). At least two items, all in the same phase.'
        },
        'timeout-minutes': timeoutMinutes,
        'working-directory': workingDirectory,
        env: {
          type: 'object',
          propertyNames: { pattern: ENV_NAME_PATTERN },
          additionalProperties: { type: ['string', 'number', 'boolean'] },
          description: 'Extra environment variables for the command; numbers and booleans are turned into text.'
        },
        needs: ids('Ids of items that must pass first; when one does not, this item is not run and counts as an error.'),
        parser: { enum: [...PARSER_NAMES], description: 'How to read the output; detected from `run` when absent. exit-code trusts the exit status alone.' },
        junit: {
          type: 'string',
          minLength: 1,
          description:
            'Glob of the JUnit XML files the command writes (pytest --junitxml, gotestsum, cargo nextest, jest-junit, Surefire), relative to working-directory and inside the workspace. Counts, failing tests and locations come from the files this run wrote; none, a stale one or a malformed one is an error.'
        },
        expect: { $ref: '#/definitions/expect' },
        'signed-off': {
          type: 'boolean',
          description:
            'Manual items: true records a sign-off in the checklist itself, like a ticked Markdown box. Write it on one line (`signed-off: true`): git blame of that line says who signed, and on a pull request a sign-off the pull request added counts only for a person GitHub vouches for who may sign off the item. Not with approvers, min-approvals above 1 or paths, which a line in the file cannot show; sign off on the pull request instead.'
        },
        approvers: texts('Manual items: who may sign off: GitHub logins, or `team:org/slug`. Default: anyone with write access.'),
        'min-approvals': { type: 'integer', minimum: 1, description: `Manual items: sign-offs needed. Default ${DEFAULT_MIN_APPROVALS}.` },
        'allow-author': { type: 'boolean', description: `Manual items: whether the pull request's author may sign off. Default ${DEFAULT_ALLOW_AUTHOR}.` },
        paths: texts('Manual items: globs; a sign-off is invalidated when a later commit changes a matching file.')
      },
      oneOf: [{ required: ['run'] }, { required: ['file'] }, { required: ['manual'] }]
    },
    expect: {
      type: 'object',
      additionalProperties: false,
      description: 'Thresholds for a command gate; each parser reads the ones that apply to it.',
      properties: {
        'pass-rate': { type: 'number', minimum: 0, maximum: 100, description: 'Percent of executed tests that must pass. Default 100.' },
        'max-failures': { type: 'integer', minimum: 0, description: 'Failed tests tolerated.' },
        'min-tests': { type: 'integer', minimum: 0, description: 'Fewest tests that must run. Default 1: zero tests prove nothing.' },
        'max-warnings': { type: 'integer', minimum: 0, description: 'Warnings tolerated (clippy, audit warnings).' },
        'max-errors': { type: 'integer', minimum: 0, description: 'Errors tolerated by linters and type checkers that count them (ruff, mypy, go vet). Default 0.' },
        'max-vulnerabilities': { type: 'integer', minimum: 0, description: 'Vulnerabilities tolerated outside allowed-severities (audits). Default 0.' },
        'allowed-severities': {
          type: 'array',
          items: { enum: [...AUDIT_SEVERITIES] },
          uniqueItems: true,
          description: 'Audit severities that never fail the gate, e.g. [info, low].'
        }
      }
    }
  }
} as const
