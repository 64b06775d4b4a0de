import { describe, expect, it } from "vitest";
import { DocumentSymbol } from "../../src/schemas/index.js";
import { formatSymbol, parseSymbol, SymbolParseError, safeParseSymbol } from "../../src/symbols/index.js";

/** A parsed symbol with the empty lists filled in, for short table rows. */
const symbol = (parts: Partial<DocumentSymbol> & Pick<DocumentSymbol, "number">): DocumentSymbol => ({
  type: "documentSymbol",
  bodies: [],
  subseries: [],
  modifiers: [],
  ...parts,
});

// Real symbols, each from the corpus file named (../shared/corpus/akn/…), or from the brief of
// issue 4 where marked; expected parts written from the UN's symbol rules, not from the output.
const TABLE: ReadonlyArray<[string, DocumentSymbol, string]> = [
  ["A/RES/65/190", symbol({ series: "A", category: "RES", session: "65", number: "190" }), "seed A/RES/65/190"],
  ["A/65/209", symbol({ series: "A", session: "65", number: "209" }), "seed, footnote 14"],
  ["A/C.3/55/3", symbol({ series: "A", bodies: ["C.3"], session: "55", number: "3" }), "seed, footnote 15"],
  [
    "A/C.3/80/L.20/Rev.1",
    symbol({ series: "A", bodies: ["C.3"], session: "80", number: "L.20", modifiers: [{ kind: "Rev", value: "1" }] }),
    "ga/A-RES-80-190.xml",
  ],
  ["A/RES/ES-11/1", symbol({ series: "A", category: "RES", session: "ES-11", number: "1" }), "ga/A-RES-ES-11-4.xml"],
  ["A/RES/ES-10/13", symbol({ series: "A", category: "RES", session: "ES-10", number: "13" }), "ga/A-RES-78-76.xml"],
  ["E/CN.6/2020/3", symbol({ series: "E", bodies: ["CN.6"], session: "2020", number: "3" }), "ga/A-RES-78-180.xml"],
  [
    "A/HRC/RES/18/19",
    symbol({ series: "A", bodies: ["HRC"], category: "RES", session: "18", number: "19" }),
    "sc/S-RES-2014.xml",
  ],
  ["S/PRST/2010/16", symbol({ series: "S", category: "PRST", session: "2010", number: "16" }), "sc/S-RES-1950.xml"],
  ["A/77/PV.53", symbol({ series: "A", session: "77", number: "PV.53" }), "ga/A-RES-77-160.xml"],
  ["A/C.6/56/SR.11", symbol({ series: "A", bodies: ["C.6"], session: "56", number: "SR.11" }), "ga/A-RES-77-106.xml"],
  [
    "A/64/742-S/2010/181",
    {
      ...symbol({ series: "A", session: "64", number: "742" }),
      joint: symbol({ series: "S", session: "2010", number: "181" }),
    },
    "sc/S-RES-1960.xml",
  ],
  [
    "A/RES/75/250 B",
    symbol({ series: "A", category: "RES", session: "75", number: "250", letter: "B" }),
    "ga/A-RES-75-250-B.xml",
  ],
  [
    "A/RES/77/128 A-B",
    symbol({ series: "A", category: "RES", session: "77", number: "128", letter: "A-B" }),
    "ga/A-RES-77-128.xml",
  ],
  [
    "A/CONF.157/24 (Part I)",
    symbol({ series: "A", bodies: ["CONF.157"], number: "24", modifiers: [{ kind: "Part", value: "I" }] }),
    "ga/A-RES-80-190.xml",
  ],
  [
    "A/65/456/Add.2 (Part II)",
    symbol({
      series: "A",
      session: "65",
      number: "456",
      modifiers: [
        { kind: "Add", value: "2" },
        { kind: "Part", value: "II" },
      ],
    }),
    "brief of issue 4",
  ],
  [
    "FCCC/CP/2015/10/Add.1",
    symbol({ series: "FCCC", bodies: ["CP"], session: "2015", number: "10", modifiers: [{ kind: "Add", value: "1" }] }),
    "ga/A-RES-77-160.xml",
  ],
  [
    "A/66/53/Add.1/Corr.1",
    symbol({
      series: "A",
      session: "66",
      number: "53",
      modifiers: [
        { kind: "Add", value: "1" },
        { kind: "Corr", value: "1" },
      ],
    }),
    "ga/A-RES-78-202.xml",
  ],
  ["UNEP/EA.5/Res.14", symbol({ series: "UNEP", bodies: ["EA.5"], number: "Res.14" }), "ga/A-RES-80-134.xml"],
  ["S/RES/2190 (2014)", symbol({ series: "S", category: "RES", number: "2190", year: 2014 }), "sc/S-RES-2190.xml"],
  ["A/ES-11/L.7", symbol({ series: "A", session: "ES-11", number: "L.7" }), "ga/A-RES-ES-11-6.xml"],
  ["A/S-12/2", symbol({ series: "A", session: "S-12", number: "2" }), "ga/A-RES-78-18.xml"],
  [
    "E/CN.4/Sub.2/2000/46",
    symbol({ series: "E", bodies: ["CN.4", "Sub.2"], session: "2000", number: "46" }),
    "ga/A-RES-79-166.xml",
  ],
  [
    "ST/SGB/2013/4/Amend.1",
    symbol({ series: "ST", bodies: ["SGB"], session: "2013", number: "4", modifiers: [{ kind: "Amend", value: "1" }] }),
    "ga/A-RES-80-242.xml",
  ],
  ["A/AC.105/C.1/127", symbol({ series: "A", bodies: ["AC.105", "C.1"], number: "127" }), "ga/A-RES-80-76.xml"],
  [
    "UNEP/CBD/COP/DEC/XII/11",
    symbol({ series: "UNEP", bodies: ["CBD", "COP"], category: "DEC", session: "XII", number: "11" }),
    "ga/A-RES-77-178.xml",
  ],
  [
    "NPT/CONF.2000/28 (Parts I and II)",
    symbol({ series: "NPT", bodies: ["CONF.2000"], number: "28", modifiers: [{ kind: "Parts", value: "I and II" }] }),
    "ga/A-RES-78-30.xml",
  ],
  [
    "NPT/CONF.2010/50 (Vol. I)",
    symbol({ series: "NPT", bodies: ["CONF.2010"], number: "50", modifiers: [{ kind: "Vol", value: "I" }] }),
    "ga/A-RES-76-48.xml",
  ],
  [
    "NPT/CONF.1995/32 (Part I)/Corr.2",
    symbol({
      series: "NPT",
      bodies: ["CONF.1995"],
      number: "32",
      modifiers: [
        { kind: "Part", value: "I" },
        { kind: "Corr", value: "2" },
      ],
    }),
    "ga/A-RES-78-30.xml",
  ],
  [
    "A/78/6 (Sect. 3)/Add.8",
    symbol({
      series: "A",
      session: "78",
      number: "6",
      modifiers: [
        { kind: "Sect", value: "3" },
        { kind: "Add", value: "8" },
      ],
    }),
    "ga/A-RES-78-274.xml",
  ],
  ["S/2002/494*", symbol({ series: "S", session: "2002", number: "494", reissued: true }), "sc/S-RES-1408.xml"],
  // Resolution numbers: symbols without a series.
  ["2200 A (XXI)", symbol({ number: "2200", letter: "A", romanSession: "XXI" }), "seed, footnote 16"],
  ["64/293", symbol({ session: "64", number: "293" }), "seed, footnote 10"],
  ["75/242 B", symbol({ session: "75", number: "242", letter: "B" }), "ga/A-RES-75-242-B.xml"],
  ["S-13/2", symbol({ session: "S-13", number: "2" }), "brief of issue 4"],
  ["ES-11/1", symbol({ session: "ES-11", number: "1" }), "ga/A-RES-ES-11-4.xml"],
  ["1325 (2000)", symbol({ number: "1325", year: 2000 }), "Security Council resolution 1325 (2000)"],
  [
    "A/RES/3201 (S-VI)",
    symbol({ series: "A", category: "RES", number: "3201", romanSession: "S-VI" }),
    "research.un.org guide",
  ],
];

describe("parseSymbol on real symbols", () => {
  it.each(TABLE)("%s", (input, expected) => {
    const parsed = parseSymbol(input);
    expect(parsed).toEqual(expected);
    expect(DocumentSymbol.safeParse(parsed).success).toBe(true);
    expect(formatSymbol(parsed)).toBe(input);
  });
});

describe("parseSymbol on non-canonical spellings", () => {
  it.each([
    ["S/RES/2334(2016)", "S/RES/2334 (2016)"],
    ["A/RES/2200(XXI)", "A/RES/2200 (XXI)"],
    ["A/73/12(Part I)", "A/73/12 (Part I)"],
  ])("%s formats as %s", (input, canonical) => {
    expect(formatSymbol(parseSymbol(input))).toBe(canonical);
  });
});

describe("parseSymbol errors", () => {
  it.each([
    ["", "empty", 0],
    ["A/65/ 209", "unexpected-character", 5],
    ["A//1", "bad-component", 2],
    ["A/65/", "missing-number", 5],
    ["A/C.6/79.SR.37", "bad-number", 6], // a typo in ga/A-RES-80-168.xml: "79.SR.37" for "79/SR.37"
    ["S/PRST2009/9", "bad-component", 2], // a typo in sc/S-RES-1996.xml for S/PRST/2009/9
    ["A/65/209 (Part)", "bad-bracket", 8],
    ["A/RES/65/190/Add.1 B", "misplaced-suffix", 18],
    ["A/RES (2016)/1", "misplaced-suffix", 5],
  ])("%j fails with %s at %i", (input, code, offset) => {
    const result = safeParseSymbol(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(SymbolParseError);
    expect(result.error.code).toBe(code);
    expect(result.error.offset).toBe(offset);
    expect(() => parseSymbol(input)).toThrow(SymbolParseError);
  });

  it("points at the offending character with a caret", () => {
    const result = safeParseSymbol("A/65/ 209");
    expect(result.success ? "" : result.error.message).toContain("A/65/ 209\n       ^");
  });
});
