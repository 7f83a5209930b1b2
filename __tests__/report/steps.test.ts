/**
 * A gate whose script runs several tools: the report says which command failed and which passed,
 * in the job summary, the PR comment and the terminal (run for real through the gate runner).
 */
import { renderMarkdown } from '../../src/report/markdown.js'
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
