import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, normalizeForComparison, textSimilarity } from "../../src/corpus/similarity.js";

/** The textbook full-matrix Levenshtein distance, to check the linear-memory one against. */
function referenceDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] as number;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i * width + j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
    }
  }
  return at(a.length, b.length);
}

/** Short strings over a small alphabet, so that random pairs share characters and runs. */
const text = fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "\n", "\u2011", "-", "é"), maxLength: 40 });

describe("editDistance", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["flaw", "lawn", 2],
    ["Welcomes", "We1comes", 1],
    ["5/2002/1005", "S/2002/1005", 1],
  ])("%j → %j is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it("agrees with the full-matrix algorithm", () => {
    fc.assert(fc.property(text, text, (a, b) => editDistance(a, b) === referenceDistance(a, b)));
  });

  it("is a metric: zero only on equal strings, symmetric, triangle inequality", () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      }),
    );
  });

  it("lies between the difference of the lengths and the longer length", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = editDistance(a, b);
        return d >= Math.abs(a.length - b.length) && d <= Math.max(a.length, b.length);
      }),
    );
  });
});

describe("normalizeForComparison", () => {
  it.each([
    ["  Affirming\nthat  non\u2011State\tactors ", "Affirming that non-State actors"],
    ["a\u00a0b", "a b"],
    ["“quoted” – dash", "“quoted” – dash"],
    ["ﬁnancial", "ﬁnancial"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeForComparison(input)).toBe(expected);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(text, (a) => normalizeForComparison(normalizeForComparison(a)) === normalizeForComparison(a)),
    );
  });
});

describe("textSimilarity", () => {
  it("is 1 for identical texts", () => {
    fc.assert(fc.property(text, (a) => textSimilarity(a, a) === 1));
  });

  it("is symmetric", () => {
    fc.assert(fc.property(text, text, (a, b) => textSimilarity(a, b) === textSimilarity(b, a)));
  });

  it("lies in [0, 1]", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = textSimilarity(a, b);
        return s >= 0 && s <= 1;
      }),
    );
  });

  it("is 1 exactly when the normalized texts are equal", () => {
    fc.assert(
      fc.property(
        text,
        text,
        (a, b) => (textSimilarity(a, b) === 1) === (normalizeForComparison(a) === normalizeForComparison(b)),
      ),
    );
  });

  it("ignores white space and the non-breaking hyphen, not quotes or case", () => {
    expect(textSimilarity("Decides to remain\n seized of the matter.", "Decides to remain seized of the matter.")).toBe(
      1,
    );
    expect(textSimilarity("non\u2011State actors", "non-State actors")).toBe(1);
    expect(textSimilarity("Secretary-General's", "Secretary-General’s")).toBe(1 - 1 / 19);
    expect(textSimilarity("Welcomes", "welcomes")).toBe(1 - 1 / 8);
  });

  it("is 0 between an empty text and another, 1 between two empty ones", () => {
    expect(textSimilarity("", "Decides")).toBe(0);
    expect(textSimilarity(" \n", "")).toBe(1);
  });

  it("compares paragraphs of 10,000 characters that differ throughout", () => {
    const a = "a".repeat(10_000);
    const b = "b".repeat(10_000);
    expect(textSimilarity(a, b)).toBe(0);
    expect(textSimilarity(a, `${"a".repeat(5_000)}${"b".repeat(5_000)}`)).toBe(0.5);
  });
});
