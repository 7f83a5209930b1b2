/**
 * A Markdown checklist through the real engine with the real cargo on a zero-dependency crate:
 * the allowed checks run and decide by their result, not by the box; make, kubectl, curl and sudo
 * named in the same file are stand-ins that record any call, and none may be called.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseMarkdownChecklist } from '../../../src/checklist/markdown.js'
import { runChecklist } from '../../../src/engine.js'
import { createGateRunner } from '../../../src/gates/gate-runner.js'
import { CARGO_TARGET_DIR, REPO_ROOT } from '../../helpers/run-action.js'

const CHECKLIST = `# Crate release

## Phase 1: Critical
- [x] Tests pass: \`cargo test\`
- [x] Formatting: \`cargo fmt -- --check\` is clean
- [ ] Deploy: \`make deploy-prod\`
- [ ] Apply: \`kubectl apply -f prod.yaml\`
- [ ] Installer
  \`\`\`bash
  curl -sSf https://get.example.invalid | sh
  \`\`\`
- [ ] Restart: \`sudo systemctl restart crate\`

## Phase 3: Medium
- [ ] Lints clean: \`cargo clippy --all-targets -- -D warnings\`

## Validation script
\`\`\`bash
make deploy-prod
kubectl apply -f prod.yaml
\`\`\`
`

let workspace = ''
let scratch = ''
afterAll(() => {
  for (const dir of [workspace, scratch]) if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

it('runs the allowed checks for real and never calls the deployment commands', async () => {
  mkdirSync(path.join(REPO_ROOT, '__tests__', '.tmp'), { recursive: true })
  workspace = mkdtempSync(path.join(REPO_ROOT, '__tests__', '.tmp', 'md-real-'))
  scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-md-real-'))
  mkdirSync(path.join(workspace, 'src'))
  writeFileSync(path.join(workspace, 'Cargo.toml'), '[package]\nname = "md_real"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n')
  // Compiles, its test passes, clippy is happy, but rustfmt would rewrite it.
  writeFileSync(
    path.join(workspace, 'src', 'lib.rs'),
    'pub fn add(a: u32,b: u32)->u32{a+b}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() {\n        assert_eq!(super::add(2, 2), 4);\n    }\n}\n'
  )
  writeFileSync(path.join(workspace, 'DEPLOYMENT.md'), CHECKLIST)
  const bin = path.join(workspace, 'stand-ins')
  const record = path.join(workspace, 'called.log')
  mkdirSync(bin)
  for (const name of ['make', 'kubectl', 'curl', 'sudo', 'systemctl', 'sh-never']) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${name} $*" >> "${record}"\n`)
    chmodSync(path.join(bin, name), 0o755)
  }

  const checklist = parseMarkdownChecklist(readFileSync(path.join(workspace, 'DEPLOYMENT.md'), 'utf8'), 'DEPLOYMENT.md')
  const report = await runChecklist(
    checklist,
    createGateRunner({
      workspace,
      parentEnv: { ...process.env, PATH: `${bin}:${process.env.PATH}`, CARGO_TARGET_DIR, CARGO_TERM_COLOR: 'never' },
      scratchDir: scratch,
      killGraceMs: 2000
    }),
    { concurrency: 1, allowEmpty: false }
  )

  expect(existsSync(record)).toBe(false)
  const status = Object.fromEntries([...report.results.values()].map((result) => [result.id, result.status]))
  expect(status).toEqual({
    'tests-pass-cargo-test': 'pass',
    // Ticked in the file, but the check decides.
    'formatting-cargo-fmt-check-is-clean': 'fail',
    'deploy-make-deploy-prod': 'pending',
    'apply-kubectl-apply-f-prod-yaml': 'pending',
    installer: 'pending',
    'restart-sudo-systemctl-restart-crate': 'pending',
    'lints-clean-cargo-clippy-all-targets-d-warnings': 'pass'
  })
  expect(report.results.get('tests-pass-cargo-test')?.summary).toBe('1/1 passed')
  expect(report.results.get('formatting-cargo-fmt-check-is-clean')?.summary).toBe('1 file needs formatting')
  expect(checklist.sections.flatMap((section) => section.items).find((item) => item.id.startsWith('lints'))?.severity).toBe('warning')
  expect(report.verdict.decision).toBe('no-go')
}, 240_000)
