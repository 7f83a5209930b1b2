/** cargo audit and npm audit: vulnerabilities by severity, warnings, and "could not run" never read as clean. */
import { cvss3BaseScore, severityFromCvss, severityFromScore } from '../../../src/gates/parsers/cvss.js'
import { parseCaptured, parseText } from './helpers.js'

describe('cargo-audit', () => {
  it('reads --json: severities from the CVSS vectors, unscored advisories as unknown, warnings of every kind', () => {
    const parsed = parseCaptured('cargo-audit', 'cargo-audit.json.txt', 1)
    expect(parsed).toMatchObject({ kind: 'audit', counts: { bySeverity: { medium: 1, critical: 1, unknown: 1 }, warnings: 2 } })
    expect(parsed.findings.map((finding) => [finding.level, finding.code])).toEqual([
      ['error', 'RUSTSEC-2023-0071'],
      ['error', 'RUSTSEC-2024-0421'],
      ['error', 'RUSTSEC-2024-0437'],
      ['warning', 'RUSTSEC-2024-0384'],
      ['warning', undefined]
    ])
    expect(parsed.findings[0].message).toBe('rsa 0.9.6: Marvin Attack: potential key recovery through timing sidechannels (medium)')
    expect(parsed.findings[4].message).toBe('futures-util 0.3.30: yanked')
  })

  it('reads a clean --json report as zero vulnerabilities', () => {
    expect(parseCaptured('cargo-audit', 'cargo-audit-clean.json.txt', 0)).toEqual({ kind: 'audit', counts: { bySeverity: {}, warnings: 0 }, findings: [] })
  })

  it('counts vulnerabilities a trimmed --json list leaves out as unknown', () => {
    const report = JSON.stringify({ vulnerabilities: { found: true, count: 2, list: [] } })
    expect(parseText('cargo-audit', report, 1)).toMatchObject({ counts: { bySeverity: { unknown: 2 } } })
  })

  it('reads the text report: vulnerability blocks, warning blocks and the closing lines', () => {
    const parsed = parseCaptured('cargo-audit', 'cargo-audit.txt', 1)
    expect(parsed).toMatchObject({ counts: { bySeverity: { critical: 1, unknown: 1, medium: 1 }, warnings: 2 } })
    expect(parsed.findings.filter((finding) => finding.level === 'error').map((finding) => finding.code)).toEqual(['RUSTSEC-2024-0421', 'RUSTSEC-2024-0437', 'RUSTSEC-2023-0071'])
    expect(parsed.findings.find((finding) => finding.code === 'RUSTSEC-2024-0384')).toMatchObject({
      level: 'warning',
      message: 'instant 0.1.13: unmaintained — `instant` is unmaintained'
    })
  })

  it('reads a clean text run as zero, and a stated total above the blocks read as unknown', () => {
    expect(parseCaptured('cargo-audit', 'cargo-audit-clean.txt', 0)).toMatchObject({ counts: { bySeverity: {}, warnings: 0 } })
    const text = '    Scanning Cargo.lock for vulnerabilities (3 crate dependencies)\nerror: 2 vulnerabilities found!'
    expect(parseText('cargo-audit', text, 1)).toMatchObject({ counts: { bySeverity: { unknown: 2 } } })
  })

  it('does not take "denied warnings found" for a failure to run', () => {
    const text =
      '    Scanning Cargo.lock for vulnerabilities (3 crate dependencies)\nCrate:     instant\nVersion:   0.1.13\nWarning:   unmaintained\nerror: 1 denied warning found!'
    expect(parseText('cargo-audit', text, 1)).toMatchObject({ counts: { bySeverity: {}, warnings: 1 } })
  })

  it('is an error when the advisory database cannot be fetched', () => {
    expect(parseCaptured('cargo-audit', 'cargo-audit-fetch-error.txt', 1)).toEqual({
      kind: 'audit',
      counts: null,
      findings: [],
      problem: { status: 'error', message: expect.stringMatching(/^cargo audit could not run: couldn't fetch advisory database/) }
    })
  })

  it('is an error when nothing in the output is a report, whatever the exit code', () => {
    expect(parseText('cargo-audit', '', 0)).toMatchObject({ counts: null, problem: { status: 'error' } })
    expect(parseText('cargo-audit', 'error: no such command: `audit`', 101)).toMatchObject({ problem: { status: 'error', message: expect.stringContaining('no such command') } })
  })
})

describe('CVSS severities', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', 5.9],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:N/A:N', 3.3],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N', 5.4],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:N/A:N', 7.7],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 8.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:L/A:N', 7.2],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0]
  ])('%s scores %d', (vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score)
  })

  it('bands scores and leaves what it cannot score unknown', () => {
    expect([9, 8.9, 7, 6.9, 4, 3.9, 0.1, 0].map(severityFromScore)).toEqual(['critical', 'high', 'high', 'medium', 'medium', 'low', 'low', 'none'])
    expect(severityFromCvss('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe('unknown')
    expect(severityFromCvss('CVSS:3.1/AV:N/AC:L')).toBe('unknown')
    expect(severityFromCvss(null)).toBe('unknown')
    expect(severityFromCvss('9.1')).toBe('critical')
  })
})

describe('npm-audit', () => {
  it('turns the registry refusing the audit (405) into an error naming it, never a clean audit', () => {
    expect(parseCaptured('npm-audit', 'npm-audit-unreachable.json.txt')).toEqual({
      kind: 'audit',
      counts: null,
      findings: [],
      problem: {
        status: 'error',
        message: 'npm audit could not reach the advisory service: 405 Method Not Allowed - POST https://registry.invalid/-/npm/v1/security/advisories/bulk'
      }
    })
  })

  it("turns the text-mode refusal into an error with npm's own words", () => {
    expect(parseCaptured('npm-audit', 'npm-audit-unreachable.txt')).toMatchObject({
      counts: null,
      problem: { status: 'error', message: 'npm audit could not run: audit endpoint returned an error' }
    })
  })

  it('names the npm error code when there is one', () => {
    const report = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.invalid/-/npm/v1/security/advisories/bulk failed', detail: '' } }, null, 2)
    expect(parseText('npm-audit', report, 1)).toMatchObject({
      problem: { status: 'error', message: expect.stringMatching(/^npm audit could not reach the advisory service: ENOTFOUND: request to/) }
    })
  })

  it('counts --json vulnerabilities by severity', () => {
    const report = JSON.stringify(
      {
        vulnerabilities: { 'js-yaml': { severity: 'moderate' }, lodash: { severity: 'high' } },
        metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 2, critical: 0, total: 3 } }
      },
      null,
      2
    )
    const parsed = parseText('npm-audit', `npm warn config something\n${report}`, 1)
    expect(parsed).toMatchObject({ counts: { bySeverity: { moderate: 1, high: 2 }, warnings: 0 } })
    expect(parsed.findings.map((finding) => finding.code)).toEqual(['js-yaml', 'lodash'])
  })

  it('reads the text summary lines', () => {
    expect(parseText('npm-audit', 'up to date, audited 3 packages in 1s\n\nfound 0 vulnerabilities', 0)).toMatchObject({ counts: { bySeverity: {} } })
    expect(parseText('npm-audit', '# npm audit report\n\n3 vulnerabilities (1 moderate, 2 high)', 1)).toMatchObject({ counts: { bySeverity: { moderate: 1, high: 2 } } })
    expect(parseText('npm-audit', '1 high severity vulnerability', 1)).toMatchObject({ counts: { bySeverity: { high: 1 } } })
  })

  it('is an error when the output holds no report', () => {
    expect(parseText('npm-audit', 'up to date in 1s', 0)).toMatchObject({ counts: null, problem: { status: 'error' } })
  })
})
