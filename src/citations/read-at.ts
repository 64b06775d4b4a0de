import { isAsciiLetter } from "../text/ascii.js";

/**
 * Runs a sticky pattern at one offset of a text, leaving no state behind.
 *
 * @param pattern - A regular expression with the `y` (sticky) flag.
 * @param text - The text to read.
 * @param at - The offset where the match must begin.
 * @returns The match, or `null` when the pattern does not match exactly at `at`.
 *
 * @example
 * ```ts
 * const NUMBER = /\d+/y;
 * readAt(NUMBER, "vol. 96", 5)?.[0]; // "96"
 * ```
 *
 * Hint: internal helper of the citation recognizers; not exported from the package.
 */
export function readAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match;
}

/**
 * How long a sticky pattern's match at one offset of a text is, or -1 when it does not match there;
 * no match array is made (for finders that need only whether and how far it reaches).
 *
 * @param pattern - A regular expression with the `y` (sticky) flag.
 * @param text - The text to read.
 * @param at - The offset where the match must begin.
 * @returns The match's length, or -1.
 *
 * @example
 * ```ts
 * lengthAt(/s?\s/y, "Articles 41", 7); // 2
 * lengthAt(/,\s/y, "Ibid., vol. 96", 4); // -1
 * ```
 *
 * Hint: internal helper of the citation recognizers; leaves no state behind, like {@link readAt}.
 */
export function lengthAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  const length = pattern.test(text) ? pattern.lastIndex - at : -1;
  pattern.lastIndex = 0;
  return length;
}

/** Every match of a global pattern, with no state left behind (internal helper). */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  pattern.lastIndex = 0;
  return found;
}

/**
 * Whether an ASCII letter stands right before an offset of a text, as a word that must start
 * there after no letter needs ("ibid." inside "Ibidem" is not "Ibid.").
 *
 * @param text - The text.
 * @param at - The offset (0 to the text's length).
 * @returns Whether the code unit before `at` is A to Z or a to z; false at the text's start.
 *
 * @example
 * ```ts
 * letterBefore("Ibid., vol. 96", 0); // false
 * letterBefore("xIbid., vol. 96", 1); // true
 * ```
 *
 * Hint: internal helper of the citation recognizers. It never reads before the text (the place a
 * footnote's citation starts at): such a read gives NaN and, the first time, costs the optimized
 * code of its caller a deoptimization.
 */
export function letterBefore(text: string, at: number): boolean {
  return at > 0 && isAsciiLetter(text.charCodeAt(at - 1));
}
