/**
 * Who last changed each line of the checklist, from git: the facts behind "ticked by … on …".
 * The git CLI sits behind the small ChecklistHistory interface so the judging stays pure.
 *
 * The repository is not trusted (see git-env.ts): every git call here ignores replace refs and
 * grafts, turns off fsmonitor, textconv and ignore-revs, and runs with a minimal environment. A
 * `.mailmap` is a tracked file the pull request can add, so author names come from the raw
 * commit, never from blame.
 */
import { execFile } from 'node:child_process'
import { HARDENED_GIT_OPTIONS, hardenedGitEnvironment } from './git-env.js'

/** The line was last changed in this commit (all zeros: not committed yet). */
export interface BlamedLine {
  commit: string
  /**
   * The commit is where the available history ends, without being a root commit of the project
   * (a shallow clone): the line may be older, and by someone else.
   */
  boundary: boolean
}

/** A commit's author as written in the commit itself. A claim: git does not check it. */
export interface CommitAuthor {
  name: string
  email: string
  /** ISO 8601 author date. */
  date: string
}

type BlameOutcome = { lines: Map<number, BlamedLine> } | { problem: string }

export interface ChecklistHistory {
  /**
   * Who last changed `lines` of `file`, numbered as the checklist parsers number them (a lone
   * carriage return starts a line for them, not for git). Lines git has no owner for are absent.
   */
  tryBlame(file: string, lines: readonly number[]): Promise<BlameOutcome>
  /** Whether `commit` is `of` or one of its ancestors; undefined when git cannot tell (not fetched). */
  isAncestor(commit: string, of: string): Promise<boolean | undefined>
  /** Raw authors of the commits; a commit git cannot read is absent. */
  authors(commits: readonly string[]): Promise<Map<string, CommitAuthor>>
  /** Whether the clone is shallow; undefined when git cannot tell. */
  isShallow(): Promise<boolean | undefined>
}

export const UNCOMMITTED = '0'.repeat(40)

const GIT_TIMEOUT_MS = 60_000
/** Blame of a 1 MiB checklist with every line one character long stays well under this. */
const MAX_GIT_OUTPUT_BYTES = 64 * 1024 * 1024
const COMMITS_PER_CALL = 100
/**
 * The checklist's history in the git repository around `workspace`. `rev` is the commit whose
 * version of the file to blame; without it, the file as checked out (uncommitted lines then
 * belong to UNCOMMITTED).
 */
export function gitHistory(workspace: string, options: { rev?: string; parentEnv?: NodeJS.ProcessEnv } = {}): ChecklistHistory {
  const env = hardenedGitEnvironment(options.parentEnv ?? process.env)
  const git = (args: string[]) => runGit(workspace, [...HARDENED_GIT_OPTIONS, ...args], env)
  const isShallow = async () => {
    const result = await git(['rev-parse', '--is-shallow-repository'])
    if (result.code !== 0) return undefined
    const answer = result.stdout.trim()
    return answer === 'true' ? true : answer === 'false' ? false : undefined
  }
  return {
    async tryBlame(file, lines) {
      if (options.rev !== undefined && !/^[0-9a-f]{40}$/.test(options.rev)) return { problem: `cannot blame at "${options.rev}": not a commit id` }
      const result = await git(['blame', '--porcelain', '--no-textconv', '--ignore-revs-file', '', ...(options.rev ? [options.rev] : []), '--', file])
      if (result.code !== 0) return { problem: `git blame failed${result.stderr ? `: ${firstLine(result.stderr)}` : ''}` }
      const owners = ownersOfParserLines(parseBlamePorcelain(result.stdout), lines)
      // Blame marks both root commits and the edge of a shallow clone as boundaries; only the edge hides anything.
      if ([...owners.values()].some((owner) => owner.boundary) && (await isShallow()) === false) {
        for (const owner of owners.values()) owner.boundary = false
      }
      return { lines: owners }
    },
    async isAncestor(commit, of) {
      if (!isCommitId(commit) || !isCommitId(of)) return undefined
      const result = await git(['merge-base', '--is-ancestor', commit, of])
      // 0: ancestor, 1: not; anything else (128: a commit is missing) means git cannot tell.
      return result.code === 0 ? true : result.code === 1 ? false : undefined
    },
    async authors(commits) {
      const found = new Map<string, CommitAuthor>()
      const wanted = [...new Set(commits.filter((commit) => isCommitId(commit) && commit !== UNCOMMITTED))]
      for (let start = 0; start < wanted.length; start += COMMITS_PER_CALL) {
        const chunk = wanted.slice(start, start + COMMITS_PER_CALL)
        // %an/%ae are the raw author, whatever a .mailmap in the pull request says.
        const result = await git(['log', '--no-walk=unsorted', '--no-mailmap', '--format=%H%x00%an%x00%ae%x00%aI%x1e', ...chunk, '--'])
        if (result.code !== 0) continue
        for (const record of result.stdout.split('\x1e')) {
          const [sha, name, email, date] = record.replace(/^\n/, '').split('\x00')
          if (sha && isCommitId(sha) && date !== undefined) found.set(sha, { name, email, date })
        }
      }
      return found
    },
    isShallow
  }
}

interface PorcelainLine {
  commit: string
  boundary: boolean
  /** The line's text as git has it, carriage returns included. */
  content: string
}

/**
 * `git blame --porcelain` output to one entry per line of the file, in order. Each line is a
 * header `<sha> <orig> <final> [<count>]`, header fields the first time a commit appears, and the
 * content after a tab. Anything else is ignored, so odd output loses lines rather than inventing them.
 */
export function parseBlamePorcelain(output: string): Array<PorcelainLine | undefined> {
  const lines: Array<PorcelainLine | undefined> = []
  const boundaries = new Set<string>()
  let current: { commit: string; final: number } | undefined
  for (const raw of output.split('\n')) {
    if (raw.startsWith('\t')) {
      if (current) lines[current.final - 1] = { commit: current.commit, boundary: boundaries.has(current.commit), content: raw.slice(1) }
      current = undefined
      continue
    }
    const header = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/.exec(raw)
    if (header) {
      current = { commit: header[1], final: Number(header[2]) }
      continue
    }
    if (raw === 'boundary' && current) boundaries.add(current.commit)
  }
  // The first content of a commit comes after its `boundary` field, so mark later lines too.
  return Array.from(lines, (line) => (line ? { ...line, boundary: boundaries.has(line.commit) } : line))
}

/**
 * Maps line numbers as the checklist parsers count them to git's lines. The parsers end a line at
 * LF, CRLF or a lone CR; git only at LF. A lone CR inside a git line would otherwise shift every
 * later number, and blame would vouch for a different line than the one that was read.
 */
export function ownersOfParserLines(gitLines: ReadonlyArray<PorcelainLine | undefined>, parserLines: readonly number[]): Map<number, BlamedLine> {
  const wanted = [...new Set(parserLines)].filter((line) => Number.isInteger(line) && line > 0).sort((a, b) => a - b)
  const owners = new Map<number, BlamedLine>()
  let next = 0
  let firstParserLine = 1
  for (let index = 0; index < gitLines.length && next < wanted.length; index++) {
    const line = gitLines[index]
    const content = line?.content ?? ''
    // A CR right before git's LF is part of a CRLF; every other CR ends a parser line of its own.
    const body = content.endsWith('\r') ? content.slice(0, -1) : content
    let span = 1
    for (let at = body.indexOf('\r'); at !== -1; at = body.indexOf('\r', at + 1)) span++
    const lastParserLine = firstParserLine + span - 1
    while (next < wanted.length && wanted[next] <= lastParserLine) {
      if (line && wanted[next] >= firstParserLine) owners.set(wanted[next], { commit: line.commit, boundary: line.boundary })
      next++
    }
    firstParserLine = lastParserLine + 1
  }
  return owners
}

function isCommitId(value: string): boolean {
  return /^[0-9a-f]{40}$/.test(value)
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '' && !line.startsWith('hint:')) ?? '').trim().slice(0, 200)
}

function runGit(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env, timeout: GIT_TIMEOUT_MS, maxBuffer: MAX_GIT_OUTPUT_BYTES, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve({ code: 0, stdout, stderr })
      const code = typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code as number) : -1
      resolve({ code, stdout: '', stderr: stderr || error.message })
    })
  })
}
