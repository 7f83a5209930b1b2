/** Every action input is read here, once, into a typed object. Nothing else reads inputs. */
import os from 'node:os'
import path from 'node:path'
import { CHECKLIST_FROM_VALUES, type ChecklistFrom } from './checklist/source.js'
import { COMMENT_MODES, DEFAULT_CHECKLIST_PATH, FAIL_ON_VALUES, INPUTS, type FailOn } from './constants.js'
import type { GitHubSettings } from './github/settings.js'
import { MAX_SHARDS, type ShardSpec } from './shards/select.js'

export interface ActionSettings extends GitHubSettings {
  checklist: string
  /** Absolute directory gates run in and paths are resolved against (`working-directory`). */
  workspace: string
  /** GITHUB_WORKSPACE: what `working-directory` must stay inside under a privileged event. */
  workspaceRoot: string
  concurrency: number
  failOn: FailOn
  allowEmpty: boolean
  allowUntrustedCode: boolean
  /** On a pull request: whose checklist decides, the pull request's (`head`) or its base commit's. */
  checklistFrom: ChecklistFrom
  /** On a pull request whose own checklist decides: every weakening change needs a base approver's sign-off. */
  protectChecklist: boolean
  retryUnitMs: number
  /** `shard: K/N`: this job runs only its part of the checklist and leaves the verdict to a merge job. */
  shard?: ShardSpec
  /** A shard also fails its step and posts a check run of its own (never a comment). */
  shardPublish: boolean
  /** Absolute path of an earlier JSON report whose durations order the gates and balance the shards. */
  previousReport?: string
  /** Merge mode: glob patterns of shard reports, absolute or relative to the workspace. No gate runs. */
  reports?: string[]
}

/** A merge reads at most this many patterns. */
const MAX_REPORT_PATTERNS = 20

export class InputError extends Error {
  constructor(input: string, value: string, expected: string) {
    super(`Invalid input '${input}': ${JSON.stringify(value)}. Expected ${expected}.`)
    this.name = 'InputError'
  }
}

type InputReader = (name: string) => string

/**
 * The settings, or every input that could not be read. A bad input never crashes the run: main.ts
 * turns the problems into a NO-GO. `failOn` is there when that input itself was readable, so the
 * step fails or not as the user asked; when it is not, the step fails.
 */
type SettingsResult = { ok: true; settings: ActionSettings } | { ok: false; problems: [string, ...string[]]; failOn?: FailOn; checklist: string }

export function readSettings(getInput: InputReader, env: NodeJS.ProcessEnv): SettingsResult {
  const read = (name: string) => getInput(name).trim()
  const problems: string[] = []
  /** Reads one input; a bad one is recorded and the run is refused, so its stand-in is never used. */
  const attempt = <T>(readValue: () => T, standIn: T): T => {
    try {
      return readValue()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(error.message)
      return standIn
    }
  }
  const root = env.GITHUB_WORKSPACE ?? process.cwd()
  const workingDirectory = read(INPUTS.workingDirectory) || '.'
  const checklist = read(INPUTS.checklist) || DEFAULT_CHECKLIST_PATH
  const statusContext = read(INPUTS.statusContext)
  const givenKey = read(INPUTS.commentKey)
  const failOn = attempt<FailOn | undefined>(() => readChoice(INPUTS.failOn, read(INPUTS.failOn) || 'no-go', FAIL_ON_VALUES), undefined)
  const concurrency = attempt(() => readConcurrency(read(INPUTS.concurrency)), 1)
  const allowEmpty = attempt(() => readBoolean(INPUTS.allowEmpty, read(INPUTS.allowEmpty), false), false)
  const allowUntrustedCode = attempt(() => readBoolean(INPUTS.allowUntrustedCode, read(INPUTS.allowUntrustedCode), false), false)
  // Both fall back to the stricter reading while the run is refused anyway.
  const checklistFrom = attempt(() => readChoice(INPUTS.checklistFrom, read(INPUTS.checklistFrom) || 'head', CHECKLIST_FROM_VALUES), 'base')
  const protectChecklist = attempt(() => readBoolean(INPUTS.protectChecklist, read(INPUTS.protectChecklist), false), true)
  const comment = attempt(() => readChoice(INPUTS.comment, read(INPUTS.comment) || 'true', COMMENT_MODES), 'false')
  // The default is the checklist path as it is, spaces and all: the comment marker encodes it.
  const commentKey = givenKey ? attempt(() => readCommentKey(givenKey), '') : checklist
  const checkRun = attempt(() => readBoolean(INPUTS.checkRun, read(INPUTS.checkRun), true), false)
  const shard = attempt(() => readShard(read(INPUTS.shard)), undefined)
  const shardPublish = attempt(() => readBoolean(INPUTS.shardPublish, read(INPUTS.shardPublish), false), false)
  const previousReport = read(INPUTS.previousReport)
  const reports = attempt(() => readReportPatterns(getInput(INPUTS.reports), shard !== undefined), undefined)
  const [firstProblem, ...otherProblems] = problems
  if (firstProblem !== undefined || failOn === undefined) {
    return { ok: false, problems: [firstProblem ?? `Invalid input '${INPUTS.failOn}'.`, ...otherProblems], ...(failOn ? { failOn } : {}), checklist }
  }
  return {
    ok: true,
    settings: {
      checklist,
      workspace: path.resolve(root, workingDirectory),
      workspaceRoot: path.resolve(root),
      concurrency,
      failOn,
      allowEmpty,
      allowUntrustedCode,
      checklistFrom,
      protectChecklist,
      token: read(INPUTS.githubToken),
      comment,
      commentKey,
      checkName: read(INPUTS.checkName) || 'Go/No-Go',
      checkRun,
      ...(statusContext ? { statusContext } : {}),
      ...(shard ? { shard } : {}),
      shardPublish,
      ...(previousReport ? { previousReport: path.resolve(root, previousReport) } : {}),
      ...(reports ? { reports } : {}),
      maxApiWaitMs: readMilliseconds(env.GO_NO_GO_API_MAX_WAIT_MS, 120_000),
      retryUnitMs: readMilliseconds(env.GO_NO_GO_API_RETRY_UNIT_MS, 1_000)
    }
  }
}

function readMilliseconds(value: string | undefined, fallback: number): number {
  return value !== undefined && /^\d{1,7}$/.test(value) ? Number(value) : fallback
}

export function readConcurrency(value: string): number {
  if (value === '') return Math.max(1, os.availableParallelism())
  if (!/^[1-9][0-9]{0,3}$/.test(value)) throw new InputError(INPUTS.concurrency, value, 'a whole number from 1 to 9999')
  return Number(value)
}

function readBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new InputError(name, value, 'true or false')
}

export function readChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new InputError(name, value, `one of ${choices.join(', ')}`)
}

/** `K/N`, 1 ≤ K ≤ N ≤ MAX_SHARDS; empty means the job is not a shard. */
function readShard(value: string): ShardSpec | undefined {
  if (value === '') return undefined
  const match = /^([1-9][0-9]{0,2})\/([1-9][0-9]{0,2})$/.exec(value)
  const index = Number(match?.[1])
  const total = Number(match?.[2])
  if (!match || index > total || total > MAX_SHARDS) throw new InputError(INPUTS.shard, value, `K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS}, such as 2/4`)
  return { index, total }
}

/**
 * One glob pattern a line (`*`, `?` and `**`); empty means the job is not a merge. A job either
 * runs a shard or merges them: both at once would merge a set it is itself part of.
 */
function readReportPatterns(value: string, sharded: boolean): string[] | undefined {
  const patterns = value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (patterns.length === 0) return undefined
  if (sharded) throw new InputError(INPUTS.reports, value, `no \`${INPUTS.shard}\` input with it: a job either runs a shard or merges the shards' reports`)
  if (patterns.length > MAX_REPORT_PATTERNS || patterns.some((pattern) => pattern.length > 1_000 || pattern.includes('\0'))) {
    throw new InputError(INPUTS.reports, value, `at most ${MAX_REPORT_PATTERNS} glob patterns, one a line, each under 1,000 characters`)
  }
  return patterns
}

/**
 * The key ends up inside an HTML comment marker. The marker encodes anything unusual, but a key
 * a person chose is still held to plain characters, so what they typed is what the marker shows.
 */
function readCommentKey(value: string): string {
  if (!/^[A-Za-z0-9._/-]{1,100}$/.test(value)) {
    throw new InputError(INPUTS.commentKey, value, 'letters, digits, ".", "_", "/" or "-" (at most 100)')
  }
  return value
}
