/**
 * The exit codes of `unres`, as documented in `unres --help` and docs/cli.md.
 *
 * - `ok` (0): success.
 * - `failed` (1): invalid input: a file that cannot be read or parsed, a resolution that does not
 *   validate, a batch with at least one failed file.
 * - `usage` (2): wrong usage: an unknown command or option, a missing argument, a bad option value.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** One of the exit codes in {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit codes, as shown at the end of every `--help`. */
export const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  invalid input (a file that cannot be read, parsed or validated; a batch with a failed file)
  2  wrong usage (unknown command or option, missing argument, bad option value)`;
