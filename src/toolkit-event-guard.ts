/**
 * @actions/github parses GITHUB_EVENT_PATH the moment it is imported, and a malformed file throws
 * there — before any of our code runs, with a stack trace quoting the file. go-no-go reads the
 * event itself (github/context.ts) and refuses a broken one with a verdict, so the toolkit is
 * shown no event while it loads. This module must be imported before anything that imports the
 * toolkit; `restoreEventPath` puts the variable back for our reading and the gates' environment.
 */
const EVENT_PATH = 'GITHUB_EVENT_PATH'
const hidden = process.env[EVENT_PATH]
delete process.env[EVENT_PATH]

export function restoreEventPath(): void {
  if (hidden !== undefined) process.env[EVENT_PATH] = hidden
}
