/** `npx go-no-go`: the bundled CLI's exit codes and formats, as the README promises them. */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT, workspaceFrom } from './helpers/run-action.js'

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

function cli(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } })
}

const checklist = (run: string) => `version: 1
title: CLI run
sections:
  - title: S
    items:
      - id: gate
        title: The gate
        run: ${run}
`

describe('go-no-go (CLI)', () => {
  it('exits 0 on GO and prints the verdict last', () => {
    const result = cli(workspaceFrom(undefined, checklist('"true"')))
    expect(result.status).toBe(0)
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^GO\b/)
  })

  it('exits 1 on NO-GO, unless --fail-on never', () => {
    const workspace = workspaceFrom(undefined, checklist('exit 3'))
    expect(cli(workspace).status).toBe(1)
    expect(cli(workspace, '--fail-on', 'never').status).toBe(0)
  })

  it('prints the Markdown report and the JSON report on request', () => {
    const workspace = workspaceFrom(undefined, checklist('exit 3'))
    expect(cli(workspace, '--format', 'markdown').stdout.split('\n')[0]).toBe('## 🔴 NO-GO: CLI run')
    expect(JSON.parse(cli(workspace, '--format', 'json').stdout)).toMatchObject({ decision: 'no-go', items: [{ id: 'gate', status: 'fail' }] })
  })

  it('exits 2 on a broken checklist, naming file, line and key', () => {
    const result = cli(workspaceFrom(undefined, checklist('"true"').replace('run:', 'rnu:')))
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/NO-GO — the checklist is invalid/)
    expect(result.stderr).toMatch(/\.github\/go-no-go\.yml:8:9 \(key `sections\[0\]\.items\[0\]\.rnu`\)/)
  })

  it('exits 2 on a usage error and shows the usage', () => {
    const result = cli(workspaceFrom(undefined, checklist('"true"')), '--format', 'xml')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/Invalid input '--format': "xml"\. Expected one of terminal, markdown, json/)
    expect(result.stderr).toMatch(/Usage:/)
  })

  it('imports a Markdown checklist as YAML the action reads', () => {
    const workspace = workspaceFrom(undefined, checklist('"true"'))
    writeFileSync(path.join(workspace, 'DEPLOY.md'), '# Deploy\n\n## Checks\n- [ ] Tests pass: `npm test`\n- [ ] Run `make deploy-prod`\n')
    const imported = cli(workspace, 'import', 'DEPLOY.md')
    expect(imported.status).toBe(0)
    expect(imported.stdout).toMatch(/run: npm test/)
    expect(imported.stdout).toMatch(/manual: true/)
    writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), imported.stdout)
    expect(cli(workspace, '--format', 'json').stderr).not.toMatch(/invalid/)
  })
})
