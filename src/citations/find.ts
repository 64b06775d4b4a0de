import type { Citation } from "../schemas/citation.js";
import { findCharterArticles } from "./charter.js";
import { findDocuments } from "./document.js";
import type { Draft, Found } from "./draft.js";
import { findOfficialRecords } from "./official-records.js";
import { findPublications } from "./publication.js";
import { findResolutions } from "./resolution.js";
import { findTreaties } from "./treaty.js";

/**
 * The recognizers, most specific first: where two finds start at the same offset and are as
 * long, the earlier recognizer wins.
 *
 * @example
 * ```ts
 * RECOGNIZERS.flatMap((find) => find("resolution 64/293")).length; // 1
 * ```
 *
 * Hint: internal to {@link findDrafts} and its tests; not exported from the package.
 */
export const RECOGNIZERS: ReadonlyArray<(text: string) => Found[]> = [
  findTreaties,
  findOfficialRecords,
  findPublications,
  findResolutions,
  findCharterArticles,
  findDocuments,
];

/**
 * What every citation the recognizers find holds: a digit (a treaty's volume, a resolution's or an
 * Article's number, a sales number), a slash (a document symbol), or the head of Official Records,
 * which may name a session in words alone ("Official Records of the General Assembly, Fifty-fifth
 * Session", "Ibid., Sixty-fifth Session"). One scan tells a text with none, which cites nothing.
 */
const CITATION_TRACE = /[0-9/]|Official Records of the |bid\./;

/**
 * Every citation draft in a text, unresolved "Ibid." parts included (the first stage of
 * {@link findCitations} and {@link citeFootnotes}).
 *
 * Guarantees: drafts are in text order; their spans lie inside `text` and never overlap (of two
 * overlapping finds, the one that starts first, then the longer, is kept).
 *
 * @param text - The text to search.
 * @returns The drafts, in order.
 *
 * @example
 * ```ts
 * findDrafts("Ibid., Sixty-fifth Session.")[0]?.missing; // "body"
 * ```
 */
export function findDrafts(text: string): Draft[] {
  // A text with no trace of a citation is not given to the recognizers at all.
  if (!CITATION_TRACE.test(text)) return [];
  // Most texts cite nothing, and most that cite find with one recognizer: the arrays for sorting
  // are made only when a second recognizer finds too.
  let only: Found[] | undefined;
  let finds: Found[] | undefined;
  let ranks: number[] | undefined;
  for (let rank = 0; rank < RECOGNIZERS.length; rank += 1) {
    const found = (RECOGNIZERS[rank] as (text: string) => Found[])(text);
    if (found.length === 0) continue;
    if (only === undefined) {
      only = found;
      ranks = [];
      for (let i = 0; i < found.length; i += 1) ranks.push(rank);
      continue;
    }
    finds ??= only.slice();
    for (const find of found) {
      finds.push(find);
      (ranks as number[]).push(rank);
    }
  }
  if (only === undefined) return [];
  return takeInOrder(finds ?? only, ranks as number[]);
}

/** The drafts of the finds that do not overlap, by start, then the longer first, then the earlier recognizer. */
function takeInOrder(finds: readonly Found[], ranks: readonly number[]): Draft[] {
  const order: number[] = [];
  for (let i = 0; i < finds.length; i += 1) order.push(i);
  if (finds.length > 1) {
    order.sort((a, b) => {
      const x = finds[a] as Found;
      const y = finds[b] as Found;
      return x.start - y.start || y.end - x.end || (ranks[a] as number) - (ranks[b] as number);
    });
  }
  const drafts: Draft[] = [];
  let taken = 0;
  for (const i of order) {
    const find = finds[i] as Found;
    if (find.start < taken || find.end <= find.start) continue;
    for (const draft of find.drafts) drafts.push(draft);
    taken = find.end;
  }
  return drafts;
}

/**
 * Finds every citation in a piece of text (a footnote's or a paragraph's): treaties in the
 * United Nations Treaty Series, resolutions and decisions, document symbols, Official Records,
 * United Nations publications and Articles of the Charter.
 *
 * @param text - The text to search, such as a footnote's or a clause's `text`.
 * @returns The citations in text order, each with a `span` into `text`; spans never overlap.
 *
 * @example
 * ```ts
 * import { findCitations } from "un-resolutions";
 *
 * findCitations("Ibid., vol. 96, No. 1342.");
 * // [{ type: "treaty", volume: 96, number: 1342, ibid: true,
 * //    title: "Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others",
 * //    span: { start: 0, end: 24 } }]
 * findCitations("Human Rights Council resolution 11/3 of 17 June 2009");
 * // [{ type: "resolution", number: "11/3", body: "Human Rights Council", date: "2009-06-17", span: { start: 0, end: 52 } }]
 * ```
 *
 * Hint: pure, and it never throws. "Ibid." is not resolved here: an "Ibid." treaty keeps
 * `ibid: true` with the volume and number it gives; an "Ibid." citation that lacks a part only
 * the citation before can give (an organ, a volume) is left out. Use {@link citeFootnotes} to
 * resolve a document's footnotes together.
 */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  for (const draft of findDrafts(text)) if (draft.missing === undefined) citations.push(draft.citation);
  return citations;
}
