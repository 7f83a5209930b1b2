#!/usr/bin/env node
// Measures the bundled CLI and action (build them first: `npm run build`). Prints Markdown tables;
// every figure is measured, never typed. Nothing here is asserted: timings belong in a report, not
// in `npm test`.
//
//   npm run bench                         everything
//   npm run bench -- --only startup,rust  some sections: startup, memory, merge, rust, node
//   npm run bench -- --runs 3 --quick     fewer paired runs, smaller crate and outputs
//   npm run bench -- --node PATH          the runtime to measure (default: this node)
//   npm run bench -- --only startup --compare-action OLD/dist/index.js
//                                         start-up of another build of the action, in the same alternating runs
//
// startup: a one-gate checklist (`run: "true"`) against `node -e 0`, median of 10, alternating.
// memory:  gates that print a lot; wall time and peak resident memory of the CLI.
// merge:   `go-no-go merge` of 8 shard reports holding 2,000 gates.
// rust:    a generated 60-module crate, `cargo fmt --check`, clippy and test: go-no-go against the
//          sequential script a user would write, alternating A/B, each from a cold target/.
// node:    a Node package, `node --test`, `tsc --noEmit` and a lint step, the same way.
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cli = path.join(root, 'dist', 'cli', 'index.js')
const action = path.join(root, 'dist', 'index.js')
const binDir = path.join(root, 'node_modules', '.bin')

const argv = process.argv.slice(2)
/** `--name value` or `--name=value`. */
const option = (name) => {
  const joined = argv.find((arg) => arg.startsWith(`${name}=`))
  if (joined) return joined.slice(name.length + 1)
  const at = argv.indexOf(name)
  return at >= 0 ? argv[at + 1] : undefined
}
const quick = argv.includes('--quick')
const runtime = option('--node') ?? process.execPath
const pairedRuns = Number(option('--runs') ?? (quick ? 3 : 5))
const sections = (option('--only') ?? 'startup,memory,merge,rust,node').split(',')
const compareAction = option('--compare-action')
const runtimeVersion = execFileSync(runtime, ['--version'], { encoding: 'utf8' }).trim()

const log = (line) => process.stderr.write(`${line}\n`)
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const range = (values) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`

/** Runs a command to its end; wall seconds, exit code, stdout, and peak RSS read from /proc while it runs. */
function measure(command, args, { cwd, env = process.env, sampleMemory = false } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let peakKb = 0
    let stdout = ''
    let stderr = ''
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]))
      } catch {
        // Exited between samples: its last reading stands.
      }
    }
    const timer = sampleMemory ? setInterval(sample, 20) : undefined
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    if (sampleMemory) child.on('exit', sample)
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({ code, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peakKb / 1024, stdout, stderr })
    })
  })
}

function decisionOf(stdout) {
  try {
    return JSON.parse(stdout).decision
  } catch {
    return '?'
  }
}

function checklistText(items) {
  const lines = items.map(
    (item) => `      - id: ${item.id}\n        title: ${item.title ?? item.id}\n        run: ${JSON.stringify(item.run)}\n        timeout-minutes: ${item.timeout ?? 30}\n`
  )
  return `version: 1\nsections:\n  - title: Bench\n    items:\n${lines.join('')}`
}

function workspaceWith(checklistText) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-bench-'))
  mkdirSync(path.join(workspace, '.github'))
  writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), checklistText)
  return workspace
}

/** A git repository with everything committed: the working-tree guard compares against it. */
function commitAll(workspace) {
  const git = (...args) => execFileSync('git', args, { cwd: workspace, stdio: 'ignore' })
  git('init', '-q')
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'add', '-A')
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'bench')
}

const cliArgs = (workspace, extra = []) => [cli, '--cwd', workspace, '--format', 'json', '--fail-on', 'never', '--quiet', ...extra]

function actionEnv(workspace) {
  const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-bench-runner-'))
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].map((name) => [name, path.join(runnerDir, name)]))
  for (const file of Object.values(files)) writeFileSync(file, '')
  writeFileSync(path.join(runnerDir, 'event.json'), '{}')
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: path.join(runnerDir, 'event.json'),
    GITHUB_SHA: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim(),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerDir,
    RUNNER_OS: 'Linux',
    'INPUT_FAIL-ON': 'never',
    ...files
  }
}

// ---------------------------------------------------------------------------------------------
async function startup() {
  const workspace = workspaceWith(checklistText([{ id: 'trivial', run: 'true' }]))
  commitAll(workspace)
  const times = { node: [], cli: [], action: [], compared: [] }
  const decisions = new Set()
  const samples = 10
  for (let round = 0; round < samples + 1; round++) {
    const bare = await measure(runtime, ['-e', '0'])
    const viaCli = await measure(runtime, cliArgs(workspace))
    const viaAction = await measure(runtime, [action], { cwd: workspace, env: actionEnv(workspace) })
    // Another build measured between the same runs: the machine's mood is the same for both.
    const viaCompared = compareAction ? await measure(runtime, [path.resolve(compareAction)], { cwd: workspace, env: actionEnv(workspace) }) : undefined
    decisions.add(`cli ${decisionOf(viaCli.stdout)} (exit ${viaCli.code}), action exit ${viaAction.code}`)
    if (viaAction.code !== 0) log(viaAction.stdout.slice(-2000) + viaAction.stderr)
    // The first round warms the file cache and is not counted.
    if (round === 0) continue
    times.node.push(bare.seconds * 1000)
    times.cli.push(viaCli.seconds * 1000)
    times.action.push(viaAction.seconds * 1000)
    if (viaCompared) times.compared.push(viaCompared.seconds * 1000)
  }
  const base = median(times.node)
  const row = (name, values) =>
    `| ${name} | ${median(values).toFixed(0)} ms | ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms | ${name === '`node -e 0`' ? '—' : `+${(median(values) - base).toFixed(0)} ms`} |`
  return [
    `### Start-up: a one-gate checklist (\`run: "true"\`), median of ${samples}, ${runtimeVersion}`,
    '',
    '| what | median | range | over `node -e 0` |',
    '|---|---|---|---|',
    row('`node -e 0`', times.node),
    row('CLI (`dist/cli/index.js`)', times.cli),
    row('action (`dist/index.js`, push, no token)', times.action),
    ...(compareAction ? [row(`action, the build in \`${compareAction}\``, times.compared)] : []),
    '',
    `Decisions: ${[...decisions].join('; ')}`
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
async function memory() {
  const scenarios = [
    { name: '10 million short lines', run: `seq 1 ${quick ? 1000000 : 10000000}` },
    { name: `${quick ? '200 MB' : '2 GB'} without a newline`, run: `head -c ${quick ? 200000000 : 2000000000} /dev/zero | tr '\\\\0' x` },
    { name: '8 gates × 50 MB in parallel', gates: 8, run: `head -c ${quick ? 5000000 : 50000000} /dev/urandom | base64` },
    { name: '200 quick gates', gates: 200, run: 'echo ok' },
    // Gates wait in parallel: with room for all four, this takes about one second, not four.
    { name: '4 gates sleeping 1 s, concurrency 1', gates: 4, run: 'sleep 1', concurrency: 1 },
    { name: '4 gates sleeping 1 s, concurrency 4', gates: 4, run: 'sleep 1', concurrency: 4 }
  ]
  const rows = []
  for (const scenario of scenarios) {
    // Each gate its own command: go-no-go runs the same command once and shares the result.
    const count = scenario.gates ?? 1
    const items = Array.from({ length: count }, (_, index) => ({ id: `gate-${index}`, run: count > 1 ? `${scenario.run} && : gate ${index}` : scenario.run }))
    const workspace = workspaceWith(checklistText(items))
    const extra = scenario.concurrency ? ['--concurrency', String(scenario.concurrency)] : []
    const result = await measure(runtime, cliArgs(workspace, extra), { sampleMemory: true })
    rows.push(`| ${scenario.name} | ${result.seconds.toFixed(2)} s | ${result.peakMb.toFixed(0)} MB | ${decisionOf(result.stdout)} (exit ${result.code}) |`)
    log(rows.at(-1))
    rmSync(workspace, { recursive: true, force: true })
  }
  return ['### Memory: gates that print a lot (one run each)', '', '| scenario | wall time | peak RSS | decision |', '|---|---|---|---|', ...rows].join('\n')
}

// ---------------------------------------------------------------------------------------------
/**
 * go-no-go against the script, alternating (the order rotates each run), `prepare` before each.
 * A third arm runs the same commands side by side from the shell, with no verdict, no snapshots
 * and no report: what running them at once can gain on this machine, whoever schedules them.
 */
async function paired(title, workspace, { script, sideBySide }, prepare, env, cold = true) {
  const times = { 'go-no-go': [], script: [], 'side by side': [] }
  const outcomes = new Set()
  const arms = Object.keys(times)
  for (let run = 0; run < pairedRuns; run++) {
    const order = arms.map((_, index) => arms[(index + run) % arms.length])
    for (const which of order) {
      prepare()
      const result =
        which === 'go-no-go'
          ? await measure(runtime, cliArgs(workspace), { env })
          : await measure('bash', ['-o', 'pipefail', '-c', which === 'script' ? script : sideBySide], { cwd: workspace, env })
      times[which].push(result.seconds)
      const outcome = which === 'go-no-go' ? decisionOf(result.stdout) : `exit ${result.code}`
      outcomes.add(`${which} ${outcome}`)
      if (which !== 'go-no-go' && result.code !== 0) log(result.stderr)
      log(`${title}: ${which} ${result.seconds.toFixed(2)} s ${outcome}`)
    }
  }
  const ratio = (which) => (median(times[which]) / median(times.script)).toFixed(2)
  return [
    `### ${title}: ${pairedRuns} paired runs, alternating${cold ? ', each from a cold start' : ''}`,
    '',
    `Script: \`${script}\``,
    '',
    `Side by side: \`${sideBySide}\``,
    '',
    '| | median | range | ratio to the script |',
    '|---|---|---|---|',
    `| go-no-go (CLI) | ${median(times['go-no-go']).toFixed(2)} s | ${range(times['go-no-go'])} s | **${ratio('go-no-go')}** |`,
    `| the script | ${median(times.script).toFixed(2)} s | ${range(times.script)} s | 1.00 |`,
    `| side by side in the shell, no verdict | ${median(times['side by side']).toFixed(2)} s | ${range(times['side by side'])} s | ${ratio('side by side')} |`,
    '',
    `Outcomes: ${[...outcomes].join(', ')}`
  ].join('\n')
}

/** The commands started together, the exit status failing when any of them fails. */
function sideBySideScript(commands) {
  const started = commands.map((command, index) => `{ ${command}; } & p${index}=$!`).join('; ')
  const waited = commands.map((_, index) => `wait $p${index} || s=1`).join('; ')
  return `s=0; ${started}; ${waited}; exit $s`
}

function rustCrate(modules) {
  const fmt = 'cargo fmt --check'
  const clippy = 'cargo clippy --all-targets -- -D warnings'
  const test = 'cargo test'
  const workspace = workspaceWith(
    checklistText([
      { id: 'fmt', title: 'Formatting', run: fmt },
      { id: 'clippy', title: 'Lints', run: clippy },
      { id: 'test', title: 'Tests', run: test }
    ])
  )
  writeFileSync(path.join(workspace, 'Cargo.toml'), '[package]\nname = "bench-crate"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n')
  mkdirSync(path.join(workspace, 'src'))
  const names = Array.from({ length: modules }, (_, index) => `module_${index}`)
  writeFileSync(path.join(workspace, 'src', 'lib.rs'), names.map((name) => `pub mod ${name};\n`).join(''))
  for (const [index, name] of names.entries()) {
    // Enough generic code per module that building it takes real work, as a real crate's does.
    const body = `use std::collections::HashMap;

/// A counter of words, keyed by their text.
#[derive(Debug, Default, Clone)]
pub struct Counter${index} {
    counts: HashMap<String, usize>,
}

impl Counter${index} {
    /// Counts every word of the text.
    pub fn add(&mut self, text: &str) {
        for word in text.split_whitespace() {
            *self.counts.entry(word.to_lowercase()).or_default() += 1;
        }
    }

    /// The most frequent words, most frequent first.
    pub fn top(&self, limit: usize) -> Vec<(String, usize)> {
        let mut entries: Vec<(String, usize)> = self.counts.iter().map(|(word, count)| (word.clone(), *count)).collect();
        entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        entries.truncate(limit);
        entries
    }
}

/// Sums a slice through a generic fold.
pub fn total<T: Copy + std::ops::Add<Output = T> + Default>(values: &[T]) -> T {
    values.iter().fold(T::default(), |sum, value| sum + *value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words() {
        let mut counter = Counter${index}::default();
        counter.add("a b a c a b");
        assert_eq!(counter.top(2), vec![("a".to_string(), 3), ("b".to_string(), 2)]);
    }

    #[test]
    fn totals() {
        assert_eq!(total(&[1, 2, 3, ${index + 1}]), ${index + 7});
    }
}
`
    writeFileSync(path.join(workspace, 'src', `${name}.rs`), body)
  }
  // The generated code must already be formatted, or fmt fails both ways and stops the script early.
  execFileSync('cargo', ['fmt'], { cwd: workspace, stdio: 'ignore' })
  // As a real crate: the build directory ignored and the lock file committed (the working-tree guard would flag either).
  execFileSync('cargo', ['generate-lockfile', '--offline'], { cwd: workspace, stdio: 'ignore' })
  writeFileSync(path.join(workspace, '.gitignore'), '/target\n')
  commitAll(workspace)
  // clippy builds in its own directory, as go-no-go gives it, or it would queue on cargo's lock behind the tests.
  return { workspace, script: `${fmt} && ${clippy} && ${test}`, sideBySide: sideBySideScript([fmt, `CARGO_TARGET_DIR=target/side-by-side/clippy ${clippy}`, test]) }
}

async function rust() {
  const { workspace, ...scripts } = rustCrate(quick ? 20 : 60)
  const cold = () => rmSync(path.join(workspace, 'target'), { recursive: true, force: true })
  return paired(`Rust: a generated ${quick ? 20 : 60}-module crate, fmt + clippy + test`, workspace, scripts, cold, process.env)
}

// ---------------------------------------------------------------------------------------------
function nodePackage(modules) {
  const test = 'node --test'
  const typecheck = 'tsc --noEmit -p .'
  const lint = 'prettier --check src test'
  const workspace = workspaceWith(
    checklistText([
      { id: 'test', title: 'Tests', run: test },
      { id: 'typecheck', title: 'Types', run: typecheck },
      { id: 'lint', title: 'Lint', run: lint }
    ])
  )
  writeFileSync(path.join(workspace, 'package.json'), JSON.stringify({ name: 'bench-package', version: '1.0.0', type: 'module', private: true }, null, 2) + '\n')
  writeFileSync(
    path.join(workspace, 'tsconfig.json'),
    JSON.stringify(
      { compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, allowJs: true, checkJs: true, noEmit: true, skipLibCheck: true }, include: ['src'] },
      null,
      2
    ) + '\n'
  )
  writeFileSync(path.join(workspace, '.prettierrc.json'), '{ "semi": false, "singleQuote": true, "printWidth": 120 }\n')
  mkdirSync(path.join(workspace, 'src'))
  mkdirSync(path.join(workspace, 'test'))
  for (let index = 0; index < modules; index++) {
    writeFileSync(
      path.join(workspace, 'src', `module-${index}.js`),
      `/**\n * @param {string} text\n * @returns {Map<string, number>}\n */\nexport function countWords${index}(text) {\n  const counts = new Map()\n  for (const word of text.split(/\\s+/).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1)\n  return counts\n}\n`
    )
    writeFileSync(
      path.join(workspace, 'test', `module-${index}.test.js`),
      `import assert from 'node:assert/strict'\nimport { test } from 'node:test'\nimport { countWords${index} } from '../src/module-${index}.js'\n\ntest('counts words', () => {\n  assert.equal(countWords${index}('a b a').get('a'), 2)\n})\n`
    )
  }
  commitAll(workspace)
  return { workspace, script: `${test} && ${typecheck} && ${lint}`, sideBySide: sideBySideScript([test, typecheck, lint]) }
}

async function node() {
  const { workspace, ...scripts } = nodePackage(quick ? 20 : 60)
  // tsc and prettier from this repository's devDependencies, as a project's own node_modules/.bin would give them.
  const env = { ...process.env, PATH: `${binDir}:${process.env.PATH}` }
  return paired(`Node: a ${quick ? 20 : 60}-module package, node --test + tsc --noEmit + prettier --check`, workspace, scripts, () => {}, env, false)
}

// ---------------------------------------------------------------------------------------------
// Merging: 8 shard reports that together hold 2,000 passing gates, each with its evidence, as
// `go-no-go merge` (and the action's merge job) reads, checks and judges them again.
async function merge() {
  const gates = 2000
  const shards = 8
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-bench-'))
  mkdirSync(path.join(workspace, '.github'))
  const checklist = checklistText(Array.from({ length: gates }, (_, index) => ({ id: `gate-${index}`, run: 'true', timeout: 10 })))
  writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), checklist)
  const checklistSha256 = createHash('sha256').update(checklist).digest('hex')
  const owned = Array.from({ length: shards }, (_, shard) => Array.from({ length: gates }, (_, index) => `gate-${index}`).filter((_, index) => index % shards === shard))
  const assignmentSha256 = createHash('sha256').update(JSON.stringify(owned)).digest('hex')
  const reports = owned.map((ids, index) => ({
    schemaVersion: 1,
    decision: 'go',
    title: 'Bench',
    checklist: '.github/go-no-go.yml',
    format: 'yaml',
    startedAt: new Date().toISOString(),
    durationMs: 1000,
    cancelled: false,
    counts: { passed: ids.length, failed: 0, errored: 0, pending: 0, cancelled: 0 },
    reasons: [],
    runProblems: [],
    runUrl: null,
    run: { id: '1', attempt: 1, repository: 'octo-org/octo-repo', event: 'pull_request', headSha: 'c'.repeat(40), commitSha: 'a'.repeat(40) },
    checklistSha256,
    shard: { index: index + 1, total: shards, items: ids, balancedBy: 'count', assignmentSha256 },
    items: ids.map((id) => ({
      id,
      title: id,
      section: 'Bench',
      severity: 'blocking',
      kind: 'command',
      command: 'true',
      source: null,
      status: 'pass',
      summary: 'exit 0',
      reason: null,
      durationMs: 5,
      parser: 'exit-code',
      counts: null,
      failingTests: [],
      failingTestsTotal: 0,
      findings: [],
      findingsTotal: 0,
      exitCode: 0,
      signal: null,
      timedOut: false,
      outputBytes: 200,
      logPath: null,
      notes: [],
      evidence: { parseProblem: null, spawnError: null, cancelled: false, output: { excerpt: 'compiling…\n'.repeat(16), totalLines: 16, truncated: false } }
    }))
  }))
  const reportsDir = path.join(workspace, 'reports')
  mkdirSync(reportsDir)
  reports.forEach((report, index) => writeFileSync(path.join(reportsDir, `shard-${index + 1}.json`), JSON.stringify(report)))
  const result = await measure(runtime, [cli, 'merge', '--cwd', workspace, '--format', 'json', '--fail-on', 'never', path.join(reportsDir, '*.json')], { sampleMemory: true })
  rmSync(workspace, { recursive: true, force: true })
  return [
    '### Merge: `go-no-go merge` of shard reports (one run)',
    '',
    '| scenario | wall time | peak RSS | decision |',
    '|---|---|---|---|',
    `| merge ${shards} shard reports of ${gates.toLocaleString('en-US')} gates | ${result.seconds.toFixed(2)} s | ${result.peakMb.toFixed(0)} MB | ${decisionOf(result.stdout)} (exit ${result.code}) |`
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
const all = { startup, memory, merge, rust, node }
for (const name of sections) if (!all[name]) throw new Error(`unknown section ${name}; one of ${Object.keys(all).join(', ')}`)
// Each section is written when it is done: a long run stopped halfway keeps what it measured.
process.stdout.write(`## go-no-go bench — ${new Date().toISOString().slice(0, 10)}, ${runtimeVersion}, ${os.cpus().length} CPUs${quick ? ', --quick' : ''}\n\n`)
process.stdout.write(`Command: \`${['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' ')}\`\n\n`)
for (const name of sections) {
  log(`== ${name}`)
  process.stdout.write(`${await all[name]()}\n\n`)
}
