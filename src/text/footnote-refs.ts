import type { FootnoteRef } from "../schemas/footnote.js";

/**
 * The refs with `from <= offset <= to`, from refs sorted by offset: the first is found by binary
 * search, so cutting a clause's refs into its parts costs what the parts hold, not all the refs
 * each time.
 *
 * @param sorted - footnote refs, sorted by offset
 * @param from - the first offset kept
 * @param to - the last offset kept (inclusive)
 * @returns the refs kept (the same objects), in the order given
 *
 * @example
 * ```ts
 * refsBetween([{ number: 1, offset: 3 }, { number: 2, offset: 9 }], 5, 9); // [{ number: 2, offset: 9 }]
 * ```
 *
 * Hint: internal to the parser and the writers; not exported from the package.
 */
export function refsBetween(sorted: readonly FootnoteRef[], from: number, to: number): FootnoteRef[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as FootnoteRef).offset < from) low = mid + 1;
    else high = mid;
  }
  const out: FootnoteRef[] = [];
  for (let i = low; i < sorted.length && (sorted[i] as FootnoteRef).offset <= to; i++)
    out.push(sorted[i] as FootnoteRef);
  return out;
}
