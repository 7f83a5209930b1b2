/**
 * A checklist of real, quick gates (node, node --test on the red and green fixtures, a file, a
 * sign-off) and its shard reports as the action writes them, made by running the gates for real.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadChecklist } from '../../src/checklist/load.js'
import type { Checklist } from '../../src/checklist/types.js'
import { runChecklist } from '../../src/engine.js'
import { createGateRunner } from '../../src/gates/gate-runner.js'
import type { ReportIdentity } from '../../src/report/identity.js'
import { toJsonReport, type JsonReport } from '../../src/report/json.js'
import type { RunReport } from '../../src/report/model.js'
import { checklistHash } from '../../src/shards/phase.js'
import { selectShard, wholeChecklist } from '../../src/shards/select.js'
import { FIXTURES } from './run-action.js'

export const SHARD_HEAD = 'c'.repeat(40)
export const SHARD_COMMIT = 'a'.repeat(40)

/** Blocking failures (red tests, exit 3, a missing tool) and a pending warning sign-off: NO-GO. */
export const SHARDED_CHECKLIST = `version: 1
title: Sharded release
sections:
  - title: Build
    items:
      - id: build
        title: It builds
        run: node -e "console.log('built')"
      - id: unit-green
        title: Green unit tests
        run: node --test
        working-directory: green
        needs: [build]
      - id: unit-red
        title: Red unit tests
        run: node --test
        working-directory: red
  - title: Checks
    items:
      - id: lint
        title: Lint is clean
        run: "printf 'warning: unneeded return statement\\\\n --> src/lib.rs:3:5\\\\n\\\\n'"
        parser: cargo-clippy
      - id: fails
        title: A check that fails
        run: node -e "console.error('boom'); process.exit(3)"
      - id: after-fail
        title: Runs after the failing check
        run: node -e "1"
        needs: [fails]
      - id: missing-tool
        title: A tool that is not installed
        run: definitely-not-a-command-go-no-go
      - id: noisy
        title: Prints far more than an excerpt holds, then fails
        run: node -e "for (let i = 0; i < 3000; i++) console.log('line ' + i + ' of a long log'); process.exitCode = 1"
  - title: Evidence
    items:
      - id: runbook
        title: Rollback runbook
        file: docs/ROLLBACK.md
      - id: security
        title: Security sign-off
        manual: true
        severity: warning
`

/** Every gate passes and the sign-off is info: GO. */
export const PASSING_CHECKLIST = `version: 1
title: Passing release
sections:
  - title: Gates
    items:
      - id: build
        title: It builds
        run: node -e "console.log('built')"
      - id: unit-green
        title: Green unit tests
        run: node --test
        working-directory: green
        needs: [build]
      - id: echo
        title: Says hello, and leaves a mark in the workspace
        run: node -e "console.log('hello'); require('fs').appendFileSync('gate-runs.log', 'x')"
      - id: runbook
        title: Rollback runbook
        file: docs/ROLLBACK.md
      - id: security
        title: Security sign-off
        manual: true
        severity: info
`

/** A workspace with the node fixtures, a runbook and the checklist. */
export function shardWorkspace(checklist: string): string {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-shards-'))
  cpSync(path.join(FIXTURES, 'node', 'green'), path.join(workspace, 'green'), { recursive: true })
  cpSync(path.join(FIXTURES, 'node', 'red'), path.join(workspace, 'red'), { recursive: true })
  mkdirSync(path.join(workspace, 'docs'))
  writeFileSync(path.join(workspace, 'docs', 'ROLLBACK.md'), '# Rollback\n')
  mkdirSync(path.join(workspace, '.github'))
  writeFileSync(path.join(workspace, '.github', 'go-no-go.yml'), checklist)
  return workspace
}

export async function loadWithHash(workspace: string): Promise<{ checklist: Checklist; sha256: string }> {
  let sha256 = ''
  const checklist = await loadChecklist({ workspace, path: '.github/go-no-go.yml', onRead: (bytes) => (sha256 = checklistHash(bytes)) })
  return { checklist, sha256 }
}

export function identityOf(sha256: string, shard: ReportIdentity['shard']): ReportIdentity {
  return { run: { id: '4242', attempt: 1, repository: 'octo-org/octo-repo', event: 'pull_request', headSha: SHARD_HEAD, commitSha: SHARD_COMMIT }, checklistSha256: sha256, shard }
}

/** Runs one part of the checklist for real, as the action's gate runner does. */
async function runPart(workspace: string, checklist: Checklist): Promise<RunReport> {
  return runChecklist(
    checklist,
    createGateRunner({ workspace, parentEnv: process.env, scratchDir: mkdtempSync(path.join(os.tmpdir(), 'go-no-go-scratch-')), killGraceMs: 1_000 }),
    { concurrency: 2, allowEmpty: true }
  )
}

/** The JSON reports of shards 1..total, as files on disk would hold them. */
export async function makeShardReports(workspace: string, total: number): Promise<{ checklist: Checklist; sha256: string; reports: JsonReport[]; single: JsonReport }> {
  const { checklist, sha256 } = await loadWithHash(workspace)
  const reports: JsonReport[] = []
  for (let index = 1; index <= total; index++) {
    const selection = selectShard(checklist, { index, total })
    const report = await runPart(workspace, selection.checklist)
    reports.push(JSON.parse(JSON.stringify(toJsonReport({ ...report, identity: identityOf(sha256, selection.identity) }))))
  }
  const single = await runPart(workspace, checklist)
  return { checklist, sha256, reports, single: JSON.parse(JSON.stringify(toJsonReport({ ...single, identity: identityOf(sha256, wholeChecklist(checklist)) }))) }
}
