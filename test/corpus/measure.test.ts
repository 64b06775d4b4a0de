import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readAknFacts } from "../../src/corpus/akn-facts.js";
import { measureText } from "../../src/corpus/measure.js";
import { parseResolution } from "../../src/parse/index.js";
import type { Resolution } from "../../src/schemas/resolution.js";
import { hasCorpus, readCorpusFile, seedPath } from "../helpers/shared.js";

const seed = readFileSync(seedPath, "utf8");

describe("measureText", () => {
  it("records a parser that throws something else than its error as INTERNAL_ERROR, and goes on", () => {
    const measure = measureText(
      { path: "sc-ocr/S-RES-10.txt", text: "anything" },
      {
        parse: () => {
          throw new TypeError("boom");
        },
      },
    );
    expect(measure).toMatchObject({ path: "sc-ocr/S-RES-10.txt", folder: "sc-ocr", stem: "S-RES-10", parsed: false });
    expect(measure.failure).toEqual({ code: "INTERNAL_ERROR", message: "TypeError: boom" });
    expect(measure.ocr?.all).toBe(false);
  });

  it("records the parser's error with its code, message and place", () => {
    const measure = measureText({ path: "empty.txt", text: "  \n" });
    expect(measure.parsed).toBe(false);
    expect(measure.failure).toMatchObject({ code: "EMPTY_INPUT", line: 1, column: 1 });
    expect(measure.folder).toBe(".");
    expect(measure.ocr).toBeUndefined();
  });

  it("counts what the parser read in the seed, and checks no OCR target on a General Assembly text", () => {
    const resolution = parseResolution(seed);
    const measure = measureText({ path: "seeds/A-RES-65-190.txt", text: seed });
    expect(measure.parsed).toBe(true);
    expect(measure.symbol).toBe(resolution.symbol);
    expect(measure.counts).toEqual({
      preamble: resolution.preamble.length,
      operative: resolution.operative.length,
      footnotes: resolution.footnotes.length,
      annexes: resolution.annexes?.length ?? 0,
    });
    expect(measure.ocr).toBeUndefined();
    expect(measure.reference).toBeUndefined();
    expect(Object.values(measure.diagnostics).every((n) => Number.isInteger(n) && n > 0)).toBe(true);
  });

  it("says why a reference XML could not be read, and compares nothing", () => {
    const measure = measureText({
      path: "A-RES-65-190.txt",
      text: seed,
      reference: { path: "akn/ga/x.xml", xml: "<akomaNtoso>" },
    });
    expect(measure.reference?.reader).toBe("own");
    expect(measure.reference?.error).toMatch(/^NOT_WELL_FORMED: /);
    expect(measure.reference?.agreement).toBeUndefined();
  });
});

describe.skipIf(!hasCorpus)("measureText on the S/RES/1445 pair", () => {
  const input = {
    path: "sc-ocr/S-RES-1445.txt",
    text: readCorpusFile("text/sc-ocr/S-RES-1445.txt"),
    reference: { path: "akn/sc/S-RES-1445.xml", xml: readCorpusFile("akn/sc/S-RES-1445.xml") },
  };

  it("compares with the XML read by the own reader, and checks the OCR target", () => {
    const measure = measureText(input);
    expect(measure.reference?.reader).toBe("own");
    expect(measure.reference?.readerCheck).toBeUndefined();
    expect(measure.ocr).toBeDefined();
    if (!measure.parsed) return; // the parser's figures are not this test's business
    const a = measure.reference?.agreement;
    expect(a?.operative.reference).toBe(25);
    expect(a?.preamble.reference).toBe(8);
    for (const s of [...(a?.similarities.preamble ?? []), ...(a?.similarities.operative ?? [])]) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(a?.paragraphs.pairs).toBe(Math.max(a?.preamble.parsed ?? 0, 8) + Math.max(a?.operative.parsed ?? 0, 25));
  });

  it("takes the reference from a given Akoma Ntoso reader and checks it with the own reader", () => {
    const own = readAknFacts(input.reference.xml);
    // A stand-in for fromAkomaNtoso that reads one operative paragraph less.
    const readAkn = (): Resolution => ({
      type: "resolution",
      symbol: own.symbol,
      body: "Security Council",
      adoptionDate: own.adoptionDate,
      preamble: own.preamble.map((text, i) => ({
        type: "preambular",
        number: i + 1,
        leadingPhrase: "",
        text,
        footnoteRefs: [],
      })),
      operative: own.operative.slice(0, 24).map((text, i) => ({
        type: "operative",
        number: i + 1,
        actionPhrase: "",
        text,
        subparagraphs: [],
        footnoteRefs: [],
      })),
      footnotes: [],
    });
    const measure = measureText(input, { readAkn });
    expect(measure.reference?.reader).toBe("fromAkomaNtoso");
    expect(measure.reference?.readerCheck).toEqual({
      agree: false,
      differences: ["operative: 24 vs 25", "operative 25: similarity 0.000"],
    });
    if (measure.parsed) expect(measure.reference?.agreement?.operative.reference).toBe(24);
  });

  it("falls back to the own reader when the given reader throws", () => {
    const measure = measureText(input, {
      readAkn: () => {
        throw new RangeError("not today");
      },
    });
    expect(measure.reference?.reader).toBe("own");
    expect(measure.reference?.readerCheck).toEqual({
      agree: false,
      differences: ["fromAkomaNtoso failed: RangeError: not today"],
    });
  });
});
