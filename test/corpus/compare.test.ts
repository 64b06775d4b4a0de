import { describe, expect, it } from "vitest";
import { compareFacts } from "../../src/corpus/compare.js";
import type { ResolutionFacts } from "../../src/corpus/facts.js";

/** Facts shaped after S/RES/1445 (2002), shortened: two preambular and three operative paragraphs. */
const reference: ResolutionFacts = {
  symbol: "S/RES/1445 (2002)",
  adoptionDate: "2002-12-04",
  preamble: [
    "Recalling its previous resolutions and statements by its President regarding the Democratic Republic of the Congo,",
    "Taking note of the Secretary-General’s special report of 10 September 2002 (S/2002/1005) and its recommendations,",
  ],
  operative: [
    "Welcomes the signature by the Democratic Republic of the Congo and Rwanda of the Pretoria Agreement;",
    "Expresses full support for the TPVM;",
    "Decides to remain actively seized of the matter.",
  ],
  footnotes: 0,
};

const facts = (changes: Partial<ResolutionFacts>): ResolutionFacts => ({ ...reference, ...changes });

describe("compareFacts", () => {
  it("finds everything in agreement with itself", () => {
    const a = compareFacts(reference, reference);
    for (const key of ["symbol", "adoptionDate", "title", "preamble", "operative", "footnotes"] as const) {
      expect(a[key].agree, key).toBe(true);
    }
    expect(a.paragraphs).toEqual({ pairs: 5, identical: 5, min: 1, mean: 1 });
    expect(a.similarities).toEqual({ preamble: [1, 1], operative: [1, 1, 1] });
    expect(a.worst).toEqual([]);
  });

  it("agrees on a title both lack, and on a symbol printed without its space", () => {
    const a = compareFacts(facts({ symbol: "S/RES/1445(2002)" }), reference);
    expect(a.title).toEqual({ agree: true });
    expect(a.symbol).toEqual({ parsed: "S/RES/1445(2002)", reference: "S/RES/1445 (2002)", agree: true });
  });

  it("disagrees on a title only one side has, and on another date", () => {
    const a = compareFacts(
      facts({ title: "The situation concerning the Democratic Republic of the Congo", adoptionDate: "2002-12-14" }),
      reference,
    );
    expect(a.title.agree).toBe(false);
    expect(a.adoptionDate).toEqual({ parsed: "2002-12-14", reference: "2002-12-04", agree: false });
  });

  it("scores a missing paragraph 0 and the paragraphs after it by their new partners", () => {
    const operative = [reference.operative[0] as string, reference.operative[2] as string];
    const a = compareFacts(facts({ operative }), reference);
    expect(a.operative).toEqual({ parsed: 2, reference: 3, agree: false });
    expect(a.operativeParagraphs.pairs).toBe(3);
    expect(a.similarities.operative[0]).toBe(1);
    expect(a.similarities.operative[1]).toBeLessThan(0.5);
    expect(a.similarities.operative[2]).toBe(0);
    expect(a.worst[0]).toMatchObject({
      part: "operative",
      index: 3,
      similarity: 0,
      parsed: "",
      reference: reference.operative[2],
    });
    expect(a.paragraphs.min).toBe(0);
  });

  it("keeps the worst pairs worst first, with where they part", () => {
    const preamble = [
      reference.preamble[0] as string,
      "Taking note of the Secretary-General's special report of 10 September 2002 (5/2002/1005) and its recommendations,",
    ];
    const a = compareFacts(
      facts({ preamble, operative: ["We1comes the signature", ...reference.operative.slice(1)] }),
      reference,
      { worst: 5 },
    );
    expect(a.worst.map((p) => [p.part, p.index])).toEqual([
      ["operative", 1],
      ["preamble", 2],
    ]);
    expect(a.worst[1]?.similarity).toBeCloseTo(1 - 2 / (reference.preamble[1] as string).length, 10);
    expect(a.worst[1]?.difference?.offset).toBe(36);
    expect(a.preambleParagraphs.identical).toBe(1);
    expect(a.paragraphs.mean).toBeCloseTo(
      (1 + (a.similarities.preamble[1] as number) + (a.similarities.operative[0] as number) + 2) / 5,
      10,
    );
  });

  it("keeps no worst pairs when asked for none", () => {
    expect(compareFacts(facts({ operative: [] }), reference, { worst: 0 }).worst).toEqual([]);
  });
});
