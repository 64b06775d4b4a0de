import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleWords, findCharterArticles } from "../../src/citations/charter.js";

/** What the words must agree with: the global search with a lookbehind that the finder used to run. */
const ARTICLE_WORD = /(?<![A-Za-z])Articles?\s/g;

describe("articleWords", () => {
  it("finds the words before Article numbers, not one inside a longer word or without white space", () => {
    const text = "under Article 25 and Articles 41 and 42; Subarticle 3, Article\u00a051, Articles";
    expect(articleWords(text)).toEqual([
      { start: 6, end: 14 },
      { start: 21, end: 30 },
      { start: 55, end: 63 },
    ]);
  });

  it("agrees with /(?<![A-Za-z])Articles?\\s/g, for any text", () => {
    const piece = fc.oneof(
      fc.constantFrom("Article", "Articles", "article", "Sub", "s", " ", "\n", "\u00a0", "9", "("),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join("");
        const expected = [...text.matchAll(ARTICLE_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        expect(articleWords(text)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("findCharterArticles", () => {
  it("reads the Articles a Security Council resolution cites, one citation per Article", () => {
    const found = findCharterArticles("Acting under Articles 39 and 41 of the Charter of the United Nations,");
    expect(found.flatMap((f) => f.drafts.map((d) => d.citation))).toEqual([
      { type: "charter", article: "39", span: { start: 13, end: 24 } },
      { type: "charter", article: "41", span: { start: 29, end: 68 } },
    ]);
  });
});
