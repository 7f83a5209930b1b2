/** Links from file:line to the pull request's head commit: only inside the repository, and nothing from output can reshape them. */
import { blobUrl, repositoryPath } from '../../src/report/links.js'

const links = { repositoryUrl: 'https://github.com/octo-org/octo-repo', headSha: '4f2a9c1', workspace: '/home/runner/work/octo-repo/octo-repo' }

describe('repositoryPath', () => {
  it.each([
    ['src/lib.rs', '.', 'src/lib.rs'],
    ['src/lib.rs', 'crates/api', 'crates/api/src/lib.rs'],
    ['./src/../src/lib.rs', 'crates/api', 'crates/api/src/lib.rs'],
    ['/home/runner/work/octo-repo/octo-repo/web/a.test.js', 'web', 'web/a.test.js'],
    ['..\\x\\y.rs', 'crates/api', 'crates/x/y.rs']
  ])('%s printed in %s is %s', (file, directory, expected) => {
    expect(repositoryPath(file, directory, links.workspace)).toBe(expected)
  })

  it.each([
    ['../../etc/passwd', '.'],
    ['../../../etc/passwd', 'crates/api'],
    ['/etc/passwd', '.'],
    ['/home/runner/work/octo-repo/other/a.rs', '.'],
    ['.', '.']
  ])('%s printed in %s leaves the repository: no link', (file, directory) => {
    expect(repositoryPath(file, directory, links.workspace)).toBeUndefined()
  })

  it('needs the workspace to place an absolute path', () => {
    expect(repositoryPath('/home/runner/work/octo-repo/octo-repo/a.rs', '.', undefined)).toBeUndefined()
  })
})

describe('blobUrl', () => {
  it('points at the line at the head commit', () => {
    expect(blobUrl(links, 'crates/api/src/lib.rs', 21)).toBe('https://github.com/octo-org/octo-repo/blob/4f2a9c1/crates/api/src/lib.rs#L21')
    expect(blobUrl(links, 'README.md')).toBe('https://github.com/octo-org/octo-repo/blob/4f2a9c1/README.md')
  })

  it('encodes every character of the path that could end the link or change its target', () => {
    expect(blobUrl(links, 'a b/c)d(e/f#L9?x=1/g"h\'i[j]k<l>', 3)).toBe(
      'https://github.com/octo-org/octo-repo/blob/4f2a9c1/a%20b/c%29d%28e/f%23L9%3Fx%3D1/g%22h%27i%5Bj%5Dk%3Cl%3E#L3'
    )
  })

  it('makes no link from settings that are not a plain https URL and a commit SHA', () => {
    expect(blobUrl({ ...links, repositoryUrl: 'javascript:alert(1)' }, 'a.rs', 1)).toBeUndefined()
    expect(blobUrl({ ...links, repositoryUrl: 'https://github.com/o/r) [x](https://evil.example' }, 'a.rs', 1)).toBeUndefined()
    expect(blobUrl({ ...links, headSha: 'main' }, 'a.rs', 1)).toBeUndefined()
    expect(blobUrl(links, 'a.rs', -1)).toBe('https://github.com/octo-org/octo-repo/blob/4f2a9c1/a.rs')
  })
})
