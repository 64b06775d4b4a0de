import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BODIES, bodyEndingAt, resolutionWords, scopedBody, scopeOpeners } from "../../src/citations/resolution.js";

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

/** The scope the finder used to read: four backward searches in a 600-character window (kept as the law's model). */
function windowScopedBody(text: string, at: number): string | undefined {
  let best: { body: string; end: number } | undefined;
  const from = Math.max(0, at - 600);
  const window = text.slice(from, at);
  for (const opener of [", in particular ", ", including ", ", notably ", ", especially "]) {
    for (let q = window.lastIndexOf(opener); q >= 0; q = q === 0 ? -1 : window.lastIndexOf(opener, q - 1)) {
      const body = BODIES.find((name) => window.endsWith(name, q));
      if (body === undefined) continue;
      const end = from + q + opener.length;
      if (best === undefined || end > best.end) best = { body, end };
      break;
    }
  }
  if (best === undefined) return undefined;
  const between = text.slice(best.end, at);
  if ([";", ". ", " its ", " their ", " own "].some((breaker) => between.includes(breaker))) return undefined;
  if (BODIES.some((body) => between.includes(body))) return undefined;
  return best.body;
}

/** Texts made of bodies' names, their pieces, scope openers, breakers and filler (long runs make the window matter). */
const scopeText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...BODIES),
      fc.constantFrom("Human Rights", "Council", "Assembly", "Sub-", "Development", "Board"),
      fc.constantFrom(", in particular ", ", including ", ", notably ", ", especially ", ", ", " in particular "),
      fc.constantFrom(";", ". ", " its ", " own ", " resolution ", " and ", "x".repeat(120), " ".repeat(250)),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 24 },
  )
  .map((pieces) => pieces.join(""));

describe("bodyEndingAt", () => {
  it("reads the seed's preambular paragraph 6 body before its word, and none inside the window's start", () => {
    const text = "adopted by the Human Rights Council, in particular resolution 11/3";
    expect(bodyEndingAt(text, 35)).toBe("Human Rights Council");
    expect(bodyEndingAt(text, 35, 16)).toBeUndefined();
    expect(bodyEndingAt(text, 34)).toBeUndefined();
  });

  it("is the first body that text.slice(from, end) ends with, for any text and places", () => {
    fc.assert(
      fc.property(scopeText, fc.nat(), fc.nat(), (text, x, y) => {
        const end = x % (text.length + 1);
        const from = y % (end + 1);
        const window = text.slice(from, end);
        expect(bodyEndingAt(text, end, from)).toBe(BODIES.find((name) => window.endsWith(name)));
      }),
    );
  });
});

describe("scopedBody", () => {
  it("gives the body of the seed's preambular paragraph 6 scope, and none past a semicolon", () => {
    // A/RES/65/190, preambular paragraph 6 (shortened).
    const text =
      "adopted by the Human Rights Council, in particular resolution 11/3 of 17 June 2009 …, and resolution 14/2; resolution 8/12";
    const openers = scopeOpeners(text);
    expect(openers).toEqual([{ at: 35, length: 16 }]);
    expect(scopedBody(text, 51, openers)).toBe("Human Rights Council");
    expect(scopedBody(text, 90, openers)).toBe("Human Rights Council");
    expect(scopedBody(text, text.lastIndexOf("resolution"), openers)).toBeUndefined();
  });

  it("agrees with the backward search in a 600-character window it replaced, for any text and place", () => {
    fc.assert(
      fc.property(scopeText, fc.nat(), (text, x) => {
        const at = x % (text.length + 1);
        expect(scopedBody(text, at, scopeOpeners(text))).toBe(windowScopedBody(text, at));
      }),
    );
  });
});
