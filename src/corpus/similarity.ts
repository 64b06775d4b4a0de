/**
 * White space of any kind, runs of it: spaces, tabs, line breaks, no-break spaces (`\s` in
 * JavaScript covers U+00A0 and the other Unicode spaces). A plain character class with one
 * quantifier: it cannot backtrack.
 */
const WHITE_SPACE_RUN = /\s+/g;

/**
 * U+2011 NON-BREAKING HYPHEN. The UN's XML writes "non‑State" with it where the PDF's text shows a
 * plain hyphen; it is the same character to a reader. Other dashes (en dash, em dash) differ in
 * print and are compared as they are.
 */
const NON_BREAKING_HYPHEN = /\u2011/g;

/**
 * Normalizes a paragraph's text for comparison: every run of white space (line breaks, tabs,
 * no-break spaces included) becomes one space, the ends are trimmed, and U+2011 NON-BREAKING
 * HYPHEN becomes "-". Nothing else changes: case, quotes, dashes, ligatures and punctuation are
 * compared as they are, so a parser that leaves "ﬁ" or a stray footnote digit is not excused.
 *
 * @param text - a paragraph's text
 * @returns the text as compared by {@link textSimilarity}
 *
 * @example
 * ```ts
 * import { normalizeForComparison } from "un-resolutions";
 *
 * normalizeForComparison("  Affirming\nthat  non\u2011State actors ");
 * // "Affirming that non-State actors"
 * ```
 */
export function normalizeForComparison(text: string): string {
  return text.replace(WHITE_SPACE_RUN, " ").trim().replace(NON_BREAKING_HYPHEN, "-");
}

/**
 * The Levenshtein distance between two strings: the fewest insertions, deletions and
 * substitutions of one UTF-16 code unit that turn `a` into `b`.
 *
 * Cost: the common prefix and suffix are stripped first (linear), then the classic dynamic
 * programme runs on what is left, one row at a time: O(n·m) time and O(min(n, m)) memory.
 *
 * @param a - one string
 * @param b - the other
 * @returns the distance, from 0 (equal) to `max(a.length, b.length)`
 *
 * @example
 * ```ts
 * import { editDistance } from "un-resolutions";
 *
 * editDistance("kitten", "sitting"); // 3
 * ```
 *
 * Hint: code units, not code points: a character outside the Basic Multilingual Plane counts as two.
 */
export function editDistance(a: string, b: string): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  // The shorter string indexes the row, so memory is linear in the shorter one.
  const [long, longStart, longEnd, short, shortStart, shortEnd] =
    endA - start >= endB - start ? [a, start, endA, b, start, endB] : [b, start, endB, a, start, endA];
  const width = shortEnd - shortStart;
  if (width === 0) return longEnd - longStart;
  const row = new Uint32Array(width + 1);
  for (let j = 0; j <= width; j++) row[j] = j;
  for (let i = longStart; i < longEnd; i++) {
    const code = long.charCodeAt(i);
    let diagonal = row[0] as number; // the cell above-left of the one being computed
    row[0] = diagonal + 1;
    for (let j = 1; j <= width; j++) {
      const above = row[j] as number;
      const substitution = diagonal + (short.charCodeAt(shortStart + j - 1) === code ? 0 : 1);
      const deletion = above + 1;
      const insertion = (row[j - 1] as number) + 1;
      row[j] = Math.min(substitution, deletion, insertion);
      diagonal = above;
    }
  }
  return row[width] as number;
}

/**
 * How alike two paragraph texts are, from 0 (nothing in common) to 1 (the same): one minus the
 * {@link editDistance} of the {@link normalizeForComparison normalized} texts divided by the
 * length of the longer one. Two empty texts are the same (1); an empty text and a non-empty one
 * have nothing in common (0).
 *
 * @param a - one paragraph's text
 * @param b - the other's
 * @returns a number in [0, 1]; symmetric; 1 exactly when the normalized texts are equal
 *
 * @example
 * ```ts
 * import { textSimilarity } from "un-resolutions";
 *
 * textSimilarity("Decides to remain seized of the matter.", "Decides to remain\nseized of the matter.");
 * // 1
 * textSimilarity("Welcomes the report", "We1comes the report"); // 0.947… (1 - 1/19)
 * ```
 *
 * Hint: paragraphs are compared in O(n·m) time and linear memory; two paragraphs of 10,000
 * characters that differ throughout take a noticeable fraction of a second.
 */
export function textSimilarity(a: string, b: string): number {
  const left = normalizeForComparison(a);
  const right = normalizeForComparison(b);
  const longest = Math.max(left.length, right.length);
  if (longest === 0) return 1;
  return 1 - editDistance(left, right) / longest;
}
