/** The words and numbers every surface shares: counts, verdict labels, durations, and how a pass was known. */
import { decisionHeading, decisionLabel, formatCounts, formatDuration, passEvidence, signedCount } from '../../src/report/format.js'
import { formatNumber } from '../../src/text/format.js'
import { item, result } from './build.js'

describe('formatCounts', () => {
  it('always says how many passed, and leaves other zero counts out', () => {
    expect(formatCounts({ passed: 0, failed: 0, errored: 0, pending: 0, cancelled: 0 })).toBe('0 passed')
    expect(formatCounts({ passed: 1_700, failed: 3, errored: 1, pending: 12, cancelled: 2 })).toBe('1,700 passed · 3 failed · 1 error · 12 pending · 2 cancelled')
    expect(formatCounts({ passed: 1, failed: 0, errored: 2, pending: 0, cancelled: 0 })).toBe('1 passed · 2 errors')
  })
})

describe('decision labels', () => {
  it('a cancelled run never reads as a plain verdict', () => {
    expect(decisionLabel('go', false)).toBe('GO')
    expect(decisionLabel('conditional-go', false)).toBe('CONDITIONAL GO')
    expect(decisionLabel('no-go', true)).toBe('CANCELLED — NO-GO')
    expect(decisionLabel('go', true)).toBe('CANCELLED — NO-GO')
    expect(decisionHeading('no-go', false)).toBe('🔴 NO-GO')
    expect(decisionHeading('no-go', true)).toBe('⏹️ CANCELLED — NO-GO')
  })

  it('counts sign-offs as "N of M signed"', () => {
    expect(signedCount(0, 4)).toBe('0 of 4 signed')
    expect(signedCount(1_000, 1_204)).toBe('1,000 of 1,204 signed')
  })
})

describe('passEvidence', () => {
  it.each([
    ['a command gate', item({ id: 'a', status: 'pass' }), 'verified'],
    ['an evidence file', item({ id: 'a', status: 'pass', kind: 'file' }), 'verified'],
    ['a box ticked in the checklist', item({ id: 'a', status: 'pass', kind: 'manual', signedOff: true }), 'ticked'],
    ['a sign-off on the pull request', item({ id: 'a', status: 'pass', kind: 'manual' }), 'signed']
  ])('a pass by %s is %s', (_what, checklistItem, evidence) => {
    expect(passEvidence(checklistItem, result({ id: 'a', status: 'pass' }))).toBe(evidence)
  })

  it('says nothing for what did not pass', () => {
    for (const status of ['fail', 'error', 'pending', 'cancelled'] as const) expect(passEvidence(item({ id: 'a', status }), result({ id: 'a', status }))).toBeUndefined()
  })
})

describe('formatDuration', () => {
  it.each([
    [400, '0.4 s'],
    [0, '0.0 s'],
    [9_940, '9.9 s'],
    [12_300, '12 s'],
    [59_600, '1 m'],
    [63_000, '1 m 3 s'],
    [3_725_000, '1 h 2 m'],
    [-1, '—']
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('formatNumber', () => {
  it('groups whole numbers by thousands as en-US does, negative ones and fractions too', () => {
    const samples = [0, 7, 999, 1_000, 1_024, 65_536, 999_999, 1_000_000, 123_456_789, Number.MAX_SAFE_INTEGER, -1, -1_234_567, 1.5, 1_234.25]
    expect(samples.map(formatNumber)).toEqual(samples.map((value) => value.toLocaleString('en-US')))
    expect(formatNumber(2_000_000_000)).toBe('2,000,000,000')
  })
})
