import { Command } from "commander";
import { registerBatch } from "./commands/batch.js";
import { registerConvert } from "./commands/convert.js";
import { registerParse } from "./commands/parse.js";
import { registerSchema } from "./commands/schema.js";
import { registerValidate } from "./commands/validate.js";
import type { CliContext } from "./context.js";
import { EXIT_CODES_HELP } from "./exit-codes.js";

const EXAMPLES = `
Examples:
  $ unres parse --format outline                  outline of the bundled A/RES/65/190
  $ unres parse A-RES-65-190.txt > A-RES-65-190.json
  $ unres convert A-RES-75-10.xml --to md
  $ unres validate A-RES-65-190.json
  $ unres schema > resolution.schema.json
  $ unres batch corpus/ --out json/ --jobs 2

Errors are one line, "unres: file:line:column: message [CODE]"; add --debug for the stack.`;

/** What commander prints before its own error messages; `unres` prints "unres: " instead. */
const COMMANDER_ERROR_PREFIX = /^error: /;

/**
 * Builds the `unres` program: its commands, `--help` (with examples and exit codes) on each,
 * `--version`, `--debug`, and commander set to throw instead of exiting, so that {@link runCli}
 * chooses the exit code (2 for wrong usage).
 *
 * @param ctx - the outside world
 * @param version - the package's version
 * @returns the program, ready for `parseAsync`
 *
 * @example
 * ```ts
 * await createProgram(ctx, "0.1.0").parseAsync(["node", "unres", "schema"]);
 * ```
 */
export function createProgram(ctx: CliContext, version: string): Command {
  const program = new Command("unres")
    .description("Typed, validated data from United Nations resolutions.")
    .version(version, "-V, --version", "print the version")
    .option("--debug", "on an error, print the stack too")
    .helpOption("-h, --help", "print help")
    .helpCommand("help [command]", "print help for a command")
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(text),
      writeErr: (text) => ctx.io.stderr.write(text),
      outputError: (text, write) => write(`unres: ${text.replace(COMMANDER_ERROR_PREFIX, "")}`),
    })
    .showHelpAfterError("(add --help for usage)")
    .addHelpText("after", EXAMPLES);
  registerParse(program, ctx);
  registerConvert(program, ctx);
  registerValidate(program, ctx);
  registerSchema(program, ctx);
  registerBatch(program, ctx);
  program.addHelpText("afterAll", EXIT_CODES_HELP);
  return program;
}
