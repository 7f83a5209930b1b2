/** Every action input is read here, once, into a typed object. Nothing else reads inputs. */
import os from 'node:os'
import path from 'node:path'
import { COMMENT_MODES, DEFAULT_CHECKLIST_PATH, FAIL_ON_VALUES, INPUTS, type FailOn } from './constants.js'
import type { GitHubSettings } from './github/settings.js'

export interface ActionSettings extends GitHubSettings {
  checklist: string
  /** Absolute directory gates run in and paths are resolved against. */
  workspace: string
  concurrency: number
  failOn: FailOn
  allowEmpty: boolean
  allowUntrustedCode: boolean
  retryUnitMs: number
}

export class InputError extends Error {
  constructor(input: string, value: string, expected: string) {
    super(`Invalid input '${input}': ${JSON.stringify(value)}. Expected ${expected}.`)
    this.name = 'InputError'
  }
}

export type InputReader = (name: string) => string

export function readSettings(getInput: InputReader, env: NodeJS.ProcessEnv): ActionSettings {
  const read = (name: string) => getInput(name).trim()
  const root = env.GITHUB_WORKSPACE ?? process.cwd()
  const workingDirectory = read(INPUTS.workingDirectory) || '.'
  const workspace = path.resolve(root, workingDirectory)
  const checklist = read(INPUTS.checklist) || DEFAULT_CHECKLIST_PATH
  const statusContext = read(INPUTS.statusContext)
  return {
    checklist,
    workspace,
    concurrency: readConcurrency(read(INPUTS.concurrency)),
    failOn: readChoice(INPUTS.failOn, read(INPUTS.failOn) || 'no-go', FAIL_ON_VALUES),
    allowEmpty: readBoolean(INPUTS.allowEmpty, read(INPUTS.allowEmpty), false),
    allowUntrustedCode: readBoolean(INPUTS.allowUntrustedCode, read(INPUTS.allowUntrustedCode), false),
    token: read(INPUTS.githubToken),
    comment: readChoice(INPUTS.comment, read(INPUTS.comment) || 'true', COMMENT_MODES),
    commentKey: readCommentKey(read(INPUTS.commentKey) || checklist),
    checkName: read(INPUTS.checkName) || 'Go/No-Go',
    checkRun: readBoolean(INPUTS.checkRun, read(INPUTS.checkRun), true),
    ...(statusContext ? { statusContext } : {}),
    maxApiWaitMs: readMilliseconds(env.GO_NO_GO_API_MAX_WAIT_MS, 120_000),
    retryUnitMs: readMilliseconds(env.GO_NO_GO_API_RETRY_UNIT_MS, 1_000)
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

export function readBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new InputError(name, value, 'true or false')
}

export function readChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new InputError(name, value, `one of ${choices.join(', ')}`)
}

/** The key ends up inside an HTML comment marker, so it is limited to characters that cannot close it. */
function readCommentKey(value: string): string {
  if (!/^[A-Za-z0-9._/-]{1,100}$/.test(value)) {
    throw new InputError(INPUTS.commentKey, value, 'letters, digits, ".", "_", "/" or "-" (at most 100)')
  }
  return value
}
