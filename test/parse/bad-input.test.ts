import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseResolution, ResolutionParseError, safeParseResolution } from "../../src/parse/index.js";
import { Resolution } from "../../src/schemas/resolution.js";
import { seedPath } from "../helpers/shared.js";

const seed = readFileSync(seedPath, "utf8");

/** Whether a code unit is a control character other than tab, line breaks and form feed. */
function isControl(code: number): boolean {
  return code < 0x09 || (code > 0x0d && code < 0x20);
}

function errorOf(text: string): ResolutionParseError {
  const result = safeParseResolution(text);
  if (result.success) throw new Error("expected a failure");
  return result.error;
}

describe("bad input", () => {
  it("refuses an empty text", () => {
    expect(errorOf("").code).toBe("EMPTY_INPUT");
    expect(errorOf(" \n\t\n").code).toBe("EMPTY_INPUT");
  });

  it("refuses a text that is not a resolution, saying where it looked", () => {
    const error = errorOf("Minutes of the meeting\n\nThe meeting was called to order at 10 a.m.\n");
    expect(error.code).toBe("NOT_A_RESOLUTION");
    expect([error.line, error.column]).toEqual([1, 1]);
    expect(error.message).toMatch(/expected an enacting formula/);
  });

  it("refuses a resolution cut off after its formula", () => {
    const cut = seed.slice(0, seed.indexOf("The General Assembly,") + "The General Assembly,".length);
    expect(errorOf(cut).code).toBe("NO_PARAGRAPHS");
  });

  it("reads a resolution cut off inside a paragraph, and says so", () => {
    const cut = seed.slice(0, seed.indexOf("- 20. Calls upon concerned Governments") + 60);
    const result = safeParseResolution(cut);
    if (!result.success) throw result.error;
    expect(result.data.operative).toHaveLength(20);
    expect(result.diagnostics.map((d) => d.code)).toContain("UNTERMINATED_PARAGRAPH");
    expect(result.diagnostics.map((d) => d.code)).toContain("HEADER_FACT_NOT_FOUND");
  });

  it("refuses binary data with the place of the first control byte", () => {
    const error = errorOf("United Nations\u0000\u0001garbage");
    expect(error.code).toBe("BINARY_INPUT");
    expect(error.column).toBe(15);
  });

  it("refuses the seed with a control character anywhere, at the first one", () => {
    // Wherever control characters land (inside a word, in Markdown residue, at a line's edge, in the
    // header or a footnote), the error names the first of them and its offset.
    const control = fc.integer({ min: 0, max: 0x1f }).filter(isControl);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: seed.length }), control), { minLength: 1, maxLength: 3 }),
        (insertions) => {
          let text = seed;
          for (const [at, code] of insertions) text = text.slice(0, at) + String.fromCharCode(code) + text.slice(at);
          let first = 0;
          while (!isControl(text.charCodeAt(first))) first++;
          const error = errorOf(text);
          expect(error.code).toBe("BINARY_INPUT");
          expect(error.offset).toBe(first);
          expect(error.message).toContain(`U+${text.charCodeAt(first).toString(16).padStart(4, "0").toUpperCase()}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads no session from a header that names one with a word of Object.prototype", () => {
    // "Constructor session" fits the shape of "Sixty-fifth session"; it is no ordinal.
    const result = safeParseResolution(seed.replace("Sixty-fifth session", "Constructor session"));
    if (!result.success) throw result.error;
    expect(result.data.session).toBeUndefined();
    expect(Resolution.safeParse(result.data).success).toBe(true);
  });

  // src/parse/conclusion.ts and header.ts read any digits before "th meeting": "0th" gave a meeting
  // numbered 0, which the schema refuses (meetings count from 1).
  it("reads no meeting numbered 0, and what it returns validates", () => {
    const ga = safeParseResolution(seed.replace("71st plenary meeting", "0th plenary meeting"));
    if (!ga.success) throw ga.error;
    expect(ga.data.meeting).toBeUndefined();
    expect(Resolution.safeParse(ga.data).success).toBe(true);
    // The cover lines of S/RES/1445 (2002), the meeting's number made 0 (then 000000).
    const sc = [
      "United Nations S/RES/1445 (2002)",
      "Security Council Distr.: General 4 December 2002",
      "Resolution 1445 (2002)",
      "Adopted by the Security Council at its 4653rd meeting, on 4 December 2002",
      "The Security Council,",
      "Recalling its resolutions,",
      "1. Decides to remain seized of the matter.",
      "",
    ].join("\n\n");
    const real = safeParseResolution(sc);
    expect(real.success && real.data.meeting?.number).toBe(4653);
    for (const zero of ["0th", "000000th"]) {
      const result = safeParseResolution(sc.replace("4653rd", zero));
      if (!result.success) throw result.error;
      expect(result.data.meeting, zero).toBeUndefined();
      expect(Resolution.safeParse(result.data).success, zero).toBe(true);
    }
  });

  // src/parse/markers.ts read "⁰" as a marker and src/parse/segment.ts "⁰ …", "0/ …" and "0 …" as
  // footnote lines: footnotes and refs numbered 0, which the schema refuses (footnotes count from 1).
  it("reads no footnote or marker numbered 0, and what it returns validates", () => {
    const notes = ["⁰ Resolution 64/1.", "⁰⁰ Resolution 64/1.", "0/ Resolution 64/1.", "0 Resolution 64/1."];
    for (const note of notes) {
      const text = seed
        .replace("Reaffirming the provisions", "Recalling resolution 64/1⁰,\n\nReaffirming the provisions")
        .replace("71st plenary meeting 21 December 2010", `71st plenary meeting 21 December 2010\n\n${note}`);
      const result = safeParseResolution(text);
      if (!result.success) throw result.error;
      const refs = [...result.data.preamble, ...result.data.operative].flatMap((c) => c.footnoteRefs);
      expect(
        refs.filter((r) => r.number < 1),
        note,
      ).toEqual([]);
      expect(
        result.data.footnotes.filter((f) => f.number < 1),
        note,
      ).toEqual([]);
      expect(Resolution.safeParse(result.data).success, note).toBe(true);
    }
  });

  // src/parse/segment.ts added a footnote zone's footnotes with push(...footnotes), one argument
  // each: past about 120,000 the arguments overflowed the stack (a RangeError), in a 2 MB text.
  it("reads a footnote zone of 300,000 lines, well within maxLength", () => {
    const zone = Array.from({ length: 300_000 }, (_, i) => `${(i % 999) + 1} Ibid.`).join("\n");
    const text = seed.replace("71st plenary meeting 21 December 2010", `$&\n__________\n${zone}`);
    const result = safeParseResolution(text);
    if (!result.success) throw result.error;
    // Footnotes come once each, in order of number (a repeated number keeps its first text).
    expect(result.data.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 999 }, (_, i) => i + 1));
  });

  it("refuses a text longer than maxLength before doing any work", () => {
    expect(safeParseResolution(seed).success).toBe(true);
    const result = safeParseResolution(seed, { maxLength: 100 });
    expect(result.success ? undefined : result.error.code).toBe("INPUT_TOO_LARGE");
  });

  it("throws ResolutionParseError from parseResolution, with code, line and column", () => {
    expect(() => parseResolution("")).toThrow(ResolutionParseError);
    try {
      parseResolution("Hello, world");
    } catch (error) {
      expect(error).toMatchObject({ code: "NOT_A_RESOLUTION", line: 1, column: 1, offset: 0 });
    }
  });

  it("never throws anything but ResolutionParseError, and what it returns validates (random text)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = safeParseResolution(text);
        if (result.success) expect(Resolution.safeParse(result.data).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws anything but ResolutionParseError on the seed with lines dropped or repeated", () => {
    const lines = seed.split("\n");
    fc.assert(
      fc.property(fc.array(fc.nat(lines.length - 1), { maxLength: 12 }), fc.boolean(), (picks, repeat) => {
        const chosen = new Set(picks);
        const mutated = lines.flatMap((line, i) => (chosen.has(i) ? (repeat ? [line, line] : []) : [line])).join("\n");
        const result = safeParseResolution(mutated);
        if (result.success) expect(Resolution.safeParse(result.data).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("equivalent sources give equal texts", () => {
  const texts = (source: string) => {
    const r = parseResolution(source);
    return [...r.preamble, ...r.operative].map((c) => c.text);
  };

  it("CRLF line ends change nothing but offsets", () => {
    expect(texts(seed.replaceAll("\n", "\r\n"))).toEqual(texts(seed));
  });

  it("without its Markdown residue the seed reads the same", () => {
    const plain = seed.replace(/^- (?=\d)/gm, "").replace(/\*/g, "");
    expect(plain).not.toBe(seed);
    expect(texts(plain)).toEqual(texts(seed));
  });
});
