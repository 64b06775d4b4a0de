/**
 * A failure the command reports as one line and exit code 1: a file that cannot be read, a text
 * that is not a resolution. `file`, `line` and `column` say where, when known.
 */
export class CliError extends Error {
  /** A stable code, printed after the message: the parser's or reader's code, or the command's own. */
  readonly code: string;
  /** The file as the user named it, or `<stdin>`. */
  readonly file: string | undefined;
  /** Line of the problem, from 1, when known. */
  readonly line: number | undefined;
  /** Column of the problem, from 1, when known. */
  readonly column: number | undefined;

  /**
   * @param code - a stable code
   * @param message - what was expected and what was found
   * @param where - the file and, when known, the line and column
   * @param cause - the error this one reports, shown with `--debug`
   */
  constructor(
    code: string,
    message: string,
    where: { file?: string; line?: number; column?: number } = {},
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "CliError";
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}

/** Wrong usage that commander cannot see (two options that exclude each other): exit code 2. */
export class UsageError extends Error {
  /**
   * @param message - what is wrong, and how to call the command instead
   */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * An error met while reading one file: the file's name and the error itself (`cause`), which keeps
 * its code, line and column. The error printer shows `file:line:column`.
 */
export class FileError extends Error {
  /** The file as the user named it, or `<stdin>`. */
  readonly file: string;

  /**
   * @param file - the file as the user named it
   * @param cause - the error met while reading it
   */
  constructor(file: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "FileError";
    this.file = file;
  }
}
