import { citeFootnotes, treatyNameBefore } from "../citations/index.js";
import type { OperativeClause, PreambularClause } from "../schemas/clause.js";
import type { Footnote } from "../schemas/footnote.js";
import type { Diagnostic } from "./errors.js";
import type { RawFootnote } from "./segment.js";
import type { SourceMap } from "./source-map.js";

/**
 * Builds the footnotes and resolves their citations (the resolve stage).
 *
 * After this stage:
 * - footnotes are in order of number from 1, each once (a repeated number keeps its first text;
 *   a line read as footnote 0 makes none);
 * - "Ibid." is resolved by footnote number, not by where the text was printed;
 * - a treaty cited from a clause carries the name that the clause gives it before the marker;
 * - a marker whose footnote text was not found, and a footnote never cited, are diagnostics.
 *
 * @param raw - the footnotes from the segment stage
 * @param clauses - the clauses, whose footnote refs are checked and whose texts name treaties
 * @param map - the source map, for positions
 * @param diagnostics - where doubts go
 * @param citedElsewhere - footnotes whose markers stand outside the clauses (on the adoption line)
 */
export function buildFootnotes(
  raw: readonly RawFootnote[],
  clauses: ReadonlyArray<PreambularClause | OperativeClause>,
  map: SourceMap,
  diagnostics: Diagnostic[],
  citedElsewhere: ReadonlySet<number> = new Set(),
): Footnote[] {
  const byNumber = new Map<number, RawFootnote>();
  for (const f of raw) {
    // Footnotes count from 1: a line read as footnote 0 ("⁰ …", "0/ …") makes none (the schema wants 1 or more).
    if (f.number !== undefined && f.number >= 1 && !byNumber.has(f.number)) byNumber.set(f.number, f);
  }
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  // Pushed one by one: an array that Array.prototype.map made reached citeFootnotes with an
  // elements kind its optimized code had not seen, and deoptimized it while the parse warmed up.
  const texts: Array<{ number: number; text: string }> = [];
  for (let i = 0; i < numbers.length; i += 1) {
    const number = numbers[i] as number;
    texts.push({ number, text: cleanFootnoteText((byNumber.get(number) as RawFootnote).text.text) });
  }
  const citations = citeFootnotes(texts);

  // The clause text before each footnote's first marker names the treaty it cites.
  const firstRef = new Map<number, { text: string; offset: number }>();
  const cited = new Set<number>(citedElsewhere);
  for (const clause of clauses) {
    for (const ref of clause.footnoteRefs) {
      cited.add(ref.number);
      if (!firstRef.has(ref.number)) firstRef.set(ref.number, { text: clause.text, offset: ref.offset });
      if (!byNumber.has(ref.number)) {
        diagnostics.push({
          code: "MARKER_WITHOUT_FOOTNOTE",
          message: `expected the text of footnote ${ref.number}, found none`,
          ...(clause.position ? { position: clause.position } : {}),
        });
      }
    }
  }
  return numbers.map((number, i) => {
    const source = byNumber.get(number) as RawFootnote;
    const refAt = firstRef.get(number);
    const own = citations[i] ?? [];
    // The name a clause gives a treaty, read once per footnote; set on the citations citeFootnotes
    // made for this footnote (no copy: nothing else holds them).
    let name: string | undefined;
    for (const c of own) {
      if (c.type !== "treaty" || !refAt) continue;
      name ??= treatyNameBefore(refAt.text, refAt.offset) ?? "";
      if (name) c.name = name;
    }
    const footnote: Footnote = {
      type: "footnote",
      number,
      text: (texts[i] as { text: string }).text,
      citations: own,
      position: map.position(source.start, source.end),
    };
    if (!cited.has(number)) {
      diagnostics.push({
        code: "FOOTNOTE_NEVER_CITED",
        message: `expected a marker for footnote ${number} in a paragraph, found none`,
        position: footnote.position as NonNullable<Footnote["position"]>,
      });
    }
    return footnote;
  });
}

/**
 * A footnote's text, single-spaced and trimmed: `text.replace(/\s+/g, " ").trim()`.
 *
 * @param text - The footnote's text as the segment stage read it.
 * @returns The text with each run of white space one space, none at either end.
 *
 * @example
 * ```ts
 * cleanFootnoteText(" Ibid.,\nvol. 96,  No. 1342. "); // "Ibid., vol. 96, No. 1342."
 * ```
 *
 * Hint: most footnote texts are clean already; they are told apart without a regex that tries
 * four alternatives at every place (the ends are looked at alone, then one character-class scan
 * and one `includes`), and returned as they are. Internal to the resolve stage and its tests.
 */
export function cleanFootnoteText(text: string): string {
  if (!isUnclean(text)) return text;
  return text.replace(WHITE_SPACE_RUN, " ").trim();
}

/**
 * Whether cleaning changes a text: white space at an end, white space other than a plain space,
 * or two spaces in a row (once no other white space is there, a run of two is two spaces).
 */
function isUnclean(text: string): boolean {
  if (text.length === 0) return false;
  if (WHITE_SPACE_AT.test(text.charAt(0)) || WHITE_SPACE_AT.test(text.charAt(text.length - 1))) return true;
  return OTHER_WHITE_SPACE.test(text) || text.includes("  ");
}

/** One white-space character, exactly as `\s` reads it (an end of the text is looked at with it). */
const WHITE_SPACE_AT = /^\s$/;

/** White space other than a plain space (a line break, a tab, a no-break space), which cleaning changes. */
const OTHER_WHITE_SPACE = /[^\S ]/;

/** A run of white space, which becomes one space. */
const WHITE_SPACE_RUN = /\s+/g;
