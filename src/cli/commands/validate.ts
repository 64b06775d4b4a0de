import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { printError } from "../print-error.js";
import { readInput } from "../read-input.js";
import { formatValidation, validateResolutionJson } from "../validate-json.js";

const EXAMPLES = `
Prints "file: valid (symbol)" for a valid file, "file: path: message" for each issue (path such as
operative.3.text), and "file:line:column: invalid JSON: message" for a syntax error.

Examples:
  $ unres validate A-RES-65-190.json
  $ unres validate out/**/*.json
  $ unres parse A-RES-65-190.txt | unres validate -`;

/**
 * Adds `unres validate <file...>`: checks resolution JSON against the schema and prints each issue
 * as `file: path: message`; exit code 1 when any file is invalid or unreadable.
 *
 * @param program - the `unres` program
 * @param ctx - the outside world
 *
 * @example
 * ```ts
 * registerValidate(program, ctx);
 * ```
 */
export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command("validate")
    .summary("check resolution JSON against the schema")
    .description("Check that JSON files are valid resolutions (the schema printed by `unres schema`).")
    .argument("<files...>", 'JSON files, or "-" for standard input')
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], _options: unknown, command: Command) => {
      const debug = Boolean(command.optsWithGlobals().debug);
      let valid = 0;
      for (const file of files) {
        let text: string;
        try {
          text = (await readInput(ctx, file, false)).text;
        } catch (error) {
          printError(ctx.io, error, { file, debug });
          ctx.failed = true;
          continue;
        }
        const outcome = validateResolutionJson(text);
        if (outcome.kind === "valid") valid++;
        else ctx.failed = true;
        const name = file === "-" ? "<stdin>" : file;
        for (const line of formatValidation(name, outcome)) ctx.io.stdout.write(`${line}\n`);
      }
      if (files.length > 1) {
        ctx.io.stderr.write(`unres: ${files.length} files: ${valid} valid, ${files.length - valid} not\n`);
      }
    });
}
