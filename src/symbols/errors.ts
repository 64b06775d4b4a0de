import { withEllipsis } from "../text/ellipsis.js";

/**
 * What went wrong when reading a document symbol.
 *
 * @example
 * ```ts
 * import { safeParseSymbol, type SymbolErrorCode } from "un-resolutions";
 *
 * const result = safeParseSymbol("65/190");
 * const code: SymbolErrorCode | undefined = result.success ? undefined : result.error.code;
 * ```
 */
export type SymbolErrorCode =
  | "empty"
  | "unexpected-character"
  | "bad-component"
  | "bad-number"
  | "bad-bracket"
  | "misplaced-suffix"
  | "missing-number"
  | "missing-series"
  | "too-many-joints";

/** Characters of the input a message shows on either side of the offset. */
const SHOWN_AROUND = 40;

/** Longest reason printed whole; a longer one (quoting a huge component) is cut, "…" marking the cut. */
const REASON_LENGTH = 160;

/**
 * A document symbol that could not be read: a `code`, a message saying what was expected and
 * what was found, and the `offset` (from 0) in the input where it went wrong.
 *
 * @example
 * ```ts
 * import { parseSymbol, SymbolParseError } from "un-resolutions";
 *
 * try {
 *   parseSymbol("A/65/ 209");
 * } catch (error) {
 *   if (error instanceof SymbolParseError) console.log(error.code, error.offset); // "unexpected-character" 5
 * }
 * ```
 *
 * Hint: `message` ends with the input and a caret under the offending character; of a long input
 * it shows 40 characters either side ("…" where it is cut), and `input` holds the whole.
 */
export class SymbolParseError extends Error {
  /** What went wrong. */
  readonly code: SymbolErrorCode;
  /** Offset into the input, from 0, where it went wrong. */
  readonly offset: number;
  /** The input that was being read. */
  readonly input: string;

  constructor(code: SymbolErrorCode, reason: string, input: string, offset: number) {
    // A message quotes at most a short excerpt of the input, however long the input.
    const from = Math.max(0, offset - SHOWN_AROUND);
    const to = Math.min(input.length, offset + SHOWN_AROUND + 1);
    const shown = `${from > 0 ? "…" : ""}${input.slice(from, to)}${to < input.length ? "…" : ""}`;
    const caret = " ".repeat(offset - from + (from > 0 ? 1 : 0));
    const why = withEllipsis(reason, REASON_LENGTH);
    super(`${why} (at offset ${String(offset)})\n  ${shown}\n  ${caret}^`);
    this.name = "SymbolParseError";
    this.code = code;
    this.offset = offset;
    this.input = input;
  }
}
