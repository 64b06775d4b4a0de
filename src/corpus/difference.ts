import { normalizeForComparison } from "./similarity.js";

/**
 * Where two texts part: the excerpt of each around the part that differs.
 *
 * @example
 * ```ts
 * import type { TextDifference } from "un-resolutions";
 *
 * const difference: TextDifference = { offset: 9, left: "Welcomes the report", right: "Welcomes a report" };
 * ```
 */
export interface TextDifference {
  /** Offset, in the normalized texts, of the first character that differs. */
  offset: number;
  /** The differing part of the first text with some context, "…" where cut. */
  left: string;
  /** The differing part of the second text with some context, "…" where cut. */
  right: string;
}

/** Characters of common text shown before and after the differing part. */
const CONTEXT = 30;
/** Longest differing part shown; a longer one is cut in its middle. */
const LONGEST_PART = 160;

/**
 * Locates where two texts differ, after {@link normalizeForComparison}: the common prefix and the
 * common suffix are set aside, and what lies between is shown in each text with a little context.
 * Made to show a person, in a report, what a parser got wrong in a paragraph.
 *
 * @param left - one text (the parser's)
 * @param right - the other (the reference's)
 * @returns the place and the two excerpts, or `undefined` when the normalized texts are equal
 *
 * @example
 * ```ts
 * import { locateDifference } from "un-resolutions";
 *
 * locateDifference("Taking note of the report (5/2002/1005),", "Taking note of the report (S/2002/1005),");
 * // { offset: 27, left: "…ing note of the report (5/2002/1005),", right: "…ing note of the report (S/2002/1005)," }
 * ```
 *
 * Hint: when a paragraph is missing and its neighbour stands in its place, the two texts differ
 * throughout and the excerpts are simply the (cut) beginnings of both.
 */
export function locateDifference(left: string, right: string): TextDifference | undefined {
  const a = normalizeForComparison(left);
  const b = normalizeForComparison(right);
  if (a === b) return undefined;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  return { offset: prefix, left: excerpt(a, prefix, a.length - suffix), right: excerpt(b, prefix, b.length - suffix) };
}

/** `text[from, to)` with up to {@link CONTEXT} characters either side, cut with "…". */
function excerpt(text: string, from: number, to: number): string {
  const start = Math.max(0, from - CONTEXT);
  const end = Math.min(text.length, to + CONTEXT);
  let middle = text.slice(from, to);
  if (middle.length > LONGEST_PART) {
    const half = LONGEST_PART / 2;
    middle = `${middle.slice(0, half)}…${middle.slice(-half)}`;
  }
  return `${start > 0 ? "…" : ""}${text.slice(start, from)}${middle}${text.slice(to, end)}${end < text.length ? "…" : ""}`;
}
