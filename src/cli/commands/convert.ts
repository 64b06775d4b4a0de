import { type Command, Option } from "commander";
import type { CliContext } from "../context.js";
import { FileError } from "../errors.js";
import { CONVERT_FORMATS, formatResolution, type OutputFormat } from "../formats.js";
import { readDocument } from "../read-document.js";
import { readInput } from "../read-input.js";

const EXAMPLES = `
Examples:
  $ unres convert A-RES-75-10.xml                 Akoma Ntoso to JSON
  $ unres convert A-RES-75-10.xml --to md         to Markdown
  $ curl -s https://example.org/A-RES-75-10.xml | unres convert - --to outline`;

/**
 * Adds `unres convert <file.xml|-> --to json|md|text|outline`: a resolution in the UN's Akoma Ntoso
 * (AKN4UN) XML to JSON, Markdown, text or an outline.
 *
 * @param program - the `unres` program
 * @param ctx - the outside world
 *
 * @example
 * ```ts
 * registerConvert(program, ctx);
 * ```
 */
export function registerConvert(program: Command, ctx: CliContext): void {
  program
    .command("convert")
    .summary("convert Akoma Ntoso XML (JSON by default)")
    .description(
      "Read a resolution from the UN's Akoma Ntoso (AKN4UN) XML and print it as JSON, Markdown, plain text, or an outline.",
    )
    .argument("<file>", 'an Akoma Ntoso XML file, or "-" for standard input')
    .addOption(new Option("-t, --to <format>", "output format").choices(CONVERT_FORMATS).default("json"))
    .addHelpText("after", EXAMPLES)
    .action(async (file: string, options: { to: OutputFormat }) => {
      const input = await readInput(ctx, file, false);
      let read: ReturnType<typeof readDocument>;
      try {
        read = readDocument(input.text, "akn");
      } catch (error) {
        throw new FileError(input.name, error);
      }
      ctx.io.stdout.write(formatResolution(read.resolution, options.to));
    });
}
