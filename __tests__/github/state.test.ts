/** The gate results kept in the sticky comment: base64 is no hiding place, so secrets are redacted there too. */
import { buildState, encodeState, readState } from '../../src/github/state.js'
import { createRedactor } from '../../src/text/redact.js'
import { report } from '../report/build.js'

describe('buildState', () => {
  it('redacts secrets in summaries, reasons and failing test names before they are encoded into the comment', () => {
    const secret = 'db-password-from-add-mask'
    const token = `ghp_${'a1B2'.repeat(9)}`
    const run = report([{ id: 'tests', status: 'fail', summary: `1/2 passed ${token}`, reason: `connect failed: ${secret}`, failingTests: [`login uses ${token}`] }])
    const redactor = createRedactor([secret])
    const encoded = encodeState(buildState(run, 'abc1234', [], (text) => redactor.redact(text)))!
    const decoded = JSON.stringify(readState(encoded.line)!.state)
    expect(decoded).not.toContain(secret)
    expect(decoded).not.toContain(token)
    expect(decoded).toContain('connect failed: ***')
  })
})
