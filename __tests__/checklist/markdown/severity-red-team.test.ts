/**
 * A pull request can edit a Markdown checklist. Red team: can a wording trick turn a failing
 * blocking gate into a warning (CONDITIONAL GO instead of NO-GO) without it being obvious?
 * Real `node --test` on a test that fails; the checklist is varied the way a hostile edit would.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseMarkdownChecklist } from '../../../src/checklist/markdown.js'
import { allItems } from '../../../src/checklist/types.js'
import { checklistToYaml } from '../../../src/checklist/to-yaml.js'
import { runChecklist } from '../../../src/engine.js'
import { createGateRunner } from '../../../src/gates/gate-runner.js'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { renderTerminal } from '../../../src/report/terminal.js'

let workspace = ''
let scratch = ''
beforeAll(() => {
  workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-severity-'))
  scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-severity-scratch-'))
  mkdirSync(path.join(workspace, 'test'))
  writeFileSync(
    path.join(workspace, 'test', 'auth.test.mjs'),
    "import test from 'node:test'\nimport assert from 'node:assert'\ntest('rejects a bad token', () => assert.equal(1, 2))\n"
  )
})
afterAll(() => {
  for (const dir of [workspace, scratch]) if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

async function judge(markdown: string) {
  const checklist = parseMarkdownChecklist(markdown, 'DEPLOYMENT.md')
  const report = await runChecklist(checklist, createGateRunner({ workspace, parentEnv: process.env, scratchDir: scratch, killGraceMs: 2000 }), {
    concurrency: 1,
    allowEmpty: false
  })
  return { checklist, report, decision: report.verdict.decision }
}

const gate = '- [ ] Auth tests pass: `node --test`'

it('fails the gate for real: NO-GO when nothing softens it', async () => {
  const { decision, report } = await judge(`# Release\n## Checks\n### Security\n${gate}\n`)
  expect([...report.results.values()][0]).toMatchObject({ status: 'fail' })
  expect(decision).toBe('no-go')
}, 60_000)

it.each([
  // Softening words a reviewer cannot see.
  ['"optional" in a link address', '## Checks [guide](https://wiki.example/(optional))'],
  ['"nice to have" in a link title', '## Checks [guide](https://wiki.example "nice to have")'],
  ['"non-blocking" as an image alt text', '## Checks ![non-blocking](https://img.example/badge.svg)'],
  ['"optional" in an HTML attribute', '## Checks <span title="optional">now</span>'],
  ['"NOT BLOCKING" in an HTML comment', '## Checks <!-- NOT BLOCKING -->'],
  ['"optional" as a footnote mark', '## Checks[^optional]'],
  // Words that only look like severity words, or are not labels.
  ['a look-alike word', '## Low-latency checks'],
  ['a priority look-alike', '## P2P checks'],
  ['a prose word in the item', '## Checks\n- [ ] Auth tests pass, optional flags off: `node --test`'],
  // A heading that shows "Mandatory" to the reviewer reads as mandatory.
  ['a "Mandatory" heading split by a zero-width space', `## Optional extras\n### Man\u200Bdatory\n${'- [ ] Auth tests pass: `node --test`'}`],
  ['a "Mandatory" heading shown by a direction override', `## Optional extras\n### \u202Eyrotadnam\n${'- [ ] Auth tests pass: `node --test`'}`]
])(
  'stays NO-GO with %s',
  async (_trick, heading) => {
    const markdown = heading.includes('- [ ]') ? `# Release\n${heading}\n` : `# Release\n${heading}\n### Security\n${gate}\n`
    const { decision } = await judge(markdown)
    expect(decision).toBe('no-go')
  },
  60_000
)

it('reads a condition in a heading as a warning and says where it is (issue 10: conditional items warn)', async () => {
  const { decision, checklist } = await judge(`# Release\n## Checks (if required)\n### Security\n${gate}\n`)
  expect(decision).toBe('conditional-go')
  expect(allItems(checklist)[0].severityFrom).toBe('"if required" in the heading "Checks (if required)" on line 2 (a condition)')
}, 60_000)

it('says where the words that softened a gate are, on every surface a reviewer reads', async () => {
  // A one-line edit far above the gate: the H2 now covers the Security section.
  const { decision, report, checklist } = await judge(`# Release\n## Checks (nice to have)\n### Security\n${gate}\n`)
  expect(decision).toBe('conditional-go')
  const where = '"nice to have" in the heading "Checks (nice to have)" on line 2'
  expect(checklist.sections[0].items[0]).toMatchObject({ severity: 'warning', severityFrom: where })
  expect(renderTerminal(report, { color: false })).toContain(`[warning: ${where}]`)
  expect(renderMarkdown(report)).toContain(`_(warning: ${where.replace(/"/g, '&quot;')})_`)
  // The import has no per-line comments (issue 10); the softened severity is written on the item itself.
  expect(checklistToYaml(checklist)).toContain('{ title: "Auth tests pass: node --test", severity: warning, run: node --test }')
}, 60_000)
