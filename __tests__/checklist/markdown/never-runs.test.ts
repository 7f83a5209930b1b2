/**
 * A Markdown checklist full of deployment commands, run through the real bundled CLI with
 * recording stand-ins for make, kubectl, curl, sudo and systemctl first on PATH: none may be called.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../../helpers/run-action.js'

const DANGEROUS = ['make', 'kubectl', 'curl', 'sudo', 'systemctl', 'wget']

it('runs the allow-listed checks and never calls a command outside the allow-list', () => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-md-'))
  cpSync(path.join(import.meta.dirname, 'fixtures', 'release-plan.md'), path.join(workspace, 'DEPLOYMENT.md'))
  const bin = path.join(workspace, '.stand-ins')
  const record = path.join(workspace, 'called.log')
  mkdirSync(bin)
  for (const name of DANGEROUS) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${name} $*" >> "${record}"\nexit 0\n`)
    chmodSync(path.join(bin, name), 0o755)
  }
  // Stand-ins for the allowed tools too, so the test proves which commands ran without building anything.
  writeFileSync(path.join(bin, 'cargo'), `#!/bin/sh\necho "cargo $*" >> "${record}.allowed"\necho "test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out"\n`)
  writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\necho "npm $*" >> "${record}.allowed"\nexit 0\n`)
  chmodSync(path.join(bin, 'cargo'), 0o755)
  chmodSync(path.join(bin, 'npm'), 0o755)

  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), '--checklist', 'DEPLOYMENT.md', '--format', 'json'], {
    cwd: workspace,
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: os.homedir() },
    encoding: 'utf8'
  })
  expect(existsSync(record)).toBe(false)
  const allowed = readFileSync(`${record}.allowed`, 'utf8').trim().split('\n').sort()
  expect(allowed).toEqual(['cargo clippy --all-targets -- -D warnings', 'cargo fmt --all -- --check', 'cargo test', 'npm audit --json', 'npm test'])
  const report = JSON.parse(result.stdout)
  expect(report.decision).toBe('no-go')
  expect(report.items.filter((item: { kind: string }) => item.kind === 'command')).toHaveLength(5)
  const deploy = report.items.find((item: { title: string }) => item.title === 'Push the release: make deploy-prod')
  expect(deploy).toMatchObject({ kind: 'manual', status: 'pending', notes: [expect.stringMatching(/not on the allow-list/)] })
})
