import { Resolution } from "../schemas/resolution.js";
import { findJsonSyntaxError, type JsonSyntaxError, lineColumn } from "./json-syntax.js";

/** One reason a value is not a valid resolution. */
export interface ValidationIssue {
  /** Where, as a dotted path from the resolution ("operative.3.text"), or "(root)". */
  path: string;
  /** What is wrong, as zod says it. */
  message: string;
}

/** What {@link validateResolutionJson} found. */
export type ValidationOutcome =
  | { kind: "valid"; resolution: Resolution }
  | { kind: "syntax"; error: JsonSyntaxError }
  | { kind: "invalid"; issues: ValidationIssue[] };

/** The byte order mark some editors put at the start of a UTF-8 file; JSON.parse refuses it. */
const BYTE_ORDER_MARK = /^\uFEFF/;
/** V8's "… in JSON at position 42": the offset of a syntax error, when V8 gives one. */
const V8_POSITION = / in JSON at position (\d+)/;

/**
 * Checks a JSON text against the {@link Resolution} schema (`Resolution.safeParse`): a syntax error
 * with its line and column, or every issue with its path, or the valid resolution.
 *
 * @param text - the JSON text
 * @returns what was found
 *
 * @example
 * ```ts
 * const outcome = validateResolutionJson('{"type": "resolution"}');
 * if (outcome.kind === "invalid") outcome.issues[0]; // { path: "symbol", message: "Invalid input: expected string, received undefined" }
 * ```
 */
export function validateResolutionJson(text: string): ValidationOutcome {
  const json = text.replace(BYTE_ORDER_MARK, "");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { kind: "syntax", error: findJsonSyntaxError(json) ?? v8SyntaxError(json, error) };
  }
  const result = Resolution.safeParse(value);
  if (result.success) return { kind: "valid", resolution: result.data };
  return {
    kind: "invalid",
    issues: result.error.issues.map((issue) => ({
      path: issue.path.length === 0 ? "(root)" : issue.path.map(String).join("."),
      message: issue.message,
    })),
  };
}

/** V8's own report, for the rare text it refuses and the scanner accepts. */
function v8SyntaxError(json: string, error: unknown): JsonSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const position = V8_POSITION.exec(message);
  const offset = position ? Number(position[1]) : 0;
  return { offset, ...lineColumn(json, offset), message: message.replace(V8_POSITION, "") };
}

/**
 * The lines `unres validate` prints for one file: `file: valid (A/RES/65/190)`,
 * `file:line:column: invalid JSON: message`, or one `file: path: message` per issue.
 *
 * @param file - the file as the user named it
 * @param outcome - what {@link validateResolutionJson} found
 * @returns the lines, without newlines
 *
 * @example
 * ```ts
 * formatValidation("a.json", { kind: "invalid", issues: [{ path: "operative.3.text", message: "Invalid input" }] });
 * // ["a.json: operative.3.text: Invalid input"]
 * ```
 */
export function formatValidation(file: string, outcome: ValidationOutcome): string[] {
  switch (outcome.kind) {
    case "valid":
      return [`${file}: valid (${outcome.resolution.symbol})`];
    case "syntax":
      return [`${file}:${outcome.error.line}:${outcome.error.column}: invalid JSON: ${outcome.error.message}`];
    case "invalid":
      return outcome.issues.map((issue) => `${file}: ${issue.path}: ${issue.message}`);
  }
}
