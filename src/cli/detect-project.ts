/** What kind of project `go-no-go init` is looking at. Pure: the files are handed in. */
import { CliError } from './errors.js'
import type { PresetName } from './presets.js'

export interface ProjectFiles {
  exists(name: string): boolean
  /** The file's text, or undefined when it cannot be read. */
  read(name: string): string | undefined
}

export type NodeInstaller = 'npm' | 'yarn' | 'yarn-classic' | 'pnpm' | 'none'

export interface NodeProject {
  kind: 'node'
  /** package.json's test script, when it has a real one (not npm's "no test specified" placeholder). */
  testScript?: string
  hasLintScript: boolean
  hasBuildScript: boolean
  /** Which lockfile decides how the workflow installs dependencies; only npm's lets `npm audit` run. */
  installer: NodeInstaller
  /** .nvmrc or .node-version, for setup-node's node-version-file. */
  nodeVersionFile?: string
}

interface RustProject {
  kind: 'rust'
}

interface PythonProject {
  kind: 'python'
}

interface GoProject {
  kind: 'go'
}

export type Project = NodeProject | RustProject | PythonProject | GoProject

/** The file that marks each kind of project, in the order messages list them. */
const MARKERS: Array<{ kind: Project['kind']; files: string[] }> = [
  { kind: 'rust', files: ['Cargo.toml'] },
  { kind: 'node', files: ['package.json'] },
  { kind: 'python', files: ['pyproject.toml', 'requirements.txt'] },
  { kind: 'go', files: ['go.mod'] }
]

/** npm writes this test script into every new package.json; it only fails. */
const NPM_PLACEHOLDER_TEST = /no test specified/

/**
 * Cargo.toml means Rust, package.json Node.js, pyproject.toml or requirements.txt Python, go.mod
 * Go; `preset` decides when several or none are there. A package.json that is not JSON is an error
 * rather than a guess.
 */
export function detectProject(files: ProjectFiles, preset?: PresetName): Project {
  const found = MARKERS.filter((marker) => marker.files.some((name) => files.exists(name)))
  const kind = preset ?? (found.length === 1 ? found[0].kind : undefined)
  if (!kind) {
    const choices = '--preset rust, node, python or go'
    throw new CliError(
      found.length > 1
        ? `found ${found.map((marker) => marker.files.find((name) => files.exists(name))).join(' and ')}: choose a preset with ${choices}`
        : `found no Cargo.toml, package.json, pyproject.toml, requirements.txt or go.mod here: choose a preset with ${choices} (or run init with --cwd in the project)`
    )
  }
  return kind === 'node' ? detectNodeProject(files) : { kind }
}

function detectNodeProject(files: ProjectFiles): NodeProject {
  const scripts = readScripts(files)
  const test = typeof scripts.test === 'string' && scripts.test.trim() !== '' && !NPM_PLACEHOLDER_TEST.test(scripts.test) ? scripts.test : undefined
  const nodeVersionFile = ['.nvmrc', '.node-version'].find((name) => files.exists(name))
  return {
    kind: 'node',
    ...(test !== undefined ? { testScript: test } : {}),
    hasLintScript: typeof scripts.lint === 'string',
    hasBuildScript: typeof scripts.build === 'string',
    installer: detectInstaller(files),
    ...(nodeVersionFile ? { nodeVersionFile } : {})
  }
}

function readScripts(files: ProjectFiles): Record<string, unknown> {
  const text = files.read('package.json')
  if (text === undefined) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new CliError('package.json is not valid JSON, so its scripts cannot be read: fix it, or choose --preset rust')
  }
  const scripts = (parsed as { scripts?: unknown } | null)?.scripts
  return scripts && typeof scripts === 'object' ? (scripts as Record<string, unknown>) : {}
}

function detectInstaller(files: ProjectFiles): NodeInstaller {
  if (files.exists('package-lock.json') || files.exists('npm-shrinkwrap.json')) return 'npm'
  if (files.exists('pnpm-lock.yaml')) return 'pnpm'
  // Yarn 2+ keeps its settings in .yarnrc.yml and spells "frozen lockfile" --immutable.
  if (files.exists('yarn.lock')) return files.exists('.yarnrc.yml') ? 'yarn' : 'yarn-classic'
  return 'none'
}
