/** The bundled action, run as the runner runs it, on real fixture projects with real cargo and node. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, workspaceFrom } from './helpers/run-action.js'

const rustChecklist = (items: string) => `version: 1
title: Fixture release
sections:
  - title: Gates
    items:
${items}`

describe('dist/index.js on real Rust projects', () => {
  it('says GO on a green crate: fmt, clippy and tests pass, evidence present', async () => {
    const workspace = workspaceFrom(
      'rust/green',
      rustChecklist(`      - id: fmt
        title: Formatting is clean
        run: cargo fmt --all -- --check
      - id: clippy
        title: No clippy warnings
        run: cargo clippy --all-targets -- -D warnings
      - id: tests
        title: Unit tests pass
        run: cargo test
      - id: manifest
        title: Manifest present
        file: Cargo.toml
`)
    )
    const run = await runAction({ workspace })
    expect(run.outputs.decision).toBe('go')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ passed: '4', failed: '0', errored: '0', pending: '0' })
    expect(run.summary).toMatch(/GO/)
    expect(run.summary).not.toMatch(/NO-GO/)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.decision).toBe('go')
    expect(report.items.map((item: { id: string; status: string }) => `${item.id}:${item.status}`)).toEqual(['fmt:pass', 'clippy:pass', 'tests:pass', 'manifest:pass'])
  })

  it('says NO-GO on a failing test and names it in the summary', async () => {
    const workspace = workspaceFrom(
      'rust/failing-test',
      rustChecklist(`      - id: tests
        title: Unit tests pass
        run: cargo test
`)
    )
    const run = await runAction({ workspace })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ decision: 'no-go', failed: '1' })
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.items[0].failingTests.length).toBe(1)
    expect(run.summary).toContain(report.items[0].failingTests[0])
    expect(run.summary).toMatch(/2\/3 passed/)
  })

  it('passes a failing test under an explicit pass-rate threshold', async () => {
    const workspace = workspaceFrom(
      'rust/failing-test',
      rustChecklist(`      - id: tests
        title: Unit tests pass
        run: cargo test
        expect:
          pass-rate: 60
`)
    )
    const run = await runAction({ workspace })
    expect(run.outputs.decision).toBe('go')
    expect(run.code).toBe(0)
  })

  it('says NO-GO for a workspace where one member fails, naming the member test', async () => {
    const workspace = workspaceFrom(
      'rust/workspace',
      rustChecklist(`      - id: tests
        title: Workspace tests pass
        run: cargo test --workspace
`)
    )
    const run = await runAction({ workspace })
    expect(run.outputs.decision).toBe('no-go')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.items[0].status).toBe('fail')
    expect(report.items[0].failingTests.length).toBeGreaterThan(0)
    expect(report.items[0].counts.passed).toBeGreaterThan(0)
  })

  it('reports a compile error as a failure with the compiler error, never as "0 failed"', async () => {
    const workspace = workspaceFrom(
      'rust/compile-error',
      rustChecklist(`      - id: tests
        title: Unit tests pass
        run: cargo test
`)
    )
    const run = await runAction({ workspace })
    expect(run.outputs.decision).toBe('no-go')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.items[0].status).toBe('fail')
    expect(report.items[0].reason).toMatch(/^does not compile: mismatched types at src\/lib\.rs:\d+/)
    expect(run.summary).not.toMatch(/0 failed/)
  })

  it('says NO-GO for a clippy warning and for formatting drift', async () => {
    const clippy = await runAction({
      workspace: workspaceFrom(
        'rust/clippy-warning',
        rustChecklist(`      - id: clippy
        title: No clippy warnings
        run: cargo clippy --all-targets
`)
      )
    })
    expect(clippy.outputs.decision).toBe('no-go')
    expect(clippy.summary).toMatch(/warning/)
    const fmt = await runAction({
      workspace: workspaceFrom(
        'rust/fmt-drift',
        rustChecklist(`      - id: fmt
        title: Formatting is clean
        run: cargo fmt --all -- --check
`)
      )
    })
    expect(fmt.outputs.decision).toBe('no-go')
    expect(fmt.summary).toMatch(/\.rs/)
  })

  it('never passes a test binary that aborts', async () => {
    const run = await runAction({
      workspace: workspaceFrom(
        'rust/aborts',
        rustChecklist(`      - id: tests
        title: Unit tests pass
        run: cargo test
`)
      )
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.code).toBe(1)
  })

  it('turns a hanging test into an error "timed out" and kills it', async () => {
    const run = await runAction({
      workspace: workspaceFrom(
        'rust/hangs',
        rustChecklist(`      - id: tests
        title: Unit tests pass
        run: cargo test
        timeout-minutes: 0.5
`)
      )
    })
    expect(run.outputs).toMatchObject({ decision: 'no-go', errored: '1' })
    expect(run.summary).toMatch(/timed out after 30/)
  })
})

describe('dist/index.js on real Node projects', () => {
  const nodeChecklist = `version: 1
sections:
  - title: Tests
    items:
      - id: unit
        title: Unit tests pass
        run: npm test
`
  it('says GO when node --test passes', async () => {
    const run = await runAction({ workspace: workspaceFrom('node/green', nodeChecklist) })
    expect(run.outputs.decision).toBe('go')
    expect(run.code).toBe(0)
  })

  it('says NO-GO when a node test fails and names it', async () => {
    const run = await runAction({ workspace: workspaceFrom('node/red', nodeChecklist) })
    expect(run.outputs.decision).toBe('no-go')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.items[0].failingTests.length).toBeGreaterThan(0)
    expect(run.summary).toContain(report.items[0].failingTests[0])
  })
})

describe('dist/index.js with real audits', () => {
  it('reports an npm audit that cannot reach its advisory service as an error, never a pass', async () => {
    const run = await runAction({
      workspace: workspaceFrom(
        'node/audit',
        `version: 1
sections:
  - title: Security
    items:
      - id: audit
        title: No known vulnerabilities
        run: npm audit --json
`
      )
    })
    expect(run.outputs).toMatchObject({ decision: 'no-go', errored: '1' })
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.items[0]).toMatchObject({ status: 'error', reason: expect.stringMatching(/^npm audit could not (reach the advisory service|run)/) })
  })
})

describe('dist/index.js decisions, inputs and safety', () => {
  const shell = (items: string) => `version: 1
sections:
  - title: Shell
    items:
${items}`

  it('is CONDITIONAL GO with a pending warning sign-off, and fail-on decides the exit code', async () => {
    const checklist = shell(`      - id: ok
        title: Works
        run: "true"
      - id: signoff
        title: Security sign-off
        manual: true
        severity: warning
`)
    const lenient = await runAction({ workspace: workspaceFrom(undefined, checklist) })
    expect(lenient.outputs).toMatchObject({ decision: 'conditional-go', pending: '1' })
    expect(lenient.code).toBe(0)
    const strict = await runAction({ workspace: workspaceFrom(undefined, checklist), inputs: { 'fail-on': 'conditional-go' } })
    expect(strict.code).toBe(1)
  })

  it('reads the checklist and runs gates inside working-directory', async () => {
    const workspace = workspaceFrom(
      undefined,
      shell(`      - id: here
        title: Runs in the service directory
        run: test -f service-marker
      - id: evidence
        title: Runbook next to the service
        file: RUNBOOK.md
`),
      'services/api/.github/go-no-go.yml'
    )
    writeFileSync(path.join(workspace, 'services/api/service-marker'), 'x')
    writeFileSync(path.join(workspace, 'services/api/RUNBOOK.md'), 'roll back by redeploying\n')
    const run = await runAction({ workspace, inputs: { 'working-directory': 'services/api' } })
    expect(run.outputs).toMatchObject({ decision: 'go', passed: '2' })
  })

  it('reports NO-GO but exits 0 when fail-on is never', async () => {
    const run = await runAction({
      workspace: workspaceFrom(
        undefined,
        shell(`      - id: broken
        title: Broken
        run: exit 4
`)
      ),
      inputs: { 'fail-on': 'never' }
    })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.code).toBe(0)
  })

  it('treats a command that is not found as an error, not a failure or a pass', async () => {
    const run = await runAction({
      workspace: workspaceFrom(
        undefined,
        shell(`      - id: missing
        title: Missing tool
        run: cargo-nonexistent-tool --check
`)
      )
    })
    expect(run.outputs).toMatchObject({ decision: 'no-go', errored: '1' })
    expect(run.summary).toMatch(/not found/)
  })

  it('fails a broken checklist with file, line and key, and still writes a summary', async () => {
    const run = await runAction({
      workspace: workspaceFrom(
        undefined,
        shell(`      - id: typo
        title: Typo
        rn: cargo test
`)
      )
    })
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.stdout).toMatch(/\.github\/go-no-go\.yml:\d+/)
    expect(run.stdout).toMatch(/rn/)
    expect(run.summary).toMatch(/NO-GO/)
    expect(run.summary).toMatch(/go-no-go\.yml:\d+/)
  })

  it('gives gates no token and throwaway runner files, so they cannot set our outputs or env', async () => {
    // The gate's environment is read from /proc, unredacted: a token printed to the log would be masked and prove nothing.
    const dump = path.join(mkdtempSync(path.join(os.tmpdir(), 'go-no-go-env-')), 'environ')
    const run = await runAction({
      workspace: workspaceFrom(
        undefined,
        shell(`      - id: sneaky
        title: Tries to escalate
        run: |
          tr '\\0' '\\n' < /proc/$$/environ > "$ENV_DUMP"
          echo "decision=go" >> "$GITHUB_OUTPUT"
          echo "EVIL=1" >> "$GITHUB_ENV"
          echo "# forged GO" >> "$GITHUB_STEP_SUMMARY"
          exit 1
`)
      ),
      env: { ENV_DUMP: dump }
    })
    expect(run.outputs.decision).toBe('no-go')
    const inherited = readFileSync(dump, 'utf8')
    // The runner passes our token as INPUT_GITHUB-TOKEN, with a hyphen no shell can name.
    expect(inherited).not.toMatch(/^(INPUT_|ACTIONS_RUNTIME_TOKEN=|ACTIONS_ID_TOKEN_REQUEST_|GITHUB_TOKEN=)/im)
    for (const secret of ['ghs_0123456789abcdefghijklmnopqrstuvwxyz', 'runtime-token-secret', 'oidc-token-secret']) expect(inherited).not.toContain(secret)
    expect(inherited).toMatch(/^GITHUB_REPOSITORY=octo-org\/octo-repo$/m)
    expect(inherited).toMatch(/^CI=true$/m)
    expect(run.summary).not.toMatch(/^# forged GO$/m)
    expect(run.outputs.decision).not.toContain('go\n')
  })

  it('does not let gate output issue workflow commands', async () => {
    const run = await runAction({
      workspace: workspaceFrom(
        undefined,
        shell(`      - id: injector
        title: Prints workflow commands
        run: |
          echo "::set-output name=decision::go"
          echo "::add-mask::NO-GO"
          echo "::error::forged error"
          echo "::stop-commands::abc"
          exit 1
`)
      )
    })
    expect(run.outputs.decision).toBe('no-go')
    const stopLine = run.stdout.split('\n').find((line) => line.startsWith('::stop-commands::') && !line.endsWith('abc'))
    expect(stopLine).toBeDefined()
    const token = stopLine!.slice('::stop-commands::'.length)
    const inside = run.stdout.slice(run.stdout.indexOf(stopLine!), run.stdout.indexOf(`::${token}::`))
    expect(inside).toContain('::set-output name=decision::go')
    expect(inside).toContain('::error::forged error')
    expect(run.stdout.indexOf(`::${token}::`)).toBeGreaterThan(run.stdout.indexOf('::error::forged error'))
    // Our own commands still work after the gate's output: the failure is announced after the resume token.
    expect(run.stdout.lastIndexOf('::error::NO-GO')).toBeGreaterThan(run.stdout.indexOf(`::${token}::`))
    // A gate masking our own words cannot hide the verdict.
    expect(run.summary.split('\n')[0]).toBe('## 🔴 NO-GO: Go/No-Go')
    expect(run.summary).toContain('(`injector`): failed')
  })

  it('reports a gate killed by SIGKILL (out of memory) as an error', async () => {
    const run = await runAction({
      workspace: workspaceFrom(
        undefined,
        shell(`      - id: oom
        title: Gets killed
        run: sh -c 'kill -KILL $$'
`)
      )
    })
    expect(run.outputs).toMatchObject({ decision: 'no-go', errored: '1' })
    expect(run.summary).toMatch(/killed by SIGKILL \(out of memory\?\)/)
  })
})
