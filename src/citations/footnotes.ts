import type { Citation, Span } from "../schemas/index.js";
import type { Draft } from "./draft.js";
import { findDrafts } from "./find.js";
import { treatyReference } from "./treaty.js";

/** A footnote that consists of "Ibid." alone: it cites again the last thing cited. */
const BARE_IBID = /^\s*[Ii]bid\.\s*$/;
/** The word "Ibid" at the start of a bare "Ibid." footnote, for the span. */
const IBID_WORD = /[Ii]bid\./;

/**
 * Finds the citations of a document's footnotes and resolves "Ibid." by footnote number: the
 * "Ibid." of footnote n refers to the last citation of footnote n - 1 (or to the citation before
 * it in the same footnote), whatever order the footnotes are given in.
 *
 * @param footnotes - The footnotes, each with its printed number and clean text, in any order.
 * @returns For each footnote, in the order given, its citations with spans into its `text`.
 *
 * @example
 * ```ts
 * import { citeFootnotes } from "un-resolutions";
 *
 * const [eight, seven] = citeFootnotes([
 *   { number: 8, text: "Ibid., vol. 96, No. 1342." },
 *   { number: 7, text: "United Nations, Treaty Series, vol. 2171, No. 27531." },
 * ]);
 * eight?.[0]; // { type: "treaty", volume: 96, number: 1342, ibid: true, title: "Convention for the Suppression …", … }
 *
 * const [, twelve] = citeFootnotes([
 *   { number: 11, text: "See Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53)." },
 *   { number: 12, text: "Ibid., Sixty-fifth Session, Supplement No. 53." },
 * ]);
 * twelve?.[0]; // { type: "officialRecords", body: "General Assembly", session: 65, supplement: "53", ibid: true, … }
 * ```
 *
 * Hint: cautious. What the previous citation cannot settle for certain (there is no footnote
 * n - 1, or its last citation is of another kind) stays unresolved: such an "Ibid." citation is
 * left out rather than guessed. Resolution copies the organ (and the session or year, when the
 * "Ibid." gives none) of Official Records, the volume of "Ibid., No. 973.", and, for a footnote
 * reading "Ibid." alone, the whole last citation, with its span on "Ibid.".
 */
export function citeFootnotes(footnotes: ReadonlyArray<{ number: number; text: string }>): Citation[][] {
  const order: number[] = [];
  const cited: Citation[][] = [];
  for (let i = 0; i < footnotes.length; i += 1) {
    order.push(i);
    cited.push([]);
  }
  // A document's footnotes mostly come in order of number already: then the (stable) sort would keep them as they are.
  if (!inOrderOfNumber(footnotes)) {
    order.sort((a, b) => (footnotes[a]?.number ?? 0) - (footnotes[b]?.number ?? 0));
  }
  const byNumber = new Map<number, Citation[]>();
  for (const i of order) {
    const note = footnotes[i];
    if (note === undefined) continue;
    const before = byNumber.get(note.number - 1) ?? [];
    const citations = citeOne(note.text, before);
    cited[i] = citations;
    byNumber.set(note.number, citations);
  }
  return cited;
}

/**
 * Whether footnotes are in order of number (none after a greater one), as a stable sort by number
 * would leave them: such a sort is then not needed.
 *
 * @param footnotes - The footnotes.
 * @returns Whether each number is at least the one before it (false when one is NaN).
 *
 * @example
 * ```ts
 * inOrderOfNumber([{ number: 7 }, { number: 8 }]); // true
 * inOrderOfNumber([{ number: 8 }, { number: 7 }]); // false
 * ```
 *
 * Hint: internal to {@link citeFootnotes} and its tests.
 */
export function inOrderOfNumber(footnotes: ReadonlyArray<{ number: number }>): boolean {
  for (let i = 1; i < footnotes.length; i += 1) {
    // Written so that a NaN number counts as out of order: the sort decides then.
    if (!((footnotes[i - 1] as { number: number }).number <= (footnotes[i] as { number: number }).number)) return false;
  }
  return true;
}

function citeOne(text: string, previousFootnote: readonly Citation[]): Citation[] {
  if (BARE_IBID.test(text)) {
    const last = previousFootnote[previousFootnote.length - 1];
    const word = IBID_WORD.exec(text);
    if (last === undefined || word === null) return [];
    return [again(last, { start: word.index, end: word.index + word[0].length })];
  }
  const citations: Citation[] = [];
  for (const draft of findDrafts(text)) {
    const previous = citations[citations.length - 1] ?? previousFootnote[previousFootnote.length - 1];
    const resolved = resolve(draft, previous);
    if (resolved !== undefined) citations.push(resolved);
  }
  return citations;
}

/** The draft with its "Ibid." parts taken from the citation before, or `undefined` if they cannot be. */
function resolve(draft: Draft, previous: Citation | undefined): Citation | undefined {
  const citation = draft.citation;
  if (citation.type === "officialRecords" && citation.ibid) {
    if (previous?.type !== "officialRecords") return draft.missing === undefined ? citation : undefined;
    const inheritsPeriod = citation.session === undefined && citation.year === undefined;
    // A copy with the organ replaced; an inherited session or year is set after, so it comes last
    // among the keys, as it always has (conditional spreads cost about six times as much).
    const resolved = { ...citation, body: previous.body };
    if (inheritsPeriod && previous.session !== undefined) resolved.session = previous.session;
    if (inheritsPeriod && previous.year !== undefined) resolved.year = previous.year;
    return resolved;
  }
  if (citation.type === "treaty" && draft.missing === "volume") {
    if (previous?.type !== "treaty") return undefined;
    return treatyReference({ volume: previous.volume, number: citation.number, ibid: true, span: citation.span });
  }
  return draft.missing === undefined ? citation : undefined;
}

/** The citation cited again by a bare "Ibid.", with its span on that "Ibid.". */
function again(citation: Citation, span: Span): Citation {
  switch (citation.type) {
    case "treaty": {
      const { name: _name, ...rest } = citation;
      return { ...rest, ibid: true, span };
    }
    case "officialRecords":
      return { ...citation, ibid: true, span };
    default:
      return { ...citation, span };
  }
}
