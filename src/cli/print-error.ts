import type { CliIo } from "./context.js";
import { describeError, formatErrorLine } from "./describe-error.js";

/**
 * The shared error printer: writes one line for `error` to standard error
 * (`unres: file:line:column: message [CODE]`), and with `debug` the stack, causes included.
 *
 * @param io - where to write
 * @param error - what was thrown
 * @param options - the file being read (unless the error names it) and whether to show the stack
 *
 * @example
 * ```ts
 * printError(io, error, { file: "A-RES-1.txt", debug: false });
 * // unres: A-RES-1.txt:3:1: expected an enacting formula such as "The General Assembly,", found none … [NOT_A_RESOLUTION]
 * ```
 */
export function printError(io: CliIo, error: unknown, options: { file?: string; debug: boolean }): void {
  io.stderr.write(`${formatErrorLine(describeError(error, options.file))}\n`);
  if (options.debug) io.stderr.write(`${stackOf(error)}\n`);
}

/** The stack of an error and of each of its causes. */
function stackOf(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? String(current)) : String(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current !== undefined) parts.push("Caused by:");
  }
  return parts.join("\n");
}
