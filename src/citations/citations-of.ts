import type { Citation, Resolution, Subparagraph } from "../schemas/index.js";
import { findCitations } from "./find.js";

/**
 * A clause of a resolution, by its kind and number.
 *
 * @example
 * ```ts
 * import { A_RES_65_190, citationsOf } from "un-resolutions";
 *
 * for (const { citation, where } of citationsOf(A_RES_65_190)) {
 *   if (where.kind === "footnote") console.log(where.number, where.markedIn, citation.type);
 *   else console.log(where.kind, where.number, citation.type);
 * }
 * ```
 */
export interface ClausePlace {
  /** Which part of the resolution the clause is in. */
  kind: "preambular" | "operative";
  /** The clause's number: its place in the preamble, or the operative paragraph's number. */
  number: number;
}

/**
 * A footnote of a resolution, with the clauses whose text carries its marker.
 *
 * @example
 * ```ts
 * import { A_RES_65_190, citationsOf } from "un-resolutions";
 *
 * for (const { citation, where } of citationsOf(A_RES_65_190)) {
 *   if (where.kind === "footnote") console.log(where.number, where.markedIn, citation.type);
 *   else console.log(where.kind, where.number, citation.type);
 * }
 * ```
 */
export interface FootnotePlace {
  /** Always "footnote". */
  kind: "footnote";
  /** The footnote's number. */
  number: number;
  /** The clauses that carry the footnote's marker, in document order (a footnote may be marked twice). */
  markedIn: ClausePlace[];
}

/**
 * Where a citation stands in a resolution: a preambular or operative clause, or a footnote.
 *
 * @example
 * ```ts
 * import { A_RES_65_190, citationsOf } from "un-resolutions";
 *
 * for (const { citation, where } of citationsOf(A_RES_65_190)) {
 *   if (where.kind === "footnote") console.log(where.number, where.markedIn, citation.type);
 *   else console.log(where.kind, where.number, citation.type);
 * }
 * ```
 */
export type CitationPlace = ClausePlace | FootnotePlace;

/**
 * A citation together with where it stands: one edge of a citation graph.
 *
 * @example
 * ```ts
 * import { A_RES_65_190, citationsOf } from "un-resolutions";
 *
 * for (const { citation, where } of citationsOf(A_RES_65_190)) {
 *   if (where.kind === "footnote") console.log(where.number, where.markedIn, citation.type);
 *   else console.log(where.kind, where.number, citation.type);
 * }
 * ```
 */
export interface PlacedCitation {
  /** The citation, with its span into the text it was found in. */
  citation: Citation;
  /** Where it stands: a clause, or a footnote with the clauses that mark it. */
  where: CitationPlace;
}

/**
 * Every citation of a resolution with where it stands: its preambular and operative clauses in
 * order, then its footnotes in order of number. A footnote's place names the clauses that carry
 * its marker, so a treaty cited in footnote 1 of A/RES/65/190 is known to be cited from
 * preambular paragraph 2 and operative paragraph 2.
 *
 * @param resolution - A parsed resolution.
 * @returns The citations with their places, each citation as the model holds it (spans into the
 * clause's or footnote's `text`).
 *
 * @example
 * ```ts
 * import { citationsOf } from "un-resolutions";
 *
 * for (const { citation, where } of citationsOf(resolution)) {
 *   if (citation.type === "resolution") console.log(`${where.kind} ${where.number} cites ${citation.number}`);
 * }
 * ```
 *
 * Hint: a clause without a `citations` field has its citations found from its text with
 * {@link findCitations}; a footnote's `citations` are used as they are.
 */
export function citationsOf(resolution: Resolution): PlacedCitation[] {
  const placed: PlacedCitation[] = [];
  const marks = new Map<number, ClausePlace[]>();
  const mark = (number: number, place: ClausePlace) => {
    const list = marks.get(number) ?? [];
    if (!list.some((p) => p.kind === place.kind && p.number === place.number)) list.push(place);
    marks.set(number, list);
  };
  for (const clause of resolution.preamble) {
    const where: ClausePlace = { kind: "preambular", number: clause.number };
    for (const citation of clause.citations ?? findCitations(clause.text)) placed.push({ citation, where });
    for (const ref of clause.footnoteRefs) mark(ref.number, where);
  }
  for (const clause of resolution.operative) {
    const where: ClausePlace = { kind: "operative", number: clause.number };
    for (const citation of clause.citations ?? findCitations(clause.text)) placed.push({ citation, where });
    for (const ref of clause.footnoteRefs) mark(ref.number, where);
    for (const number of subparagraphMarks(clause.subparagraphs)) mark(number, where);
  }
  const footnotes = [...resolution.footnotes].sort((a, b) => a.number - b.number);
  for (const note of footnotes) {
    const where: FootnotePlace = { kind: "footnote", number: note.number, markedIn: marks.get(note.number) ?? [] };
    for (const citation of note.citations) placed.push({ citation, where });
  }
  return placed;
}

/** The footnote numbers marked in subparagraphs, at any depth. */
function subparagraphMarks(subparagraphs: readonly Subparagraph[]): number[] {
  return subparagraphs.flatMap((sub) => [
    ...sub.footnoteRefs.map((ref) => ref.number),
    ...subparagraphMarks(sub.subparagraphs),
  ]);
}
