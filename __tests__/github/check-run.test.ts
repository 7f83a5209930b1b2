import { collectAnnotations } from '../../src/github/check-run.js'
import { createRedactor } from '../../src/text/redact.js'
import { makeReport } from '../helpers/reports.js'

describe('collectAnnotations', () => {
  const redactor = createRedactor(['deploy-secret-1234'])
  const redact = (text: string) => redactor.redact(text)

  it('redacts a secret in a failing test name from both the title and the message', () => {
    const report = makeReport([
      {
        id: 'tests',
        status: 'fail',
        failingTests: ['leaks deploy-secret-1234'],
        findings: [{ level: 'error', message: 'test failed: leaks deploy-secret-1234', file: 'src/a.test.js', line: 3, code: 'leaks deploy-secret-1234' }]
      }
    ])
    expect(collectAnnotations(report, redact)).toEqual([
      { path: 'src/a.test.js', start_line: 3, end_line: 3, annotation_level: 'failure', message: 'test failed: leaks ***', title: 'tests: leaks ***' }
    ])
  })

  it('drops an annotation whose path carries a secret rather than point at a redacted path', () => {
    const report = makeReport([{ id: 'tests', status: 'fail', findings: [{ level: 'error', message: 'boom', file: 'deploy-secret-1234/a.js', line: 1 }] }])
    expect(collectAnnotations(report, redact)).toEqual([])
  })
})
