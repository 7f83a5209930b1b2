/**
 * The parsers on live output of the tools installed here (cargo, clippy, rustfmt, node, npm),
 * streamed line by line as the gate runner streams it: if a tool upgrade changes its output,
 * these fail before users see a wrong verdict.
 */
import { runLive } from './helpers.js'

describe('live cargo', () => {
  it('cargo test on a failing crate: counts, the failing name and the panic location', async () => {
    const { parsed, exitCode } = await runLive('cargo-test', 'rust/failing-test', 'cargo test')
    expect(exitCode).toBe(101)
    expect(parsed).toMatchObject({ counts: { passed: 2, failed: 1, skipped: 0 }, failingTests: ['tests::doubles_negative_numbers_wrongly'] })
    expect(parsed.findings[0]).toMatchObject({ file: 'src/lib.rs', line: 21 })
    expect(parsed).not.toHaveProperty('problem')
  })

  it('cargo test on code that does not compile: a failure with the compiler error, no counts', async () => {
    const { parsed } = await runLive('cargo-test', 'rust/compile-error', 'cargo test')
    expect(parsed).toMatchObject({ counts: null, problem: { status: 'fail', message: expect.stringMatching(/^does not compile: mismatched types at src\/lib\.rs:9:\d+$/) } })
  })

  it('cargo test on a workspace sums both members and the doc tests', async () => {
    const { parsed } = await runLive('cargo-test', 'rust/workspace', 'cargo test --workspace --no-fail-fast')
    expect(parsed).toMatchObject({ counts: { passed: 4, failed: 1 }, failingTests: ['tests::formats_not_found_with_reason'] })
  })

  // Issue 8: a binary that dies before its result is an incomplete run, an error (it was a fail).
  it('cargo test on a test that aborts: an incomplete run naming SIGABRT', async () => {
    const { parsed } = await runLive('cargo-test', 'rust/aborts', 'cargo test')
    expect(parsed).toMatchObject({ problem: { status: 'error', message: expect.stringContaining('killed by SIGABRT') } })
  })

  it('cargo clippy --message-format=json finds needless_return at src/lib.rs:2:5', async () => {
    const { parsed, exitCode } = await runLive('cargo-clippy', 'rust/clippy-warning', 'cargo clippy --all-targets --message-format=json')
    expect(exitCode).toBe(0)
    expect(parsed).toMatchObject({ counts: { warnings: 1, errors: 0 } })
    expect(parsed.findings).toEqual([expect.objectContaining({ file: 'src/lib.rs', line: 2, column: 5, code: 'clippy::needless_return' })])
  })

  it('cargo clippy -D warnings in human format: one error', async () => {
    const { parsed, exitCode } = await runLive('cargo-clippy', 'rust/clippy-warning', 'cargo clippy --all-targets -- -D warnings')
    expect(exitCode).toBe(101)
    expect(parsed).toMatchObject({ counts: { warnings: 0, errors: 1 }, findings: [expect.objectContaining({ code: 'clippy::needless_return' })] })
  })

  it('cargo clippy on the green crate: clean, with progress lines to prove it ran', async () => {
    const { parsed } = await runLive('cargo-clippy', 'rust/green', 'cargo clippy --all-targets -- -D warnings')
    expect(parsed).toEqual({ kind: 'lint', counts: { warnings: 0, errors: 0 }, findings: [] })
  })

  it('cargo fmt --check lists the drifted file; the green crate is clean', async () => {
    const drift = await runLive('cargo-fmt', 'rust/fmt-drift', 'cargo fmt --all -- --check')
    expect(drift.exitCode).toBe(1)
    expect(drift.parsed).toMatchObject({ counts: { files: [expect.stringMatching(/fmt-drift\/src\/lib\.rs$/)] } })
    const green = await runLive('cargo-fmt', 'rust/green', 'cargo fmt --all -- --check')
    expect(green).toMatchObject({ exitCode: 0, parsed: { counts: { files: [] } } })
  })
})

describe('live node', () => {
  it.each(['tap', 'spec'])('node --test --test-reporter=%s names the failing test', async (reporter) => {
    const { parsed, exitCode } = await runLive('node-test', 'node/red', `node --test --test-reporter=${reporter}`)
    expect(exitCode).toBe(1)
    expect(parsed).toMatchObject({ counts: { passed: 1, failed: 1 }, failingTests: ['rounds half up (fixture failure)'] })
  })

  it('npm test around node --test, red and green', async () => {
    const red = await runLive('npm-test', 'node/red', 'npm test')
    expect(red.parsed).toMatchObject({ counts: { passed: 1, failed: 1 }, failingTests: ['rounds half up (fixture failure)'] })
    const green = await runLive('npm-test', 'node/green', 'npm test')
    expect(green).toMatchObject({ exitCode: 0, parsed: { counts: { passed: 2, failed: 0 }, failingTests: [] } })
  })
})
