import { createRedactor } from '../../src/text/redact.js'
import { escapeCommandValue, safeLogLine } from '../../src/text/workflow-commands.js'

describe('safeLogLine', () => {
  const redactor = createRedactor(['hunter2-secret'])

  it.each([
    ['a CR the runner would split on', 'tool\r::error::forged', 'tool :\u200b:error:\u200b:forged'],
    ['LF and CRLF', 'a\n::warning::b\r\nc', 'a :\u200b:warning:\u200b:b c'],
    ['a legacy ##[ command anywhere in the line', 'x ##[error]forged', 'x #\u200b#[error]forged'],
    ['ANSI escapes and other controls', '\u001b[31mred\u001b[0m\u0007 ok', 'red ok'],
    ['a control character hiding a `::`', ':\u0001:error::x', ':\u200b:error:\u200b:x']
  ])('makes %s inert', (_what, input, expected) => {
    expect(safeLogLine(input, redactor)).toBe(expected)
  })

  it('redacts configured secrets, masked values and token shapes before breaking up `::`', () => {
    redactor.add('mask::ed-value')
    const line = safeLogLine(`hunter2-secret mask::ed-value ghp_${'a'.repeat(36)}`, redactor)
    expect(line).toBe('*** *** ***')
  })

  it('hides each line of a multi-line secret once the text is on one line', () => {
    const multi = createRedactor(['first-line-of-key\nsecond-line-of-key'])
    expect(safeLogLine('x first-line-of-key\nsecond-line-of-key y', multi)).toBe('x *** *** y')
  })
})

describe('escapeCommandValue', () => {
  it('escapes % first, so a literal %0A stays text', () => {
    expect(escapeCommandValue('50%0A\r\n')).toBe('50%250A%0D%0A')
  })
})
