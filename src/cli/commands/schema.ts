import type { Command } from "commander";
import { resolutionJsonSchema } from "../../schemas/json-schema.js";
import type { CliContext } from "../context.js";

const EXAMPLES = `
The same document as dist/resolution.schema.json in the package (un-resolutions/schema.json).

Examples:
  $ unres schema > resolution.schema.json
  $ unres schema | jq '.properties | keys'`;

/**
 * Adds `unres schema`: prints the JSON Schema (draft 2020-12) of a resolution.
 *
 * @param program - the `unres` program
 * @param ctx - the outside world
 *
 * @example
 * ```ts
 * registerSchema(program, ctx);
 * ```
 */
export function registerSchema(program: Command, ctx: CliContext): void {
  program
    .command("schema")
    .summary("print the JSON Schema of a resolution")
    .description("Print the JSON Schema (draft 2020-12) of a resolution, generated from the zod schema.")
    .addHelpText("after", EXAMPLES)
    .action(() => {
      ctx.io.stdout.write(`${JSON.stringify(resolutionJsonSchema(), null, 2)}\n`);
    });
}
