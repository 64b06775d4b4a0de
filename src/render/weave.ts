import type { FootnoteRef } from "../schemas/footnote.js";

/** Something to put into a text at an offset: a footnote marker, an emphasis mark. */
export interface Insertion {
  readonly offset: number;
  readonly text: string;
}

/**
 * Weaves insertions into a text at their offsets, escaping the text between them (not the
 * insertions) with `escapeRun`.
 *
 * Guarantees: the text between insertions is unchanged but for `escapeRun`; insertions at one offset
 * keep their order; an insertion past the end of the text goes at its end.
 *
 * @param text - the text
 * @param insertions - what to insert, offsets into `text`
 * @param escapeRun - how to escape a run of the text (none by default)
 * @returns the woven text
 */
export function weave(
  text: string,
  insertions: readonly Insertion[],
  escapeRun: (run: string) => string = (run) => run,
): string {
  const sorted = insertions
    .map((insertion, index) => ({ insertion, index }))
    .sort((a, b) => a.insertion.offset - b.insertion.offset || a.index - b.index);
  let out = "";
  let at = 0;
  for (const { insertion } of sorted) {
    const offset = Math.min(Math.max(insertion.offset, at), text.length);
    out += escapeRun(text.slice(at, offset)) + insertion.text;
    at = offset;
  }
  return out + escapeRun(text.slice(at));
}

/** Footnote refs as insertions, each written by `mark`. */
export function markers(refs: readonly FootnoteRef[], mark: (number: number) => string): Insertion[] {
  return refs.map((ref) => ({ offset: ref.offset, text: mark(ref.number) }));
}

/** The emphasis marks around a phrase that opens a text, when it does open it. */
export function emphasis(text: string, phrase: string, mark: string): Insertion[] {
  if (!phrase || !text.startsWith(phrase)) return [];
  return [
    { offset: 0, text: mark },
    { offset: phrase.length, text: mark },
  ];
}
