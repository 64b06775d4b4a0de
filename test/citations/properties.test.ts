import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citeFootnotes, findCitations } from "../../src/citations/index.js";
import { type Citation, Citation as CitationSchema } from "../../src/schemas/index.js";

/** Fragments of real citation language (from the seed and the corpus), to mix with noise. */
const FRAGMENTS = [
  "resolution 64/293",
  "resolutions 47/19 of 24 November 1992, 48/19 and 72/4",
  "Human Rights Council resolution 11/3 of 17 June 2009",
  "Security Council resolution 1325 (2000)",
  "resolution 2200 A (XXI), annex",
  "decision 60/519",
  "A/65/209",
  "(A/65/449)",
  "A/C.3/55/3, annex",
  "A/65/53 and Corr.1",
  "A/64/742-S/2010/181",
  "S/RES/2334 (2016)",
  "United Nations, Treaty Series, vol. 2225, No. 39574",
  "Ibid., vol. 96, No. 1342",
  "Ibid., vols. 2171, 2173 and 2983, No. 27531",
  "Ibid., No. 973",
  "Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53), chap. III, sect. A",
  "Ibid., Sixty-fifth Session, Supplement No. 53 and corrigendum (A/65/53 and Corr.1), chap. III, sect. A",
  "(United Nations publication, Sales No. E.96.IV.13)",
  "Article 2, paragraph 7, of the Charter",
  "Articles 10 and 11 of the Charter of the United Nations",
  "Ibid.",
];
const GLUE = [" ", ", ", " and ", "; ", ". ", "", "(", ")", " of 17 June 2009", " in particular ", " on the subject, "];

/** Texts made of citation fragments, glue and arbitrary characters. */
const citationText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...GLUE), fc.string({ maxLength: 6 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

/** What a citation claims: the text under its span must contain one of these. */
function claims(citation: Citation): string[] {
  switch (citation.type) {
    case "treaty":
      // A volume of a list ("vols. 2171, 2173") or the number of "Ibid., No. 973" (volume inherited).
      return [String(citation.volume), String(citation.number)];
    case "resolution":
      return [citation.number.split(" ")[0] ?? ""];
    case "document": {
      // "A/65/53 and Corr.1 and 2": the second corrigendum is printed as its number alone.
      const last = citation.symbol.split("/").at(-1) ?? "";
      const modifier = /^(?:Corr|Add|Rev)\.(\d{1,3})$/.exec(last);
      return modifier ? [last, modifier[1] as string] : [last];
    }
    case "officialRecords":
      return citation.supplement === undefined ? ["Official Records", "Ibid", "ibid"] : [citation.supplement];
    case "publication":
      return [citation.salesNumber];
    case "charter":
      return [citation.article.split(",")[0] ?? ""];
  }
}

/** The span of a footnote reading "Ibid." alone, which cites again the citation before. */
const BARE_IBID = /^[Ii]bid\.$/;

function checkSpans(text: string, citations: readonly Citation[], footnote = false): void {
  let previousEnd = 0;
  for (const citation of citations) {
    expect(CitationSchema.safeParse(citation).success).toBe(true);
    const span = citation.span;
    expect(span).toBeDefined();
    if (span === undefined) continue;
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    const under = text.slice(span.start, span.end);
    const claimed = claims(citation);
    const again = footnote && BARE_IBID.test(under);
    expect(
      again || claimed.some((claim) => under.includes(claim)),
      `${JSON.stringify(claimed)} in ${JSON.stringify(under)}`,
    ).toBe(true);
    previousEnd = span.end;
  }
}

describe("findCitations properties", () => {
  it("never throws, and its spans lie in the text, in order, without overlap, over what they claim", () => {
    fc.assert(
      fc.property(citationText, (text) => checkSpans(text, findCitations(text))),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: "binary" }), (text) => {
        checkSpans(text, findCitations(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the same citations after a clause boundary, their spans shifted", () => {
    fc.assert(
      fc.property(citationText, (text) => {
        const prefix = "Recalling its work; ";
        const alone = findCitations(text);
        const shifted = findCitations(`${prefix}${text}`);
        expect(shifted.map((c) => c.type)).toEqual(alone.map((c) => c.type));
        expect(shifted.map((c) => (c.span?.start ?? 0) - prefix.length)).toEqual(alone.map((c) => c.span?.start ?? 0));
      }),
      { numRuns: 500 },
    );
  });
});

describe("citeFootnotes properties", () => {
  it("gives one list per footnote, in the order given, whatever that order", () => {
    fc.assert(
      fc.property(fc.array(citationText, { maxLength: 8 }), (texts) => {
        const notes = texts.map((text, i) => ({ number: i + 1, text }));
        const shuffled = [...notes].reverse();
        const inOrder = citeFootnotes(notes);
        const reversed = citeFootnotes(shuffled);
        expect(reversed).toEqual([...inOrder].reverse());
        inOrder.forEach((citations, i) => {
          checkSpans(notes[i]?.text ?? "", citations, true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
