/** Where the checklist may come from: a regular file inside the workspace, and nothing else. */
import { execFileSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { loadChecklist, type ChecklistParsers } from '../../src/checklist/load.js'
import { ChecklistError, type Checklist } from '../../src/checklist/types.js'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-load-'))
const workspace = path.join(scratch, 'ws')
const outside = path.join(scratch, 'outside')
const SECRET = 'TOP-SECRET-FILE-CONTENT-42'
const GOOD = 'version: 1\nsections:\n  - title: S\n    items:\n      - { id: a, title: A, run: "true" }\n'
const noMarkdown: ChecklistParsers = {
  markdown: () => {
    throw new Error('markdown not expected here')
  }
}
let socket: net.Server

beforeAll(async () => {
  mkdirSync(path.join(workspace, '.github'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'secret.yml'), `version: 1\n# ${SECRET}\nsections: [\n`)
  writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), GOOD)
  writeFileSync(path.join(workspace, 'bom.yml'), `\uFEFF${GOOD}`)
  writeFileSync(path.join(workspace, 'CHECKLIST.md'), '# Release\n- [ ] thing\n')
  writeFileSync(path.join(workspace, 'latin1.yml'), Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]))
  writeFileSync(path.join(workspace, 'huge.yml'), `# ${'x'.repeat(10 * 1024 * 1024)}\n`)
  // 10 GiB that take no disk: reading it would take minutes, so a fast refusal proves the size came first.
  const sparse = openSync(path.join(workspace, 'sparse.yml'), 'w')
  closeSync(sparse)
  execFileSync('truncate', ['-s', '10G', path.join(workspace, 'sparse.yml')])
  symlinkSync(path.join(outside, 'secret.yml'), path.join(workspace, 'link-out.yml'))
  symlinkSync('/proc/self/environ', path.join(workspace, 'environ.yml'))
  symlinkSync(path.join(workspace, '.github', 'go-no-go.yml'), path.join(workspace, 'link-in.yml'))
  symlinkSync(path.join(workspace, 'nothing-there.yml'), path.join(workspace, 'broken.yml'))
  symlinkSync(outside, path.join(workspace, 'config'))
  symlinkSync(workspace, path.join(scratch, 'ws-link'))
  execFileSync('mkfifo', [path.join(workspace, 'fifo.yml')])
  mkdirSync(path.join(workspace, 'folder.yml'))
  socket = net.createServer()
  await new Promise<void>((resolve) => socket.listen(path.join(workspace, 'socket.yml'), resolve))
})

afterAll(async () => {
  await new Promise<void>((resolve) => socket.close(() => resolve()))
  rmSync(scratch, { recursive: true, force: true })
})

async function refusal(checklistPath: string, parsers: ChecklistParsers = noMarkdown): Promise<ChecklistError> {
  try {
    await loadChecklist({ workspace, path: checklistPath }, parsers)
  } catch (error) {
    if (error instanceof ChecklistError) return error
    throw error
  }
  throw new Error(`${checklistPath} was accepted`)
}

describe('loadChecklist reads', () => {
  it('a checklist inside the workspace, also through a link that stays inside', async () => {
    const checklist = await loadChecklist({ workspace, path: '.github/go-no-go.yml' }, noMarkdown)
    expect(checklist).toMatchObject({ path: '.github/go-no-go.yml', format: 'yaml', sections: [{ items: [{ id: 'a', source: { file: '.github/go-no-go.yml', line: 5 } }] }] })
    expect((await loadChecklist({ workspace, path: 'link-in.yml' }, noMarkdown)).sections).toHaveLength(1)
  })

  it('an absolute path that leads inside the workspace, naming it relative to the workspace', async () => {
    expect((await loadChecklist({ workspace, path: path.join(workspace, '.github', 'go-no-go.yml') }, noMarkdown)).path).toBe(path.join('.github', 'go-no-go.yml'))
  })

  it('from a workspace that is itself reached through a symbolic link', async () => {
    const linked = path.join(scratch, 'ws-link')
    expect((await loadChecklist({ workspace: linked, path: '.github/go-no-go.yml' }, noMarkdown)).sections).toHaveLength(1)
    expect((await loadChecklist({ workspace: linked, path: path.join(linked, 'link-in.yml') }, noMarkdown)).sections).toHaveLength(1)
  })

  it('a file that starts with a byte-order mark', async () => {
    expect((await loadChecklist({ workspace, path: 'bom.yml' }, noMarkdown)).sections).toHaveLength(1)
  })

  it('Markdown through the parser it is given, with the text and the name as given', async () => {
    const seen: Array<[string, string]> = []
    const markdown = (text: string, file: string): Checklist => {
      seen.push([text, file])
      return { title: 'md', path: file, format: 'markdown', sections: [] }
    }
    expect(await loadChecklist({ workspace, path: 'CHECKLIST.md' }, { markdown })).toMatchObject({ format: 'markdown', path: 'CHECKLIST.md' })
    expect(seen).toEqual([['# Release\n- [ ] thing\n', 'CHECKLIST.md']])
  })

  it('a file over 1 MiB when a larger limit is given', async () => {
    const checklist = await loadChecklist({ workspace, path: 'huge.yml', maxBytes: 11 * 1024 * 1024 }, noMarkdown)
    expect(checklist.sections).toEqual([])
  })
})

describe('loadChecklist refuses', () => {
  it.each([
    ['../../etc/passwd', /^\.\.\/\.\.\/etc\/passwd: the checklist path leads outside the workspace$/],
    ['.github/../../outside/secret.yml', /leads outside the workspace/],
    ['/etc/passwd', /^\/etc\/passwd: the checklist path is absolute and outside the workspace; it must be relative to the workspace$/],
    ['link-out.yml', /symbolic link to a file outside the workspace/],
    ['environ.yml', /symbolic link to a file outside the workspace/],
    ['config/secret.yml', /passes through a symbolic link that leads outside the workspace/],
    ['broken.yml', /broken symbolic link/],
    ['fifo.yml', /not a regular file \(a FIFO, socket or device\)/],
    ['socket.yml', /not a regular file/],
    ['folder.yml', /is a directory/],
    ['missing.yml', /^missing\.yml: the checklist file does not exist$/],
    ['.github/go-no-go.yml/deeper', /does not exist/],
    ['huge.yml', /^huge\.yml: the checklist is 10485763 bytes; the limit is 1048576$/],
    ['sparse.yml', /the checklist is 10737418240 bytes; the limit is 1048576/],
    ['latin1.yml', /not UTF-8 text/],
    ['', /no checklist path was given/]
  ])('%s, without echoing any content', async (checklistPath, message) => {
    // The size and type come first: reading the 10 GiB file would fail otherwise, and a FIFO would never end.
    const error = await refusal(checklistPath)
    expect(error.message).toMatch(message)
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0].file).toBe(checklistPath || '(no path)')
    expect(error.message).not.toContain(SECRET)
    expect(error.message).not.toMatch(/PATH=|HOME=/)
  })

  it('Markdown when no Markdown parser is given', async () => {
    expect((await refusal('CHECKLIST.md', {})).message).toBe('CHECKLIST.md: Markdown checklists cannot be read here; use the YAML format')
  })

  it('a file over a smaller limit', async () => {
    await expect(loadChecklist({ workspace, path: '.github/go-no-go.yml', maxBytes: 10 }, noMarkdown)).rejects.toThrow(/the checklist is \d+ bytes; the limit is 10$/)
  })

  it('a workspace that does not exist', async () => {
    await expect(loadChecklist({ workspace: path.join(scratch, 'gone'), path: 'x.yml' }, noMarkdown)).rejects.toThrow(ChecklistError)
  })

  it('a YAML file with problems, passing them on with the file name', async () => {
    writeFileSync(path.join(workspace, 'typo.yml'), GOOD.replace('run:', 'rn:'))
    expect((await refusal('typo.yml')).message).toMatch(/^typo\.yml:5:\d+ \(key `sections\[0\]\.items\[0\]`\): item "a" needs exactly one of run, file or manual: true/)
  })
})
