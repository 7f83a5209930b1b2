/**
 * The CLI against odd input and hostile files: paths with spaces, a checklist that is a directory
 * or a FIFO, a reader that closes the pipe early, escape sequences in a repository's package.json,
 * an interrupt. Each must end in a clear message and the right exit code, never a hang or a stack.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { workspaceFrom } from '../helpers/run-action.js'
import { CLI, baseEnv, cli } from './helpers.js'

const oneGate = (run: string) => `version: 1\ntitle: Odd\nsections:\n  - title: S\n    items:\n      - id: gate\n        title: Gate\n        run: ${run}\n`

/** 400 sign-offs: a JSON report far larger than a pipe's buffer, so an early reader really closes it mid-write. */
const manyItems = `version: 1\ntitle: Big\nsections:\n  - title: S\n    items:\n${Array.from(
  { length: 400 },
  (_, index) => `      - id: item-${index}\n        title: Item ${index} with a title long enough to make the report large\n        manual: true\n`
).join('')}`

describe('the CLI red-teamed', () => {
  it.each([
    ['--fail-on never', ['--fail-on', 'never'], 0],
    ['NO-GO', [], 1]
  ])('keeps the verdict as exit code when the reader closes the pipe early (%s)', (_name, args, expected) => {
    const workspace = workspaceFrom(undefined, manyItems)
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} -q -f json ${args.join(' ')} | head -c 100 > /dev/null`
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: workspace, encoding: 'utf8', env: baseEnv() })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(expected)
  })

  it('runs a project and a checklist whose paths have spaces', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-spaces-'))
    mkdirSync(path.join(parent, 'my project', 'release notes'), { recursive: true })
    writeFileSync(path.join(parent, 'my project', 'release notes', 'go no go.yml'), oneGate('test -d "../my project"'))
    const result = cli(parent, ['-C', 'my project', '--checklist', 'release notes/go no go.yml', '-q'])
    expect(result.stdout).toMatch(/^Odd \(release notes\/go no go\.yml\)/)
    expect(result.status).toBe(0)
  })

  it('refuses a checklist that is a directory', () => {
    const workspace = workspaceFrom(undefined, 'unused', 'x.yml')
    mkdirSync(path.join(workspace, '.github', 'go-no-go.yml'), { recursive: true })
    const result = cli(workspace, [])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/the checklist path is a directory, not a file/)
  })

  it('refuses a checklist or an import that is a FIFO without waiting for a writer', () => {
    const workspace = workspaceFrom(undefined, 'unused', 'x.yml')
    mkdirSync(path.join(workspace, '.github'))
    execFileSync('mkfifo', [path.join(workspace, '.github', 'go-no-go.yml'), path.join(workspace, 'DEPLOY.md')])
    const run = cli(workspace, [])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/not a regular file \(a FIFO, socket or device\)/)
    expect(cli(workspace, ['import', 'DEPLOY.md'])).toMatchObject({ status: 2, stderr: 'go-no-go: DEPLOY.md is not a regular file (a FIFO, socket or device)\n' })
    expect(cli(workspace, ['import', '.github'])).toMatchObject({ status: 2, stderr: 'go-no-go: .github is a directory, not a file\n' })
  })

  it('names a --cwd that does not exist', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-nocwd-'))
    expect(cli(parent, ['-C', 'nowhere'])).toMatchObject({ status: 2, stderr: `go-no-go: ${path.join(parent, 'nowhere')} is not a directory (--cwd nowhere)\n` })
  })

  it("never lets a repository's package.json drive the terminal through init's output", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-escape-'))
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ scripts: { test: 'jest \u001b]0;PWNED\u0007\u001b]52;c;ZWNobyBoaQ==\u0007' } }))
    const result = cli(root, ['init'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/npm test runs: jest /)
    expect(result.stdout).not.toMatch(/[\u001b\u0007]/)
  })

  it('init does not hang on a package.json that is a FIFO', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-fifo-'))
    execFileSync('mkfifo', [path.join(root, 'package.json')])
    expect(cli(root, ['init'])).toMatchObject({ status: 2, stderr: 'go-no-go: package.json is not a regular file\n' })
  })

  it('init does not write through a .github that links outside the project', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-link-'))
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-elsewhere-'))
    writeFileSync(path.join(root, 'Cargo.toml'), '')
    symlinkSync(elsewhere, path.join(root, '.github'))
    const result = cli(root, ['init'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^go-no-go: \.github\/go-no-go\.yml leads outside .* through a symbolic link\n$/)
    expect(cli(root, ['init', '--checklist', '.github/deeper/go-no-go.yml']).status).toBe(2)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('an interrupt stops the gates and still prints the report: CANCELLED, exit 130', async () => {
    const workspace = workspaceFrom(undefined, oneGate('sleep 60'))
    const child = spawn(process.execPath, [CLI], { cwd: workspace, env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    // Ready once the run has announced itself on stderr.
    await new Promise<void>((resolve) => {
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        if (stderr.includes('go-no-go: running 1 gate')) resolve()
      })
    })
    child.kill('SIGINT')
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(130)
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^CANCELLED — NO-GO\b/)
  })
})
