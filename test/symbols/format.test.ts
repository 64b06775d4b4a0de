import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DocumentSymbol, SymbolModifier } from "../../src/schemas/index.js";
import { DocumentSymbol as DocumentSymbolSchema } from "../../src/schemas/index.js";
import { formatSymbol, parseSymbol } from "../../src/symbols/index.js";

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);

/** Canonical symbols built from the grammar's parts, so that each one has a known structure. */
const modifier: fc.Arbitrary<SymbolModifier> = fc.oneof(
  fc.record({ kind: pick(["Add", "Corr", "Rev", "Amend"] as const), value: digits(1, 30) }),
  fc.constant({ kind: "Summary" as const }),
  fc.record({ kind: pick(["Part", "Vol"] as const), value: pick(["I", "II", "III", "IV", "2"]) }),
  fc.record({ kind: fc.constant("Parts" as const), value: pick(["I and II", "II and III"]) }),
  fc.record({ kind: fc.constant("Sect" as const), value: digits(1, 35) }),
);

const documentSymbol: fc.Arbitrary<DocumentSymbol> = fc
  .record({
    series: pick(["A", "S", "E", "ST", "CEDAW", "FCCC", "UNEP"]),
    bodies: fc.array(pick(["C.3", "HRC", "CN.4", "Sub.2", "AC.105", "CONF.177", "WG.6", "COP-MOP"]), { maxLength: 2 }),
    category: fc.option(pick(["RES", "PRST", "INF"]), { nil: undefined }),
    session: fc.option(
      fc.oneof(
        digits(1, 80),
        digits(1946, 2030),
        digits(1, 30).map((n) => `ES-${n}`),
        digits(1, 30).map((n) => `S-${n}`),
      ),
      {
        nil: undefined,
      },
    ),
    subseries: fc.array(pick(["RC", "A", "INF"]), { maxLength: 1 }),
    number: fc.oneof(
      digits(1, 99999),
      fc.tuple(pick(["L", "PV", "SR", "CRP", "Res"]), digits(1, 999)).map(([m, n]) => `${m}.${n}`),
    ),
    letter: fc.option(pick(["A", "B", "A-C"]), { nil: undefined }),
    bracket: fc.option(fc.oneof(pick(["XXI", "S-VI", "ES-V", "III"]), fc.integer({ min: 1946, max: 2030 })), {
      nil: undefined,
    }),
    modifiers: fc.array(modifier, { maxLength: 3 }),
    reissued: fc.option(fc.constant(true), { nil: undefined }),
  })
  .map(({ bracket, ...parts }) => {
    const symbol: DocumentSymbol = {
      type: "documentSymbol",
      series: parts.series,
      bodies: parts.bodies,
      subseries: parts.session === undefined ? [] : parts.subseries,
      number: parts.number,
      modifiers: parts.modifiers,
    };
    if (parts.category !== undefined) symbol.category = parts.category;
    if (parts.session !== undefined) symbol.session = parts.session;
    if (parts.letter !== undefined) symbol.letter = parts.letter;
    if (typeof bracket === "string") symbol.romanSession = bracket;
    if (typeof bracket === "number") symbol.year = bracket;
    if (parts.reissued !== undefined) symbol.reissued = parts.reissued;
    return symbol;
  });

describe("formatSymbol and parseSymbol", () => {
  it("parseSymbol(formatSymbol(s)) gives back s, and formatSymbol(parseSymbol(text)) gives back the text", () => {
    fc.assert(
      fc.property(documentSymbol, (symbol) => {
        const text = formatSymbol(symbol);
        const parsed = parseSymbol(text);
        expect(formatSymbol(parsed)).toBe(text);
        expect(DocumentSymbolSchema.safeParse(parsed).success).toBe(true);
        // The parts survive too, except that parsing fills in keys in schema order.
        expect(parsed).toEqual(symbol);
      }),
      { numRuns: 500 },
    );
  });

  it("holds for joint symbols", () => {
    fc.assert(
      fc.property(documentSymbol, documentSymbol, (first, second) => {
        // A joining hyphen follows a digit or a bracket, as in "A/64/742-S/2010/181".
        const head = {
          ...first,
          letter: undefined,
          reissued: undefined,
          modifiers: first.modifiers.filter((m) => m.kind !== "Summary"),
        };
        const text = `${formatSymbol(head)}-${formatSymbol(second)}`;
        expect(formatSymbol(parseSymbol(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws anything but SymbolParseError on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (input) => {
        try {
          parseSymbol(input);
        } catch (error) {
          expect((error as Error).name).toBe("SymbolParseError");
        }
      }),
      { numRuns: 1000 },
    );
  });
});
