/** Failures the CLI explains in a line or two and exits 2 on; anything else is a bug and keeps its stack. */

/** Something the user can fix (a missing file, a refused overwrite): printed as it is, no stack. */
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/** A mistake on the command line: the message, then a pointer to --help. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
