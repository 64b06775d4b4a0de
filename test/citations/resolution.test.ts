import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BODIES,
  bodyEndingAt,
  type Item,
  readItem,
  resolutionWords,
  scopedBody,
  scopeOpeners,
} from "../../src/citations/resolution.js";
import { isoDate } from "../../src/text/dates.js";

/** What the words must agree with: the global search with a lookbehind that the finder used to run. */
const WORD_AFTER_NO_LETTER = /(?<![A-Za-z])([Rr]esolution|[Dd]ecision)s?\s/g;

/** Each match as [index, text]. */
const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0]]);

/** Each word as [start, text], as {@link shape} gives a match. */
const wordShape = (text: string, words: ReadonlyArray<{ start: number; end: number }>) =>
  words.map((w) => [w.start, text.slice(w.start, w.end)]);

describe("resolutionWords", () => {
  it("finds the words of the seed's preambular paragraph 6, not the word inside another", () => {
    // A/RES/65/190, preambular paragraph 6 (shortened), and a word inside a longer one.
    const text =
      "adopted by the Human Rights Council, in particular resolution 11/3 of 17 June 2009 …, and resolution 14/2; irresolution 1/2; Decisions\u00a064/555";
    expect(wordShape(text, resolutionWords(text))).toEqual([
      [51, "resolution "],
      [90, "resolution "],
      [125, "Decisions\u00a0"],
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
        expect(wordShape(text, resolutionWords(text))).toEqual(shape(text.matchAll(WORD_AFTER_NO_LETTER)));
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

  it("is the same with only the openers that end by the last word, for any word up to it", () => {
    fc.assert(
      fc.property(scopeText, fc.nat(), fc.nat(), (text, x, y) => {
        const end = x % (text.length + 1);
        const at = y % (end + 1);
        const all = scopeOpeners(text);
        const head = scopeOpeners(text, end);
        expect(head).toEqual(all.filter((opener) => opener.at + opener.length <= end));
        expect(scopedBody(text, at, head)).toBe(scopedBody(text, at, all));
      }),
    );
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

/** The item reader as it was before its parts were guarded by their first characters: every pattern tried in turn. */
function everyPatternItem(text: string, at: number): Item | undefined {
  const read = (pattern: RegExp, from: number) => {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    pattern.lastIndex = 0;
    return match;
  };
  const first = text.charCodeAt(at);
  if (!(first >= 0x30 && first <= 0x39) && first !== 0x45 && first !== 0x53) return undefined;
  let end = at + (read(/(?:ES|S)[-‑]/y, at)?.[0].length ?? 0);
  const digits = read(/\d{1,4}(?!\d)/y, end);
  if (digits === null) return undefined;
  end += digits[0].length;
  const numbers: Item["numbers"] = [];
  const slash = read(/\/(?:\d{1,4}|[A-Z]{2,4}\.\d{1,3})(?![\d/A-Za-z])/y, end);
  if (slash !== null) {
    end += slash[0].length;
    const base = text.slice(at, end);
    const letter = read(/\s[A-Z]{1,2}(?![A-Za-z0-9])/y, end);
    const range = letter === null ? null : read(/\sto\s[A-Z](?![A-Za-z0-9])/y, end + letter[0].length);
    if (letter === null) numbers.push({ number: base, start: at, end });
    else if (range !== null) {
      end += letter[0].length + range[0].length;
      numbers.push({ number: base, start: at, end });
    } else {
      end += letter[0].length;
      numbers.push({ number: `${base} ${letter[0].trim()}`, start: at, end });
      const second = read(/\sand\s([A-Z])(?![A-Za-z0-9])/y, end);
      if (second !== null) {
        numbers.push({
          number: `${base} ${second[1]}`,
          start: end + second[0].length - 1,
          end: end + second[0].length,
        });
        end += second[0].length;
      }
    }
  } else {
    const bracketed = read(/(?:\s[A-Z])?\s\((?:[IVXL]{1,7}|E?S-[IVX]{1,5}|(?:19|20)\d\d)\)/y, end);
    if (bracketed === null) return undefined;
    end += bracketed[0].length;
    numbers.push({ number: text.slice(at, end).replace(/\s/g, " "), start: at, end });
  }
  const section = read(/,\ssections?\s[IVXL]{1,6}(?:\sand\s[IVXL]{1,6})?,/y, end);
  const afterSection = section === null ? end : end + section[0].length;
  const of = read(
    /\sof\s(\d{1,2})\s(January|February|March|April|May|June|July|August|September|October|November|December)\s(\d{4})/y,
    afterSection,
  );
  const date = of === null ? undefined : isoDate(of[1] ?? "", of[2] ?? "", of[3] ?? "");
  if (of !== null && date !== undefined) end = afterSection + of[0].length;
  const annex = read(/,\sannex(?![A-Za-z])/y, end);
  if (annex !== null) end += annex[0].length;
  return { numbers, date, annex: annex !== null, end };
}

/** Texts of resolution-list pieces: numbers, letters, brackets, sections, dates (some impossible), annexes, look-alikes. */
const itemText = fc
  .array(
    fc.oneof(
      fc.constantFrom("64/293", "2200", "1325", "S-26/2", "ES-11/1", "1/CMP.8", "64/293/Add.1", "9", "/", "/35"),
      fc.constantFrom(" A", " B", " and B", " to C", " (XXI)", " (1967)", " (S-VI)", " A (XXI)", "(2000)", " And"),
      fc.constantFrom(", section VI,", ", sections I and II,", " of 17 June 2009", " of 31 June 2009", " of 1 May"),
      fc.constantFrom(", annex", ", annexes", ", ", " of ", " on ", "\n", " ", "\u00a0", "o", ","),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 10 },
  )
  .map((pieces) => pieces.join(""));

describe("readItem", () => {
  it("reads a Security Council number with its date, and a General Assembly number with letters and annex", () => {
    // S-RES-258, operative paragraph 2: "its resolution 242 (1967) of 22 November 1967"; A/RES/65/190 cites "2200 A (XXI), annex".
    const text = "resolution 242 (1967) of 22 November 1967";
    expect(readItem(text, 11)).toEqual({
      numbers: [{ number: "242 (1967)", start: 11, end: 21 }],
      date: "1967-11-22",
      annex: false,
      end: text.length,
    });
    expect(readItem("2200 A (XXI), annex.", 0)).toEqual({
      numbers: [{ number: "2200 A (XXI)", start: 0, end: 12 }],
      date: undefined,
      annex: true,
      end: 19,
    });
  });

  it("reads what every pattern tried in turn reads, at any place of any text", () => {
    fc.assert(
      fc.property(itemText, (text) => {
        for (let at = 0; at <= text.length; at += 1) expect(readItem(text, at)).toEqual(everyPatternItem(text, at));
      }),
      { numRuns: 500 },
    );
  });
});
