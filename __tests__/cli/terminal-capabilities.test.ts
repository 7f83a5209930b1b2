/** Who gets colour and live progress: the rules --help and the README state. */
import { fitLine } from '../../src/cli/progress.js'
import { progressModeFor, wantsColor } from '../../src/cli/terminal-capabilities.js'

describe('colour', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { TERM: 'dumb' }, false],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true]
  ])('a terminal: %s, env %j → colour %s', (isTTY, env, expected) => {
    expect(wantsColor({ isTTY }, env)).toBe(expected)
  })
})

describe('progress', () => {
  it('is live on a terminal, plain lines elsewhere or on a dumb terminal, and off with --quiet', () => {
    expect(progressModeFor({ isTTY: true }, {}, false)).toBe('live')
    expect(progressModeFor({ isTTY: false }, {}, false)).toBe('lines')
    expect(progressModeFor({ isTTY: true }, { TERM: 'dumb' }, false)).toBe('lines')
    expect(progressModeFor({ isTTY: true }, {}, true)).toBe('off')
  })

  it('fits the live line to the terminal, dropping names before counts', () => {
    const running = ['clippy 1.0 s', 'tests 2.0 s', 'audit 0.5 s']
    expect(fitLine('⠋ 1/4 gates done', running, '3.0 s', 200)).toBe('⠋ 1/4 gates done · running clippy 1.0 s, tests 2.0 s, audit 0.5 s · 3.0 s elapsed')
    expect(fitLine('⠋ 1/4 gates done', running, '3.0 s', 70)).toBe('⠋ 1/4 gates done · running clippy 1.0 s, +2 more · 3.0 s elapsed')
    expect(fitLine('⠋ 1/4 gates done', running, '3.0 s', 50)).toBe('⠋ 1/4 gates done · 3 running · 3.0 s elapsed')
    expect(fitLine('⠋ 1/4 gates done', running, '3.0 s', 40)).toBe('⠋ 1/4 gates done · 3 running')
    for (let width = 5; width < 90; width++) expect([...fitLine('⠋ 1/4 gates done', running, '3.0 s', width)].length).toBeLessThanOrEqual(width)
  })
})
