/** The base commit's checklist, read from git in a repository an earlier step of the job may have tampered with. */
import { loadChecklistAtCommit } from '../../src/checklist/from-git.js'
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { allItems } from '../../src/checklist/types.js'
import { ALICE, createGitRepo, MALLORY } from '../helpers/git-repo.js'

const FILE = '.github/go-no-go.yml'
const strict = `version: 1
sections:
  - title: Gates
    items:
      - id: tests
        title: Unit tests
        run: cargo test
      - id: audit
        title: Audit
        run: cargo audit
`

describe('loadChecklistAtCommit', () => {
  it('reads the base commit’s checklist even when a replace ref points that commit at the pull request’s', async () => {
    const repo = createGitRepo()
    const base = repo.commit({ [FILE]: strict }, ALICE)
    repo.git('checkout', '-q', '-b', 'pr')
    const evil = repo.commit({ [FILE]: strict.slice(0, strict.indexOf('      - id: audit')) }, MALLORY)
    // What an `npm ci` lifecycle script of the pull request can do before go-no-go runs.
    repo.git('replace', base, evil)
    expect(repo.git('show', `${base}:${FILE}`)).not.toContain('audit')
    const checklist = await loadChecklistAtCommit(repo.dir, base, FILE)
    expect(allItems(checklist).map((item) => item.id)).toEqual(['tests', 'audit'])
  })

  it('says so when the checklist is not there at the base commit', async () => {
    const repo = createGitRepo()
    const base = repo.commit({ 'README.md': 'hello\n' }, ALICE)
    await expect(loadChecklistAtCommit(repo.dir, base, FILE)).rejects.toThrow(`the checklist does not exist at the base commit ${base.slice(0, 12)}`)
  })

  // The action loads the Markdown reader only for a `.md` checklist and hands it in; without it such a file is refused, never read as YAML.
  it('reads a Markdown checklist with the reader it is given, and refuses it without one', async () => {
    const repo = createGitRepo()
    const base = repo.commit({ 'RELEASE.md': '# Release\n\n- [x] Changelog updated\n- [ ] Rollback plan written\n' }, ALICE)
    const checklist = await loadChecklistAtCommit(repo.dir, base, 'RELEASE.md', { parsers: { markdown: parseMarkdownChecklist } })
    expect(allItems(checklist).map((item) => item.title)).toEqual(['Changelog updated', 'Rollback plan written'])
    await expect(loadChecklistAtCommit(repo.dir, base, 'RELEASE.md')).rejects.toThrow('Markdown checklists cannot be read here')
  })
})
