/**
 * An error the user can fix (bad flag, missing file, invalid configuration): printed as one line
 * `quellcheck: <what> (<where>)` and exit status 2, never as a stack trace.
 */
export class UserError extends Error {
  constructor(
    readonly what: string,
    readonly where?: string,
  ) {
    super(where ? `${what} (${where})` : what);
    this.name = 'UserError';
  }
}
