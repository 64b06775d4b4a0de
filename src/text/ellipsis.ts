/**
 * `text` as it is when it holds at most `max` code units, else its first `max - 1` and "…": a name,
 * a reason or a footnote quoted in a message or a summary stays short however long it is.
 *
 * @param text - the text
 * @param max - the most code units the result holds (the "…" included), at least 1
 * @returns the text, cut to at most `max` code units
 *
 * @example
 * ```ts
 * withEllipsis("akomaNtoso", 40); // "akomaNtoso"
 * withEllipsis("Official Records of the General Assembly", 10); // "Official …"
 * ```
 */
export function withEllipsis(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
