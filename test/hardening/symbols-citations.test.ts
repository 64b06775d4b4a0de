import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Citation, DocumentSymbol, findCitations, formatSymbol, safeParseSymbol } from "../../src/index.js";
import { codeUnit, mixedText } from "./helpers/arbitraries.js";
import type { Family } from "./helpers/hostile.js";
import { countOps } from "./helpers/ops.js";

/** The small size of each family; the large one is ten times it. */
const N = 60;
/** As in parse-linear.test.ts: linear work is at most 10 times for 10 times the input; quadratic about 100. */
const BOUND = 15;

/** Families on which the work is superlinear, not yet fixed (src/symbols/parse.ts). */
const KNOWN_SUPERLINEAR: ReadonlySet<string> = new Set<string>([]);

const symbolFamilies: Family[] = [
  { name: "a symbol of n joint symbols (A/1-A/1-…)", make: (n) => `${"A/1-".repeat(n)}A/1` },
  { name: "a symbol of n bodies (A/C.3/C.3/…)", make: (n) => `A/${"C.3/".repeat(n)}1` },
  { name: "a symbol of n modifiers (/Add.1/Add.1…)", make: (n) => `A/65/1${"/Add.1".repeat(n)}` },
  { name: "n slashes (A/A/A/…)", make: (n) => "A/".repeat(n) },
];

const citationFamilies: Family[] = [
  {
    name: "n resolutions in one list",
    make: (n) =>
      `Recalling its resolutions ${Array.from({ length: n }, (_, i) => `${60 + (i % 10)}/${i + 1}`).join(", ")} and 64/293,`,
  },
  {
    name: "n Official Records",
    make: (n) =>
      "Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53), ".repeat(n),
  },
  { name: "n treaties", make: (n) => "United Nations, Treaty Series, vol. 2225, No. 39574; ".repeat(n) },
  { name: "n Ibid.", make: (n) => "Ibid., vol. 96, No. 1342. ".repeat(n) },
  { name: "n document symbols", make: (n) => "A/65/209 and A/C.3/55/3, annex, ".repeat(n) },
  { name: "n Articles of the Charter", make: (n) => "Article 22 of the Charter of the United Nations, ".repeat(n) },
  { name: "n sales numbers", make: (n) => "(United Nations publication, Sales No. E.96.IV.13), ".repeat(n) },
  { name: "n dated resolutions", make: (n) => "resolution 11/3 of 17 June 2009 ".repeat(n) },
  { name: "one long run of digits and slashes", make: (n) => `resolution ${"1/".repeat(10 * n)}` },
];

/** Pieces of symbols, so that random strings get past the first character. */
const symbolPiece = fc.constantFrom(
  "A",
  "S",
  "E",
  "/",
  "RES",
  "C.3",
  "65",
  "190",
  "L.12",
  "-",
  "ES-11",
  " ",
  "(2016)",
  "(XXI)",
  " B",
  "/Add.2",
  "/Rev.1",
  "/Corr.1",
  " (Part II)",
  "*",
  ".",
);
const symbolLike = mixedText(symbolPiece, 5, 20);

describe("parseSymbol on hostile input", () => {
  it("returns its typed error or a symbol that passes the schema and formats back to the same parts", () => {
    fc.assert(
      fc.property(fc.oneof(symbolLike, fc.string({ unit: codeUnit, maxLength: 30 })), (input) => {
        const result = safeParseSymbol(input);
        if (!result.success) {
          expect(result.error.name).toBe("SymbolParseError");
          return;
        }
        expect(DocumentSymbol.safeParse(result.data).success).toBe(true);
        const again = safeParseSymbol(formatSymbol(result.data));
        expect(again.success && again.data, `${input} → ${formatSymbol(result.data)}`).toEqual(result.data);
      }),
      { numRuns: 1000 },
    );
  });

  // src/symbols/errors.ts printed the whole input, and the reasons of src/symbols/parse.ts the whole
  // component, in the message: a 1,000,000-character symbol gave a message of 1 to 2 MB.
  it("quotes at most a short excerpt of a huge input in its messages, the caret under the place", () => {
    const big = "9".repeat(1_000_000);
    for (const input of [`A/${big}`, `A/RES/65/190 (${big})`, `A/RES/65/190/${big}`, big, `${big} A/RES/65/190`]) {
      const result = safeParseSymbol(input);
      expect(result.success).toBe(false);
      if (result.success) continue;
      const [, quoted = "", caret = ""] = result.error.message.split("\n");
      expect(result.error.message.length).toBeLessThan(400);
      expect(quoted[caret.indexOf("^")]).toBe(input[result.error.offset]);
    }
  });

  it("never throws, however many joint symbols the input chains (in a small stack)", () => {
    const source = resolve(import.meta.dirname, "../../src/index.ts");
    const code = [
      `import { safeParseSymbol } from ${JSON.stringify(source)};`,
      "let outcome;",
      "try { outcome = safeParseSymbol('A/1-'.repeat(2000) + 'A/1').success ? 'read' : 'typed error'; }",
      "catch (error) { outcome = error.name; }",
      "console.log(outcome);",
    ].join("\n");
    // 200 KB of stack: 2,000 levels of recursion cannot fit, a loop can.
    const out = execFileSync(
      process.execPath,
      ["--stack-size=200", "--import", "tsx", "--input-type=module", "-e", code],
      { encoding: "utf8" },
    );
    expect(out.trim()).toMatch(/^(?:read|typed error)$/);
  });
});

describe("findCitations on hostile text", () => {
  it("returns citations that pass the schema, with spans inside the text", () => {
    const citationPiece = fc.constantFrom(
      "resolution ",
      "resolutions ",
      "64/293",
      "2200 A (XXI)",
      ", annex",
      " of 17 June 2009",
      "Official Records of the General Assembly, ",
      "Sixty-fourth Session, ",
      "Supplement No. 53 ",
      "(A/64/53)",
      "United Nations, Treaty Series, vol. 2225, No. 39574",
      "Ibid., ",
      "Sales No. E.96.IV.13",
      "Article 22 of the Charter",
      "A/65/209",
      ", ",
      " and ",
      ".",
    );
    const text = mixedText(citationPiece, 5, 40);
    fc.assert(
      fc.property(text, (t) => {
        for (const c of findCitations(t)) {
          const valid = Citation.safeParse(c);
          expect(valid.success, JSON.stringify(c)).toBe(true);
          if (c.span) {
            expect(c.span.start).toBeGreaterThanOrEqual(0);
            expect(c.span.end).toBeLessThanOrEqual(t.length);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("symbols and citations work in time linear in their input (work counted, not timed)", () => {
  let symbolCounts: number[] = [];
  let citationCounts: number[] = [];
  beforeAll(() => {
    symbolCounts = countOps(
      symbolFamilies.flatMap((f) => [f.make(N), f.make(10 * N)]),
      "safeParseSymbol",
    );
    citationCounts = countOps(
      citationFamilies.flatMap((f) => [f.make(N), f.make(10 * N)]),
      "findCitations",
    );
  }, 120_000);

  const check = (families: Family[], counts: () => number[], fn: string) =>
    families.forEach((family, i) => {
      const test = KNOWN_SUPERLINEAR.has(family.name) ? it.fails : it;
      test(`${fn} on ${family.name}: 10 times the input, at most ${BOUND} times the work`, () => {
        const small = counts()[2 * i] as number;
        const large = counts()[2 * i + 1] as number;
        expect(small).toBeGreaterThan(0);
        expect(large / small, `${family.name}: ${small} then ${large}`).toBeLessThanOrEqual(BOUND);
      });
    });
  check(symbolFamilies, () => symbolCounts, "safeParseSymbol");
  check(citationFamilies, () => citationCounts, "findCitations");
});
