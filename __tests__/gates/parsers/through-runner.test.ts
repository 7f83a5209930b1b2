/**
 * Parsers and evaluation behind the real gate runner and process layer, on the fixture projects:
 * the verdict a user sees for each kind of breakage.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CommandItem, Expectations } from '../../../src/checklist/types.js'
import { createGateRunner } from '../../../src/gates/gate-runner.js'
import { CARGO_TARGET_DIR, FIXTURES } from '../../helpers/run-action.js'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-parsers-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const runGate = createGateRunner({ workspace: FIXTURES, parentEnv: { ...process.env, CARGO_TARGET_DIR, CI: 'true' }, scratchDir: scratch, killGraceMs: 500 })

function gate(id: string, workingDirectory: string, run: string, expect: Expectations = {}, timeoutMs = 120_000): CommandItem {
  return { kind: 'command', id, title: id, severity: 'blocking', section: 'S', run, timeoutMs, workingDirectory, env: {}, needs: [], expect }
}

describe('gate results on the fixture projects', () => {
  it('green crate: tests, clippy and fmt pass', async () => {
    expect(await runGate(gate('tests', 'rust/green', 'cargo test'))).toMatchObject({ status: 'pass', summary: '2/2 passed', parser: 'cargo-test' })
    expect(await runGate(gate('clippy', 'rust/green', 'cargo clippy --all-targets -- -D warnings'))).toMatchObject({ status: 'pass', summary: 'no warnings' })
    expect(await runGate(gate('fmt', 'rust/green', 'cargo fmt --all -- --check'))).toMatchObject({ status: 'pass', summary: 'formatted' })
  })

  it('a failing test fails, named; a pass-rate that allows it passes', async () => {
    expect(await runGate(gate('tests', 'rust/failing-test', 'cargo test'))).toMatchObject({
      status: 'fail',
      summary: '2/3 passed',
      reason: '1 failed: tests::doubles_negative_numbers_wrongly'
    })
    expect(await runGate(gate('tests', 'rust/failing-test', 'cargo test', { passRate: 60 }))).toMatchObject({ status: 'pass' })
  })

  it('a compile error fails with the compiler message', async () => {
    expect(await runGate(gate('tests', 'rust/compile-error', 'cargo test'))).toMatchObject({
      status: 'fail',
      reason: expect.stringMatching(/^does not compile: mismatched types at src\/lib\.rs:9:/)
    })
  })

  // Issue 8: the run is incomplete, so an error (it was a fail); never a pass.
  it('an aborting test binary is an error, whatever the other tests did', async () => {
    expect(await runGate(gate('tests', 'rust/aborts', 'cargo test'))).toMatchObject({ status: 'error', reason: expect.stringContaining('SIGABRT') })
  })

  it('a hanging test is an error "timed out", not a pass or a fail', async () => {
    // Built first, so the short timeout measures the hanging test and not the compiler.
    execFileSync('cargo', ['test', '--no-run'], { cwd: path.join(FIXTURES, 'rust/hangs'), env: { ...process.env, CARGO_TARGET_DIR }, stdio: 'ignore' })
    const result = await runGate(gate('tests', 'rust/hangs', 'cargo test', {}, 3_000))
    expect(result).toMatchObject({ status: 'error', summary: 'timed out', reason: 'timed out after 3s' })
  })

  it('a clippy warning and formatting drift fail, with locations relative to the workspace', async () => {
    const clippy = await runGate(gate('clippy', 'rust/clippy-warning', 'cargo clippy --all-targets'))
    expect(clippy).toMatchObject({ status: 'fail', summary: '1 warning', parsed: { findings: [expect.objectContaining({ file: 'rust/clippy-warning/src/lib.rs', line: 2 })] } })
    const fmt = await runGate(gate('fmt', 'rust/fmt-drift', 'cargo fmt --all -- --check'))
    expect(fmt).toMatchObject({
      status: 'fail',
      summary: '1 file needs formatting',
      parsed: { findings: [expect.objectContaining({ file: 'rust/fmt-drift/src/lib.rs', line: 1 })] }
    })
  })

  it('node: green passes, red fails naming the test, a missing tool is an error', async () => {
    expect(await runGate(gate('unit', 'node/green', 'npm test'))).toMatchObject({ status: 'pass', summary: '2/2 passed' })
    expect(await runGate(gate('unit', 'node/red', 'node --test'))).toMatchObject({ status: 'fail', reason: '1 failed: rounds half up (fixture failure)' })
    expect(await runGate(gate('unit', 'node/green', 'definitely-not-a-tool-here --test'))).toMatchObject({ status: 'error', summary: 'not found' })
  })
})
