import { writeGateLog } from '../src/action-log.js'
import type { GateResult } from '../src/gates/types.js'
import { createRedactor } from '../src/text/redact.js'

function logOf(result: GateResult, title: string): string[] {
  const chunks: string[] = []
  writeGateLog(result, title, createRedactor(['s3cret-value']), (text) => chunks.push(text))
  return chunks.join('').split(/\r\n|\r|\n/)
}

describe('writeGateLog', () => {
  it('writes the title, reason and notes as single inert, redacted lines', () => {
    const lines = logOf(
      {
        id: 'deploy',
        status: 'error',
        summary: 'not found',
        reason: 'command not found: tool\r::error::forged s3cret-value',
        notes: ['killed 1 process left running: x\r::add-mask::GO (pid 7)'],
        durationMs: 1
      },
      'Deploy\n::set-output name=decision::go'
    )
    expect(lines).toEqual([
      '::group::ERROR deploy — Deploy :\u200b:set-output name=decision:\u200b:go (not found)',
      'command not found: tool :\u200b:error:\u200b:forged ***',
      'killed 1 process left running: x :\u200b:add-mask:\u200b:GO (pid 7)',
      '::endgroup::',
      ''
    ])
  })
})
