/** Where the checklist may come from: a regular file inside the workspace, and nothing else. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadChecklist } from '../../src/checklist/load.js'
import { ChecklistError } from '../../src/checklist/types.js'

const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-load-'))
const outside = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-outside-'))
const SECRET = 'TOP-SECRET-FILE-CONTENT-42'
writeFileSync(path.join(outside, 'secret.yml'), `version: 1\n# ${SECRET}\nsections: [\n`)
mkdirSync(path.join(workspace, '.github'))
writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), 'version: 1\nsections:\n  - title: S\n    items:\n      - { id: a, title: A, run: "true" }\n')
symlinkSync(path.join(outside, 'secret.yml'), path.join(workspace, 'link-out.yml'))
symlinkSync('/proc/self/environ', path.join(workspace, 'environ.yml'))
symlinkSync(path.join(workspace, '.github', 'go-no-go.yml'), path.join(workspace, 'link-in.yml'))
execFileSync('mkfifo', [path.join(workspace, 'fifo.yml')])
mkdirSync(path.join(workspace, 'folder.yml'))
writeFileSync(path.join(workspace, 'huge.yml'), `# ${'x'.repeat(10 * 1024 * 1024)}\n`)

async function refusal(checklistPath: string): Promise<string> {
  try {
    await loadChecklist({ workspace, path: checklistPath }, { markdown: () => { throw new Error('markdown not expected here') } })
  } catch (error) {
    if (error instanceof ChecklistError) return error.message
    throw error
  }
  throw new Error(`${checklistPath} was accepted`)
}

describe('loadChecklist', () => {
  it('reads a checklist inside the workspace, also through a link that stays inside', async () => {
    expect((await loadChecklist({ workspace, path: '.github/go-no-go.yml' }, { markdown: () => { throw new Error('markdown not expected here') } })).sections).toHaveLength(1)
    expect((await loadChecklist({ workspace, path: 'link-in.yml' }, { markdown: () => { throw new Error('markdown not expected here') } })).sections).toHaveLength(1)
  })

  it.each([
    ['../../etc/passwd', /leads outside the workspace/],
    ['/etc/passwd', /must be relative/],
    ['link-out.yml', /symbolic link to a file outside the workspace/],
    ['environ.yml', /symbolic link to a file outside the workspace/],
    ['fifo.yml', /not a regular file/],
    ['folder.yml', /is a directory/],
    ['missing.yml', /does not exist/],
    ['huge.yml', /bytes; the limit is 1048576/]
  ])('refuses %s without echoing its contents', async (checklistPath, message) => {
    const started = Date.now()
    const text = await refusal(checklistPath)
    expect(text).toMatch(message)
    expect(text.startsWith(`${checklistPath}: `)).toBe(true)
    expect(text).not.toContain(SECRET)
    expect(text).not.toMatch(/PATH=|HOME=/)
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
