import { beforeAll, describe, expect, it } from "vitest";
import { A_RES_65_190 } from "../../src/data/index.js";
import { Resolution, type Subparagraph } from "../../src/schemas/index.js";
import { countOps } from "./helpers/ops.js";

/** The small size of each family; the large one is ten times it. */
const N = 200;

/** Linear work gives at most 10 times the count for 10 times the input; quadratic about 100. */
const BOUND = 15;

/** The writers whose work is counted, by their names in src/index.ts. */
const WRITERS = ["toMarkdown", "toText", "toOutline"] as const;

/** A resolution whose inputs grow with n, made from A/RES/65/190. */
interface Family {
  name: string;
  make: (n: number) => Resolution;
}

/**
 * The first operative paragraph of A/RES/65/190 with n subparagraphs (a), (b)… after its words,
 * each ending with the marker of footnote 1, as the text parser gives them (spans into the
 * paragraph's text, the markers both in the paragraph's refs and in each subparagraph's).
 */
function withMarkedSubparagraphs(n: number): Resolution {
  const r = structuredClone(A_RES_65_190);
  const first = r.operative[0] as Resolution["operative"][number];
  let text = "Urges States:";
  const subparagraphs: Subparagraph[] = [];
  const footnoteRefs: Array<{ number: number; offset: number }> = [];
  for (let i = 0; i < n; i++) {
    const start = text.length + 1;
    const body = `to act on item ${i + 1};`;
    text += ` (a) ${body}`;
    footnoteRefs.push({ number: 1, offset: text.length });
    subparagraphs.push({
      type: "subparagraph",
      label: "a",
      text: body,
      subparagraphs: [],
      footnoteRefs: [{ number: 1, offset: body.length }],
      span: { start, end: text.length },
    });
  }
  r.operative[0] = { ...first, text, subparagraphs, footnoteRefs, citations: undefined };
  delete r.operative[0].citations;
  return r;
}

/** A/RES/65/190 with its operative paragraphs repeated to n, numbered 1 to n, markers and all. */
function withOperativeParagraphs(n: number): Resolution {
  const r = structuredClone(A_RES_65_190);
  const seed = r.operative;
  r.operative = Array.from({ length: n }, (_, i) => ({
    ...(seed[i % seed.length] as (typeof seed)[number]),
    number: i + 1,
  }));
  return r;
}

const FAMILIES: Family[] = [
  { name: "a paragraph of n subparagraphs, each with a footnote marker", make: withMarkedSubparagraphs },
  { name: "n operative paragraphs (A/RES/65/190's, repeated)", make: withOperativeParagraphs },
];

describe("the writers work in time linear in the resolution (work counted, not timed)", () => {
  const counts = new Map<string, number[]>();
  beforeAll(() => {
    const inputs = FAMILIES.flatMap((f) => [f.make(N), f.make(10 * N)]).map((r) => JSON.stringify(r));
    for (const writer of WRITERS) counts.set(writer, countOps(inputs, `json:${writer}`));
  }, 120_000);

  it("counts resolutions that pass the schema, as the writers' inputs must", () => {
    for (const family of FAMILIES) expect(Resolution.safeParse(family.make(N)).success, family.name).toBe(true);
  });

  for (const writer of WRITERS) {
    FAMILIES.forEach((family, i) => {
      it(`${writer}, ${family.name}: 10 times the input, at most ${BOUND} times the work`, () => {
        const list = counts.get(writer) as number[];
        const small = list[2 * i] as number;
        const large = list[2 * i + 1] as number;
        expect(small).toBeGreaterThan(0);
        expect(large / small, `${small} then ${large}`).toBeLessThanOrEqual(BOUND);
      });
    });
  }
});
