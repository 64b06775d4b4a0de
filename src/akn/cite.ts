import { citeFootnotes, findCitations, treatyNameBefore } from "../citations/index.js";
import type { OperativeClause, PreambularClause } from "../schemas/clause.js";
import type { Footnote } from "../schemas/footnote.js";

/**
 * Finds the citations of each clause's text (`findCitations`) and sets them where there are any,
 * as the text parser does.
 *
 * @param clauses - the clauses, changed in place
 */
export function citeClauses(clauses: ReadonlyArray<PreambularClause | OperativeClause>): void {
  for (const clause of clauses) {
    const citations = findCitations(clause.text);
    if (citations.length > 0) clause.citations = citations;
  }
}

/**
 * Makes the footnotes, in order of number, with their citations (`citeFootnotes`, "Ibid." resolved
 * by footnote number); a treaty cited by a footnote is named by the words before the footnote's
 * first marker (`treatyNameBefore`), as the text parser does.
 *
 * @param notes - the footnotes' numbers and texts
 * @param clauses - the clauses, preamble first, whose refs locate each footnote's first marker
 * @returns the footnotes
 */
export function citeNotes(
  notes: ReadonlyArray<{ number: number; text: string }>,
  clauses: ReadonlyArray<PreambularClause | OperativeClause>,
): Footnote[] {
  const sorted = [...notes].sort((a, b) => a.number - b.number);
  const citations = citeFootnotes(sorted);
  const firstRef = new Map<number, { text: string; offset: number }>();
  for (const clause of clauses) {
    for (const ref of clause.footnoteRefs) {
      if (!firstRef.has(ref.number)) firstRef.set(ref.number, { text: clause.text, offset: ref.offset });
    }
  }
  return sorted.map((note, i) => {
    const at = firstRef.get(note.number);
    const own = (citations[i] ?? []).map((citation) => {
      if (citation.type !== "treaty" || !at) return citation;
      const name = treatyNameBefore(at.text, at.offset);
      return name ? { ...citation, name } : citation;
    });
    return { type: "footnote", number: note.number, text: note.text, citations: own };
  });
}
