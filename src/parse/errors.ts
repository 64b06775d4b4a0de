import type { Position } from "../schemas/position.js";

/**
 * What went wrong, as a stable code that programs can switch on.
 *
 * - `EMPTY_INPUT`: the text is empty or only white space.
 * - `NOT_A_RESOLUTION`: no enacting formula ("The General Assembly,") nor any paragraph was found.
 * - `NO_SYMBOL`: no document symbol and no resolution number from which to make one.
 * - `NO_ADOPTION_DATE`: no adoption date was found.
 * - `NO_PARAGRAPHS`: a formula was found but no paragraph after it (a truncated text).
 * - `INPUT_TOO_LARGE`: the text is longer than `maxLength`.
 * - `BINARY_INPUT`: the text holds NUL or other control bytes that text extraction never leaves.
 *
 * @example
 * ```ts
 * import { type ResolutionParseErrorCode, safeParseResolution } from "un-resolutions";
 *
 * const result = safeParseResolution("");
 * const code: ResolutionParseErrorCode | undefined = result.success ? undefined : result.error.code; // "EMPTY_INPUT"
 * ```
 */
export type ResolutionParseErrorCode =
  | "EMPTY_INPUT"
  | "NOT_A_RESOLUTION"
  | "NO_SYMBOL"
  | "NO_ADOPTION_DATE"
  | "NO_PARAGRAPHS"
  | "INPUT_TOO_LARGE"
  | "BINARY_INPUT";

/**
 * The error `parseResolution` throws: a code, a message that says what was expected and what was
 * found, and where (line and column from 1, offset from 0).
 *
 * @example
 * ```ts
 * import { parseResolution, ResolutionParseError } from "un-resolutions";
 *
 * try {
 *   parseResolution("Hello, world");
 * } catch (error) {
 *   if (error instanceof ResolutionParseError) console.error(error.code, `${error.line}:${error.column}`);
 * }
 * ```
 */
export class ResolutionParseError extends Error {
  /** The stable error code. */
  readonly code: ResolutionParseErrorCode;
  /** Line of the problem, from 1. */
  readonly line: number;
  /** Column of the problem, from 1. */
  readonly column: number;
  /** Offset of the problem, from 0. */
  readonly offset: number;

  /**
   * @param code - the stable error code
   * @param message - what was expected and what was found
   * @param where - the place in the source (defaults to its start)
   */
  constructor(
    code: ResolutionParseErrorCode,
    message: string,
    where: { line: number; column: number; offset: number } = { line: 1, column: 1, offset: 0 },
  ) {
    super(`${message} (${where.line}:${where.column})`);
    this.name = "ResolutionParseError";
    this.code = code;
    this.line = where.line;
    this.column = where.column;
    this.offset = where.offset;
  }
}

/**
 * What the parser could read but doubts, as a stable code.
 *
 * - `MISSING_PARAGRAPH_NUMBER`: an operative number was skipped ("4." after "2.").
 * - `REPEATED_PARAGRAPH_NUMBER`: an operative number came twice or went backwards.
 * - `MARKER_WITHOUT_FOOTNOTE`: a footnote marker whose footnote text was not found.
 * - `FOOTNOTE_NEVER_CITED`: a footnote text whose marker was not found in any paragraph.
 * - `HEADER_FACT_NOT_FOUND`: a header fact that a resolution usually states was not found.
 * - `SYMBOL_INFERRED`: the symbol was made from the resolution number, not read.
 * - `UNTERMINATED_PARAGRAPH`: the text ends inside a paragraph (it may be truncated).
 * - `DATE_CONFLICT`: the adoption date's year is not the year in the resolution number (OCR misread one).
 *
 * @example
 * ```ts
 * import { type DiagnosticCode, safeParseResolution } from "un-resolutions";
 *
 * const result = safeParseResolution(text);
 * const codes: DiagnosticCode[] = result.success ? result.diagnostics.map((d) => d.code) : [];
 * ```
 */
export type DiagnosticCode =
  | "MISSING_PARAGRAPH_NUMBER"
  | "REPEATED_PARAGRAPH_NUMBER"
  | "MARKER_WITHOUT_FOOTNOTE"
  | "FOOTNOTE_NEVER_CITED"
  | "HEADER_FACT_NOT_FOUND"
  | "SYMBOL_INFERRED"
  | "UNTERMINATED_PARAGRAPH"
  | "DATE_CONFLICT";

/**
 * A doubt the parser reports instead of failing: a code, a message and, where known, a position.
 *
 * @example
 * ```ts
 * import { safeParseResolution } from "un-resolutions";
 *
 * const result = safeParseResolution(text);
 * if (result.success) for (const d of result.diagnostics) console.warn(d.code, d.message);
 * ```
 */
export interface Diagnostic {
  /** The stable diagnostic code. */
  code: DiagnosticCode;
  /** What was expected and what was found. */
  message: string;
  /** Where, when the doubt concerns one place. */
  position?: Position;
}
