/**
 * A bad command line: an unknown command or option, a malformed or unknown value.
 * The CLI prints its one-line message and exits with code 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

/** True for a {@link UsageError}. */
export const isUsageError = (u: unknown): u is UsageError => u instanceof UsageError
