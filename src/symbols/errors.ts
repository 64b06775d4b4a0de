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
 * Hint: `message` ends with the input and a caret under the offending character.
 */
export class SymbolParseError extends Error {
  /** What went wrong. */
  readonly code: SymbolErrorCode;
  /** Offset into the input, from 0, where it went wrong. */
  readonly offset: number;
  /** The input that was being read. */
  readonly input: string;

  constructor(code: SymbolErrorCode, reason: string, input: string, offset: number) {
    super(`${reason} (at offset ${String(offset)})\n  ${input}\n  ${" ".repeat(offset)}^`);
    this.name = "SymbolParseError";
    this.code = code;
    this.offset = offset;
    this.input = input;
  }
}
