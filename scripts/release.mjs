#!/usr/bin/env node
// Releases the version in package.json: checks it has a CHANGELOG section, tags the current commit
// vX.Y.Z, moves the major tag vX to it (users write `uses: go-no-go/go-no-go@v1`), and pushes both.
// Run by .github/workflows/release.yml; `--dry-run` checks and prints the plan without tagging.
//
//   node scripts/release.mjs [--dry-run] [--remote NAME] [--notes FILE]
//
// Prints `tag=…`, `major=…` and `prerelease=…` lines (for $GITHUB_OUTPUT) and writes the release notes to FILE.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/

/**
 * What a release of `version` does, from package.json's version and CHANGELOG.md's text. Pure.
 * A pre-release (1.2.0-rc.1) gets its own tag but never moves the major tag; neither does a
 * release older than the newest one on its major line (a patch to an old minor).
 */
export function planRelease(version, changelog, existingTags) {
  const match = VERSION.exec(version)
  if (!match) throw new Error(`package.json version ${JSON.stringify(version)} is not X.Y.Z (or X.Y.Z-pre)`)
  const tag = `v${version}`
  if (existingTags.includes(tag)) throw new Error(`${tag} already exists: bump the version in package.json first`)
  const notes = changelogSection(changelog, version)
  if (notes === undefined) throw new Error(`CHANGELOG.md has no "## [${version}]" section: describe the release there first`)
  if (notes.trim() === '') throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  const major = `v${match[1]}`
  const prerelease = match[4] !== undefined
  const newerOnLine = existingTags.filter((existing) => {
    const other = VERSION.exec(existing.slice(1))
    return existing.startsWith('v') && other && other[1] === match[1] && other[4] === undefined && compare(other, match) > 0
  })
  const movesMajor = !prerelease && newerOnLine.length === 0
  return { tag, major: movesMajor ? major : '', prerelease, notes }
}

/** The text under `## [version]` up to the next `## ` heading, or undefined when there is none. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n')
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
  if (start === -1) return undefined
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '))
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim()
}

function compare(a, b) {
  for (const index of [1, 2, 3]) {
    const difference = Number(a[index]) - Number(b[index])
    if (difference !== 0) return difference
  }
  return 0
}

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, remote: { type: 'string' }, notes: { type: 'string' } } })
  const cwd = process.cwd()
  const remote = values.remote ?? 'origin'
  try {
    const { version } = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'))
    const changelog = readFileSync(path.join(cwd, 'CHANGELOG.md'), 'utf8')
    // Tags on the remote count too: a tag pushed from elsewhere must not be overwritten.
    const remoteTags = git(['ls-remote', '--tags', '--refs', remote], cwd)
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('refs/tags/')[1])
    const tags = [...new Set([...git(['tag', '--list'], cwd).split('\n').filter(Boolean), ...remoteTags])]
    const plan = planRelease(version, changelog, tags)
    if (values.notes) writeFileSync(values.notes, `${plan.notes}\n`)
    if (!values['dry-run']) {
      git(['tag', '--annotate', plan.tag, '--message', `${plan.tag}`], cwd)
      git(['push', remote, `refs/tags/${plan.tag}`], cwd)
      if (plan.major) {
        git(['tag', '--force', plan.major, `${plan.tag}^{commit}`], cwd)
        git(['push', '--force', remote, `refs/tags/${plan.major}`], cwd)
      }
    }
    process.stdout.write(`tag=${plan.tag}\nmajor=${plan.major}\nprerelease=${plan.prerelease}\n`)
  } catch (error) {
    const stderr = error?.stderr ? `\n${String(error.stderr).trim()}` : ''
    process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}${stderr}\n`)
    process.exit(1)
  }
}
