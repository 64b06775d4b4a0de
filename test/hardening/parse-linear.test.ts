import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { resolutionParts, syntheticResolution } from "../../bench/synthetic.js";
import * as lib from "../../src/index.js";
import { seedPath } from "../helpers/shared.js";
import { FAMILIES, type Family } from "./helpers/hostile.js";
import { countOps } from "./helpers/ops.js";

/** The small size of each family; the large one is ten times it (under 1,000 footnotes, the parser's limit). */
const N = 90;

/**
 * Linear work gives at most 10 times the count for 10 times the input (less, with fixed costs);
 * quadratic work gives about 100. Half as much again as linear leaves room for n log n sorting.
 */
const BOUND = 15;

/**
 * Families on which the parser does superlinear work, not yet fixed by the owners of the code named.
 * Each is an `it.fails` test: when fixed, the test fails and the entry must go.
 */
const KNOWN_SUPERLINEAR: ReadonlySet<string> = new Set<string>([]);

const seed = readFileSync(seedPath, "utf8");

/** The real-text family: the seed's paragraphs repeated (bench/synthetic.ts). */
const realParagraphs: Family = {
  name: "a resolution of n real paragraphs (the seed's, repeated)",
  make: (n) => syntheticResolution(resolutionParts(lib, seed), n).text,
};

const families = [realParagraphs, ...FAMILIES];

describe("parseResolution works in time linear in its input (work counted, not timed)", () => {
  let counts: number[] = [];
  beforeAll(() => {
    counts = countOps([seed, seed, "Hello", ...families.flatMap((f) => [f.make(N), f.make(10 * N)])]);
  }, 120_000);

  it("counts about the same work for the same input, and more work for more input", () => {
    const [first, second, hello] = counts as [number, number, number];
    // The same, up to V8's block counters in code it optimizes while counting (a few in a million).
    expect(Math.abs(first - second) / first).toBeLessThan(0.001);
    expect(hello).toBeGreaterThan(0);
    // The seed goes through every stage: it takes hundreds of thousands of blocks, "Hello" a few.
    expect(first).toBeGreaterThan(1000 * hello);
  });

  families.forEach((family, i) => {
    const test = KNOWN_SUPERLINEAR.has(family.name) ? it.fails : it;
    test(`${family.name}: 10 times the input, at most ${BOUND} times the work`, () => {
      const small = counts[3 + 2 * i] as number;
      const large = counts[4 + 2 * i] as number;
      expect(large / small, `${family.name}: ${small} then ${large}`).toBeLessThanOrEqual(BOUND);
    });
  });
});
