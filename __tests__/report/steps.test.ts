/**
 * A gate whose script runs several tools: the report says which command failed and which passed,
 * in the job summary, the PR comment and the terminal (run for real through the gate runner).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { toJsonReport } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { createRedactor } from '../../src/text/redact.js'
import { outsideFences } from './build.js'
import type { RunReport } from '../../src/report/model.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { loadWithHash, runPart, shardWorkspace } from '../helpers/shards.js'

const CHECKLIST = `version: 1
title: Steps
sections:
  - title: Build
    items:
      - id: both
        title: Two test suites in one script
        run: |
          node --test green
          node --test red
`

let report: RunReport

beforeAll(async () => {
  const workspace = shardWorkspace(CHECKLIST)
  const { checklist } = await loadWithHash(workspace)
  report = await runPart(workspace, checklist)
}, 60_000)

it('the Markdown report lists each command of the script with its own result', () => {
  const markdown = renderMarkdown(report)
  expect(markdown).toContain('**Steps (2):**')
  expect(markdown).toContain('- ✅ `node --test green`: passed — 2/2 passed')
  expect(markdown).toContain('- ❌ `node --test red`: failed — 1 failed: rounds half up (fixture failure) (exit 1)')
  // Under the failing gate, before its failing tests.
  expect(markdown.indexOf('**Steps (2):**')).toBeLessThan(markdown.indexOf('**Failing tests'))
})

it('the terminal report lists them too', () => {
  const text = renderTerminal(report, { color: false })
  expect(text).toContain('step ✔ node --test green: passed — 2/2 passed')
  expect(text).toContain('step ✘ node --test red: failed — 1 failed: rounds half up (fixture failure) (exit 1)')
})

describe('a hostile test name in one step of a script', () => {
  const secret = 'correct-horse-battery-staple'
  const token = `ghp_${'a1B2'.repeat(9)}`
  const name = `<img src=x onerror=alert(1)> @octo-org/everyone fixes #1 \`](javascript:alert(1)) ${secret} ${token} \u001b[2J${'x'.repeat(5_000)}`
  let hostile: RunReport

  beforeAll(async () => {
    const workspace = shardWorkspace(CHECKLIST.replace('node --test red', 'node --test evil'))
    mkdirSync(path.join(workspace, 'evil'))
    writeFileSync(path.join(workspace, 'evil', 'package.json'), '{"type": "commonjs"}\n')
    writeFileSync(
      path.join(workspace, 'evil', 'evil.test.js'),
      `const test = require('node:test')\nconst assert = require('node:assert')\ntest(${JSON.stringify(name)}, () => { assert.strictEqual(1, 2) })\n`
    )
    const { checklist } = await loadWithHash(workspace)
    hostile = await runPart(workspace, checklist)
  }, 60_000)

  it('stays text in the Markdown: no HTML, no live mention or link, no secret, one bounded line', () => {
    const markdown = renderMarkdown(hostile, { redactor: createRedactor([secret]) })
    const stepLine = markdown.split('\n').find((line) => line.startsWith('- ❌ `node --test evil`')) ?? ''
    expect(stepLine).not.toBe('')
    expect(stepLine.length).toBeLessThan(400)
    const prose = outsideFences(markdown)
    expect(prose).not.toMatch(/<img/i)
    expect(prose).not.toMatch(/@(?=octo-org)/)
    // A link needs an unescaped `](`.
    expect(prose).not.toMatch(/(?<!\\)\]\(javascript:/)
    expect(markdown).not.toContain(secret)
    expect(markdown).not.toContain(token)
    expect(markdown).not.toContain('\u001b')
  })

  it('stays one clean line in the terminal and leaves no secret in the JSON steps', () => {
    const text = renderTerminal(hostile, { color: false, redactor: createRedactor([secret]) })
    const stepLine = text.split('\n').find((line) => line.includes('step ✘ node --test evil')) ?? ''
    expect(stepLine).not.toBe('')
    expect(text).not.toContain('\u001b')
    expect(text).not.toContain(secret)
    const json = JSON.stringify(toJsonReport(hostile, createRedactor([secret])).items[0].steps)
    expect(json).toContain('node --test evil')
    expect(json).not.toContain(secret)
    expect(json).not.toContain(token)
  })
})
