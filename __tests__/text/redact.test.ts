/** Secrets in gate output never reach a report: known values, token shapes and private keys. */
import { createRedactor, learnMaskedValue, redactPrivateKeys } from '../../src/text/redact.js'
import { expectLinearGrowth } from '../helpers/growth.js'

// Built at run time so this file holds no string a secret scanner would flag.
const alnum = (length: number) => Array.from({ length }, (_, index) => 'aB3xY9kQ'[index % 8]).join('')

describe('createRedactor', () => {
  it('replaces configured secret values, the longest first so no tail of one is left', () => {
    const redactor = createRedactor(['hunter2-secret', 'hunter2-secret-longer'])
    expect(redactor.redact('a=hunter2-secret-longer b=hunter2-secret')).toBe('a=*** b=***')
  })

  it('ignores values under 4 characters, which would blank ordinary words', () => {
    const redactor = createRedactor(['abc', 'x'])
    expect(redactor.redact('abc x')).toBe('abc x')
  })

  it('learns values later, e.g. from ::add-mask:: lines, and hides each line of a multi-line secret', () => {
    const redactor = createRedactor()
    learnMaskedValue('::add-mask::  temp-pass-42  ', redactor)
    redactor.add('line-one-of-it\nline-two-of-it')
    expect(redactor.redact('temp-pass-42 / line-two-of-it')).toBe('*** / ***')
    learnMaskedValue('no mask here', redactor)
    expect(redactor.redact('no mask here')).toBe('no mask here')
  })

  it.each([
    ['GitHub classic token', `ghp_${alnum(36)}`],
    ['GitHub OAuth token', `gho_${alnum(36)}`],
    ['GitHub user-to-server token', `ghu_${alnum(36)}`],
    ['GitHub server-to-server token', `ghs_${alnum(36)}`],
    ['GitHub refresh token', `ghr_${alnum(36)}`],
    ['fine-grained PAT', `github_pat_${alnum(22)}_${alnum(59)}`],
    ['AWS access key id', `AKIA${'ABCDEFGHIJ234567'}`],
    ['npm token', `npm_${alnum(36)}`]
  ])('redacts a %s nobody told us about, even glued to other word characters', (_name, token) => {
    const redactor = createRedactor()
    expect(redactor.redact(`token=${token} x`)).toBe('token=*** x')
    expect(redactor.redact(`TOKEN_${token}_suffix`)).not.toContain(token)
  })

  it('leaves shapes that are not tokens alone', () => {
    const redactor = createRedactor()
    const text = `ghp_${alnum(35)} npm_short AKIAlowercase github_pat_short`
    expect(redactor.redact(text)).toBe(text)
  })

  it('hides a whole PEM private key block, whatever its label', () => {
    const redactor = createRedactor()
    for (const label of ['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']) {
      const out = redactor.redact(`before\n-----BEGIN ${label}-----\nMIIEowIBAAKCAQEA\nxyz==\n-----END ${label}-----\nafter`)
      expect(out).toBe('before\n***\nafter')
    }
  })

  it('keeps public certificates, which are not secret', () => {
    const cert = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'
    expect(createRedactor().redact(cert)).toBe(cert)
  })

  it('hides a key cut off before its END (output truncated) to the end of the text', () => {
    expect(redactPrivateKeys('log\n-----BEGIN PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nmore')).toBe('log\n***')
  })

  it('hides the key lines before an END whose BEGIN was cut off (an excerpt that starts inside a key)', () => {
    expect(redactPrivateKeys('MIIEowIBAAKCAQEA\nQ2xlYXJseSBzZWNyZXQ=\n-----END RSA PRIVATE KEY-----\nafter')).toBe('***\nafter')
    expect(redactPrivateKeys('error: bad thing happened!\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----')).toBe('error: bad thing happened!\n***')
  })

  it.each([
    ['BEGIN markers without a label', (size: number) => '-----BEGIN '.repeat(size)],
    ['END markers without a BEGIN', (size: number) => '-----END RSA PRIVATE KEY-----\n'.repeat(size / 2)],
    ['a BEGIN followed by END markers of other blocks', (size: number) => `-----BEGIN PRIVATE KEY-----${'-----END X-----'.repeat(size)}`],
    ['token prefixes', (size: number) => 'ghp_'.repeat(size)],
    ['one endless token', (size: number) => `github_pat_${'a'.repeat(size * 10)}`],
    ['AWS key prefixes', (size: number) => 'AKIA'.repeat(size)]
  ])('runs in linear time on hostile input: %s', (_name, input) => {
    const redactor = createRedactor(['some-secret-value'])
    expectLinearGrowth({ input, work: (text) => redactor.redact(text), size: 500 })
  })
})
