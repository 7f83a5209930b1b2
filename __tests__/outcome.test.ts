/** The one writer of the job summary, outputs and JSON report, and the report of a run that judged nothing. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createOutcomeWriter, reportWithoutGates } from '../src/outcome.js'
import { createRedactor } from '../src/text/redact.js'
import { makeReport } from './helpers/reports.js'

function target() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-outcome-'))
  const summaryFile = path.join(dir, 'summary.md')
  writeFileSync(summaryFile, '')
  const outputs: Record<string, string> = {}
  const warnings: string[] = []
  return {
    dir,
    summaryFile,
    outputs,
    warnings,
    writer: createOutcomeWriter({
      summaryFile,
      scratchDir: dir,
      redactor: createRedactor(['hunter2-secret']),
      setOutput: (name, value) => (outputs[name] = String(value)),
      warn: (message) => warnings.push(message)
    })
  }
}

describe('createOutcomeWriter', () => {
  it('writes the decision, counts, JSON report and summary, once', () => {
    const { writer, outputs, summaryFile } = target()
    writer.write(makeReport([{ id: 'tests', status: 'fail' }]))
    writer.write(makeReport([{ id: 'tests', status: 'pass' }]))
    expect(writer.written).toBe(true)
    expect(outputs).toMatchObject({ decision: 'no-go', passed: '0', failed: '1', errored: '0', pending: '0' })
    expect(JSON.parse(readFileSync(outputs.report, 'utf8')).decision).toBe('no-go')
    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary.match(/^## /gm)).toHaveLength(1)
    expect(summary).toMatch(/^## 🔴 NO-GO/)
  })

  it('still sets the decision when the summary cannot be written, and says so', () => {
    const { writer, outputs, warnings, dir } = target()
    const blocked = createOutcomeWriter({
      summaryFile: path.join(dir, 'summary.md', 'not-a-dir'),
      scratchDir: dir,
      redactor: createRedactor(),
      setOutput: (name, value) => (outputs[name] = String(value)),
      warn: (message) => warnings.push(message)
    })
    blocked.write(makeReport([{ id: 'tests', status: 'pass' }]))
    expect(outputs.decision).toBe('go')
    expect(warnings).toEqual([expect.stringMatching(/^Could not write the job summary/)])
    expect(writer.written).toBe(false)
  })
})

describe('reportWithoutGates', () => {
  it('is NO-GO with its problems as reasons and codes, on every surface', () => {
    const { writer, outputs, summaryFile } = target()
    writer.write(
      reportWithoutGates([{ code: 'unsupported-event', message: 'go-no-go does not run on the `release` event; token hunter2-secret' }], {
        checklistPath: 'release plans/go no go.md',
        now: 0
      })
    )
    expect(outputs).toMatchObject({ decision: 'no-go', passed: '0', failed: '0', errored: '0', pending: '0' })
    const json = JSON.parse(readFileSync(outputs.report, 'utf8'))
    expect(json).toMatchObject({ decision: 'no-go', checklist: 'release plans/go no go.md', format: 'markdown', items: [], runProblems: [{ code: 'unsupported-event' }] })
    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toMatch(/^## 🔴 NO-GO: this event is not supported — no gate was run/)
    expect(summary).toMatch(/### ⛔ Blocking \(1\)\n\n- 🛑 \*\*The run itself:\*\* go-no-go does not run on the \\`release\\` event/)
    expect(summary).not.toContain('By section')
    expect(summary).not.toContain('hunter2-secret')
    expect(json.runProblems[0].message).not.toContain('hunter2-secret')
  })
})
