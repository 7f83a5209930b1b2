import { readSettings, type ActionSettings } from '../src/settings.js'

function inputs(values: Record<string, string>) {
  return (name: string) => values[name] ?? ''
}

function settingsOf(values: Record<string, string>, env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: '/work/repo' }): ActionSettings {
  const read = readSettings(inputs(values), env)
  if (!read.ok) throw new Error(read.problems.join('\n'))
  return read.settings
}

describe('readSettings', () => {
  it('applies the documented defaults', () => {
    const settings = settingsOf({})
    expect(settings).toMatchObject({
      checklist: '.github/go-no-go.yml',
      workspace: '/work/repo',
      workspaceRoot: '/work/repo',
      failOn: 'no-go',
      allowEmpty: false,
      comment: 'true',
      commentKey: '.github/go-no-go.yml',
      checkName: 'Go/No-Go',
      checkRun: true,
      checklistFrom: 'head',
      protectChecklist: false
    })
    expect(settings.concurrency).toBeGreaterThanOrEqual(1)
    expect(settings.statusContext).toBeUndefined()
  })

  it('reads checklist-from and protect-checklist', () => {
    expect(settingsOf({ 'checklist-from': 'base', 'protect-checklist': 'true' })).toMatchObject({ checklistFrom: 'base', protectChecklist: true })
    expect(settingsOf({ 'checklist-from': ' head ', 'protect-checklist': 'False' })).toMatchObject({ checklistFrom: 'head', protectChecklist: false })
  })

  it('resolves working-directory inside the workspace', () => {
    expect(settingsOf({ 'working-directory': 'services/api' }).workspace).toBe('/work/repo/services/api')
  })

  it('keys the comment by a checklist path with spaces, as it is, when no comment-key is given', () => {
    expect(settingsOf({ checklist: 'release plans/go no go.md' }).commentKey).toBe('release plans/go no go.md')
  })

  it.each([
    ['concurrency', 'lots', /Invalid input 'concurrency': "lots". Expected a whole number/],
    ['concurrency', '0', /Expected a whole number from 1/],
    ['fail-on', 'sometimes', /Invalid input 'fail-on'.*one of no-go, conditional-go, never/],
    ['comment', 'yes', /Invalid input 'comment'.*one of true, false, on-failure/],
    ['allow-empty', 'yes', /Invalid input 'allow-empty'.*true or false/],
    ['comment-key', 'a-->b', /Invalid input 'comment-key'/],
    ['checklist-from', 'HEAD~1', /^Invalid input 'checklist-from': "HEAD~1". Expected one of head, base\.$/],
    ['protect-checklist', 'on', /^Invalid input 'protect-checklist': "on". Expected true or false\.$/]
  ])('refuses %s=%s naming the input and what it expects, without throwing', (name, value, message) => {
    const read = readSettings(inputs({ [name]: value }), {})
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problems.join('\n')).toMatch(message)
  })

  it('reports every bad input at once, and keeps fail-on when it was readable', () => {
    const read = readSettings(inputs({ concurrency: 'many', comment: 'maybe', 'fail-on': 'never' }), {})
    expect(read).toMatchObject({ ok: false, failOn: 'never', checklist: '.github/go-no-go.yml' })
    if (!read.ok) expect(read.problems).toEqual([expect.stringMatching(/'concurrency'/), expect.stringMatching(/'comment'/)])
  })

  it('has no fail-on when fail-on itself is unreadable', () => {
    const read = readSettings(inputs({ 'fail-on': 'whenever' }), {})
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.failOn).toBeUndefined()
  })
})
