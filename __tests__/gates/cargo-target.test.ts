/**
 * Check-only cargo gates get a build directory of their own when another cargo gate can run at the
 * same time, so `cargo clippy` does not wait for `cargo test`'s lock on the shared one.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Checklist, ChecklistItem, CommandItem } from '../../src/checklist/types.js'
import { runChecklist } from '../../src/engine.js'
import { withSeparateCargoTargets } from '../../src/gates/cargo-target.js'
import { createGateRunner } from '../../src/gates/gate-runner.js'
import { FIXTURES } from '../helpers/run-action.js'

function gate(id: string, run: string, env: Record<string, string> = {}, workingDirectory = '.'): CommandItem {
  return { kind: 'command', id, title: id, severity: 'blocking', section: 'S', run, timeoutMs: 300_000, workingDirectory, env, needs: [], expect: {} }
}

const targetOf = (items: ChecklistItem[]) => Object.fromEntries(items.map((item) => [item.id, item.kind === 'command' ? item.env.CARGO_TARGET_DIR : undefined]))
const RUST = [gate('fmt', 'cargo fmt --check'), gate('clippy', 'cargo clippy --all-targets -- -D warnings'), gate('test', 'cargo test')]

describe('separate cargo build directories', () => {
  it('gives clippy its own directory under target/ when cargo test can run beside it', () => {
    expect(targetOf(withSeparateCargoTargets(RUST, 2, {}))).toEqual({ fmt: undefined, clippy: path.join('target', 'go-no-go', 'clippy'), test: undefined })
  })

  it('recognises check, doc, a toolchain and options before the subcommand, and a path to cargo', () => {
    const items = [gate('check', 'cargo +nightly --locked check'), gate('doc', '~/.cargo/bin/cargo doc --no-deps'), gate('test', 'cargo test')]
    expect(targetOf(withSeparateCargoTargets(items, 4, {}))).toEqual({ check: 'target/go-no-go/check', doc: 'target/go-no-go/doc', test: undefined })
  })

  it('changes nothing when the gates run one at a time, or when only one of them builds', () => {
    expect(targetOf(withSeparateCargoTargets(RUST, 1, {}))).toEqual({ fmt: undefined, clippy: undefined, test: undefined })
    expect(targetOf(withSeparateCargoTargets([gate('fmt', 'cargo fmt --check'), gate('clippy', 'cargo clippy')], 2, {}))).toEqual({ fmt: undefined, clippy: undefined })
  })

  it('leaves a gate alone that chooses its own directory or also builds for tests', () => {
    const items = [
      gate('flag', 'cargo clippy --target-dir /tmp/mine'),
      gate('env', 'cargo clippy', { CARGO_TARGET_DIR: '/tmp/mine' }),
      gate('inline', 'CARGO_TARGET_DIR=/tmp/mine cargo check'),
      gate('both', 'cargo clippy && cargo test'),
      gate('test', 'cargo test')
    ]
    expect(targetOf(withSeparateCargoTargets(items, 2, {}))).toEqual({ flag: undefined, env: '/tmp/mine', inline: undefined, both: undefined, test: undefined })
  })

  it('changes nothing when a gate or evidence file reads the build directory, which would then be elsewhere', () => {
    const docs = [gate('doc', 'cargo doc --no-deps'), gate('test', 'cargo test'), gate('links', 'test -f target/doc/app/index.html')]
    expect(targetOf(withSeparateCargoTargets(docs, 2, {}))).toEqual({ doc: undefined, test: undefined, links: undefined })
    const evidence: ChecklistItem = { kind: 'file', id: 'built-docs', title: 'Docs', severity: 'blocking', section: 'S', path: 'target/doc/app/index.html' } as ChecklistItem
    expect(targetOf(withSeparateCargoTargets([...RUST, evidence], 2, {})).clippy).toBeUndefined()
  })

  it('leaves a check-only gate in target/ when another gate needs it: that gate may read what it built', () => {
    const docs = [gate('doc', 'cargo doc --no-deps'), gate('test', 'cargo test'), { ...gate('links', 'sh check-docs.sh'), needs: ['doc'] }]
    expect(targetOf(withSeparateCargoTargets(docs, 2, {}))).toEqual({ doc: undefined, test: undefined, links: undefined })
    const clippyFirst = [gate('clippy', 'cargo clippy'), { ...gate('test', 'cargo test'), needs: ['clippy'] }, gate('check', 'cargo check')]
    expect(targetOf(withSeparateCargoTargets(clippyFirst, 2, {}))).toEqual({ clippy: undefined, test: undefined, check: 'target/go-no-go/check' })
  })

  it('a script that needs `cargo doc` reads the docs this run built, not ones left in target/ by an earlier run', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-cargo-docs-'))
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-cargo-scratch-'))
    try {
      mkdirSync(path.join(project, 'src'))
      writeFileSync(path.join(project, 'Cargo.toml'), '[package]\nname = "docs_demo"\nversion = "0.1.0"\nedition = "2021"\n')
      writeFileSync(path.join(project, 'check-docs.sh'), 'grep -q "answer" target/doc/docs_demo/fn.add_one.html\n')
      const source = (doc: string) =>
        writeFileSync(path.join(project, 'src', 'lib.rs'), `/// ${doc}\npub fn add_one(x: i32) -> i32 { x + 1 }\n#[test]\nfn adds() { assert_eq!(add_one(1), 2); }\n`)
      const items = [gate('doc', 'cargo doc --no-deps'), gate('test', 'cargo test'), { ...gate('doc-text', 'sh check-docs.sh'), needs: ['doc'] }]
      const checklist: Checklist = { title: 'Rust', path: 'go-no-go.yml', format: 'yaml', sections: [{ title: 'S', items }] }
      const parentEnv: NodeJS.ProcessEnv = { ...process.env, CI: 'true' }
      delete parentEnv.CARGO_TARGET_DIR
      delete parentEnv.CARGO_BUILD_TARGET_DIR
      const run = (concurrency: number) =>
        runChecklist(checklist, createGateRunner({ workspace: project, parentEnv, scratchDir: scratch, killGraceMs: 500 }), { concurrency, allowEmpty: false, parentEnv })
      // An earlier run, one gate at a time, leaves the docs in target/doc.
      source('Returns the answer.')
      expect((await run(1)).verdict.decision).toBe('go')
      // The docs no longer say it; what the last run left in target/doc still does.
      source('Returns something.')
      const report = await run(2)
      expect(report.results.get('doc-text')?.status).toBe('fail')
      expect(report.verdict.decision).toBe('no-go')
    } finally {
      rmSync(project, { recursive: true, force: true })
      rmSync(scratch, { recursive: true, force: true })
    }
  })

  it("leaves a gate in a subdirectory alone: cargo builds a workspace member in the workspace root's target/, and only that one is ignored", () => {
    const member = [
      gate('clippy', 'cargo clippy', {}, 'crates/foo'),
      gate('test', 'cargo test', {}, 'crates/foo'),
      gate('check', 'cargo check --manifest-path crates/foo/Cargo.toml'),
      gate('cd', 'cd crates/foo && cargo clippy')
    ]
    expect(targetOf(withSeparateCargoTargets(member, 2, {}))).toEqual({ clippy: undefined, test: undefined, check: undefined, cd: undefined })
    expect(targetOf(withSeparateCargoTargets(member, 2, { CARGO_TARGET_DIR: '/cache/target' }))).toEqual({
      clippy: '/cache/target/go-no-go/clippy',
      test: undefined,
      check: '/cache/target/go-no-go/check',
      cd: '/cache/target/go-no-go/cd'
    })
  })

  it('leaves a workspace whose root ignores only /target clean when its member is checked side by side with its tests', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-cargo-member-'))
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-cargo-scratch-'))
    try {
      mkdirSync(path.join(project, 'crates', 'foo', 'src'), { recursive: true })
      writeFileSync(path.join(project, 'Cargo.toml'), '[workspace]\nmembers = ["crates/foo"]\nresolver = "2"\n')
      writeFileSync(path.join(project, 'crates', 'foo', 'Cargo.toml'), '[package]\nname = "foo"\nversion = "0.1.0"\nedition = "2021"\n')
      writeFileSync(path.join(project, 'crates', 'foo', 'src', 'lib.rs'), 'pub fn f() -> i32 { 1 }\n#[test]\nfn t() { assert_eq!(f(), 1); }\n')
      writeFileSync(path.join(project, '.gitignore'), '/target\n')
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: project, encoding: 'utf8' })
      execFileSync('cargo', ['generate-lockfile', '--offline', '-q'], { cwd: project })
      git('init', '-q')
      git('add', '-A')
      git('commit', '-qm', 'member')
      const items = [gate('clippy', 'cargo clippy -- -D warnings', {}, 'crates/foo'), gate('test', 'cargo test', {}, 'crates/foo')]
      const checklist: Checklist = { title: 'Rust', path: 'go-no-go.yml', format: 'yaml', sections: [{ title: 'S', items }] }
      const parentEnv: NodeJS.ProcessEnv = { ...process.env, CI: 'true' }
      delete parentEnv.CARGO_TARGET_DIR
      delete parentEnv.CARGO_BUILD_TARGET_DIR
      const report = await runChecklist(checklist, createGateRunner({ workspace: project, parentEnv, scratchDir: scratch, killGraceMs: 500 }), {
        concurrency: 2,
        allowEmpty: false,
        parentEnv
      })
      expect(report.verdict.decision).toBe('go')
      // The working-tree guard reads the same: any file here would make the run NO-GO as "the gates changed the code".
      expect(git('status', '--porcelain')).toBe('')
    } finally {
      rmSync(project, { recursive: true, force: true })
      rmSync(scratch, { recursive: true, force: true })
    }
  })

  it('puts the directories inside a CARGO_TARGET_DIR the environment sets, and leaves a relative one alone', () => {
    expect(targetOf(withSeparateCargoTargets(RUST, 2, { CARGO_TARGET_DIR: '/cache/target' })).clippy).toBe('/cache/target/go-no-go/clippy')
    expect(targetOf(withSeparateCargoTargets(RUST, 2, { CARGO_TARGET_DIR: 'build' })).clippy).toBeUndefined()
  })

  it('runs real clippy and cargo test side by side: each judged as alone, clippy in its own directory, neither waiting on a lock', async () => {
    const target = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-cargo-target-'))
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-cargo-scratch-'))
    try {
      const parentEnv = { ...process.env, CARGO_TARGET_DIR: target, CI: 'true' }
      const items = [gate('clippy', 'cargo clippy --all-targets -- -D warnings', {}, 'rust/clippy-warning'), gate('test', 'cargo test', {}, 'rust/clippy-warning')]
      const checklist: Checklist = { title: 'Rust', path: 'go-no-go.yml', format: 'yaml', sections: [{ title: 'S', items }] }
      const lines: string[] = []
      const runGate = createGateRunner({ workspace: FIXTURES, parentEnv, scratchDir: scratch, killGraceMs: 500, observeLine: (line) => lines.push(line) })
      const report = await runChecklist(checklist, runGate, { concurrency: 2, allowEmpty: false, parentEnv })
      const status = Object.fromEntries([...report.results].map(([id, result]) => [id, result.status]))
      expect(status).toEqual({ clippy: 'fail', test: 'pass' })
      expect(existsSync(path.join(target, 'go-no-go', 'clippy', 'debug'))).toBe(true)
      expect(lines.filter((line) => /Blocking waiting for file lock on build directory/.test(line))).toEqual([])
    } finally {
      rmSync(target, { recursive: true, force: true })
      rmSync(scratch, { recursive: true, force: true })
    }
  })
})
