/**
 * A `run:` as a bash script, run for real: GitHub's `run:` semantics (-e, pipefail, line numbers),
 * and the step markers' one-time tokens staying where no command can read them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createParser, detectParser } from '../../src/gates/parsers/index.js'
import { runProcess } from '../../src/gates/process.js'
import { bashArgv, createRunScript, markerCandidates } from '../../src/gates/run-script.js'
import { createSegmentReader } from '../../src/gates/segments.js'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-script-'))
let runs = 0

/** Runs `run` as the gate runner does; returns the exit code, the output lines that are not markers, and the markers. */
async function runScript(run: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const script = createRunScript(run)
  const file = path.join(scratch, `run-${++runs}.sh`)
  writeFileSync(file, script.text)
  const lines: string[] = []
  const reader = createSegmentReader({ run, tokens: script.tokens, catalog: { detect: detectParser, create: createParser }, observe: (line) => lines.push(line) })
  const outcome = await runProcess({
    argv: bashArgv(file),
    secretInput: script.secret,
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: scratch, ...extraEnv },
    timeoutMs: 60_000,
    killGraceMs: 500,
    onLine: (line) => reader.onLine(line)
  })
  return { code: outcome.exitCode, lines, output: reader.finish(), tokens: script.tokens, file }
}

describe('a run: script', () => {
  it('fails on the first failing line, as GitHub runs `run:` (bash -e)', async () => {
    const run = await runScript('echo one\nfalse\necho never')
    expect(run.code).toBe(1)
    expect(run.lines).toEqual(['one'])
  })

  it('fails a pipeline whose first command fails (pipefail)', async () => {
    expect((await runScript('false | cat\necho never')).code).toBe(1)
  })

  it("keeps the author's line numbers in bash's own messages", async () => {
    const run = await runScript('true\n\ndefinitely-not-a-command-go-no-go')
    expect(run.code).toBe(127)
    expect(run.lines.join('\n')).toMatch(/line 3: definitely-not-a-command-go-no-go: command not found/)
  })

  it('keeps stdout and stderr in the order they were printed', async () => {
    expect((await runScript('echo out1\necho err1 >&2\necho out2\necho err2 >&2')).lines).toEqual(['out1', 'err1', 'out2', 'err2'])
  })

  it("leaves the author's shell alone: set -u, their EXIT trap and exit status, command substitutions, redirections", async () => {
    const run = await runScript(`set -u
trap 'echo bye' EXIT
value=$(echo inner; echo second)
echo "[$value]"
{ echo a; echo b; } > grouped.txt
cat grouped.txt
exit 3`)
    expect(run.code).toBe(3)
    expect(run.lines).toEqual(['[inner', 'second]', 'a', 'b', 'bye'])
  })

  it('still signs its markers, and runs a set -u script, where read has no -N (bash before 4.1, as macOS /bin/bash 3.2)', async () => {
    // bash 3.2's own read refuses -N with status 2 and reads nothing; a function from BASH_ENV stands in for it here.
    const startup = path.join(scratch, 'old-read.sh')
    writeFileSync(startup, 'read() { for word in "$@"; do [[ $word != -N ]] || return 2; done; builtin read "$@"; }\n')
    const run = await runScript('set -u\necho one\necho two', { BASH_ENV: startup })
    expect(run.code).toBe(0)
    expect(run.lines).toEqual(['one', 'two'])
    expect(run.output.segments.map((segment) => segment.commands.join(' | '))).toEqual(['set -u', 'echo one', 'echo two'])
  })

  it("does not show the trap's own commands under set -x", async () => {
    const run = await runScript('set -x\necho traced')
    expect(run.lines).toEqual(['+ echo traced', 'traced'])
  })

  it('prints one genuine marker per command, with the command and the status of the one before', async () => {
    const run = await runScript('cd /\nfalse || echo tolerated\necho last')
    expect(run.output.segments.map((segment) => [segment.commands.join(' | '), segment.status])).toEqual([
      ['cd /', 0],
      ['false', 1],
      ['echo tolerated', 0],
      ['echo last', null]
    ])
  })

  it('signs the markers with every token in order, the last one included, and leaves the rest unsigned', async () => {
    const script = createRunScript(': first\nfor n in $(seq 600); do :; done')
    const file = path.join(scratch, `run-${++runs}.sh`)
    writeFileSync(file, script.text)
    const markers: Array<{ seq: number; token: string }> = []
    await runProcess({
      argv: bashArgv(file),
      secretInput: script.secret,
      cwd: scratch,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: scratch },
      timeoutMs: 60_000,
      killGraceMs: 500,
      onLine: (line) => {
        for (const { marker } of markerCandidates(line)) markers.push({ seq: marker.seq, token: marker.token })
      }
    })
    const signed = markers.filter((marker) => marker.token !== '-')
    expect(signed).toEqual(script.tokens.map((token, index) => ({ seq: index + 1, token })))
    expect(markers.slice(signed.length)).toEqual([{ seq: script.tokens.length + 1, token: '-' }])
  })

  it('keeps the tokens out of reach of the commands it runs: not in argv, environment, the script file or fd 3', async () => {
    const run = await runScript(`cat /proc/$$/cmdline | tr '\\0' ' '; echo
cat /proc/$$/environ | tr '\\0' ' '; echo
cat "$0"
env
cat <&3 || echo "fd 3 is closed"
ls -l /proc/self/fd`)
    const output = run.lines.join('\n')
    expect(run.lines).toContain('fd 3 is closed')
    expect(output).toContain('##go-no-go-step %s')
    for (const token of run.tokens) expect(output).not.toContain(token)
    expect(readFileSync(run.file, 'utf8')).not.toMatch(/[0-9a-f]{16}/)
  })

  it('keeps the tokens out of the environment of the commands it runs when every variable is exported (allexport from SHELLOPTS or BASH_ENV)', async () => {
    const startup = path.join(scratch, 'bash-env.sh')
    writeFileSync(startup, 'set -a\n')
    for (const extraEnv of [{ SHELLOPTS: 'allexport' }, { BASH_ENV: startup }]) {
      const run = await runScript('env\nset -o | grep allexport', extraEnv)
      const output = run.lines.join('\n')
      expect(output).toMatch(/allexport\s+on/)
      for (const token of run.tokens) expect(output).not.toContain(token)
    }
  })

  it('prints its script without ever making a valid marker out of it', async () => {
    const run = await runScript('cat "$0"')
    expect(run.lines.flatMap((line) => markerCandidates(line))).toEqual([])
  })
})
