import { readAt } from "../citations/read-at.js";

/** A series at the head of a symbol: 1-8 capital letters and a slash ("A/", "S/", "CEDAW/"). */
const SERIES_HEAD = /[A-Z]{1,8}\//y;
/** One slash-separated component: letters, digits, dots and hyphens ("C.3", "CN.6", "ES-11", "Corr.1"). */
const COMPONENT = /[A-Za-z0-9.-]{1,40}/y;
/** A Security Council year after a resolution symbol: " (2016)" in "S/RES/2334 (2016)". */
const YEAR_SUFFIX = / \((?:19|20)\d\d\)/y;
/** A part, volume or section: " (Part II)" in "A/65/456/Add.2 (Part II)", " (Parts I and II)", " (Vol. I)", " (Sect. 29)". */
const PART_SUFFIX = / \((?:Parts? [IVX0-9]{1,6}(?: and [IVX]{1,6})?|Vol\. [IVX0-9]{1,6}|Sect\. \d{1,2})\)/y;
/** A letter suffix of a resolution: " B" in "A/RES/75/242 B", never the start of a word ("A/RES/75/1 And"). */
const LETTER_SUFFIX = / [A-Z](?![A-Za-z0-9])/y;
/** A modifier after a bracketed part: "/Corr.2" in "NPT/CONF.1995/32 (Part I)/Corr.2". */
const SLASH_MODIFIER = /\/(?:Add|Corr|Rev|Amend)\.\d{1,3}(?!\d)/y;
/** A character that may not stand right before a symbol (it would be inside another token). */
const TOKEN_CHAR = /[A-Za-z0-9/.-]/;
/** A digit. */
const DIGIT = /[0-9]/;

/**
 * Reads the United Nations document symbol that starts at `at`, if one does: a series of capital
 * letters, then slash-separated components, one at least with a digit ("A/65/209", "E/CN.6/2010/2",
 * "S/RES/2334 (2016)", "A/RES/75/242 B", "A/65/456/Add.2 (Part II)").
 *
 * @param text - The text to read.
 * @param at - Where the symbol would start.
 * @returns The offset just after the symbol (a final full stop left out), or `undefined`.
 *
 * @example
 * ```ts
 * scanSymbol("(see A/C.3/55/3, annex)", 5); // 15, just after "A/C.3/55/3"
 * ```
 *
 * Hint: lexical only. It does not check the series is real; {@link parseSymbol} does the grammar.
 */
export function scanSymbol(text: string, at: number): number | undefined {
  if (at > 0 && TOKEN_CHAR.test(text.charAt(at - 1))) return undefined;
  const head = readAt(SERIES_HEAD, text, at);
  if (head === null) return undefined;
  let end = at + head[0].length - 1;
  let components = 0;
  let hasDigit = false;
  // A slash within the text (a read past its end deoptimizes the caller while the parse warms up).
  while (end < text.length && text.charCodeAt(end) === 0x2f) {
    const component = readAt(COMPONENT, text, end + 1);
    if (component === null) break;
    components += 1;
    hasDigit ||= DIGIT.test(component[0]);
    end += 1 + component[0].length;
  }
  while (end > at && (text.charAt(end - 1) === "." || text.charAt(end - 1) === "-")) end -= 1;
  if (components === 0 || !hasDigit) return undefined;
  return withSuffixes(text, at, end);
}

function withSuffixes(text: string, at: number, end: number): number {
  const symbol = text.slice(at, end);
  let stop = end;
  if (symbol.startsWith("S/RES/")) stop += readAt(YEAR_SUFFIX, text, stop)?.[0].length ?? 0;
  else if (symbol.includes("/RES/")) stop += readAt(LETTER_SUFFIX, text, stop)?.[0].length ?? 0;
  for (let part = readAt(PART_SUFFIX, text, stop); part !== null; part = readAt(PART_SUFFIX, text, stop)) {
    stop += part[0].length;
    for (
      let modifier = readAt(SLASH_MODIFIER, text, stop);
      modifier !== null;
      modifier = readAt(SLASH_MODIFIER, text, stop)
    ) {
      stop += modifier[0].length;
    }
  }
  return stop;
}
