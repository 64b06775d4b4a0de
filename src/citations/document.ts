import type { DocumentReference } from "../schemas/citation.js";
import { safeParseSymbol } from "../symbols/parse.js";
import { scanSymbol } from "../symbols/scan.js";
import { isAsciiDigit, isAsciiLetter } from "../text/ascii.js";
import type { Draft, Found } from "./draft.js";
import { lengthAt, readAt } from "./read-at.js";

/** Any whitespace character, to write a line break inside a number or symbol as one space. */
const ANY_WHITESPACE = /\s/g;
/** The longest series before a symbol's first slash ("A", "E", "UNEP", "CEDAW"), in capital letters. */
const MAX_SERIES = 8;
/** A modifier joined by "and": " and Corr.1", " and Add.2", " and Rev.1". */
const AND_MODIFIER = /\sand\s(Corr|Add|Rev)\.(\d{1,3})(?![\d.])/y;
/** A further number of the same modifier: " and 2" in "Corr.1 and 2". */
const AND_NUMBER = /\sand\s(\d{1,3})(?![\d./])/y;
/**
 * The head of a symbol of the plainest shapes, which {@link safeParseSymbol} always reads: a
 * series, a session or year maybe, and a number: "S/1234", "S/1995/123", "A/65/209" (most symbols
 * an Official Records or Security Council text cites). Tried where {@link scanSymbol} found a
 * symbol; only a head and {@link PLAIN_MODIFIER}s as long as that symbol count, so "S/1234 (1979)"
 * or "E/CN.6/2010/2" are left to the full parse.
 */
const PLAIN_HEAD = /[A-Z]{1,8}(?:\/\d{1,4})?\/\d{1,5}/y;
/** A modifier after a plain head: "/Add.1" in "A/65/209/Add.1", "/Rev.2", "/Corr.1", "/Amend.1". */
const PLAIN_MODIFIER = /\/(?:Add|Corr|Rev|Amend)\.\d{1,3}/y;
/** The most modifiers a plain symbol has. */
const MAX_PLAIN_MODIFIERS = 3;
/** ", annex" after a symbol, never ", annexes". */
const ANNEX = /,\sannex(?![A-Za-z])/y;

/**
 * Finds document symbols cited on their own: "A/65/209", "(A/65/449)", "A/C.3/55/3, annex", and
 * "A/65/53 and Corr.1", which cites two documents, "A/65/53" and "A/65/53/Corr.1".
 *
 * @param text - The text to search.
 * @returns The finds, in order; one draft per document.
 *
 * @example
 * ```ts
 * findDocuments("A/65/209.")[0]?.drafts[0]?.citation;
 * // { type: "document", symbol: "A/65/209", span: { start: 0, end: 8 } }
 * ```
 *
 * Hint: a corrigendum or addendum joined by "and" becomes its own citation whose symbol is the
 * full one ("A/65/53/Corr.1") and whose span covers only "Corr.1".
 */
export function findDocuments(text: string): Found[] {
  const found: Found[] = [];
  for (const start of symbolStarts(text)) {
    const one = readDocuments(text, start);
    if (one !== undefined) found.push(one);
  }
  return found;
}

/**
 * Where document symbols may begin: one to {@link MAX_SERIES} capital letters and a slash, after
 * anything that cannot be part of a token (so the "C" of "A/C.3" or the "S" of "HIV/S" is not
 * taken for a fresh symbol). Found from each slash, back over the capitals before it.
 *
 * @param text - The text to search.
 * @returns The offsets, in order.
 *
 * @example
 * ```ts
 * symbolStarts("(A/65/209 and A/C.3/55/3)"); // [1, 14]
 * ```
 */
export function symbolStarts(text: string): number[] {
  const starts: number[] = [];
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    let start = slash;
    while (start > 0 && isCapital(text.charCodeAt(start - 1))) start -= 1;
    if (start < slash && slash - start <= MAX_SERIES && (start === 0 || !continuesToken(text.charCodeAt(start - 1))))
      starts.push(start);
  }
  return starts;
}

/** Whether a code unit is a capital ASCII letter. */
function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Whether a code unit can be part of a token a symbol would continue: a letter, a digit, "/", "." or "-" (NaN, before the text, cannot). */
function continuesToken(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 0x2f || code === 0x2e || code === 0x2d;
}

/**
 * Reads one symbol at `at` and the modifiers joined to it ("and Corr.1", "and Corr.1 and 2").
 *
 * @param text - The text.
 * @param at - Where the symbol starts.
 * @returns The symbols with their spans and where the group ends, or `undefined`.
 *
 * @example
 * ```ts
 * readSymbolGroup("A/65/53 and Corr.1)", 0)?.symbols.map((s) => s.symbol); // ["A/65/53", "A/65/53/Corr.1"]
 * ```
 */
export function readSymbolGroup(
  text: string,
  at: number,
): { symbols: Array<{ symbol: string; start: number; end: number }>; end: number } | undefined {
  const symbolEnd = scanSymbol(text, at);
  if (symbolEnd === undefined) return undefined;
  let base = text.slice(at, symbolEnd);
  // A plain symbol holds no white space and always parses: the full parse is for the others.
  if (!isPlainSymbolAt(text, at, symbolEnd)) {
    if (!safeParseSymbol(base).success) return undefined;
    base = base.replace(ANY_WHITESPACE, " ");
  }
  const symbols = [{ symbol: base, start: at, end: symbolEnd }];
  let end = symbolEnd;
  for (let modifier = readAt(AND_MODIFIER, text, end); modifier !== null; modifier = readAt(AND_MODIFIER, text, end)) {
    const name = modifier[1] ?? "";
    const start = end + modifier[0].length - name.length - 1 - (modifier[2] ?? "").length;
    end += modifier[0].length;
    symbols.push({ symbol: `${base}/${name}.${modifier[2] ?? ""}`, start, end });
    for (let more = readAt(AND_NUMBER, text, end); more !== null; more = readAt(AND_NUMBER, text, end)) {
      const number = more[1] ?? "";
      symbols.push({
        symbol: `${base}/${name}.${number}`,
        start: end + more[0].length - number.length,
        end: end + more[0].length,
      });
      end += more[0].length;
    }
  }
  return { symbols, end };
}

/**
 * Whether the symbol from `at` to `end` of a text has one of the plainest shapes
 * ({@link PLAIN_HEAD}, then up to three {@link PLAIN_MODIFIER}s), which the full parse always
 * reads: a fast path that never says yes to a symbol {@link safeParseSymbol} refuses, and says no
 * to every shape it does not know.
 *
 * @param text - The text.
 * @param at - Where the symbol starts.
 * @param end - Where it ends, as {@link scanSymbol} gives it.
 * @returns Whether it is plain.
 *
 * @example
 * ```ts
 * isPlainSymbolAt("(S/1234).", 1, 7); // true
 * isPlainSymbolAt("S/RES/242 (1967)", 0, 16); // false (parsed in full)
 * ```
 */
export function isPlainSymbolAt(text: string, at: number, end: number): boolean {
  const head = lengthAt(PLAIN_HEAD, text, at);
  if (head < 0) return false;
  let cursor = at + head;
  for (let count = 0; count < MAX_PLAIN_MODIFIERS && cursor < end; count += 1) {
    const modifier = lengthAt(PLAIN_MODIFIER, text, cursor);
    if (modifier < 0) break;
    cursor += modifier;
  }
  return cursor === end;
}

function readDocuments(text: string, at: number): Found | undefined {
  const group = readSymbolGroup(text, at);
  if (group === undefined) return undefined;
  const annex = readAt(ANNEX, text, group.end);
  const end = group.end + (annex === null ? 0 : annex[0].length);
  // Pushed one by one, as every recognizer makes its drafts (an array from Array.prototype.map
  // reached findDrafts with an elements kind its optimized code had not seen).
  const drafts: Draft[] = [];
  for (let i = 0; i < group.symbols.length; i += 1) {
    const s = group.symbols[i] as { symbol: string; start: number; end: number };
    const last = i === group.symbols.length - 1;
    const span = { start: s.start, end: last ? end : s.end };
    // Two literals, one per shape: a conditional spread costs about six times as much, and adding
    // keys one by one made objects slower to use later (measured on the seed).
    const citation: DocumentReference =
      last && annex !== null
        ? { type: "document", symbol: s.symbol, annex: true, span }
        : { type: "document", symbol: s.symbol, span };
    drafts.push({ citation });
  }
  return { start: at, end, drafts };
}
