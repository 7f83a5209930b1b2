/**
 * Runs the bundled action (`dist/index.js`) as the runner does: a child process whose only
 * contract is its environment (INPUT_*, GITHUB_*) and the files it writes.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')
export const FIXTURES = path.join(REPO_ROOT, '__tests__', 'fixtures')
/** One target directory for every Rust fixture build in the test run keeps cargo's work shared. */
export const CARGO_TARGET_DIR = path.join(REPO_ROOT, '__tests__', '.tmp', 'target')

/** The runtime GitHub gives the action (node24) when CI installed it, else the one running the tests. */
export const ACTION_RUNTIME = process.env.GO_NO_GO_TEST_NODE || process.execPath

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  durationMs: number
}

export interface ActionRunOptions {
  workspace: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  eventName?: string
  event?: unknown
  /** Called with the child once it started (to send it signals). */
  onSpawn?: (child: import('node:child_process').ChildProcess, files: Record<string, string>) => void
  entry?: string
  /** Where the runner's command files are (default: a fresh directory), and what they hold when the step starts. */
  runnerFiles?: Partial<Record<RunnerFileName, string>>
  runnerFileContents?: Partial<Record<RunnerFileName, string>>
}

export type RunnerFileName = 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STATE'

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-runner-'))
  const files = {
    GITHUB_OUTPUT: path.join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary'),
    GITHUB_ENV: path.join(runnerDir, 'env'),
    GITHUB_PATH: path.join(runnerDir, 'path'),
    GITHUB_STATE: path.join(runnerDir, 'state'),
    ...options.runnerFiles,
    GITHUB_EVENT_PATH: path.join(runnerDir, 'event.json')
  }
  for (const [name, file] of Object.entries(files)) writeFileSync(file, options.runnerFileContents?.[name as RunnerFileName] ?? '')
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}))
  const inputs = { 'github-token': 'ghs_0123456789abcdefghijklmnopqrstuvwxyz', comment: 'true', 'check-run': 'true', ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.homedir(),
    CARGO_HOME: process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo'),
    RUSTUP_HOME: process.env.RUSTUP_HOME ?? path.join(os.homedir(), '.rustup'),
    CARGO_TARGET_DIR,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'go-no-go',
    GITHUB_ACTION: 'go-no-go',
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens here: without a stand-in, API calls fail fast and the verdict must not care.
    GITHUB_API_URL: 'http://127.0.0.1:59999',
    GO_NO_GO_API_RETRY_UNIT_MS: '10',
    RUNNER_TEMP: runnerDir,
    RUNNER_OS: 'Linux',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token-secret',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env
  }
  const started = Date.now()
  const child = spawn(ACTION_RUNTIME, [options.entry ?? path.join(REPO_ROOT, 'dist', 'index.js')], {
    env,
    cwd: options.workspace,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  options.onSpawn?.(child, files)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    durationMs: Date.now() - started
  }
}

/** GITHUB_OUTPUT as the runner reads it: `name<<delimiter`, the value's lines, the delimiter alone on a line. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index])
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index])
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** A fresh copy of a fixture project with the given checklist, so runs never share state. */
export function workspaceFrom(fixture: string | undefined, checklist: string, checklistPath = '.github/go-no-go.yml'): string {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-ws-'))
  if (fixture) cpSync(path.join(FIXTURES, fixture), workspace, { recursive: true, filter: (source) => !source.includes(`${path.sep}target`) })
  mkdirSync(path.dirname(path.join(workspace, checklistPath)), { recursive: true })
  writeFileSync(path.join(workspace, checklistPath), checklist)
  return workspace
}
