import { CommanderError } from "commander";
import type { CliContext, CliIo } from "./context.js";
import { UsageError } from "./errors.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { packageRoot, packageVersion } from "./package-root.js";
import { printError } from "./print-error.js";
import { createProgram } from "./program.js";

/**
 * Runs `unres` with the given arguments and returns the exit code: 0 success, 1 invalid input,
 * 2 wrong usage. It never throws and never exits the process: every error becomes one line on
 * standard error (with the stack under `--debug`).
 *
 * @param argv - the arguments, as in `process.argv` (the first two are the node and the script)
 * @param io - standard streams, working folder, processor count
 * @param entryUrl - URL of the running entry file (batch workers run it; the package root is found from it)
 * @returns the exit code
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv, nodeIo(), import.meta.url);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo, entryUrl: string): Promise<ExitCode> {
  const ctx: CliContext = { io, entryUrl, failed: false };
  const debug = argv.slice(2).includes("--debug");
  try {
    const program = createProgram(ctx, packageVersion(packageRoot(entryUrl)));
    await program.parseAsync([...argv]);
    return ctx.failed ? EXIT.failed : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr.write(`unres: ${error.message}\n`);
      return EXIT.usage;
    }
    printError(io, error, { debug });
    return EXIT.failed;
  }
}
