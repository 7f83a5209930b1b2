/** Multi-line `run:` scripts through the bundled action, as the runner runs it, on the fixture projects. */
import { readFileSync } from 'node:fs'
import { runAction, workspaceFrom } from '../helpers/run-action.js'

const checklist = (run: string) => `version: 1
sections:
  - title: Gates
    items:
      - id: script
        title: A multi-line gate
        run: |
${run
  .split('\n')
  .map((line) => `          ${line}`)
  .join('\n')}
`

async function decide(fixture: string | undefined, run: string) {
  const result = await runAction({ workspace: workspaceFrom(fixture, checklist(run)) })
  const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
  return { result, item: report.items[0] }
}

describe('dist/index.js on multi-line run: scripts', () => {
  it('`false` then `true` is NO-GO', async () => {
    const { result, item } = await decide(undefined, 'false\ntrue')
    expect(result.outputs.decision).toBe('no-go')
    expect(item).toMatchObject({ status: 'fail', reason: 'exited with code 1' })
  })

  it('`cargo test` on a failing crate followed by `echo done` is NO-GO naming the test', async () => {
    const { result, item } = await decide('rust/failing-test', 'cargo test\necho done')
    expect(result.outputs.decision).toBe('no-go')
    expect(item).toMatchObject({ status: 'fail', parser: 'cargo-test', failingTests: ['tests::doubles_negative_numbers_wrongly'] })
    expect(result.summary).toContain('tests::doubles_negative_numbers_wrongly')
  })

  it('`cargo fmt --check` clean then `cargo test` failing is NO-GO naming the test', async () => {
    const { result, item } = await decide('rust/failing-test', 'cargo fmt --check\ncargo test')
    expect(result.outputs.decision).toBe('no-go')
    expect(item).toMatchObject({ status: 'fail', summary: 'formatted; 2/3 passed', reason: '`cargo test`: 1 failed: tests::doubles_negative_numbers_wrongly' })
  })

  it('a test printing forged step markers cannot hide its failure, even when the script ignores the exit status', async () => {
    const { result, item } = await decide('node/forger', 'node --test || true\necho done')
    expect(result.outputs.decision).toBe('no-go')
    expect(item).toMatchObject({ status: 'fail', failingTests: [expect.stringContaining('a real failure the forgery tries to hide')] })
  })
})
