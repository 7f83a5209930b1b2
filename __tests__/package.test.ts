/**
 * Installable without cloning: `npm pack` gives a package whose `go-no-go` bin runs in an empty
 * directory, installed with npm from the tarball alone (no registry: the bundled CLI has no
 * runtime dependencies), and whose `engines` every bundled dependency agrees with.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import semver from 'semver'
import { REPO_ROOT } from './helpers/run-action.js'

interface PackageJson {
  version: string
  engines: { node: string }
  bin: Record<string, string>
  dependencies?: Record<string, string>
}
const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson
/** npm, quietly, with no network: everything the install needs is in the tarball. */
const npm = (cwd: string, ...args: string[]) =>
  execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

describe('the npm package', () => {
  let bin: string
  let files: string[]

  beforeAll(() => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-pack-'))
    const [packed] = JSON.parse(npm(REPO_ROOT, 'pack', '--json', '--pack-destination', out)) as Array<{ filename: string; files: Array<{ path: string }> }>
    files = packed.files.map((file) => file.path).sort()
    const prefix = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-install-'))
    npm(prefix, 'install', '--prefix', prefix, path.join(out, packed.filename))
    bin = path.join(prefix, 'node_modules', '.bin', 'go-no-go')
  }, 120_000)

  it('holds the bundled CLI and the papers, and nothing else', () => {
    // dist/cli/index.js turns on the compile cache, then loads the CLI from chunks beside it (src/cli/start.ts).
    const chunks = files.filter((file) => /^dist\/cli\/\d+\.index\.js$/.test(file))
    expect(chunks.length).toBeGreaterThan(0)
    expect(files.filter((file) => !chunks.includes(file))).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/cli/package.json',
      'package.json'
    ])
    expect(packageJson.dependencies ?? {}).toEqual({})
  })

  it('runs --version, init and a checklist in an empty directory', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'go-no-go-empty-'))
    const env = { PATH: `${path.dirname(process.execPath)}${path.delimiter}/usr/bin:/bin`, HOME: empty }
    const run = (...args: string[]) => spawnSync(bin, args, { cwd: empty, encoding: 'utf8', env })

    expect(run('--version')).toMatchObject({ status: 0, stdout: `go-no-go ${packageJson.version}\n` })
    const missing = run()
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/to start one for this project, run: go-no-go init/)

    writeFileSync(path.join(empty, 'Cargo.toml'), '[package]\nname = "x"\n')
    expect(run('init').status).toBe(0)
    expect(existsSync(path.join(empty, '.github', 'go-no-go.yml'))).toBe(true)

    mkdirSync(path.join(empty, 'docs'))
    writeFileSync(path.join(empty, 'docs', 'ROLLBACK.md'), 'Redeploy the last tag.\n')
    writeFileSync(
      path.join(empty, '.github', 'go-no-go.yml'),
      'version: 1\ntitle: Packed\nsections:\n  - title: S\n    items:\n      - id: runbook\n        title: Runbook\n        file: docs/ROLLBACK.md\n      - id: shell\n        title: Shell works\n        run: "true"\n'
    )
    const result = run('--quiet')
    expect(result.stdout).toMatch(/^GO {2}2 passed/m)
    expect(result.status).toBe(0)
  })
})

describe('engines', () => {
  /** Packages ncc bundled into a build, as its licenses.txt lists them (name, then license, then text). */
  function bundledPackages(licenses: string): string[] {
    const lines = readFileSync(path.join(REPO_ROOT, licenses), 'utf8').split('\n')
    return lines.filter(
      (line, index) =>
        /^(@[a-z0-9._-]+\/)?[a-z0-9._-]+$/.test(line) && /^[A-Za-z0-9.-]+$/.test(lines[index + 1] ?? '') && existsSync(path.join(REPO_ROOT, 'node_modules', line, 'package.json'))
    )
  }
  const enginesOf = (name: string) =>
    (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node

  it("every dependency bundled into the CLI runs on every Node.js version package.json's engines allows", () => {
    const bundled = bundledPackages('dist/cli/licenses.txt')
    // Ajv is not bundled: the schema is compiled at build time and its few helpers inlined, notices included.
    expect(bundled).toEqual(expect.arrayContaining(['yaml']))
    const disagreeing = bundled.filter((name) => {
      const theirs = enginesOf(name)
      return theirs !== undefined && !semver.subset(packageJson.engines.node, theirs)
    })
    expect(disagreeing).toEqual([])
  })

  it('every dependency bundled into the action runs on the node24 runtime action.yml asks for', () => {
    expect(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')).toMatch(/using: node24/)
    const bundled = bundledPackages('dist/licenses.txt')
    expect(bundled).toEqual(expect.arrayContaining(['@actions/github', 'yaml']))
    const disagreeing = bundled.filter((name) => {
      const theirs = enginesOf(name)
      return theirs !== undefined && !semver.satisfies('24.0.0', theirs)
    })
    expect(disagreeing).toEqual([])
  })
})
