import { withEllipsis } from "../text/ellipsis.js";
import { AkomaNtosoError } from "./errors.js";

/**
 * Line and column (both from 1) of an offset in a text: lines end at "\n" (so "\r\n" is one line
 * break), columns count UTF-16 code units.
 *
 * @param text - the text
 * @param offset - an offset into it, from 0
 * @returns the line and column of that offset
 *
 * @example
 * ```ts
 * lineColumn("<a>\n  <b>", 6); // { line: 2, column: 3 }
 * ```
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The `NOT_WELL_FORMED` error for a fault at `offset` of the XML, with its line and column.
 *
 * @param xml - the XML
 * @param offset - where the fault is, from 0
 * @param message - what was expected and what was found
 * @returns the error, to throw
 *
 * @example
 * ```ts
 * throw notWellFormed("<a>", 3, "expected </a> to close <a>, found the end of the XML"); // (1:4)
 * ```
 */
export function notWellFormed(xml: string, offset: number, message: string): AkomaNtosoError {
  return new AkomaNtosoError("NOT_WELL_FORMED", message, lineColumn(xml, offset));
}

/** Longest stretch of the XML quoted in a message. */
const QUOTED_LENGTH = 12;

/** Longest name or value quoted whole in a message; a longer one is cut, "…" marking the cut. */
const NAME_LENGTH = 40;

/**
 * A name or value from the XML (an element's name, a namespace), for a message: as it is, or its
 * first characters and "…" when it is longer than 40, so that a message quotes at most a short
 * excerpt of the input however long the name.
 *
 * @param text - the name or value
 * @returns the text, cut to at most 40 characters
 *
 * @example
 * ```ts
 * shortened("akomaNtoso"); // "akomaNtoso"
 * shortened("x".repeat(1000)).length; // 40
 * ```
 */
export function shortened(text: string): string {
  return withEllipsis(text, NAME_LENGTH);
}

/**
 * What stands at `offset`, for a message: a short quote of the XML there, or "the end of the XML".
 *
 * @param xml - the XML
 * @param offset - the offset, from 0
 * @returns e.g. `"</p> <p>"` (quoted) or `the end of the XML`
 *
 * @example
 * ```ts
 * foundAt("<a x=1>", 5); // '"1>"'
 * ```
 */
export function foundAt(xml: string, offset: number): string {
  if (offset >= xml.length) return "the end of the XML";
  return JSON.stringify(xml.slice(offset, offset + QUOTED_LENGTH));
}
