import { readSettings } from '../src/settings.js'

function inputs(values: Record<string, string>) {
  return (name: string) => values[name] ?? ''
}

describe('readSettings', () => {
  it('applies the documented defaults', () => {
    const settings = readSettings(inputs({}), { GITHUB_WORKSPACE: '/work/repo' })
    expect(settings).toMatchObject({
      checklist: '.github/go-no-go.yml',
      workspace: '/work/repo',
      failOn: 'no-go',
      allowEmpty: false,
      comment: 'true',
      commentKey: '.github/go-no-go.yml',
      checkName: 'Go/No-Go',
      checkRun: true
    })
    expect(settings.concurrency).toBeGreaterThanOrEqual(1)
    expect(settings.statusContext).toBeUndefined()
  })

  it('resolves working-directory inside the workspace', () => {
    expect(readSettings(inputs({ 'working-directory': 'services/api' }), { GITHUB_WORKSPACE: '/work/repo' }).workspace).toBe('/work/repo/services/api')
  })

  it.each([
    ['concurrency', 'lots', /Invalid input 'concurrency': "lots". Expected a whole number/],
    ['concurrency', '0', /Expected a whole number from 1/],
    ['fail-on', 'sometimes', /Invalid input 'fail-on'.*one of no-go, conditional-go, never/],
    ['comment', 'yes', /Invalid input 'comment'.*one of true, false, on-failure/],
    ['allow-empty', 'yes', /Invalid input 'allow-empty'.*true or false/],
    ['comment-key', 'a-->b', /Invalid input 'comment-key'/]
  ])('rejects %s=%s naming the input and what it expects', (name, value, message) => {
    expect(() => readSettings(inputs({ [name]: value }), {})).toThrow(message)
  })
})
