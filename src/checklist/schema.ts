/** JSON Schema of the checklist format, version 1. `checklists/schema.json` is written from this (a test keeps them equal). */
import { AUDIT_SEVERITIES, PARSER_NAMES, SEVERITIES } from './types.js'

const ID_PATTERN = '^[a-z0-9][a-z0-9_-]*$'

const timeoutMinutes = { type: 'number', exclusiveMinimum: 0, maximum: 360, description: 'Minutes before the gate is stopped and reported as an error. Fractions allowed.' }
const workingDirectory = { type: 'string', minLength: 1, description: 'Directory the command runs in, relative to the workspace.' }

export const CHECKLIST_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://raw.githubusercontent.com/go-no-go/go-no-go/main/checklists/schema.json',
  title: 'go-no-go checklist',
  description: 'A deployment checklist that go-no-go runs and decides on: GO / CONDITIONAL GO / NO-GO.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'sections'],
  properties: {
    version: { const: 1, description: 'Format version; always 1.' },
    title: { type: 'string', description: 'Shown at the top of the report.' },
    defaults: {
      type: 'object',
      additionalProperties: false,
      description: 'Applied to every item that does not set its own.',
      properties: { 'timeout-minutes': timeoutMinutes, 'working-directory': workingDirectory }
    },
    sections: { type: 'array', items: { $ref: '#/definitions/section' } }
  },
  definitions: {
    section: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'items'],
      properties: {
        title: { type: 'string', minLength: 1 },
        items: { type: 'array', items: { $ref: '#/definitions/item' } }
      }
    },
    item: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title'],
      description: 'Exactly one of `run`, `file` or `manual: true`.',
      properties: {
        id: { type: 'string', pattern: ID_PATTERN, description: 'Unique across the checklist: lower-case letters, digits, `-` and `_`.' },
        title: { type: 'string', minLength: 1 },
        run: { type: 'string', minLength: 1, description: 'A command gate, run with /bin/sh.' },
        file: { type: 'string', minLength: 1, description: 'Evidence: passes when this file exists and is not empty.' },
        manual: { const: true, description: 'A person signs off; pending until then.' },
        severity: { enum: [...SEVERITIES], description: 'blocking (default) decides NO-GO; warning decides CONDITIONAL GO; info never changes the decision.' },
        'timeout-minutes': timeoutMinutes,
        'working-directory': workingDirectory,
        env: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
        needs: { type: 'array', items: { type: 'string', pattern: ID_PATTERN }, uniqueItems: true, description: 'Ids that must pass before this item runs.' },
        parser: { enum: [...PARSER_NAMES], description: 'Overrides the parser detected from `run`.' },
        expect: { $ref: '#/definitions/expect' },
        approvers: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'GitHub logins, or `team:org/slug`, who may sign off.' },
        'min-approvals': { type: 'integer', minimum: 1 },
        'allow-author': { type: 'boolean', description: "Whether the pull request's author may sign off." },
        paths: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'A sign-off is invalidated when a later commit changes a matching file.' }
      },
      oneOf: [{ required: ['run'] }, { required: ['file'] }, { required: ['manual'] }]
    },
    expect: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'pass-rate': { type: 'number', minimum: 0, maximum: 100, description: 'Percent of executed tests that must pass (default 100).' },
        'max-failures': { type: 'integer', minimum: 0 },
        'min-tests': { type: 'integer', minimum: 0, description: 'Fewest tests that must run (default 1).' },
        'max-warnings': { type: 'integer', minimum: 0 },
        'max-vulnerabilities': { type: 'integer', minimum: 0 },
        'allowed-severities': { type: 'array', items: { enum: [...AUDIT_SEVERITIES] }, uniqueItems: true }
      }
    }
  }
} as const
