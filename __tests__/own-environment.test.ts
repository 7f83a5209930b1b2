import { blankValues, environmentBounds } from '../src/own-environment.js'

const withheld = (name: string) => name.startsWith('INPUT_') || name === 'ACTIONS_RUNTIME_TOKEN'

describe('blankValues', () => {
  it('overwrites only the withheld values, keeping every name and the block’s size', () => {
    const block = Buffer.from('PATH=/bin\0INPUT_GITHUB-TOKEN=ghs_secret\0ACTIONS_RUNTIME_TOKEN=rt\0NOT_INPUT_X=kept\0EMPTY=\0NOEQUALS\0', 'latin1')
    const { block: out, names } = blankValues(block, withheld)
    expect(out.length).toBe(block.length)
    expect(names).toEqual(['INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN'])
    const text = out.toString('latin1')
    expect(text).not.toContain('ghs_secret')
    expect(text).not.toMatch(/=rt\0/)
    expect(text.split('\0').filter(Boolean)).toEqual(['PATH=/bin', 'INPUT_GITHUB-TOKEN=', 'ACTIONS_RUNTIME_TOKEN=', 'NOT_INPUT_X=kept', 'EMPTY=', 'NOEQUALS'])
  })

  it('reads a block without a final NUL, and a value holding `=`', () => {
    const { block } = blankValues(Buffer.from('INPUT_A=x=y\0INPUT_B=last', 'latin1'), withheld)
    expect(block.toString('latin1')).toBe(`INPUT_A=${'\0'.repeat(3)}\0INPUT_B=${'\0'.repeat(4)}`)
  })
})

describe('environmentBounds', () => {
  it('finds fields 50 and 51 even when the command name holds spaces and parentheses', () => {
    const tail = Array.from({ length: 50 }, (_, index) => String(index + 3))
    tail[50 - 3] = '140726018591477'
    tail[51 - 3] = '140726018592747'
    expect(environmentBounds(`42 (a) b (c) ${tail.join(' ')}`)).toEqual({ start: 140726018591477, end: 140726018592747 })
    expect(environmentBounds('42 (x) S 1 2')).toBeUndefined()
  })
})
// In a real process, through the bundled action: isolation.test.ts (a gate reading its ancestors' environments).
