/**
 * The bundled action on a repository that mixes Rust, Python and Go, as teams do: every tool's
 * gate is read by its own parser (pytest's through its JUnit file), and one verdict covers them all.
 * Debian's Python and Go tools come first on PATH (.ci/run installs them).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { FIXTURES, REPO_ROOT, runAction, workspaceFrom } from './helpers/run-action.js'

const bin = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-debian-bin-'))
for (const tool of ['python3', 'pytest', 'black', 'mypy', 'go', 'gofmt']) {
  if (existsSync(`/usr/bin/${tool}`)) symlinkSync(`/usr/bin/${tool}`, path.join(bin, tool))
}
const env = {
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  PYTHONDONTWRITEBYTECODE: '1',
  GOFLAGS: '-buildvcs=false',
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
  GOCACHE: path.join(REPO_ROOT, '__tests__', '.tmp', 'gocache')
}

const checklist = `version: 1
title: Mixed release
sections:
  - title: Rust
    items:
      - id: rust-tests
        title: Rust tests pass
        run: cargo test
        working-directory: rust
  - title: Python
    items:
      - id: py-tests
        title: Python tests pass
        run: python3 -m pytest --junitxml=reports/junit.xml
        junit: reports/junit.xml
        working-directory: py
      - id: py-format
        title: black is clean
        run: black --check .
        working-directory: py
      - id: py-types
        title: mypy is clean
        run: mypy .
        working-directory: py
  - title: Go
    items:
      - id: go-vet
        title: go vet is clean
        run: go vet ./...
        working-directory: go
      - id: go-fmt
        title: gofmt is clean
        run: gofmt -l .
        working-directory: go
      - id: go-tests
        title: Go tests pass
        run: go test ./...
        working-directory: go
`

function mixed(rust: string, python: string, go: string): string {
  const workspace = workspaceFrom(undefined, checklist)
  for (const [dir, fixture] of [
    ['rust', rust],
    ['py', python],
    ['go', go]
  ]) {
    mkdirSync(path.join(workspace, dir))
    cpSync(path.join(FIXTURES, fixture), path.join(workspace, dir), { recursive: true, filter: (source) => !source.includes(`${path.sep}target`) })
  }
  return workspace
}

interface ReportItem {
  id: string
  status: string
  summary: string
}

describe('dist/index.js on a Rust + Python + Go repository', () => {
  it('says GO when every language is green', async () => {
    const run = await runAction({ workspace: mixed('rust/green', 'python/green', 'go/green'), env })
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { items: ReportItem[] }
    expect(report.items.map((item) => `${item.id}:${item.status}:${item.summary}`)).toEqual([
      'rust-tests:pass:2/2 passed',
      'py-tests:pass:4/4 passed, 1 skipped',
      'py-format:pass:formatted',
      'py-types:pass:no warnings',
      'go-vet:pass:no warnings',
      'go-fmt:pass:formatted',
      'go-tests:pass:2/2 passed, 1 skipped'
    ])
    expect(run.outputs.decision).toBe('go')
    expect(run.code).toBe(0)
  })

  it('says NO-GO when Python and Go fail, naming the failures of each', async () => {
    const run = await runAction({ workspace: mixed('rust/green', 'python/red', 'go/red'), env })
    expect(run.outputs.decision).toBe('no-go')
    expect(run.code).toBe(1)
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { items: ReportItem[] }
    expect(report.items.map((item) => `${item.id}:${item.status}`)).toEqual([
      'rust-tests:pass',
      'py-tests:fail',
      'py-format:fail',
      'py-types:fail',
      'go-vet:pass',
      'go-fmt:pass',
      'go-tests:fail'
    ])
    expect(run.summary).toContain('tests.test_calc.test_add')
    expect(run.summary).toContain('TestSymmetric/opposite')
  })
})
