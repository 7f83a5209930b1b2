/** `go-no-go [run]`: exit codes, formats, progress and colour in a pipe, --quiet, --gates-only, as the README promises. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT, workspaceFrom } from '../helpers/run-action.js'
import { SGR, cli } from './helpers.js'

const checklist = (run: string, extra = '') => `version: 1
title: CLI run
sections:
  - title: S
    items:
      - id: gate
        title: The gate
        run: ${run}
${extra}`

const signoff = `      - id: security-signoff
        title: Security review
        manual: true
`

describe('go-no-go (CLI)', () => {
  it('exits 0 on GO and prints the verdict last', () => {
    const result = cli(workspaceFrom(undefined, checklist('"true"')), [])
    expect(result.status).toBe(0)
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^GO\b/)
  })

  it('exits 1 on NO-GO, unless --fail-on never', () => {
    const workspace = workspaceFrom(undefined, checklist('exit 3'))
    expect(cli(workspace, []).status).toBe(1)
    expect(cli(workspace, ['--fail-on', 'never']).status).toBe(0)
  })

  it('prints the Markdown report and the JSON report on request', () => {
    const workspace = workspaceFrom(undefined, checklist('exit 3'))
    expect(cli(workspace, ['--format', 'markdown']).stdout.split('\n')[0]).toBe('## 🔴 NO-GO: CLI run')
    expect(JSON.parse(cli(workspace, ['--format', 'json']).stdout)).toMatchObject({ decision: 'no-go', items: [{ id: 'gate', status: 'fail' }] })
  })

  it('exits 2 on a broken checklist, naming file, line and key', () => {
    const result = cli(workspaceFrom(undefined, checklist('"true"').replace('run:', 'rnu:')), [])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/NO-GO — the checklist is invalid/)
    expect(result.stderr).toMatch(/\.github\/go-no-go\.yml:8:9 \(key `sections\[0\]\.items\[0\]\.rnu`\)/)
  })

  it('imports a Markdown checklist as YAML the action reads', () => {
    const workspace = workspaceFrom(undefined, checklist('"true"'))
    writeFileSync(path.join(workspace, 'DEPLOY.md'), '# Deploy\n\n## Checks\n- [ ] Tests pass: `npm test`\n- [ ] Run `make deploy-prod`\n')
    const imported = cli(workspace, ['import', 'DEPLOY.md'])
    expect(imported.status).toBe(0)
    expect(imported.stdout).toMatch(/run: npm test/)
    // A box go-no-go will not run stays a sign-off: a plain line, never a run:.
    expect(imported.stdout).toMatch(/^ +- Run make deploy-prod$/m)
    expect(imported.stdout).not.toMatch(/run: make/)
    writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), imported.stdout)
    expect(cli(workspace, ['--format', 'json']).stderr).not.toMatch(/invalid/)
  })
})

describe('the terminal report in a pipe', () => {
  it('prints each result once: the report on stdout, and on stderr only which gate finished', () => {
    const workspace = workspaceFrom(undefined, checklist('exit 3', `      - id: second\n        title: Second gate\n        run: "true"\n`))
    const result = cli(workspace, [])
    expect(result.stdout.match(/ gate {2}The gate/g)).toHaveLength(1)
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^go-no-go: running 2 gates of \.github\/go-no-go\.yml in /),
      // The workspace is not a git checkout: said once, as a note, not as a result.
      expect.stringMatching(/^go-no-go: .* is not a git checkout, so go-no-go cannot check that the gates leave the code unchanged\.$/),
      expect.stringMatching(/^go-no-go: \[1\/2\] (gate|second) \(\d+\.\d s\)$/),
      expect.stringMatching(/^go-no-go: \[2\/2\] (gate|second) \(\d+\.\d s\)$/)
    ])
    // No status, summary or failure detail in the progress: those are results, printed once, in the report.
    expect(result.stderr).not.toMatch(/FAIL|PASS|exit 3|✘|✔/)
  })

  it('has no escape codes at all: no colour, no carriage returns', () => {
    const result = cli(workspaceFrom(undefined, checklist('exit 3')), [])
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/[\x1b\r]/)
  })

  it('paints with FORCE_COLOR=1 even into a pipe, and FORCE_COLOR=0 wins over nothing', () => {
    const workspace = workspaceFrom(undefined, checklist('exit 3'))
    expect(cli(workspace, [], { FORCE_COLOR: '1' }).stdout).toMatch(SGR)
    expect(cli(workspace, [], { FORCE_COLOR: '0' }).stdout).not.toMatch(SGR)
  })

  it('--quiet prints no progress, only the report', () => {
    const result = cli(workspaceFrom(undefined, checklist('"true"')), ['--quiet'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^GO\b/m)
  })

  it('--format json keeps stdout pure JSON; progress stays on stderr', () => {
    const result = cli(workspaceFrom(undefined, checklist('"true"')), ['--format', 'json'])
    expect(JSON.parse(result.stdout)).toMatchObject({ decision: 'go' })
    expect(result.stderr).toMatch(/\[1\/1\] gate/)
  })
})

describe('--gates-only', () => {
  it('lists sign-offs without letting them block, and says so in the title and the last line', () => {
    const workspace = workspaceFrom(undefined, checklist('"true"', signoff))
    expect(cli(workspace, []).status).toBe(1)
    const result = cli(workspace, ['--gates-only'])
    expect(result.status).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toBe('CLI run — gates only, sign-offs not considered (.github/go-no-go.yml)')
    // Listed, but as informational: never among what blocks.
    expect(result.stdout).toMatch(/Informational, not passing \(1\)\n {2}… security-signoff {2}Security review — a person must sign off/)
    expect(result.stdout).not.toMatch(/Blocking/)
    expect(lines.at(-2)).toMatch(/^GO {2}1 passed · 1 pending/)
    expect(lines.at(-1)).toBe('Gates only (--gates-only): 1 sign-off was not considered (security-signoff); the pull request still needs it before it can be GO.')
  })

  it('marks JSON and Markdown reports as gates only too', () => {
    const workspace = workspaceFrom(undefined, checklist('"true"', signoff))
    expect(JSON.parse(cli(workspace, ['--gates-only', '-f', 'json']).stdout)).toMatchObject({
      decision: 'go',
      title: 'CLI run — gates only, sign-offs not considered',
      counts: { pending: 1 }
    })
    expect(cli(workspace, ['--gates-only', '-f', 'markdown']).stdout.split('\n')[0]).toBe('## 🟢 GO: CLI run — gates only, sign-offs not considered')
  })

  it('is still NO-GO when a gate fails', () => {
    const result = cli(workspaceFrom(undefined, checklist('exit 3', signoff)), ['--gates-only'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^NO-GO\b/m)
  })

  it('is NO-GO when the checklist has nothing but sign-offs: nothing was proven', () => {
    const onlySignoffs = `version: 1\ntitle: Only people\nsections:\n  - title: S\n    items:\n${signoff}`
    const result = cli(workspaceFrom(undefined, onlySignoffs), ['--gates-only'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/nothing was proven/)
  })
})

describe('a newcomer at the command line', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
    const result = cli(REPO_ROOT, ['--version'])
    expect(result).toMatchObject({ status: 0, stdout: `go-no-go ${version}\n`, stderr: '' })
  })

  it('--help explains every command and option, with examples', () => {
    const result = cli(REPO_ROOT, ['--help'])
    expect(result.status).toBe(0)
    for (const word of ['init', 'import', 'schema', '--gates-only', '--quiet', '--format', '--fail-on', 'NO_COLOR', 'Examples:', 'Exit codes:']) {
      expect(result.stdout).toContain(word)
    }
  })

  it('a missing checklist says where it looked and suggests go-no-go init', () => {
    const workspace = workspaceFrom(undefined, 'unused', 'elsewhere.yml')
    const result = cli(workspace, [])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe(
      `go-no-go: no checklist at .github/go-no-go.yml\n  looked for ${path.join(workspace, '.github', 'go-no-go.yml')}\n  to start one for this project, run: go-no-go init\n`
    )
  })

  it('asks "did you mean .yaml?" when the checklist has the other extension', () => {
    const workspace = workspaceFrom(undefined, checklist('"true"'), '.github/go-no-go.yaml')
    const result = cli(workspace, [])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/did you mean \.github\/go-no-go\.yaml\? run: go-no-go --checklist \.github\/go-no-go\.yaml/)
    expect(cli(workspace, ['--checklist', '.github/go-no-go.yaml']).status).toBe(0)
  })

  it('repeats --cwd in the suggestions, quoted for the shell', () => {
    const parent = workspaceFrom(undefined, 'unused', 'x.yml')
    mkdirSync(path.join(parent, 'my project', '.github'), { recursive: true })
    writeFileSync(path.join(parent, 'my project', '.github', 'go-no-go.yaml'), checklist('"true"'))
    const result = cli(parent, ['-C', 'my project'])
    expect(result.stderr).toMatch(/run: go-no-go -C 'my project' --checklist \.github\/go-no-go\.yaml\n/)
    expect(result.stderr).toMatch(/run: go-no-go init -C 'my project'\n/)
  })

  it('import of a missing file is one line, not a stack trace', () => {
    const result = cli(REPO_ROOT, ['import', 'NO-SUCH-CHECKLIST.md'])
    expect(result).toMatchObject({ status: 2, stdout: '', stderr: 'go-no-go: NO-SUCH-CHECKLIST.md does not exist\n' })
  })

  it.each([
    [['--format', 'xml'], 'go-no-go: --format must be one of terminal, markdown, json, not "xml"'],
    [['--format'], 'go-no-go: --format needs a value'],
    [['--bogus'], 'go-no-go: unknown option --bogus'],
    [['--quiet=yes'], 'go-no-go: --quiet takes no value'],
    [['deploy'], 'go-no-go: unknown command "deploy" (commands: run, init, import, schema)'],
    [['run', 'extra'], 'go-no-go: run takes no arguments, but got "extra"'],
    [['import'], 'go-no-go: import needs exactly one Markdown checklist, e.g. go-no-go import DEPLOYMENT.md'],
    [['--force'], 'go-no-go: --force cannot be used with run'],
    [['--concurrency', '0'], 'go-no-go: --concurrency must be a whole number from 1 to 9999, not "0"']
  ])('usage error %j: one line saying what, the synopsis, exit 2', (args, message) => {
    const result = cli(REPO_ROOT, args)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toBe(message)
    expect(result.stderr).toMatch(/Usage:/)
    expect(result.stderr).not.toMatch(/ at .*\.js:\d+/)
  })
})
