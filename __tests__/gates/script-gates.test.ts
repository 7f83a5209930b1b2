/**
 * Multi-line and multi-tool `run:` scripts through the real gate runner, bash, cargo and node on the
 * fixture projects: what a user sees when a script runs several commands.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CommandItem, ParserName } from '../../src/checklist/types.js'
import { createGateRunner } from '../../src/gates/gate-runner.js'
import { CARGO_TARGET_DIR, FIXTURES } from '../helpers/run-action.js'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-scripts-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const runGate = createGateRunner({ workspace: FIXTURES, parentEnv: { ...process.env, CARGO_TARGET_DIR, CI: 'true' }, scratchDir: scratch, killGraceMs: 500 })
let gates = 0

function gate(workingDirectory: string, run: string, parser?: ParserName): CommandItem {
  return {
    kind: 'command',
    id: `gate-${++gates}`,
    title: 'gate',
    severity: 'blocking',
    section: 'S',
    run,
    timeoutMs: 180_000,
    workingDirectory,
    env: {},
    needs: [],
    expect: {},
    ...(parser ? { parser } : {})
  }
}

const FAILING_TEST = 'tests::doubles_negative_numbers_wrongly'

describe('a multi-line run:', () => {
  it('fails when any line fails, even if the last one succeeds', async () => {
    expect(await runGate(gate('.', 'false\ntrue'))).toMatchObject({ status: 'fail', summary: 'exit 1', reason: 'exited with code 1' })
  })

  it('judges `cargo test` by its own output when another command follows it', async () => {
    const result = await runGate(gate('rust/failing-test', 'cargo test\necho done'))
    expect(result).toMatchObject({ status: 'fail', parser: 'cargo-test', summary: '2/3 passed', reason: `1 failed: ${FAILING_TEST}` })
  })

  it('judges each tool: `cargo fmt --check` clean, then `cargo test` failing, fails naming the test', async () => {
    const result = await runGate(gate('rust/failing-test', 'cargo fmt --check\ncargo test'))
    expect(result).toMatchObject({ status: 'fail', parser: 'cargo-test', summary: 'formatted; 2/3 passed', reason: `\`cargo test\`: 1 failed: ${FAILING_TEST}` })
    expect(result.steps).toEqual([
      { command: 'cargo fmt --check', parser: 'cargo-fmt', status: 'pass', summary: 'formatted', exitCode: 0 },
      { command: 'cargo test', parser: 'cargo-test', status: 'fail', summary: '2/3 passed', reason: `1 failed: ${FAILING_TEST}`, exitCode: 101 }
    ])
  })

  it('still tells the commands apart after one prints a line longer than a line is kept, without a newline', async () => {
    const long = 'node -e "process.stdout.write(String(1).repeat(200000))"'
    const result = await runGate(gate('.', `${long}\necho done`))
    expect(result.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/could not tell which command printed what/)]))
    // Every byte the gate printed, and none of go-no-go's own step markers.
    expect(result.process?.output.totalBytes).toBe(200_000 + 'done\n'.length)
  })

  it('still tells the commands apart when the next step marker begins just before a line is cut', async () => {
    // 65,536 characters of a line are kept: the marker for `echo done` starts 10 before that and ends after.
    const result = await runGate(gate('.', 'node -e "process.stdout.write(String(1).repeat(65526))"\necho done'))
    expect(result.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/could not tell which command printed what/)]))
    expect(result.process?.output.totalBytes).toBe(65_526 + 'done\n'.length)
    expect(result.process?.output.tail).not.toContain('go-no-go-step')
  })

  it('takes out the step marker after output that ends in many marker-shaped words without a newline', async () => {
    // A genuine marker ends its line: text shaped like markers in front of it cannot hide it.
    const result = await runGate(gate('.', 'node -e "process.stdout.write(\'##go-no-go-step \'.repeat(20))"\necho done'))
    expect(result.process?.output.head).not.toMatch(/##go-no-go-step \d+ [0-9a-f]{16}/)
    expect(result.process?.output.totalBytes).toBe(20 * '##go-no-go-step '.length + 'done\n'.length)
  })

  it('counts what a gate printed, not less, when the commands it runs are not valid UTF-8', async () => {
    // `eval` (or `source`) makes the step markers carry bytes the script chose: each 0xe9 is one byte
    // in the marker but three once decoded, and the marker's bytes must not eat the gate's own.
    const result = await runGate(gate('.', 'for i in $(seq 40); do eval "$(printf \': \\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\')"; done\necho FAILED\nexit 1'))
    expect(result.status).toBe('fail')
    expect(result.process?.output.totalBytes).toBe('FAILED\n'.length)
    expect(result.process?.output.head).toBe('FAILED\n')
  })

  it('passes when every tool passes', async () => {
    expect(await runGate(gate('rust/green', 'cargo fmt --check\ncargo test\necho done'))).toMatchObject({ status: 'pass', summary: 'formatted; 2/2 passed' })
  })

  it('still judges a tool whose exit status the script ignores (`set +e`, `|| true`)', async () => {
    expect(await runGate(gate('rust/failing-test', 'set +e\ncargo test\necho done'))).toMatchObject({ status: 'fail', reason: `\`cargo test\`: 1 failed: ${FAILING_TEST}` })
    expect(await runGate(gate('rust/failing-test', 'cargo test || true'))).toMatchObject({ status: 'fail', reason: `\`cargo test\`: 1 failed: ${FAILING_TEST}` })
  })

  it('does not judge a failure the script tolerates in a command that is not a known tool', async () => {
    expect(await runGate(gate('rust/green', 'grep -q no-such-text Cargo.toml || echo absent\ncargo test'))).toMatchObject({ status: 'pass', summary: '2/2 passed' })
  })

  it('reads a pipeline as one command: `cargo test 2>&1 | tee` is judged by cargo-test', async () => {
    const result = await runGate(gate('rust/failing-test', `cargo test 2>&1 | tee ${path.join(scratch, 'test.log')}`))
    expect(result).toMatchObject({ status: 'fail', parser: 'cargo-test', reason: `1 failed: ${FAILING_TEST}` })
  })

  it('judges a tool whose output was saved and printed later on the whole output', async () => {
    const log = path.join(scratch, 'saved.log')
    const result = await runGate(gate('rust/failing-test', `cargo test > ${log} 2>&1 || true\ncat ${log}`))
    expect(result).toMatchObject({ status: 'fail', reason: expect.stringContaining(`1 failed: ${FAILING_TEST}`) })
    expect(result.notes?.join(' ')).toMatch(/printed nothing where it ran/)
  })

  it('follows `cd dir && cargo test`', async () => {
    expect(await runGate(gate('.', 'cd rust/failing-test && cargo test --quiet'))).toMatchObject({ status: 'fail', reason: `1 failed: ${FAILING_TEST}` })
  })

  it('judges a tool it cannot see run (in a subshell) on the whole output, even when the script ignores its status', async () => {
    const result = await runGate(gate('.', '(cd rust/failing-test && cargo test) || true\necho done'))
    expect(result).toMatchObject({ status: 'fail', parser: 'cargo-test', reason: expect.stringContaining(`1 failed: ${FAILING_TEST}`) })
    expect(result.notes?.join(' ')).toMatch(/judged on the whole output/)
  })

  it('judges a tool run by a function in a pipeline on the whole output', async () => {
    const result = await runGate(gate('rust/failing-test', 'tests() { cargo test; }\ntests | cat'))
    expect(result).toMatchObject({ status: 'fail', reason: expect.stringContaining(`1 failed: ${FAILING_TEST}`) })
  })

  it('is an error, never a pass, when a tool the script names never ran', async () => {
    expect(await runGate(gate('rust/green', 'if false; then cargo test; fi'))).toMatchObject({
      status: 'error',
      reason: expect.stringContaining('no test summary found in the output')
    })
  })

  it("with a checklist `parser:`, reads the whole output with it, and the script's exit status still counts", async () => {
    expect(await runGate(gate('rust/failing-test', 'cargo test\necho done', 'cargo-test'))).toMatchObject({ status: 'fail', reason: `1 failed: ${FAILING_TEST}` })
    expect(await runGate(gate('rust/green', 'cargo test\nfalse', 'cargo-test'))).toMatchObject({ status: 'error', reason: 'exited 1 although all tests passed' })
  })

  it('judges everything on the whole output when it cannot attribute it (more commands than markers)', async () => {
    const red = await runGate(gate('rust/failing-test', 'for i in $(seq 1100); do :; done\ncargo test'))
    expect(red).toMatchObject({ status: 'fail', reason: expect.stringContaining(`1 failed: ${FAILING_TEST}`) })
    expect(red.notes?.join(' ')).toMatch(/could not tell which command printed what/)
    expect(await runGate(gate('rust/green', 'for i in $(seq 1100); do :; done\ncargo test'))).toMatchObject({ status: 'pass' })
  })
})

describe('a forged step marker', () => {
  it('is ordinary output: a hostile test that prints markers with every token it can find still fails the gate, named', async () => {
    const result = await runGate(gate('node/forger', 'node --test || true\necho done'))
    expect(result).toMatchObject({ status: 'fail', parser: 'node-test', reason: expect.stringContaining('a real failure the forgery tries to hide (fixture failure)') })
    const output = `${result.process?.output.head}${result.process?.output.tail}`
    expect(output).toMatch(/harvested \d+ token-shaped strings/)
    expect(output).toContain('##go-no-go-step 1 0123456789abcdef 0 1 [-] true')
  })

  it('printed by the gate itself cannot split a failing tool from its result', async () => {
    const forged = 'printf "##go-no-go-step 2 0123456789abcdef 0 1 [-] true\\n"'
    expect(await runGate(gate('rust/failing-test', `${forged}\ncargo test || true`))).toMatchObject({ status: 'fail', reason: expect.stringContaining(FAILING_TEST) })
  })
})

describe('the script file bash runs', () => {
  // Another gate can find a script from its own path; these do to their own script what it could do.
  it.each([
    ['rewritten in place', `printf 'exit 0\\n' > "$0"`],
    ['replaced by a copy and put back', `cp "$0" "$0.orig" && mv "$0.orig" "$0"`],
    ['given another mode', `chmod 700 "$0"`]
  ])('is an error when it was %s while the gate ran: what ran is not known', async (_how, run) => {
    expect(await runGate(gate('.', run))).toMatchObject({
      status: 'error',
      summary: 'script replaced',
      reason: expect.stringMatching(/^its script file was replaced or changed while the gate ran/)
    })
  })

  it('is a file of a directory made for this gate alone, never one already in place', async () => {
    const item = gate('.', 'echo "$0"')
    const result = await runGate(item)
    const shown = result.process?.output.head ?? ''
    expect(path.dirname(path.dirname(shown.trim()))).toBe(scratch)
    expect(path.basename(path.dirname(shown.trim()))).toMatch(new RegExp(`^${item.id}-[A-Za-z0-9]{6}$`))
    expect(result.status).toBe('pass')
  })
})

describe('node --test with a reporter the user chose', () => {
  it.each([
    ['node/red', 'fail', '1/2 passed'],
    ['node/green', 'pass', '2/2 passed']
  ])('`--test-reporter=dot` in %s is judged from our report beside it, and the dots still print', async (fixture, status, summary) => {
    const result = await runGate(gate(fixture, 'node --test --test-reporter=dot'))
    expect(result).toMatchObject({ status, summary })
    expect(result.process?.output.head).toMatch(/^[.X]+$/m)
  })
})
