/** Who last changed a checklist line, from a real git repository, and what a tampered repository cannot make it say. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { gitHistory, ownersOfParserLines, parseBlamePorcelain, UNCOMMITTED, type ChecklistHistory } from '../../src/checklist/blame.js'
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { ALICE, createGitRepo, MALLORY, shallowClone, type GitRepo } from '../helpers/git-repo.js'

const FILE = 'RELEASE.md'
const BASE_TEXT = '# Release\n\n- [x] Changelog updated\n- [ ] Rollback plan written\n'
const PR_TEXT = '# Release\n\n- [x] Changelog updated\n- [x] Rollback plan written\n'

const history = (repo: GitRepo, rev?: string): ChecklistHistory =>
  gitHistory(repo.dir, { ...(rev ? { rev } : {}), parentEnv: { PATH: process.env.PATH, HOME: repo.dir, GIT_CONFIG_GLOBAL: '/dev/null' } })

/** Base commit by Alice; a pull request branch where Mallory ticks the rollback plan. */
function pullRequestRepo() {
  const repo = createGitRepo()
  const base = repo.commit({ [FILE]: BASE_TEXT }, ALICE, { date: '2026-11-01T09:00:00+00:00' })
  repo.git('checkout', '-q', '-b', 'pr')
  const pr = repo.commit({ [FILE]: PR_TEXT }, MALLORY, { date: '2026-11-20T15:30:00+00:00' })
  return { repo, base, pr }
}

describe('gitHistory', () => {
  it('names the commit that last changed each line, and its raw author', async () => {
    const { repo, base, pr } = pullRequestRepo()
    const blame = await history(repo).tryBlame(FILE, [3, 4])
    expect(blame).toEqual({
      lines: new Map([
        [3, { commit: base, boundary: false }],
        [4, { commit: pr, boundary: false }]
      ])
    })
    const authors = await history(repo).authors([base, pr])
    expect(authors.get(base)).toMatchObject({ name: ALICE.name, email: ALICE.email, date: '2026-11-01T09:00:00+00:00' })
    expect(authors.get(pr)).toMatchObject({ name: MALLORY.name, date: '2026-11-20T15:30:00+00:00' })
  })

  it('blames a given commit, not what is checked out', async () => {
    const { repo, base } = pullRequestRepo()
    const blame = await history(repo, base).tryBlame(FILE, [4])
    expect(blame).toEqual({ lines: new Map([[4, { commit: base, boundary: false }]]) })
  })

  it('a line changed in the workspace but not committed belongs to no one', async () => {
    const { repo } = pullRequestRepo()
    writeFileSync(path.join(repo.dir, FILE), PR_TEXT.replace('Rollback plan written', 'Rollback plan written and tried'))
    const blame = await history(repo).tryBlame(FILE, [4])
    expect(blame).toEqual({ lines: new Map([[4, { commit: UNCOMMITTED, boundary: false }]]) })
  })

  it('says why when the file is not in git', async () => {
    const { repo } = pullRequestRepo()
    writeFileSync(path.join(repo.dir, 'untracked.md'), '- [x] x\n')
    const blame = await history(repo).tryBlame('untracked.md', [1])
    expect(blame).toEqual({ problem: expect.stringMatching(/^git blame failed: .*untracked\.md/) })
  })

  it('tells base commits from pull request commits, and says when it cannot tell', async () => {
    const { repo, base, pr } = pullRequestRepo()
    const git = history(repo)
    expect(await git.isAncestor(base, base)).toBe(true)
    expect(await git.isAncestor(pr, base)).toBe(false)
    expect(await git.isAncestor('e'.repeat(40), base)).toBeUndefined()
    expect(await git.isAncestor('HEAD', base)).toBeUndefined()
  })

  it('a grafts file or replace ref written by an earlier step cannot make a pull request commit part of the base', async () => {
    const { repo, pr } = pullRequestRepo()
    repo.git('checkout', '-q', 'main')
    const main = repo.commit({ 'NOTES.md': 'later\n' }, ALICE)
    // Plain git believes both.
    writeFileSync(path.join(repo.dir, '.git', 'info', 'grafts'), `${main} ${pr}\n`)
    expect(repo.git('merge-base', '--is-ancestor', pr, main)).toBe('')
    expect(await history(repo).isAncestor(pr, main)).toBe(false)
    writeFileSync(path.join(repo.dir, '.git', 'info', 'grafts'), '')
    repo.git('replace', '--graft', main, pr)
    expect(repo.git('merge-base', '--is-ancestor', pr, main)).toBe('')
    expect(await history(repo).isAncestor(pr, main)).toBe(false)
  })

  it('a .mailmap in the pull request cannot rename the author', async () => {
    const { repo, pr } = pullRequestRepo()
    repo.commit({ '.mailmap': `${ALICE.name} <${ALICE.email}> <${MALLORY.email}>\n` }, MALLORY)
    // git blame itself applies the mailmap.
    expect(repo.git('blame', '--porcelain', '-L', '4,4', 'HEAD', '--', FILE)).toContain(`author ${ALICE.name}`)
    expect((await history(repo).authors([pr])).get(pr)?.name).toBe(MALLORY.name)
  })

  it('in a shallow clone the line is marked as beyond the history, not given to the checked-out commit', async () => {
    const { repo } = pullRequestRepo()
    const clone = shallowClone(repo, 'pr')
    const git = history(clone)
    expect(await git.isShallow()).toBe(true)
    const blame = await git.tryBlame(FILE, [3, 4])
    expect('lines' in blame && [...blame.lines.values()].every((line) => line.boundary)).toBe(true)
    // A project's true first commit is no boundary.
    expect(await history(repo).isShallow()).toBe(false)
    const root = createGitRepo()
    const first = root.commit({ [FILE]: BASE_TEXT }, ALICE)
    expect(await history(root).tryBlame(FILE, [3])).toEqual({ lines: new Map([[3, { commit: first, boundary: false }]]) })
  })

  it('a lone carriage return cannot shift the line blame vouches for', async () => {
    const repo = createGitRepo()
    const base = repo.commit({ [FILE]: '# Release\n- [ ] Deploy approved\n' }, ALICE)
    // The parser sees "- [x] Security reviewed" on line 2; git sees it inside line 1, which Mallory changed.
    const text = '# Release\r- [x] Security reviewed\n- [ ] Deploy approved\n'
    const pr = repo.commit({ [FILE]: text }, MALLORY)
    const item = parseMarkdownChecklist(text, FILE).sections.flatMap((section) => section.items)[0]
    expect(item).toMatchObject({ title: 'Security reviewed', signedOff: true, source: { line: 2 } })
    const blame = await history(repo).tryBlame(FILE, [2, 3])
    expect(blame).toEqual({
      lines: new Map([
        [2, { commit: pr, boundary: false }],
        [3, { commit: base, boundary: false }]
      ])
    })
  })
})

describe('parseBlamePorcelain and ownersOfParserLines', () => {
  const a = 'a'.repeat(40)
  const b = 'b'.repeat(40)
  const porcelain = [`${a} 1 1 2`, 'author A', 'boundary', 'filename f', '\tline one', `${a} 2 2`, '\tline\rtwo', `${b} 3 3 1`, 'author B', 'filename f', '\tline four\r', ''].join(
    '\n'
  )

  it('reads each line’s commit, boundary and content', () => {
    expect(parseBlamePorcelain(porcelain)).toEqual([
      { commit: a, boundary: true, content: 'line one' },
      { commit: a, boundary: true, content: 'line\rtwo' },
      { commit: b, boundary: false, content: 'line four\r' }
    ])
  })

  it('numbers lines as the parser does: CRLF is one break, a lone CR is a break of its own', () => {
    const owners = ownersOfParserLines(parseBlamePorcelain(porcelain), [4, 1, 3, 2, 5, 0, -1, 1.5])
    expect([...owners.entries()].map(([line, owner]) => [line, owner.commit])).toEqual([
      [1, a],
      [2, a],
      [3, a],
      [4, b]
    ])
  })

  it('ignores output it does not understand instead of inventing lines', () => {
    expect(parseBlamePorcelain('garbage\n\tcontent without header\nnot-a-sha 1 1\n')).toEqual([])
  })
})
