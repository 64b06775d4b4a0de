import { readFileSync } from "node:fs";
import { describeError } from "../describe-error.js";
import { readDocument } from "../read-document.js";
import type { BatchOutcome, BatchTask, OutputStyle } from "./tasks.js";

/**
 * Converts one document of a batch: reads it, parses the text or reads the Akoma Ntoso, and
 * returns the JSON to write, or the error. It never throws, so one bad file never stops a batch;
 * it runs the same in the main thread (`--jobs 1`) and in a worker, so the output is the same
 * whatever the number of jobs.
 *
 * @param task - the document
 * @param style - `file`: the resolution indented by two spaces, as `unres parse` prints it;
 *   `jsonl`: one line `{"file", "kind", "resolution"}`
 * @param debug - whether to keep the stack of an error
 * @returns what came of it
 *
 * @example
 * ```ts
 * const outcome = convertFile({ index: 0, path: "/corpus/akn/ga/A-RES-75-10.xml", file: "ga/A-RES-75-10.xml", kind: "akn" }, "file", false);
 * if (outcome.ok) writeFileSync("A-RES-75-10.json", outcome.output);
 * ```
 */
export function convertFile(task: BatchTask, style: OutputStyle, debug: boolean): BatchOutcome {
  const { index, file, kind } = task;
  try {
    const { resolution } = readDocument(readFileSync(task.path, "utf8"), kind);
    const output =
      style === "file" ? `${JSON.stringify(resolution, null, 2)}\n` : `${JSON.stringify({ file, kind, resolution })}\n`;
    return { index, file, kind, ok: true, output };
  } catch (error) {
    const outcome: BatchOutcome = { index, file, kind, ok: false, error: describeError(error) };
    if (debug && error instanceof Error && error.stack) outcome.stack = error.stack;
    return outcome;
  }
}

/**
 * The JSONL record of a failed document: `{"file", "kind", "error": {"code", "message", "line", "column"}}`.
 *
 * @param outcome - a failed outcome
 * @returns the line, with its newline
 *
 * @example
 * ```ts
 * failureRecord(outcome); // '{"file":"sc-ocr/S-RES-4.txt","kind":"text","error":{"code":"NOT_A_RESOLUTION",…}}\n'
 * ```
 */
export function failureRecord(outcome: Extract<BatchOutcome, { ok: false }>): string {
  const { code, message, line, column } = outcome.error;
  return `${JSON.stringify({ file: outcome.file, kind: outcome.kind, error: { code, message, line, column } })}\n`;
}
