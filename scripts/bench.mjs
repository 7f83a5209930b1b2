#!/usr/bin/env node
// Measures the bundled CLI on gates that print a lot: wall time and peak resident memory.
// Usage: npm run bench [-- --quick] [-- --only=WORD] (scenarios whose name has WORD). Prints a Markdown table; figures are measured, never typed.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const quick = process.argv.includes('--quick')
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
const cli = new URL('../dist/cli/index.js', import.meta.url).pathname

const scenarios = [
  { name: '10 million short lines', run: `seq 1 ${quick ? 1000000 : 10000000}` },
  { name: `${quick ? '200 MB' : '2 GB'} without a newline`, run: `head -c ${quick ? 200000000 : 2000000000} /dev/zero | tr '\\\\0' x` },
  { name: '8 gates × 50 MB in parallel', gates: 8, run: `head -c ${quick ? 5000000 : 50000000} /dev/urandom | base64` },
  { name: '200 quick gates', gates: 200, run: 'echo ok' },
  // Gates wait in parallel: with room for all four, this takes about one second, not four.
  { name: '4 gates sleeping 1 s, concurrency 1', gates: 4, run: 'sleep 1', concurrency: 1 },
  { name: '4 gates sleeping 1 s, concurrency 4', gates: 4, run: 'sleep 1', concurrency: 4 }
]

function checklistFor(scenario) {
  const count = scenario.gates ?? 1
  const items = Array.from(
    { length: count },
    (_, index) => `      - id: gate-${index}\n        title: Gate ${index}\n        run: "${scenario.run}"\n        timeout-minutes: 10\n`
  )
  return `version: 1\nsections:\n  - title: Bench\n    items:\n${items.join('')}`
}

/** Peak RSS of the CLI process, read from /proc while it runs (VmHWM is the high-water mark). */
function runMeasured(
  workspace,
  concurrency,
  args = ['--cwd', workspace, '--format', 'json', '--fail-on', 'never', ...(concurrency ? ['--concurrency', String(concurrency)] : [])]
) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let peakKb = 0
    let stdout = ''
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status)
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]))
      } catch {
        // The process has exited between samples; its last reading stands.
      }
    }
    const timer = setInterval(sample, 20)
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('exit', () => sample())
    child.on('close', (code) => {
      clearInterval(timer)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      let decision = '?'
      try {
        decision = JSON.parse(stdout).decision
      } catch {
        // No JSON report: the table shows '?' for this run.
      }
      resolve({ code, seconds, peakMb: peakKb / 1024, decision })
    })
  })
}

const rows = []
for (const scenario of scenarios.filter((candidate) => !only || candidate.name.includes(only))) {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-bench-'))
  mkdirSync(path.join(workspace, '.github'))
  writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), checklistFor(scenario))
  const result = await runMeasured(workspace, scenario.concurrency)
  rows.push(`| ${scenario.name} | ${result.seconds.toFixed(2)} s | ${result.peakMb.toFixed(0)} MB | ${result.decision} (exit ${result.code}) |`)
  process.stderr.write(`${rows.at(-1)}\n`)
}
// Merging: 8 shard reports that together hold 2,000 passing gates, each with its evidence, as
// `go-no-go merge` (and the action's merge job) reads, checks and judges them again.
if (!only || 'merge'.includes(only)) {
  const gates = 2000
  const shards = 8
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-bench-'))
  mkdirSync(path.join(workspace, '.github'))
  const checklist = checklistFor({ gates, run: 'true' })
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
  const result = await runMeasured(workspace, undefined, ['merge', '--cwd', workspace, '--format', 'json', '--fail-on', 'never', path.join(reportsDir, '*.json')])
  rows.push(
    `| merge ${shards} shard reports of ${gates.toLocaleString('en-US')} gates | ${result.seconds.toFixed(2)} s | ${result.peakMb.toFixed(0)} MB | ${result.decision} (exit ${result.code}) |`
  )
  process.stderr.write(`${rows.at(-1)}\n`)
}

process.stdout.write(`| scenario | wall time | peak RSS | decision |\n|---|---|---|---|\n${rows.join('\n')}\n\nnode ${process.version}, ${os.cpus().length} CPUs\n`)
