import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MappedText, mappedFrom, sourceAt } from "../../src/parse/mapped-text.js";
import { extractMarkers, type MarkerState } from "../../src/parse/markers.js";

/** A text whose offsets are its own indexes, as a line of the source would be. */
function mapped(text: string, start = 0): MappedText {
  return mappedFrom(text, start);
}

/** Two readings of a text agree: the same text, the same refs, every character at the same source offset. */
function expectSameExtraction(a: ReturnType<typeof extractMarkers>, b: ReturnType<typeof extractMarkers>): void {
  expect(a.text.text).toBe(b.text.text);
  expect(a.refs).toEqual(b.refs);
  for (let i = 0; i < a.text.text.length; i++) expect(sourceAt(a.text, i)).toBe(sourceAt(b.text, i));
}

function state(defined: number[], plainMarkers = false): MarkerState {
  return { defined: new Set(defined), cited: new Set(), maxCited: 0, plainMarkers };
}

describe("extractMarkers", () => {
  it("takes superscript markers out of the seed's text and records where each stood", () => {
    // A/RES/65/190, preambular paragraph 2 and 9, as the PDF text prints them.
    const text = "Transnational Organized Crime ¹ and the Protocols thereto";
    const out = extractMarkers(mapped(text, 100), state([1]));
    expect(out.text.text).toBe("Transnational Organized Crime and the Protocols thereto");
    expect(out.refs).toEqual([{ number: 1, offset: "Transnational Organized Crime".length }]);
    // The text after the marker keeps its source offsets.
    expect(sourceAt(out.text, out.text.text.indexOf("and"))).toBe(100 + text.indexOf("and"));
    const two = extractMarkers(mapped("Trafficking in Persons¹⁰ by the General Assembly"), state([10]));
    expect(two.text.text).toBe("Trafficking in Persons by the General Assembly");
    expect(two.refs).toEqual([{ number: 10, offset: "Trafficking in Persons".length }]);
  });

  it("reads a plain number as a marker only where pdftotext output can put one", () => {
    const s = state([1], true);
    const out = extractMarkers(mapped("the Convention on Development, 1 including 5 years"), s);
    expect(out.text.text).toBe("the Convention on Development, including 5 years");
    expect(out.refs.map((r) => r.number)).toEqual([1]);
    expect(extractMarkers(mapped("within 1 years of"), state([1], true)).refs).toEqual([]);
  });

  it("leaves a run of more than three superscript digits as text: no footnote has such a number", () => {
    const text = `Recalling ${"¹".repeat(400)} the Convention`;
    const out = extractMarkers(mapped(text), state([1]));
    expect(out.refs).toEqual([]);
    expect(out.text.text).toBe(text);
    expect(extractMarkers(mapped("Crime¹²³ and"), state([123])).refs).toEqual([{ number: 123, offset: 5 }]);
  });

  it("finds no plain marker in a text whose document has no footnotes, as reading each number does (law)", () => {
    /** A set that holds no number but does not say it is empty: extractMarkers reads every candidate. */
    class NoNumbers extends Set<number> {
      override get size(): number {
        return 1;
      }
    }
    const piece = fc.constantFrom(
      " ",
      " ",
      "1",
      "12",
      "2/",
      "a",
      "Crime",
      ",",
      ".",
      "¹",
      "²³",
      "resolution",
      "5 years",
    );
    const text = fc.array(piece, { maxLength: 16 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (t, plainMarkers) => {
        const fast = state([], plainMarkers);
        const slow: MarkerState = { ...state([], plainMarkers), defined: new NoNumbers() };
        const a = extractMarkers(mapped(t, 7), fast);
        const b = extractMarkers(mapped(t, 7), slow);
        expectSameExtraction(a, b);
        expect([fast.maxCited, [...fast.cited]]).toEqual([slow.maxCited, [...slow.cited]]);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a text after every footnote is cited as it does while one is not (law, plain markers)", () => {
    // 999 stands in no text below: the same texts, read with a footnote never cited, are searched whole.
    // Three-digit footnotes (a first citation may take any number, then the next ones in order) put
    // a marker as far from the end as one can stand.
    const piece = fc.constantFrom(" ", "a", "Crime,", " 121", " 122", " 123", "/", ".", " 1234", " and", "1");
    const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), fc.array(text, { minLength: 1, maxLength: 4 }), (before, after) => {
        // A text that cites all three in the middle of the document: the texts after it take the shortcut.
        const texts = [...before, "Crime, 121 122 123 and", ...after];
        const fast = state([121, 122, 123], true);
        const slow = state([121, 122, 123, 999], true);
        for (const t of texts) {
          const a = extractMarkers(mapped(t, 3), fast);
          const b = extractMarkers(mapped(t, 3), slow);
          expectSameExtraction(a, b);
        }
        expect([fast.maxCited, [...fast.cited]]).toEqual([slow.maxCited, [...slow.cited]]);
      }),
      { numRuns: 1000 },
    );
  });

  it("searches a whole text while a footnote is not cited, whatever else the cited numbers hold", () => {
    // As many numbers cited as footnotes defined, but footnote 2 is not among them: it can still be cited.
    const s: MarkerState = { defined: new Set([1, 2]), cited: new Set([1, 5]), maxCited: 1, plainMarkers: true };
    const out = extractMarkers(mapped("the Convention on Development, 2 including the Protocol"), s);
    expect(out.refs.map((r) => r.number)).toEqual([2]);
    expect(out.text.text).toBe("the Convention on Development, including the Protocol");
  });
});
