import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolutionWords } from "../../src/citations/resolution.js";

/** What the words must agree with: the global search with a lookbehind that the finder used to run. */
const WORD_AFTER_NO_LETTER = /(?<![A-Za-z])([Rr]esolution|[Dd]ecision)s?\s/g;

/** Each match as [index, text, captured word]. */
const shape = (matches: Iterable<RegExpExecArray | RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], m[1]]);

describe("resolutionWords", () => {
  it("finds the words of the seed's preambular paragraph 6, not the word inside another", () => {
    // A/RES/65/190, preambular paragraph 6 (shortened), and a word inside a longer one.
    const text =
      "adopted by the Human Rights Council, in particular resolution 11/3 of 17 June 2009 …, and resolution 14/2; irresolution 1/2; Decisions\u00a064/555";
    expect(shape(resolutionWords(text))).toEqual([
      [51, "resolution ", "resolution"],
      [90, "resolution ", "resolution"],
      [125, "Decisions\u00a0", "Decision"],
    ]);
  });

  it("agrees with the global search /(?<![A-Za-z])([Rr]esolution|[Dd]ecision)s?\\s/g, for any text", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "resolution",
        "Resolutions",
        "decision",
        "Decision",
        "ution",
        "cision",
        "s",
        " ",
        "\n",
        "ir",
        "9",
        "\u00a0",
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(shape(resolutionWords(text))).toEqual(shape(text.matchAll(WORD_AFTER_NO_LETTER)));
      }),
    );
  });
});
