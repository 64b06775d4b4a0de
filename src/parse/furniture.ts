import { isAsciiDigit, isAsciiLetter } from "../text/ascii.js";
import type { Line } from "./lines.js";

/**
 * A job-number footer of an official document: "23-26252 (E)", with the date code and page that
 * -layout mode puts on the same line ("18-16895 (E) 241018", "18-16895 5/10").
 */
const JOB_NUMBER = /^\d{2}-\d{5}(?: ?\([A-Z]\))?(?: \d{6})?(?: \d{1,3}\/\d{1,3})?$/;

/** The same footer with the page first, as on even pages in -layout mode: "2/4 24-24617". */
const PAGE_THEN_JOB = /^\d{1,3}\/\d{1,3} \d{2}-\d{5}(?: ?\([A-Z]\))?$/;

/** The bar code under the job number, as printed: "*2326252*" (read from the raw line). */
const BAR_CODE = /^\*\d{7,8}\*$/;

/** The six-digit date code beside the job number ("100124"). */
const DATE_CODE = /^\d{6}$/;

/** A page number in "page/pages" form ("2/2", "5/10"). */
const PAGE_OF_PAGES = /^\d{1,3}\/\d{1,3}$/;

/** A letter of any script, for telling words from page artifacts ("т......п.", "."). */
const LETTER = /^\p{L}$/u;

/** A digit, for telling numbers from page artifacts. */
const DIGIT = /\d/;

/**
 * Whether a line is page furniture whatever its context: job numbers, bar codes, date codes and
 * "page/pages" numbers.
 */
export function isFixedFurniture(line: Line): boolean {
  const text = line.content.text;
  // Every footer starts with a digit, or with the bar code's asterisk.
  const first = text.charCodeAt(0);
  if (!isAsciiDigit(first) && line.raw.charCodeAt(0) !== 0x2a) return false;
  return (
    JOB_NUMBER.test(text) ||
    PAGE_THEN_JOB.test(text) ||
    BAR_CODE.test(line.raw) ||
    DATE_CODE.test(text) ||
    PAGE_OF_PAGES.test(text)
  );
}

/**
 * Whether a line is a page artifact: fewer than three letters and no digit ("т......п.", a lone
 * ".", a stray dash). Paragraph numbers ("1.") and labels ("(a)") have digits or are checked first.
 */
export function isArtifact(line: Line): boolean {
  const text = line.content.text;
  if (text === "") return false;
  // Letters first: a line of words has three within its first few characters, and the search for
  // a digit (through the whole line) is left for the short lines that might be artifacts.
  let letters = 0;
  for (let i = 0; i < text.length && letters < 3; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c) || (c > 0x7f && LETTER.test(text[i] as string))) letters++;
  }
  return letters < 3 && !DIGIT.test(text);
}

/** The longest title searched for running heads, in characters (UN titles are under 300). */
const MAX_TITLE = 600;

/** Folds a line for comparison with running heads: lower case, single spaces, no quotes. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"'’‘]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Whether a line is a running head: the symbol alone, or beside a line of the short title (-layout),
 * or a piece of the title on a page after the first.
 *
 * @param line - the line
 * @param symbol - the resolution's symbol, as read from the header
 * @param foldedTitle - the title, folded
 */
export function isRunningHead(line: Line, symbol: string | undefined, foldedTitle: string | undefined): boolean {
  const text = line.content.text;
  if (symbol && (text === symbol || text.startsWith(`${symbol} `) || text.endsWith(` ${symbol}`))) return true;
  // A running head is a line of the title: never longer than the title, and titles are short, so
  // the search is bounded by MAX_TITLE whatever the input.
  if (line.page > 1 && foldedTitle && text.length >= 8 && text.length <= foldedTitle.length + 8) {
    const folded = fold(text);
    return foldedTitle.slice(0, MAX_TITLE).includes(folded);
  }
  return false;
}
