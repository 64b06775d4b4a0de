import type { PublicationReference } from "../schemas/citation.js";
import type { Found } from "./draft.js";
import { allMatches } from "./read-at.js";

/**
 * A United Nations sales number: "Sales No. E.96.IV.13", "Sales No. E.05.II.A.2", "Sales No.
 * 86.IV.1" (language letter optional). The number must end in digits, so the sentence's full stop
 * is not taken into it.
 */
const SALES_NUMBER = /(?<![A-Za-z])Sales\sNo\.\s((?:[A-Z]{1,2}\.)?\d{2}\.[IVX]{1,5}(?:\.[A-Z])?\.\d{1,3})(?![\d.])/g;
/** "(United Nations publication, " right before the sales number: the title stands before it. */
const PUBLICATION_BRACKET = "(United Nations publication, ";
/** A leading "See " or "See also " before a title, which is not part of it. */
const SEE = /^(?:[Ss]ee\s(?:also\s)?)/;
/** Where a title cannot begin before: the end of a previous clause or citation. */
const TITLE_BOUNDARIES: readonly string[] = ["; ", ". ", ") "];

/**
 * Finds United Nations publications cited by sales number, with the title that stands before
 * "(United Nations publication, Sales No. …)" when the text gives one.
 *
 * @param text - The text to search.
 * @returns The finds, in order; the span covers "Sales No. …".
 *
 * @example
 * ```ts
 * findPublications("Report (United Nations publication, Sales No. E.96.IV.13), chap. I.")[0]?.drafts[0]?.citation;
 * // { type: "publication", salesNumber: "E.96.IV.13", title: "Report", span: { start: 36, end: 56 } }
 * ```
 *
 * Hint: the title is read back to the start of the text, a "; ", ". " or ") "; a leading "See "
 * is dropped.
 */
export function findPublications(text: string): Found[] {
  // Every sales number follows "Sales": a text without it is not scanned.
  if (!text.includes("Sales")) return [];
  return allMatches(SALES_NUMBER, text).map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const title = titleBefore(text, start);
    const citation: PublicationReference = {
      type: "publication",
      salesNumber: match[1] ?? "",
      ...(title === undefined ? {} : { title }),
      span: { start, end },
    };
    return { start, end, drafts: [{ citation }] };
  });
}

function titleBefore(text: string, salesStart: number): string | undefined {
  const bracketStart = salesStart - PUBLICATION_BRACKET.length;
  if (bracketStart < 0 || text.slice(bracketStart, salesStart) !== PUBLICATION_BRACKET) return undefined;
  const before = text.slice(0, bracketStart).trimEnd();
  const from = Math.max(
    0,
    ...TITLE_BOUNDARIES.map((boundary) => {
      const at = before.lastIndexOf(boundary);
      return at < 0 ? 0 : at + boundary.length;
    }),
  );
  const title = before.slice(from).replace(SEE, "").trim();
  return title.length > 0 && title.length <= 300 ? title : undefined;
}
