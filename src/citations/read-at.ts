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
