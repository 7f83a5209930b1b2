#!/usr/bin/env node
// Runs the security and fault corpus and writes what it proved into SECURITY.md, between the
// FIGURES markers. Every number comes from this run: test counts from jest's JSON results, peak
// memory and durations from the stress tests' measurements.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const actionRuntime = execFileSync(process.env.GO_NO_GO_TEST_NODE || process.execPath, ['--version'], { encoding: 'utf8' })
  .trim()
  .replace(/^v/, '')
const tmp = path.join(root, '__tests__', '.tmp')
mkdirSync(tmp, { recursive: true })
const figuresFile = path.join(tmp, 'figures.jsonl')
rmSync(figuresFile, { force: true })

const GROUPS = [
  {
    promise: 'A gate that could not run, timed out, crashed or printed nothing readable is never a pass',
    files: [
      'gates/evaluate.test.ts',
      'gates/parsers/cargo.test.ts',
      'gates/parsers/audit.test.ts',
      'gates/parsers/js-tests.test.ts',
      'gates/parsers/live.test.ts',
      'gates/parsers/through-runner.test.ts',
      'gates/parsers/complete-results.test.ts',
      'gates/parsers/forgery.test.ts',
      'gates/parsers/python-go-live.test.ts',
      'gates/parsers/junit.test.ts',
      'stress/junit.stress.test.ts'
    ]
  },
  {
    promise: 'Broken or hostile checklists are refused with file, line and key',
    files: ['checklist/parse-yaml.test.ts', 'checklist/load.test.ts', 'checklist/schema.test.ts', 'bad-input.test.ts']
  },
  {
    promise: 'Only allow-listed read-only checks from a Markdown checklist ever run',
    files: [
      'checklist/markdown/markdown.test.ts',
      'checklist/markdown/allow-list.test.ts',
      'checklist/markdown/phased-rollout.test.ts',
      'checklist/markdown/real-tools.test.ts',
      'checklist/markdown/never-runs.test.ts',
      'checklist/markdown/team-phases.test.ts'
    ]
  },
  {
    promise: 'Words a reviewer cannot see never soften a Markdown gate, and a softened one says why',
    files: ['checklist/markdown/severity.test.ts', 'checklist/markdown/severity-red-team.test.ts']
  },
  {
    promise: 'Gate output cannot forge, break, ping or leak through the report',
    files: ['report/markdown.test.ts', 'text/sanitize.test.ts', 'text/redact.test.ts', 'report/budget.test.ts', 'report/json.test.ts']
  },
  {
    promise: 'Processes: timeouts, trees, signals, huge output, stdin; nothing a gate starts outlives it',
    files: ['gates/process.test.ts', 'cancel.test.ts', 'stress/volume.stress.test.ts', 'gates/leftovers.test.ts']
  },
  {
    promise: 'Sign-offs count only from people allowed to give them, and edited records are refused',
    files: ['signoff/apply.test.ts', 'signoff/action-signoff.test.ts', 'signoff/ticks.test.ts']
  },
  {
    promise: "Gates get no tokens, cannot change the runner's files, and nothing of theirs outside stop-commands is obeyed",
    files: [
      'gates/child-env.test.ts',
      'action.test.ts',
      'run-guards.test.ts',
      'isolation.test.ts',
      'own-environment.test.ts',
      'readme-workflows.test.ts',
      'action-log.test.ts',
      'text/workflow-commands.test.ts',
      'github/check-run.test.ts'
    ]
  },
  {
    promise: 'Untrusted code under pull_request_target / workflow_run is refused; unknown or unreadable events are NO-GO',
    files: ['events/trusted-checkout.test.ts', 'events/plan.test.ts', 'events/action-events.test.ts']
  },
  {
    promise: 'A `run:` fails on any failing line, each tool is judged by its own parser, forged step markers are ordinary output',
    files: ['gates/run-script.test.ts', 'gates/segments.test.ts', 'gates/script-gates.test.ts', 'gates/script-gates-action.test.ts']
  },
  {
    promise: 'A check that changes the code it checks is NO-GO, and commands that would are refused',
    files: ['gates/working-tree.test.ts', 'working-tree-guard.test.ts', 'checklist/mutating-commands.test.ts', 'checklist/shell-commands.test.ts']
  },
  {
    promise: 'A pull request cannot quietly weaken its own checklist or tick its own boxes',
    files: [
      'checklist/diff.test.ts',
      'checklist/source.test.ts',
      'checklist/blame.test.ts',
      'signoff/protect.test.ts',
      'signoff/checklist-ticks.test.ts',
      'events/prepare-checklist.test.ts',
      'events/action-checklist.test.ts',
      'github/stored-judgement.test.ts'
    ]
  },
  {
    promise: 'GitHub failures (read-only, rate limits, outages) never change the verdict',
    files: ['github/publish.test.ts', 'github/marker-and-context.test.ts', 'github/action-github.test.ts']
  }
]

function runJest(config, files, output) {
  try {
    execFileSync('npx', ['jest', '--config', config, '--json', `--outputFile=${output}`, ...files.map((file) => `__tests__/${file}`)], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' },
      stdio: ['ignore', 'ignore', 'inherit']
    })
  } catch {
    // Failures are counted from the JSON below, not hidden.
  }
  return JSON.parse(readFileSync(output, 'utf8'))
}

const files = GROUPS.flatMap((group) => group.files)
const normal = runJest(
  'jest.config.js',
  files.filter((file) => !file.includes('.stress.')),
  path.join(tmp, 'security-results.json')
)
const stress = runJest(
  'jest.stress.config.js',
  files.filter((file) => file.includes('.stress.')),
  path.join(tmp, 'security-stress-results.json')
)
const results = [...normal.testResults, ...stress.testResults]

const rows = GROUPS.map((group) => {
  const assertions = results.filter((result) => group.files.some((file) => result.name.endsWith(file))).flatMap((result) => result.assertionResults)
  const passed = assertions.filter((assertion) => assertion.status === 'passed').length
  return `| ${group.promise} | ${passed} of ${assertions.length} |`
})
const volume = existsSync(figuresFile)
  ? readFileSync(figuresFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((figure) => figure.kind === 'volume')
  : []
const volumeRows = volume.map((figure) => `| ${figure.scenario} | ${figure.peakRssMb} MB | ${figure.seconds} s |`)

const block = [
  '<!-- FIGURES:START (written by `npm run security-figures`; do not edit by hand) -->',
  `Measured ${new Date().toISOString().slice(0, 10)}: tests on Node ${process.version}, the bundled action on Node ${actionRuntime}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs.`,
  '',
  '| promise | tests passing |',
  '|---|---|',
  ...rows,
  '',
  '| a gate printing … | peak RSS of the action | wall time |',
  '|---|---|---|',
  ...(volumeRows.length ? volumeRows : ['| (stress tests did not run) | | |']),
  '<!-- FIGURES:END -->'
].join('\n')

const securityPath = path.join(root, 'SECURITY.md')
const current = readFileSync(securityPath, 'utf8')
const updated = current.replace(/<!-- FIGURES:START[\s\S]*?<!-- FIGURES:END -->/, block)
writeFileSync(securityPath, updated)
process.stdout.write(`${block}\n`)
