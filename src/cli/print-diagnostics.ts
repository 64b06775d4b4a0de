import type { Diagnostic, SkippedSpan } from "../parse/index.js";
import type { CliIo } from "./context.js";

/** Longest skipped text shown on one line; longer spans end with "…". */
const SHOWN_SKIPPED_LENGTH = 60;

/**
 * Writes the parser's diagnostics and skipped spans to standard error, one line each, compiler
 * style (`unres: file:line:column: warning: message [CODE]`, `unres: file:line:column: skipped: "text"`),
 * then a count.
 *
 * @param io - where to write
 * @param file - the name of the input
 * @param diagnostics - what the parser read but doubts
 * @param skipped - the spans that went into no field
 *
 * @example
 * ```ts
 * const result = safeParseResolution(text);
 * if (result.success) printDiagnostics(io, "A-RES-65-190.txt", result.diagnostics, result.skipped);
 * // unres: A-RES-65-190.txt:27:1: skipped: "т......п."
 * ```
 */
export function printDiagnostics(
  io: CliIo,
  file: string,
  diagnostics: readonly Diagnostic[],
  skipped: readonly SkippedSpan[],
): void {
  for (const d of diagnostics) {
    const at = d.position ? `:${d.position.start.line}:${d.position.start.column}` : "";
    io.stderr.write(`unres: ${file}${at}: warning: ${d.message} [${d.code}]\n`);
  }
  for (const s of skipped) {
    const text = s.text.length > SHOWN_SKIPPED_LENGTH ? `${s.text.slice(0, SHOWN_SKIPPED_LENGTH)}…` : s.text;
    io.stderr.write(
      `unres: ${file}:${s.position.start.line}:${s.position.start.column}: skipped: ${JSON.stringify(text)}\n`,
    );
  }
  io.stderr.write(
    `unres: ${file}: ${count(diagnostics.length, "diagnostic")}, ${count(skipped.length, "skipped span")}\n`,
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
