import { type Command, Option } from "commander";
import type { CliContext } from "../context.js";
import { FileError } from "../errors.js";
import { formatResolution, type OutputFormat, PARSE_FORMATS } from "../formats.js";
import { printDiagnostics } from "../print-diagnostics.js";
import { readDocument } from "../read-document.js";
import { readInput } from "../read-input.js";

const EXAMPLES = `
Input: the file named; standard input for "-", or when no file is named and standard input is a
pipe; else (on a terminal) the bundled text of A/RES/65/190.

Examples:
  $ unres parse A-RES-65-190.txt                  resolution text to JSON
  $ unres parse --format outline                  outline of the bundled A/RES/65/190
  $ pdftotext -enc UTF-8 A-RES-78-241.pdf - | unres parse --format md
  $ unres parse A-RES-73-3.txt --format akn > A-RES-73-3.xml
  $ unres parse A-RES-73-3.txt --diagnostics > /dev/null   doubts and skipped lines only`;

interface ParseOptions {
  format: OutputFormat;
  diagnostics?: boolean;
}

/**
 * Adds `unres parse [file|-]`: the text of a resolution to JSON, Akoma Ntoso, Markdown, text or an outline.
 *
 * @param program - the `unres` program
 * @param ctx - the outside world
 *
 * @example
 * ```ts
 * registerParse(program, ctx);
 * ```
 */
export function registerParse(program: Command, ctx: CliContext): void {
  program
    .command("parse")
    .summary("parse the text of a resolution (JSON by default)")
    .description(
      "Parse the text of a United Nations resolution (from pdftotext, OCR or Markdown) and print it as JSON, Akoma Ntoso, Markdown, plain text, or an outline.",
    )
    .argument("[file]", 'a text file, or "-" for standard input')
    .addOption(new Option("-f, --format <format>", "output format").choices(PARSE_FORMATS).default("json"))
    .option("--diagnostics", "print the parser's diagnostics and skipped spans to standard error")
    .addHelpText("after", EXAMPLES)
    .action(async (file: string | undefined, options: ParseOptions) => {
      const input = await readInput(ctx, file, true);
      let read: ReturnType<typeof readDocument>;
      try {
        read = readDocument(input.text, "text");
      } catch (error) {
        throw new FileError(input.name, error);
      }
      if (options.diagnostics) printDiagnostics(ctx.io, input.name, read.diagnostics, read.skipped);
      ctx.io.stdout.write(formatResolution(read.resolution, options.format));
    });
}
