/**
 * The bundled action against gates that reach for the runner: its real command files found on
 * disk, daemons left running, workflow commands smuggled into reasons, secrets in test names.
 * The layout mirrors a hosted runner: <root>/work/_temp/_runner_file_commands/set_env_<id> next
 * to the workspace <root>/work/repo/repo.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from './github/fake-github.js'
import { parseOutputFile, REPO_ROOT, runAction, type RunnerFileName } from './helpers/run-action.js'

const RUNNER_FILE_PREFIXES: Record<RunnerFileName, string> = {
  GITHUB_ENV: 'set_env_',
  GITHUB_PATH: 'add_path_',
  GITHUB_OUTPUT: 'set_output_',
  GITHUB_STATE: 'save_state_',
  GITHUB_STEP_SUMMARY: 'step_summary_'
}

/** A hosted runner's layout in a fresh directory, with the checklist in the workspace. */
function runnerLike(checklist: string) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-runner-like-'))
  roots.push(root)
  // Gates that walk up stop here, so they never touch another test's files.
  writeFileSync(path.join(root, '.e2e-root'), '')
  const temp = path.join(root, 'work', '_temp')
  const commands = path.join(temp, '_runner_file_commands')
  const workspace = path.join(root, 'work', 'octo-repo', 'octo-repo')
  const tmp = path.join(root, 'tmp')
  const pids = path.join(root, 'pids')
  for (const dir of [commands, path.join(workspace, '.github'), tmp, pids]) mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), checklist)
  const runnerFiles = Object.fromEntries(
    Object.entries(RUNNER_FILE_PREFIXES).map(([name, prefix]) => [name, path.join(commands, `${prefix}0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`)])
  ) as Record<RunnerFileName, string>
  return { root, workspace, runnerFiles, pids, env: { RUNNER_TEMP: temp, TMPDIR: tmp, PIDS: pids } }
}

const oneGate = (run: string, extra = '') => `version: 1
sections:
  - title: Gates
    items:
      - id: gate
        title: The gate
        run: |
${run
  .split('\n')
  .map((line) => `          ${line}`)
  .join('\n')}
${extra}`

/** Finds the runner's files by walking up from the workspace, RUNNER_TEMP and TMPDIR, as an attacker would. */
const FIND_RUNNER_FILES = `find_runner_files() {
  for start in "$GITHUB_WORKSPACE" "$RUNNER_TEMP" "$TMPDIR"; do
    d="$start"
    while [ "$d" != / ]; do
      find "$d" -maxdepth 4 -type f \\( -name 'set_env_*' -o -name 'add_path_*' -o -name 'set_output_*' -o -name 'save_state_*' -o -name 'step_summary_*' \\) 2>/dev/null
      [ -e "$d/.e2e-root" ] && break
      d=$(dirname "$d")
    done
  done | sort -u
}`

// A safety net for when the code under test is broken: whatever these tests' gates left runs under a runner-like root.
const roots: string[] = []
afterEach(() => {
  for (let round = 0; round < 100; round++) {
    const left = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          const cwd = readlinkSync(`/proc/${pid}/cwd`)
          return roots.some((root) => cwd.startsWith(root)) && !isGone(Number(pid))
        } catch {
          return false
        }
      })
      .map(Number)
    if (left.length === 0) return
    for (const signal of ['SIGSTOP', 'SIGKILL'] as const)
      for (const pid of left) {
        try {
          process.kill(pid, signal)
        } catch {
          // Already gone.
        }
      }
  }
})

/** Gone, or a zombie nobody reaped yet: either way it runs no code. */
function isGone(pid: number): boolean {
  try {
    return /^\S+ \(.*\) [ZX] /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return true
  }
}

/** Log lines (split as the runner splits them, on CR too) outside every stop-commands block. */
function linesOutsideStopCommands(stdout: string): string[] {
  const outside: string[] = []
  let resume: string | undefined
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (resume) {
      if (line === resume) resume = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) resume = `::${stop[1]}::`
    else outside.push(line)
  }
  return outside
}

describe("a gate cannot write to the runner's files", () => {
  it('drops what a gate appended to every runner file it found by walking up the directories, and says NO-GO naming each', async () => {
    const setup = runnerLike(
      oneGate(`${FIND_RUNNER_FILES}
for f in $(find_runner_files); do
  echo "found $f"
  printf 'EVIL=1\\ndecision=go\\n# forged GO\\n' >> "$f"
done`)
    )
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: setup.env })
    // The gate did find every one of them: the test is not passing for want of an attacker.
    for (const file of Object.values(setup.runnerFiles)) expect(run.stdout).toContain(`found ${file}`)
    expect(run.code).toBe(1)
    expect(run.outputs.decision).toBe('no-go')
    for (const name of ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'] as const) expect([name, readFileSync(setup.runnerFiles[name], 'utf8')]).toEqual([name, ''])
    const rawOutput = readFileSync(setup.runnerFiles.GITHUB_OUTPUT, 'utf8')
    expect(rawOutput).not.toMatch(/EVIL|^decision=go$/m)
    expect(parseOutputFile(rawOutput).decision).toBe('no-go')
    expect(run.summary).not.toMatch(/EVIL|forged/)
    expect(run.summary.split('\n')[0]).toBe('## 🔴 NO-GO: Go/No-Go')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.runProblems).toEqual(
      Object.keys(RUNNER_FILE_PREFIXES).map((name) => ({
        code: 'runner-file-changed',
        message: `a gate wrote to the runner's environment file ${name} (appended 31 bytes); it was put back as it was before the gates ran`
      }))
    )
    expect(run.summary).toContain("a gate wrote to the runner's environment file GITHUB\\_ENV (appended 31 bytes)")
  })

  it('writes its JSON report to a file of its own, not through a link a gate left where the report used to go', async () => {
    const setup = runnerLike(
      oneGate(`${FIND_RUNNER_FILES}
ln -s "$(find_runner_files | grep set_output_)" "$(dirname "$(dirname "$0")")/report.json"
exit 1`)
    )
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: setup.env })
    const outputs = parseOutputFile(readFileSync(setup.runnerFiles.GITHUB_OUTPUT, 'utf8'))
    expect(outputs.decision).toBe('no-go')
    expect(readFileSync(setup.runnerFiles.GITHUB_OUTPUT, 'utf8')).not.toContain('"schemaVersion"')
    expect(JSON.parse(readFileSync(outputs.report, 'utf8'))).toMatchObject({ decision: 'no-go' })
    // The gate did leave its link where the report used to go: the test is not passing for want of an attacker.
    expect(lstatSync(path.join(path.dirname(path.dirname(outputs.report)), 'report.json')).isSymbolicLink()).toBe(true)
    expect(run.code).toBe(1)
  })

  it('puts back a step summary a gate truncated, before writing its own', async () => {
    const setup = runnerLike(
      oneGate(`${FIND_RUNNER_FILES}
for f in $(find_runner_files); do case "$f" in *step_summary_*) : > "$f"; echo "truncated $f";; esac; done`)
    )
    const earlier = '### Written earlier in this step\n'
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, runnerFileContents: { GITHUB_STEP_SUMMARY: earlier }, env: setup.env })
    expect(run.stdout).toContain(`truncated ${setup.runnerFiles.GITHUB_STEP_SUMMARY}`)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary.startsWith(`${earlier}## 🔴 NO-GO`)).toBe(true)
    expect(run.summary).toContain(
      `a gate wrote to the runner's environment file GITHUB\\_STEP\\_SUMMARY (cut it from ${earlier.length} to 0 bytes); it was put back as it was before the gates ran`
    )
  })

  it('kills a daemon rewriting the files in a loop before restoring them, so the restore holds and our outputs come last', async () => {
    const setup = runnerLike(
      oneGate(`${FIND_RUNNER_FILES}
files=$(find_runner_files)
setsid -f sh -c 'echo $$ > "$PIDS/writer"; while :; do for f in $0; do echo decision=go >> "$f"; done; done' "$files"
while [ ! -s "$PIDS/writer" ]; do :; done`)
    )
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: setup.env })
    expect(isGone(Number(readFileSync(path.join(setup.pids, 'writer'), 'utf8')))).toBe(true)
    expect(run.outputs.decision).toBe('no-go')
    expect(readFileSync(setup.runnerFiles.GITHUB_OUTPUT, 'utf8')).not.toMatch(/^decision=go$/m)
    expect(readFileSync(setup.runnerFiles.GITHUB_ENV, 'utf8')).toBe('')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.items[0].notes).toEqual([expect.stringMatching(/^killed 1 process left running: sh \(pid \d+\)$/)])
    expect(run.summary).toContain("a gate wrote to the runner's environment file GITHUB\\_ENV")
  })

  it('on cancellation still restores the files, then writes its CANCELLED summary and outputs once', async () => {
    const setup = runnerLike(
      oneGate(`${FIND_RUNNER_FILES}
for f in $(find_runner_files); do echo EVIL=1 >> "$f"; done
echo ready > "$PIDS/ready"
sleep 1000`)
    )
    const run = await runAction({
      workspace: setup.workspace,
      runnerFiles: setup.runnerFiles,
      env: setup.env,
      onSpawn: (child) => {
        const ready = path.join(setup.pids, 'ready')
        const poll = setInterval(() => {
          if (!existsSync(ready)) return
          clearInterval(poll)
          child.kill('SIGINT')
        }, 10)
        child.once('exit', () => clearInterval(poll))
      }
    })
    expect(run.code).not.toBe(0)
    expect(readFileSync(setup.runnerFiles.GITHUB_ENV, 'utf8')).toBe('')
    expect(run.summary).not.toContain('EVIL')
    expect(run.summary.match(/CANCELLED/g)).toHaveLength(1)
    const output = readFileSync(setup.runnerFiles.GITHUB_OUTPUT, 'utf8')
    expect(output).not.toContain('EVIL')
    expect(output.match(/^decision<</gm)).toHaveLength(1)
    expect(parseOutputFile(output).decision).toBe('no-go')
  })
})

describe("a gate cannot read the action's tokens from its ancestors", () => {
  it('finds no token in the environment of any process above it, the action itself included', async () => {
    // Removing the tokens from a gate's own environment is not enough: the same user can read
    // /proc/<pid>/environ of every ancestor, and the action's process was started with them.
    const dump = path.join(mkdtempSync(path.join(os.tmpdir(), 'go-no-go-ancestors-')), 'environ')
    const setup = runnerLike(
      oneGate(`pid=$$
while [ "$pid" -gt 1 ]; do
  echo "ancestor $pid $(tr -d '\\0' < /proc/$pid/comm)" >> "$DUMP"
  tr '\\0' '\\n' < /proc/$pid/environ >> "$DUMP" || echo "unreadable $pid" >> "$DUMP"
  pid=$(sed 's/^.*) [A-Za-z] \\([0-9]*\\) .*$/\\1/' /proc/$pid/stat)
done`)
    )
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: { ...setup.env, DUMP: dump } })
    const seen = readFileSync(dump, 'utf8')
    // (Compared as flags: a failure must not print every ancestor's environment.)
    // The gate did read the action's own process (no gate has an INPUT_ variable), but not its token.
    expect(/^INPUT_GITHUB-TOKEN=/m.test(seen)).toBe(true)
    for (const secret of ['ghs_0123456789abcdefghijklmnopqrstuvwxyz', 'runtime-token-secret', 'oidc-token-secret']) expect([secret, seen.includes(secret)]).toEqual([secret, false])
    // The action still had its token when it needed it: the gate ran and the run was judged.
    expect(run.outputs.decision).toBe('go')
  })
})

describe("a gate cannot make go-no-go's own git run its code", () => {
  it('never runs a `core.fsmonitor` command a gate wrote into .git/config, when checking the working tree after it', async () => {
    const setup = runnerLike(
      oneGate(`cat > "$PIDS/hook.sh" <<EOS
#!/bin/sh
tr '\\0' '\\n' < /proc/\\$\\$/environ > "$PIDS/hook-ran"
EOS
chmod +x "$PIDS/hook.sh"
git config core.fsmonitor "$PIDS/hook.sh"`)
    )
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: setup.workspace, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: setup.root, GIT_CONFIG_NOSYSTEM: '1' } })
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'checklist')
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: { ...setup.env, HOME: setup.root } })
    // The gate did set it: the test is not passing for want of an attacker.
    expect(readFileSync(path.join(setup.workspace, '.git', 'config'), 'utf8')).toContain(`fsmonitor = ${setup.pids}/hook.sh`)
    // Run by git under go-no-go, the hook would be outside every gate: untracked, and with the action's environment.
    expect(existsSync(path.join(setup.pids, 'hook-ran'))).toBe(false)
    expect(run.stdout).not.toMatch(/cannot read the git working tree|is not a git checkout/)
  })
})

describe("a gate cannot replace another gate's script", () => {
  it('a named pipe planted where the next gate’s script would go does not turn its failure into a pass', async () => {
    // The attacker finds the scratch directory from its own script's path ($0) and plants a pipe
    // where the victim's script will be written: it reads go-no-go's script, then serves bash its own.
    const setup = runnerLike(`version: 1
sections:
  - title: Gates
    items:
      - id: attacker
        title: Plants a pipe
        timeout-minutes: 1
        run: |
          scratch=$(dirname "$(dirname "$0")")
          mkdir -p "$scratch/victim"
          mkfifo "$scratch/victim/run.sh" && touch "$PIDS/planted"
          cat "$scratch/victim/run.sh" > /dev/null
          [ -e "$PIDS/victim-ran" ] || printf 'echo forged\\nexit 0\\n' > "$scratch/victim/run.sh"
      - id: waiter
        title: Holds the second slot until the pipe is planted
        timeout-minutes: 1
        run: while [ ! -e "$PIDS/planted" ] && [ ! -e "$PIDS/gave-up" ]; do sleep 0.01; done
      - id: victim
        title: Fails
        needs: [waiter]
        timeout-minutes: 1
        run: |
          echo real
          # Only the real script gets here: it lets the attacker's pipe go, so the attacker ends.
          touch "$PIDS/victim-ran"
          : <> "$(dirname "$(dirname "$0")")/victim/run.sh"
          exit 1
`)
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: setup.env, inputs: { concurrency: '2' } })
    expect(run.stdout).not.toMatch(/^forged$/m)
    expect(run.stdout).toMatch(/^real$/m)
    expect(run.outputs.decision).toBe('no-go')
    expect(run.summary).toMatch(/exited with code 1/)
  })
})

describe("a gate writing to the action's own output", () => {
  it('can print workflow commands outside the stop-commands block (a known limit), but cannot change the verdict', async () => {
    // The same user may open /proc/<pid>/fd/1 of the action, the pipe the runner reads commands from.
    const setup = runnerLike(
      oneGate(`printf '::set-output name=decision::go\\n::add-mask::NO-GO\\n::error::forged by a gate\\n' > "/proc/$PPID/fd/1"
exit 1`)
    )
    // The runner reads a step's output through a pipe; Node's own child stdio is a socket, which /proc
    // cannot reopen, so the action runs behind `| cat` here, as the runner would give it a pipe.
    const entry = path.join(setup.root, 'behind-a-pipe.mjs')
    writeFileSync(
      entry,
      `import { spawnSync } from 'node:child_process'
const inner = spawnSync('bash', ['-o', 'pipefail', '-c', 'exec "$0" "$1" | cat', process.execPath, ${JSON.stringify(path.join(REPO_ROOT, 'dist', 'index.js'))}], { stdio: 'inherit' })
process.exit(inner.status ?? 1)
`
    )
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: setup.env, entry })
    // SECURITY.md, Limits: "A gate can write to go-no-go's own output". If this line is gone, update it.
    expect(linesOutsideStopCommands(run.stdout)).toContain('::error::forged by a gate')
    expect(run.code).toBe(1)
    expect(parseOutputFile(readFileSync(setup.runnerFiles.GITHUB_OUTPUT, 'utf8')).decision).toBe('no-go')
    expect(run.summary).toMatch(/NO-GO/)
  })
})

describe('a gate leaves nothing running', () => {
  it('kills a `setsid -f` daemon and a double fork before the action exits, and names them in the result', async () => {
    const setup = runnerLike(
      oneGate(`setsid -f sh -c 'echo $$ > "$PIDS/setsid"; exec sleep 1000'
(sh -c 'sleep 1000 & echo $! > "$PIDS/double"' &)
# Until both have become sleep: a pid is written before its exec, and the exec may lag on a busy machine.
is_sleep() { [ -s "$1" ] && [ "$(cat "/proc/$(cat "$1")/comm" 2>/dev/null)" = sleep ]; }
until is_sleep "$PIDS/setsid" && is_sleep "$PIDS/double"; do :; done`)
    )
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: setup.env })
    const pids = ['setsid', 'double'].map((name) => Number(readFileSync(path.join(setup.pids, name), 'utf8')))
    for (const pid of pids) expect(isGone(pid)).toBe(true)
    expect(run.outputs.decision).toBe('go')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.items[0].notes).toEqual([`killed 2 processes left running: sleep (pid ${pids[0]}), sleep (pid ${pids[1]})`])
    // The log says so too, inside the gate's group.
    expect(linesOutsideStopCommands(run.stdout)).toContain(`killed 2 processes left running: sleep (pid ${pids[0]}), sleep (pid ${pids[1]})`)
    // Nothing of the gate's private temporary directory is left.
    expect(readdirSync(setup.env.TMPDIR).filter((name) => name.startsWith('go-no-go-gate-'))).toEqual([])
  })
})

describe('nothing from a gate outside the stop-commands block', () => {
  it('neutralises CR, `::` and `##[` in a "command not found" reason and a title, in the log and the final error', async () => {
    const setup = runnerLike(
      `version: 1
sections:
  - title: Gates
    items:
      - id: missing
        title: "Deploy tool\\r::error::forged from a title\\n##[error]forged title"
        run: |
          "$(printf 'no-such-tool\\r::error::forged from a gate\\r##[error]forged legacy\\r::add-mask::NO-GO')" --version
`
    )
    const run = await runAction({ workspace: setup.workspace, runnerFiles: setup.runnerFiles, env: setup.env })
    expect(run.outputs).toMatchObject({ decision: 'no-go', errored: '1' })
    const outside = linesOutsideStopCommands(run.stdout)
    const mentions = outside.filter((line) => line.includes('forged'))
    // The reason, the title and the final error all carry the text, made inert.
    expect(mentions.some((line) => line.includes('forged from a gate') && !line.startsWith('::'))).toBe(true)
    expect(mentions.some((line) => line.startsWith('::group::') && line.includes('forged from a title'))).toBe(true)
    expect(mentions.some((line) => line.startsWith('::error::NO-GO: missing: could not be checked (command not found'))).toBe(true)
    for (const line of mentions) {
      expect(line).not.toMatch(/::error::forged|##\[error\]|::add-mask::/)
      expect(line).not.toMatch(/^::(?!group::|error::NO-GO)/)
    }
    expect(run.summary.split('\n')[0]).toBe('## 🔴 NO-GO: Go/No-Go')
  })
})

describe('a secret in a failing test name', () => {
  let api: FakeGitHub | undefined
  afterEach(async () => api?.close())

  it('appears on no surface: log, final error, summary, report, comment, check run or annotation', async () => {
    api = await startFakeGitHub()
    const secrets = ['deploy-secret-value-9876', `ghp_${'Z'.repeat(36)}`, 'opensesame-masked-42']
    const setup = runnerLike(oneGate('echo "::add-mask::opensesame-masked-42" && node --test', '        parser: node-test\n'))
    writeFileSync(
      path.join(setup.workspace, 'leak.test.js'),
      `const test = require('node:test')
const assert = require('node:assert')
test('leaks ' + process.env.DEPLOY_TOKEN, () => assert.strictEqual(1, 2))
test('leaks ghp_' + 'Z'.repeat(36), () => assert.strictEqual(1, 2))
test('leaks opensesame-masked-42', () => assert.strictEqual(1, 2))
test('passes', () => {})
`
    )
    const head = 'c'.repeat(40)
    const run = await runAction({
      workspace: setup.workspace,
      runnerFiles: setup.runnerFiles,
      eventName: 'pull_request',
      event: { pull_request: { number: 3, head: { sha: head, repo: { full_name: 'octo-org/octo-repo' } }, base: { sha: 'b'.repeat(40) } } },
      env: { ...setup.env, DEPLOY_TOKEN: secrets[0], GITHUB_API_URL: api.url, GO_NO_GO_API_RETRY_UNIT_MS: '50', GO_NO_GO_API_MAX_WAIT_MS: '5000' }
    })
    expect(run.outputs).toMatchObject({ decision: 'no-go', failed: '1' })
    const annotations = api.checkRuns[0].output.annotations as Array<{ title: string; message: string }>
    // Each failing test is annotated, by its redacted name.
    expect(annotations.filter((annotation) => /leaks \*\*\*/.test(annotation.title))).toHaveLength(3)
    expect(linesOutsideStopCommands(run.stdout).some((line) => line === '::error::NO-GO: gate: failed (3 failed: leaks ***, leaks ***, leaks ***)')).toBe(true)
    const surfaces = {
      log: run.stdout,
      stderr: run.stderr,
      summary: run.summary,
      report: readFileSync(run.outputs.report, 'utf8'),
      comment: api.comments.map((comment) => comment.body).join('\n'),
      checkRun: JSON.stringify(api.checkRuns)
    }
    for (const [surface, text] of Object.entries(surfaces)) for (const secret of secrets) expect([surface, text.includes(secret)]).toEqual([surface, false])
  })
})
