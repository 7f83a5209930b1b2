/**
 * A local stand-in for the GitHub REST API, for the parts go-no-go uses. It behaves like GitHub
 * where other actions got hurt: Link-header pagination, 422 on an oversized body or more than 50
 * annotations, 403 "Resource not accessible by integration" for a read-only token, secondary rate
 * limits with retry-after, and flaky 502s. Every request body is checked against GitHub's own
 * OpenAPI description (from @octokit/openapi), with unknown fields refused.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  issue: number
  html_url: string
  created_at: string
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  external_id?: string
  conclusion?: string
  output: { title?: string; summary?: string; annotations: unknown[] }
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  /** 0 for a request left unanswered. */
  status: number
}

export interface FakeGitHubOptions {
  /** Who the token belongs to. `readUser: false` is an installation token (GITHUB_TOKEN, an App). */
  identity?: { login: string; type: 'User' | 'Bot'; readUser: boolean }
  readOnly?: boolean
  /** GET /user answers this status instead (an outage of that one endpoint). */
  userStatus?: number
  /** The next N writes answer a secondary rate limit with retry-after. */
  secondaryLimitedWrites?: number
  /** GitHub answers secondary limits with 403 or 429. */
  secondaryLimitStatus?: 403 | 429
  retryAfterSeconds?: number
  /** Requests are read but never answered (a hung connection). */
  hang?: boolean
  /** The next N requests answer 502. */
  flakyRequests?: number
  /** Every request answers 502 (GitHub down). */
  down?: boolean
  /** The head commit of every pull request. */
  pullHeadSha?: string
  /** GET of a pull request answers this status instead (a deleted pull request, a token that cannot see it). */
  pullStatus?: number
  /** A smaller comment limit than GitHub's, to provoke its 422. */
  commentLimit?: number
  pullAuthor?: string
  /** Repository permission by login; anyone else is answered 404 (not a collaborator). */
  permissions?: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>
  /** Members by `org/slug`. */
  teams?: Record<string, string[]>
  /**
   * The pull request's commits, oldest first, with their commit times, and who GitHub says made
   * them: the accounts linked to author and committer, and whether it verified the signature.
   */
  pullCommits?: Array<{ sha: string; date: string; author?: string; committer?: string; verified?: boolean }>
  /** Files changed from a commit to the head, by the commit. */
  changedFiles?: Record<string, string[]>
  /** Workflow runs by id (GET /actions/runs/{id}); any other id answers 404. */
  workflowRuns?: Record<number, FakeWorkflowRun>
  /** Pull requests as GET /pulls and GET /pulls/{n} answer them; without it every number is an open pull request. */
  pulls?: FakePull[]
  /** Files each pull request changes (GET /pulls/{n}/files). */
  pullFiles?: Record<number, string[]>
}

export interface FakeWorkflowRun {
  id: number
  run_attempt: number
  head_sha: string
  head_branch: string
  event: string
  head_repository: { full_name: string }
  repository: { full_name: string }
  /** GitHub lists none for a run from a fork. */
  pull_requests: Array<{ number: number; head: { sha: string; ref: string }; base: { sha: string; ref: string } }>
}

export interface FakePull {
  number: number
  state: 'open' | 'closed'
  headSha: string
  headRef: string
  /** owner/repo of the head branch: a fork's, or the base repository's. */
  headRepo: string
  baseSha: string
  author: string
}

export interface FakeReview {
  id: number
  user: { login: string }
  state: 'APPROVED' | 'COMMENTED' | 'CHANGES_REQUESTED'
  body: string
  commit_id: string
  submitted_at: string
  html_url: string
}

export interface FakeGitHub {
  url: string
  /** The in-memory data, also reachable one by one below. */
  state: { comments: FakeComment[]; reviews: FakeReview[]; checkRuns: FakeCheckRun[]; statuses: Array<{ sha: string; body: Record<string, unknown> }> }
  comments: FakeComment[]
  reviews: FakeReview[]
  checkRuns: FakeCheckRun[]
  statuses: Array<{ sha: string; body: Record<string, unknown> }>
  requests: RecordedRequest[]
  invalidBodies: string[]
  options: FakeGitHubOptions
  addComment(issue: number, body: string, user: { login: string; type: 'User' | 'Bot' }, createdAt?: string): FakeComment
  addReview(review: Omit<FakeReview, 'id' | 'html_url'>): void
  close(): Promise<void>
}

const PAGE_LIMIT = 100
const COMMENT_LIMIT = 65_536
const CHECK_TEXT_LIMIT = 65_535

type Route = { method: string; pattern: RegExp; operation: string }
const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/user$/, operation: 'user' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/, operation: 'list-comments' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/, operation: 'get-pull' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/commits$/, operation: 'list-pull-commits' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/, operation: 'list-reviews' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/, operation: 'list-pull-files' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/pulls$/, operation: 'list-pulls' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)$/, operation: 'get-workflow-run' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/, operation: 'get-permission' },
  { method: 'GET', pattern: /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/, operation: 'get-team-membership' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/, operation: 'compare' },
  { method: 'POST', pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/, operation: 'create-comment' },
  { method: 'PATCH', pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/, operation: 'update-comment' },
  { method: 'DELETE', pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/, operation: 'delete-comment' },
  { method: 'POST', pattern: /^\/repos\/[^/]+\/[^/]+\/check-runs$/, operation: 'create-check-run' },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/check-runs$/, operation: 'list-check-runs' },
  { method: 'PATCH', pattern: /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/, operation: 'update-check-run' },
  { method: 'POST', pattern: /^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]+)$/, operation: 'create-status' }
]

const SPEC_OPERATIONS: Record<string, [string, string]> = {
  'create-comment': ['/repos/{owner}/{repo}/issues/{issue_number}/comments', 'post'],
  'update-comment': ['/repos/{owner}/{repo}/issues/comments/{comment_id}', 'patch'],
  'create-check-run': ['/repos/{owner}/{repo}/check-runs', 'post'],
  'update-check-run': ['/repos/{owner}/{repo}/check-runs/{check_run_id}', 'patch'],
  'create-status': ['/repos/{owner}/{repo}/statuses/{sha}', 'post']
}

let validators: Record<string, ValidateFunction> | undefined

/** GitHub's request schemas, with unknown properties refused so a misspelt field fails a test. */
function loadValidators(): Record<string, ValidateFunction> {
  if (validators) return validators
  const spec = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8'))
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false })
  const closeObjects = (schema: Record<string, unknown>): Record<string, unknown> => {
    if (schema && typeof schema === 'object') {
      if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false
      if ((schema as { nullable?: boolean }).nullable && typeof schema.type === 'string') schema.type = [schema.type, 'null']
      for (const value of Object.values(schema)) {
        if (Array.isArray(value)) value.forEach((entry) => closeObjects(entry))
        else if (value && typeof value === 'object') closeObjects(value as Record<string, unknown>)
      }
    }
    return schema
  }
  validators = Object.fromEntries(
    Object.entries(SPEC_OPERATIONS).map(([operation, [route, method]]) => [
      operation,
      ajv.compile(closeObjects(structuredClone(spec.paths[route][method].requestBody.content['application/json'].schema)))
    ])
  )
  return validators
}

function pullBody(pull: FakePull) {
  return {
    number: pull.number,
    state: pull.state,
    head: { sha: pull.headSha, ref: pull.headRef, repo: { full_name: pull.headRepo } },
    base: { sha: pull.baseSha, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
    user: { login: pull.author }
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const schemas = loadValidators()
  const identity = options.identity ?? { login: 'github-actions[bot]', type: 'Bot' as const, readUser: false }
  let nextId = 1000
  const state: Omit<FakeGitHub, 'url' | 'state' | 'close' | 'addComment' | 'addReview'> = {
    comments: [],
    reviews: [],
    checkRuns: [],
    statuses: [],
    requests: [],
    invalidBodies: [],
    options
  }
  let baseUrl = ''

  const addComment = (issue: number, body: string, user: { login: string; type: 'User' | 'Bot' }, createdAt = new Date().toISOString()): FakeComment => {
    const id = nextId++
    const comment = { id, body, user, issue, html_url: `https://github.test/octo-org/octo-repo/pull/${issue}#issuecomment-${id}`, created_at: createdAt }
    state.comments.push(comment)
    return comment
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = text
      }
      const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
        state.requests.push({ method: request.method ?? '', path: url.pathname, query: url.searchParams, body, status })
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        response.end(payload === undefined ? '' : JSON.stringify(payload))
      }
      const route = ROUTES.find((candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname))
      if (!route) return send(404, { message: 'Not Found' })
      const param = Number(route.pattern.exec(url.pathname)?.[1])
      const isWrite = request.method !== 'GET'

      if (options.hang) {
        state.requests.push({ method: request.method ?? '', path: url.pathname, query: url.searchParams, body, status: 0 })
        return
      }
      if (options.down) return send(502, { message: 'Server Error' })
      if ((options.flakyRequests ?? 0) > 0) {
        options.flakyRequests = (options.flakyRequests ?? 0) - 1
        return send(502, { message: 'Server Error' })
      }
      if (isWrite && (options.secondaryLimitedWrites ?? 0) > 0) {
        options.secondaryLimitedWrites = (options.secondaryLimitedWrites ?? 0) - 1
        return send(
          options.secondaryLimitStatus ?? 403,
          { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
          { 'retry-after': String(options.retryAfterSeconds ?? 1) }
        )
      }
      if (isWrite && options.readOnly) {
        const permission = route.operation.includes('check-run') ? 'checks=write' : route.operation.includes('status') ? 'statuses=write' : 'issues=write; pull_requests=write'
        return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, { 'x-accepted-github-permissions': permission })
      }
      const validate = schemas[route.operation]
      if (validate && !validate(body)) {
        state.invalidBodies.push(`${route.operation}: ${JSON.stringify(validate.errors)}`)
        return send(422, { message: 'Invalid request.', errors: validate.errors })
      }

      switch (route.operation) {
        case 'user':
          if (options.userStatus) return send(options.userStatus, { message: 'Server Error' })
          return identity.readUser ? send(200, { login: identity.login, type: identity.type }) : send(403, { message: 'Resource not accessible by integration' })
        case 'get-pull': {
          if (options.pullStatus) return send(options.pullStatus, { message: options.pullStatus === 404 ? 'Not Found' : 'Server Error' })
          if (options.pulls) {
            const pull = options.pulls.find((candidate) => candidate.number === param)
            return pull ? send(200, pullBody(pull)) : send(404, { message: 'Not Found' })
          }
          return send(200, { number: param, head: { sha: options.pullHeadSha ?? 'e'.repeat(40) }, user: { login: options.pullAuthor ?? 'pr-author' } })
        }
        case 'list-pulls': {
          // GitHub filters by `head=owner:branch` and `state`; the owner is the head repository's.
          const head = url.searchParams.get('head')
          const wanted = url.searchParams.get('state') ?? 'open'
          const pulls = (options.pulls ?? []).filter((pull) => (wanted === 'all' || pull.state === wanted) && (!head || `${pull.headRepo.split('/')[0]}:${pull.headRef}` === head))
          return send(200, pulls.map(pullBody))
        }
        case 'list-pull-files':
          return send(
            200,
            (options.pullFiles?.[param] ?? []).map((filename) => ({ filename, status: 'modified' }))
          )
        case 'get-workflow-run': {
          const run = options.workflowRuns?.[param]
          return run ? send(200, run) : send(404, { message: 'Not Found' })
        }
        case 'list-pull-commits':
          return send(
            200,
            (options.pullCommits ?? []).map((commit) => ({
              sha: commit.sha,
              author: commit.author ? { login: commit.author } : null,
              committer: commit.committer ? { login: commit.committer } : null,
              commit: { committer: { date: commit.date }, verification: { verified: commit.verified ?? false } }
            }))
          )
        case 'list-check-runs': {
          const ref = url.pathname.split('/')[5]
          const name = url.searchParams.get('check_name')
          const runs = state.checkRuns.filter((run) => run.head_sha === ref && (!name || run.name === name)).reverse()
          return send(200, {
            total_count: runs.length,
            check_runs: runs.map((run) => ({ id: run.id, name: run.name, head_sha: run.head_sha, external_id: run.external_id ?? null }))
          })
        }
        case 'list-reviews':
          return send(200, state.reviews)
        case 'get-permission': {
          const login = decodeURIComponent(url.pathname.split('/')[5])
          const permission = options.permissions?.[login]
          if (!permission) return send(404, { message: 'Not Found' })
          const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission
          return send(200, { permission: legacy, role_name: permission, user: { login } })
        }
        case 'get-team-membership': {
          const [, , org, , slug, , login] = url.pathname.split('/')
          return (options.teams?.[`${org}/${slug}`] ?? []).includes(login) ? send(200, { state: 'active', role: 'member' }) : send(404, { message: 'Not Found' })
        }
        case 'compare': {
          const base = url.pathname.split('/').at(-1)?.split('...')[0] ?? ''
          return send(200, { files: (options.changedFiles?.[base] ?? []).map((filename) => ({ filename })) })
        }
        case 'list-comments': {
          const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), PAGE_LIMIT)
          const page = Number(url.searchParams.get('page') ?? 1)
          const all = state.comments.filter((comment) => comment.issue === param)
          const last = Math.max(1, Math.ceil(all.length / perPage))
          const link = (n: number) => `<${baseUrl}${url.pathname}?per_page=${perPage}&page=${n}>`
          const links = [page < last ? `${link(page + 1)}; rel="next"` : '', `${link(last)}; rel="last"`].filter(Boolean).join(', ')
          return send(200, all.slice((page - 1) * perPage, page * perPage), { link: links })
        }
        case 'create-comment': {
          const text = (body as { body: string }).body
          if (text.length > (options.commentLimit ?? COMMENT_LIMIT))
            return send(422, {
              message: 'Validation Failed',
              errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }]
            })
          return send(201, addComment(param, text, { login: identity.login, type: identity.type }))
        }
        case 'update-comment': {
          const comment = state.comments.find((candidate) => candidate.id === param)
          if (!comment) return send(404, { message: 'Not Found' })
          const text = (body as { body: string }).body
          if (text.length > COMMENT_LIMIT)
            return send(422, { message: 'Validation Failed', errors: [{ code: 'custom', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }] })
          if (comment.user.login !== identity.login) return send(403, { message: 'Resource not accessible by integration' })
          comment.body = text
          return send(200, comment)
        }
        case 'delete-comment': {
          const index = state.comments.findIndex((candidate) => candidate.id === param)
          if (index === -1) return send(404, { message: 'Not Found' })
          state.comments.splice(index, 1)
          return send(204)
        }
        case 'create-check-run':
        case 'update-check-run': {
          const input = body as {
            name?: string
            head_sha?: string
            external_id?: string
            conclusion?: string
            output?: { title?: string; summary?: string; text?: string; annotations?: unknown[] }
          }
          const annotations = input.output?.annotations ?? []
          if (annotations.length > 50) return send(422, { message: 'Invalid request.\n\nOnly 50 annotations are allowed per request.' })
          if ((input.output?.summary ?? '').length > CHECK_TEXT_LIMIT || (input.output?.text ?? '').length > CHECK_TEXT_LIMIT)
            return send(422, { message: 'Invalid request. output.summary is too long' })
          if (route.operation === 'create-check-run') {
            const run: FakeCheckRun = {
              id: nextId++,
              name: input.name ?? '',
              head_sha: input.head_sha ?? '',
              ...(input.external_id ? { external_id: input.external_id } : {}),
              conclusion: input.conclusion,
              output: { title: input.output?.title, summary: input.output?.summary, annotations: [...annotations] }
            }
            state.checkRuns.push(run)
            return send(201, { id: run.id, html_url: `https://github.test/octo-org/octo-repo/runs/${run.id}` })
          }
          const run = state.checkRuns.find((candidate) => candidate.id === param)
          if (!run) return send(404, { message: 'Not Found' })
          run.output.annotations.push(...annotations)
          return send(200, { id: run.id, html_url: `https://github.test/octo-org/octo-repo/runs/${run.id}` })
        }
        case 'create-status': {
          const input = body as { description?: string }
          if ((input.description ?? '').length > 140) return send(422, { message: 'Validation Failed: description is too long (maximum is 140 characters)' })
          state.statuses.push({ sha: url.pathname.split('/').at(-1) ?? '', body: body as Record<string, unknown> })
          return send(201, { id: nextId++ })
        }
      }
      return send(500, { message: 'unhandled' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    ...state,
    state: { comments: state.comments, reviews: state.reviews, checkRuns: state.checkRuns, statuses: state.statuses },
    addReview(review: Omit<FakeReview, 'id' | 'html_url'>) {
      const id = nextId++
      state.reviews.push({ ...review, id, html_url: `https://github.test/octo-org/octo-repo/pull/1#pullrequestreview-${id}` })
    },
    get url() {
      return baseUrl
    },
    addComment,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  } as FakeGitHub
}
