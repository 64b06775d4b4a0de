import { CliError, FileError } from "./errors.js";

/** An error reduced to what one line of output needs. */
export interface DescribedError {
  /** What went wrong, without the position suffix the library's errors append. */
  message: string;
  /** The stable code, when the error has one. */
  code?: string;
  /** The file, when known. */
  file?: string;
  /** Line, from 1, when known. */
  line?: number;
  /** Column, from 1, when known. */
  column?: number;
  /** Whether the error is a bug rather than bad input (then `--debug` helps). */
  internal: boolean;
}

/**
 * The code of one of the library's typed errors ("NOT_A_RESOLUTION", "NOT_WELL_FORMED"); Node's
 * own "ERR_…" codes are left out, since they mean a bug, not bad input.
 */
const TYPED_ERROR_CODE = /^(?!ERR_)[A-Z][A-Z_]+$/;

/** Messages for the file system errors a user meets, by Node's error code. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory, expected a file",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EMFILE: "too many open files",
};

interface Located {
  code?: unknown;
  line?: unknown;
  column?: unknown;
}

/**
 * Reduces any error to a message, a code and a position: the library's typed errors
 * (`ResolutionParseError`, `AkomaNtosoError`: a code, a line and a column), the command's own
 * {@link CliError}, file system errors (`ENOENT` becomes "no such file or directory"), and anything
 * else, which is a bug (`internal`).
 *
 * @param error - what was thrown
 * @param file - the file being read, unless the error says it itself
 * @returns the error, described
 *
 * @example
 * ```ts
 * describeError(new ResolutionParseError("NOT_A_RESOLUTION", "expected …", { line: 3, column: 1, offset: 9 }), "a.txt");
 * // { message: "expected …", code: "NOT_A_RESOLUTION", file: "a.txt", line: 3, column: 1, internal: false }
 * ```
 */
export function describeError(error: unknown, file?: string): DescribedError {
  if (error instanceof FileError) return describeError(error.cause, error.file);
  if (error instanceof CliError) {
    return withPlace({ message: error.message, code: error.code, internal: false }, error.file ?? file, error);
  }
  if (error instanceof Error) {
    const located = error as Error & Located;
    const systemMessage = typeof located.code === "string" ? FILE_ERRORS[located.code] : undefined;
    if (systemMessage)
      return withPlace({ message: systemMessage, code: located.code as string, internal: false }, file);
    if (typeof located.code === "string" && TYPED_ERROR_CODE.test(located.code)) {
      const line = typeof located.line === "number" ? located.line : undefined;
      const column = typeof located.column === "number" ? located.column : undefined;
      // ResolutionParseError and AkomaNtosoError append " (line:column)" to their message.
      const suffix = ` (${line}:${column})`;
      const message = error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : error.message;
      return withPlace({ message, code: located.code, internal: false }, file, { line, column });
    }
    return withPlace({ message: error.message, internal: true }, file);
  }
  return withPlace({ message: String(error), internal: true }, file);
}

function withPlace(
  described: DescribedError,
  file: string | undefined,
  where: { line?: number | undefined; column?: number | undefined } = {},
): DescribedError {
  const out: DescribedError = { ...described };
  if (file !== undefined) out.file = file;
  if (where.line !== undefined) out.line = where.line;
  if (where.column !== undefined) out.column = where.column;
  return out;
}

/**
 * One line for an error, compiler style: `unres: file:line:column: message [CODE]`; the parts that
 * are not known are left out.
 *
 * @param error - the error, described
 * @returns the line, without a newline
 *
 * @example
 * ```ts
 * formatErrorLine({ file: "A-RES-1.txt", line: 3, column: 1, message: "expected an enacting formula", code: "NOT_A_RESOLUTION", internal: false });
 * // "unres: A-RES-1.txt:3:1: expected an enacting formula [NOT_A_RESOLUTION]"
 * ```
 */
export function formatErrorLine(error: DescribedError): string {
  let place = error.file ?? "";
  if (error.file !== undefined && error.line !== undefined) {
    place += `:${error.line}`;
    if (error.column !== undefined) place += `:${error.column}`;
  }
  const prefix = place === "" ? "unres: " : `unres: ${place}: `;
  if (error.internal) return `${prefix}internal error: ${error.message} (run again with --debug to see the stack)`;
  return `${prefix}${error.message}${error.code ? ` [${error.code}]` : ""}`;
}
