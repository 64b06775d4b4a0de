import { describe, expect, it } from "vitest";
import { Resolution, safeParseResolution } from "../../src/index.js";
import { HEADER, MEETING } from "./helpers/hostile.js";

/** One operative paragraph whose subparagraphs carry the labels `label(0)`, `label(1)`, … */
function subparagraphs(count: number, label: (i: number) => string): string {
  const items = Array.from({ length: count }, (_, i) => `(${label(i)}) to act in case ${i};\n\n`).join("");
  return `${HEADER}Recalling its resolutions,\n\n1. Decides:\n\n${items}${MEETING}`;
}

/** Letters as spreadsheets count them: a … z, aa, ab, … */
function letters(i: number): string {
  let out = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
  return out;
}

/** The deepest nesting of subparagraphs in a resolution, counted without recursion. */
function depth(resolution: Resolution): number {
  let deepest = 0;
  const stack = resolution.operative.flatMap((c) => c.subparagraphs.map((s) => ({ s, d: 1 })));
  while (stack.length > 0) {
    const { s, d } = stack.pop() as (typeof stack)[number];
    deepest = Math.max(deepest, d);
    for (const child of s.subparagraphs) stack.push({ s: child, d: d + 1 });
  }
  return deepest;
}

describe("parseResolution on long runs of subparagraphs", () => {
  it("reads 26 subparagraphs (a) to (z) as siblings (the helpers make what they say)", () => {
    const result = safeParseResolution(subparagraphs(26, letters));
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.operative[0]?.subparagraphs.map((s) => s.label).join("")).toBe("abcdefghijklmnopqrstuvwxyz");
      expect(depth(result.data)).toBe(1);
    }
  });

  // src/parse/clauses.ts nest(): a label that is not the next of an open level opens a deeper one,
  // up to MAX_DEPTH levels; past it, a sibling.
  it("never throws on 3,000 subparagraphs all labelled (a)", () => {
    expect(() => safeParseResolution(subparagraphs(3000, () => "a"))).not.toThrow();
  });

  it("gives, for 2,000 subparagraphs labelled a … z, aa, ab …, a resolution that validates and serializes, its JSON at most 20 times the text", () => {
    const text = subparagraphs(2000, letters);
    const result = safeParseResolution(text);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(Resolution.safeParse(result.data).success).toBe(true);
    expect(JSON.stringify(result.data).length).toBeLessThanOrEqual(20 * text.length);
  });
});
