import { fstatSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { CliIo } from "./context.js";

/**
 * The real outside world: the process's standard streams, working folder and processor count.
 * Standard input counts as "empty" when it is a character device that is not a terminal (/dev/null).
 *
 * @returns the process's io
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv, nodeIo(), import.meta.url);
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    stdin: process.stdin,
    stdinKind: stdinKind(),
    cwd: process.cwd(),
    cpus: availableParallelism(),
  };
}

function stdinKind(): CliIo["stdinKind"] {
  if (process.stdin.isTTY) return "tty";
  try {
    const stat = fstatSync(0);
    return stat.isCharacterDevice() ? "empty" : "stream";
  } catch {
    return "empty"; // standard input closed
  }
}
