/**
 * Realistic run reports for the snapshot tests and the README's pictures: gate results are made
 * the way the gate runner makes them, by feeding the tools' captured real output
 * (__tests__/fixtures/outputs) to the real parsers and judging it with the real rules; manual
 * items are read and signed off by the real sign-off code. Only the clock is fixed.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js'
import { allItems, type Checklist, type ChecklistItem, type CommandItem, type ManualItem, type ParserName } from '../../src/checklist/types.js'
import { buildReport } from '../../src/engine.js'
import { evaluateGate } from '../../src/gates/evaluate.js'
import { relativeFindings } from '../../src/gates/gate-runner.js'
import { readSignOff } from '../../src/gates/gate-runner.js'
import { createParser } from '../../src/gates/parsers/index.js'
import type { GateResult } from '../../src/gates/types.js'
import type { SourceLinks } from '../../src/report/links.js'
import type { RunReport } from '../../src/report/model.js'
import { applySignoffs, type SignoffEvent } from '../../src/signoff/apply.js'
import { stripControl } from '../../src/text/sanitize.js'
import { captured } from './build.js'

const ROOT = process.cwd()
const OUTPUTS = path.join(ROOT, '__tests__', 'fixtures', 'outputs')
const EXIT_CODES = JSON.parse(readFileSync(path.join(OUTPUTS, 'exit-codes.json'), 'utf8')) as Record<string, { exitCode: number | null }>
/** Hand-written models of tools that cannot run here have no recorded exit code; these are the tools' own. */
const MODELLED_EXIT_CODES: Record<string, number> = { 'jest-red.txt': 1, 'jest-green.txt': 0 }

/** The outputs were captured in this repository checked out at /work/main, so links resolve against it. */
export const SAMPLE_LINKS: SourceLinks = { repositoryUrl: 'https://github.com/go-no-go/go-no-go', headSha: '4f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39', workspace: '/work/main' }
export const SAMPLE_RUN_URL = 'https://github.com/go-no-go/go-no-go/actions/runs/1234567890'
const STARTED = Date.parse('2026-11-23T10:00:00.000Z')

/** A command gate's result from a captured output, as the gate runner would judge it. */
export function capturedGate(item: CommandItem, file: string, parser: ParserName, durationMs: number): GateResult {
  const text = readFileSync(path.join(OUTPUTS, file), 'utf8')
  const exitCode = EXIT_CODES[file]?.exitCode ?? MODELLED_EXIT_CODES[file]
  if (exitCode === undefined) throw new Error(`no exit code for ${file}`)
  const instance = createParser(parser)
  for (const line of text.replace(/\n$/, '').split('\n')) instance.onLine(stripControl(line))
  const output = captured(text)
  const process = { exitCode, signal: null, timedOut: false, cancelled: false, durationMs, output }
  // As the gate runner does: finding paths from the repository's root, whatever directory the gate ran in.
  const parsed = relativeFindings(instance.finish(process), ROOT, path.join(ROOT, item.workingDirectory))
  return { id: item.id, ...evaluateGate(item, process, parsed), durationMs, parser, parsed, process }
}

export function command(id: string, title: string, section: string, run: string, workingDirectory = '.', severity: ChecklistItem['severity'] = 'blocking'): CommandItem {
  return { kind: 'command', id, title, section, severity, run, timeoutMs: 600_000, workingDirectory, env: {}, needs: [], expect: {} }
}

export function manual(id: string, title: string, section: string, options: Partial<ManualItem> = {}): ManualItem {
  return { kind: 'manual', id, title, section, severity: 'blocking', signedOff: false, approvers: [], minApprovals: 1, allowAuthor: false, paths: [], needs: [], ...options }
}

const everyoneMayWrite = {
  pullRequestAuthor: 'erin',
  headSha: SAMPLE_LINKS.headSha,
  permissionOf: (login: string) => (login === 'mallory' ? ('read' as const) : ('write' as const)),
  isTeamMember: (team: string, login: string) => team === 'octo-org/security' && login === 'alice',
  changedSince: () => []
}

function finish(checklist: Checklist, results: Map<string, GateResult>, events: SignoffEvent[], durationMs: number): RunReport {
  const outcome = applySignoffs(checklist, results, events, everyoneMayWrite)
  const report = buildReport(checklist, outcome.results, { started: STARTED, finished: STARTED + durationMs, cancelled: false, allowEmpty: false, runUrl: SAMPLE_RUN_URL })
  return outcome.audit.length > 0 ? { ...report, signoffs: outcome.audit } : report
}

/** The bundled example service: everything a machine checks passes, one warning-level sign-off is pending (CONDITIONAL GO). */
export function smallReport(): RunReport {
  const fmt = command('fmt', 'Formatting is clean', 'Code quality', 'cargo fmt --all -- --check', '__tests__/fixtures/rust/green')
  const clippy = command('clippy', 'No clippy warnings', 'Code quality', 'cargo clippy --all-targets -- -D warnings', '__tests__/fixtures/rust/green')
  const tests = command('tests', 'Unit tests pass', 'Testing', 'cargo test', '__tests__/fixtures/rust/green')
  const rollback: ChecklistItem = {
    kind: 'file',
    id: 'rollback',
    title: 'Rollback runbook exists',
    section: 'Operations',
    severity: 'blocking',
    path: 'docs/ROLLBACK.md',
    needs: []
  }
  const signoff = manual('security-signoff', 'Security sign-off', 'Operations', { severity: 'warning', approvers: ['team:octo-org/security'] })
  const checklist: Checklist = {
    title: 'rust-service release readiness',
    path: '.github/go-no-go.yml',
    format: 'yaml',
    sections: [
      { title: 'Code quality', items: [fmt, clippy] },
      { title: 'Testing', items: [tests] },
      { title: 'Operations', items: [rollback, signoff] }
    ]
  }
  const results = new Map<string, GateResult>([
    ['fmt', capturedGate(fmt, 'fmt-green.txt', 'cargo-fmt', 410)],
    ['clippy', capturedGate(clippy, 'clippy-green.txt', 'cargo-clippy', 6_900)],
    ['tests', capturedGate(tests, 'cargo-test-green.txt', 'cargo-test', 12_400)],
    ['rollback', { id: 'rollback', status: 'pass', summary: 'file present', durationMs: 2 }],
    ['security-signoff', readSignOff(signoff)]
  ])
  return finish(checklist, results, [], 19_800)
}

/**
 * A Rust service with a Node dashboard on a bad day: a failing test with an assertion, a clippy
 * error, a failing jest test, an audit that could not run, a missing changelog (warning), and
 * sign-offs in every state, one of them refused.
 */
export function failingReport(): RunReport {
  const fmt = command('fmt', 'Formatting is clean', 'Code quality', 'cargo fmt --all -- --check', '__tests__/fixtures/rust/green')
  const clippy = command('clippy', 'No clippy warnings', 'Code quality', 'cargo clippy --all-targets -- -D warnings', '__tests__/fixtures/rust/clippy-warning')
  const tests = command('tests', 'Unit tests pass', 'Testing', 'cargo test', '__tests__/fixtures/rust/failing-test')
  const web = command('web-tests', 'Dashboard tests pass', 'Testing', 'npx jest --ci', 'web')
  const node = command('node-tests', 'Webhook tests pass', 'Testing', 'node --test --test-reporter=spec', '__tests__/fixtures/node/red')
  const audit = command('audit', 'No known vulnerable packages', 'Supply chain', 'npm audit --json', '__tests__/fixtures/node/audit')
  const changelog: ChecklistItem = {
    kind: 'file',
    id: 'changelog',
    title: 'Changelog entry for 2.4',
    section: 'Supply chain',
    severity: 'warning',
    path: 'CHANGELOG.md',
    needs: []
  }
  const security = manual('security-review', 'Security review of the payout flow', 'Sign-offs', { approvers: ['team:octo-org/security'] })
  const qa = manual('qa-signoff', 'QA sign-off', 'Sign-offs')
  const runbook = manual('runbook', 'On-call runbook updated', 'Sign-offs', { signedOff: true })
  const dpo = manual('dpo', 'Data protection review', 'Sign-offs', { severity: 'warning' })
  const checklist: Checklist = {
    title: 'Payments API 2.4',
    path: '.github/go-no-go.yml',
    format: 'yaml',
    sections: [
      { title: 'Code quality', items: [fmt, clippy] },
      { title: 'Testing', items: [tests, web, node] },
      { title: 'Supply chain', items: [audit, changelog] },
      { title: 'Sign-offs', items: [security, qa, runbook, dpo] }
    ]
  }
  const results = new Map<string, GateResult>([
    ['fmt', capturedGate(fmt, 'fmt-green.txt', 'cargo-fmt', 420)],
    ['clippy', capturedGate(clippy, 'clippy-deny.txt', 'cargo-clippy', 7_300)],
    ['tests', capturedGate(tests, 'cargo-test-failing.txt', 'cargo-test', 14_100)],
    ['web-tests', capturedGate(web, 'jest-red.txt', 'jest', 5_200)],
    ['node-tests', capturedGate(node, 'node-test-red-spec.txt', 'node-test', 900)],
    ['audit', capturedGate(audit, 'npm-audit-unreachable.json.txt', 'npm-audit', 2_100)],
    ['changelog', { id: 'changelog', status: 'fail', summary: 'file missing', reason: 'CHANGELOG.md does not exist', durationMs: 1 }],
    ...[security, qa, runbook, dpo].map((item) => [item.id, readSignOff(item)] as [string, GateResult])
  ])
  const events: SignoffEvent[] = [
    { itemId: 'qa-signoff', action: 'signoff', login: 'alice', at: '2026-11-23T09:12:00Z', via: 'comment' },
    { itemId: 'security-review', action: 'signoff', login: 'mallory', at: '2026-11-23T09:40:00Z', via: 'tick' }
  ]
  return finish(checklist, results, events, 31_400)
}

/** Which captured output stands for each check command of the 180-item checklist. */
const LARGE_GATES: Array<{ match: RegExp; file: string; parser: ParserName; directory: string; durationMs: number }> = [
  { match: /^cargo fmt/, file: 'fmt-green.txt', parser: 'cargo-fmt', directory: '__tests__/fixtures/rust/green', durationMs: 380 },
  { match: /^cargo clippy/, file: 'clippy-green.txt', parser: 'cargo-clippy', directory: '__tests__/fixtures/rust/green', durationMs: 8_100 },
  { match: /^cargo test/, file: 'cargo-test-failing.txt', parser: 'cargo-test', directory: '__tests__/fixtures/rust/failing-test', durationMs: 15_600 },
  { match: /^npm test/, file: 'npm-test-red.txt', parser: 'npm-test', directory: '__tests__/fixtures/node/red', durationMs: 1_400 },
  { match: /^npm audit/, file: 'npm-audit-unreachable.json.txt', parser: 'npm-audit', directory: '__tests__/fixtures/node/audit', durationMs: 2_300 }
]

/** A team's real-sized Markdown checklist (__tests__/report/fixtures/platform-release.md, 180 items) part-way to a release. */
export function largeReport(): RunReport {
  const file = 'docs/RELEASE_CHECKLIST.md'
  const parsed = parseMarkdownChecklist(readFileSync(path.join(ROOT, '__tests__', 'report', 'fixtures', 'platform-release.md'), 'utf8'), file)
  // The gates ran where their captured output was made; a Markdown checklist's own would be the repository root.
  const checklist: Checklist = {
    ...parsed,
    sections: parsed.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => {
        const gate = item.kind === 'command' ? LARGE_GATES.find((candidate) => candidate.match.test(item.run)) : undefined
        return gate && item.kind === 'command' ? { ...item, workingDirectory: gate.directory } : item
      })
    }))
  }
  const results = new Map<string, GateResult>()
  for (const item of allItems(checklist)) {
    if (item.kind === 'manual') {
      results.set(item.id, readSignOff(item))
      continue
    }
    if (item.kind !== 'command') throw new Error(`unexpected ${item.kind} item ${item.id}`)
    const gate = LARGE_GATES.find((candidate) => candidate.match.test(item.run))
    if (!gate) throw new Error(`no captured output for ${item.run}`)
    results.set(item.id, capturedGate(item, gate.file, gate.parser, gate.durationMs))
  }
  const pending = allItems(checklist).filter((item) => results.get(item.id)?.status === 'pending')
  const byTitle = (words: string) => pending.find((item) => item.title.includes(words))?.id ?? words
  const events: SignoffEvent[] = [
    { itemId: byTitle('Security review completed'), action: 'signoff', login: 'alice', at: '2026-11-23T08:55:00Z', via: 'review' },
    { itemId: byTitle('Threat model updated'), action: 'signoff', login: 'alice', at: '2026-11-23T08:56:00Z', via: 'comment' },
    { itemId: byTitle('Launch announcement approved'), action: 'signoff', login: 'bob', at: '2026-11-23T09:30:00Z', via: 'tick' },
    { itemId: byTitle('Change advisory board approval'), action: 'signoff', login: 'erin', at: '2026-11-23T09:31:00Z', via: 'comment' }
  ]
  return finish(checklist, results, events, 48_200)
}
