/**
 * Links from a finding's file:line to that line at the pull request's head commit. Tools print
 * paths relative to where the gate ran, or absolute; a link is made only for a path that stays
 * inside the repository, and every part of the URL that came from output is percent-encoded, so
 * gate output can neither point a link elsewhere nor break out of it.
 */
import path from 'node:path'

/** What the renderer needs to link to code; the caller passes it when it knows the commit. */
export interface SourceLinks {
  /** e.g. https://github.com/octo-org/octo-repo (no trailing slash needed). */
  repositoryUrl: string
  /** The commit the gates ran on: the pull request's head, not the merge commit. */
  headSha: string
  /** Absolute path of the checkout, to turn absolute paths in output into repository paths. */
  workspace?: string
}

/** A repository-relative path (POSIX) for `file` printed by a gate that ran in `workingDirectory`; undefined when it leaves the repository. */
export function repositoryPath(file: string, workingDirectory: string, workspace: string | undefined): string | undefined {
  const posix = file.replace(/\\/g, '/')
  let relative: string
  if (path.posix.isAbsolute(posix)) {
    if (!workspace) return undefined
    relative = path.posix.relative(workspace.replace(/\\/g, '/'), posix)
  } else {
    relative = path.posix.join(workingDirectory.replace(/\\/g, '/') || '.', posix)
  }
  relative = path.posix.normalize(relative)
  if (relative === '.' || relative === '' || relative.startsWith('../') || relative === '..' || path.posix.isAbsolute(relative)) return undefined
  return relative
}

/** The blob URL of `repoPath` at line `line`, or undefined when the links settings are unusable. */
export function blobUrl(links: SourceLinks, repoPath: string, line?: number): string | undefined {
  const base = links.repositoryUrl.replace(/\/+$/, '')
  // Only a plain https URL and a hex SHA: these come from the event, but a link is not worth a doubt.
  if (!/^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~-]+)*$/.test(base) || !/^[0-9a-f]{7,64}$/.test(links.headSha)) return undefined
  const encoded = repoPath
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
  const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : ''
  return `${base}/blob/${links.headSha}/${encoded}${anchor}`
}
