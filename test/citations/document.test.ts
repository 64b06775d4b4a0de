import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainSymbolAt, readSymbolGroup, symbolStarts } from "../../src/citations/document.js";
import { safeParseSymbol } from "../../src/symbols/parse.js";
import { scanSymbol } from "../../src/symbols/scan.js";

/** What the starts must agree with: the global search with a lookbehind that the finder used to run. */
const SYMBOL_START_AFTER_NO_TOKEN = /(?<![A-Za-z0-9/.-])[A-Z]{1,8}\//g;

describe("symbolStarts", () => {
  it("finds a start at each series and slash, not inside a symbol or a longer run of capitals", () => {
    // "HIV/" may begin a symbol (the reader refuses it later); "C.3/", "AIDS" and a nine-letter series may not.
    const text = "A/64/53 and Corr.1, HIV/AIDS, ABCDEFGHI/1, (A/C.3/65/L.21)";
    expect(symbolStarts(text)).toEqual([0, text.indexOf("HIV/"), text.indexOf("A/C.3")]);
  });

  it("agrees with the global search /(?<![A-Za-z0-9/.-])[A-Z]{1,8}\\//g, for any text", () => {
    const piece = fc.oneof(
      fc.constantFrom("/", "A", "ABCDEFGH", "C.3", " ", "(", "-", ".", "a", "9", "HIV/S"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(symbolStarts(text)).toEqual([...text.matchAll(SYMBOL_START_AFTER_NO_TOKEN)].map((m) => m.index));
      }),
    );
  });
});

/** Symbols of the plain shapes: a series, a session or year maybe, a number, modifiers. */
const plainSymbol = fc.stringMatching(/^[A-Z]{1,8}(?:\/\d{1,4})?\/\d{1,5}(?:\/(?:Add|Corr|Rev|Amend)\.\d{1,3}){0,3}$/);

/** Texts of symbol pieces: plain symbols and pieces near their edges (long series and numbers, other words after a slash). */
const symbolText = fc
  .array(
    fc.oneof(
      plainSymbol,
      fc.stringMatching(/^[A-Z]{1,9}(?:\/(?:[0-9]{1,6}|(?:Add|Corr|Sum|[A-Z][a-z]{0,4})\.?[0-9]{0,4})){1,4}$/),
      fc.constantFrom("/", "-", ".", " ", "(", ")", " (1967)", "*", " B", " and Corr.1", " and ", ", annex"),
      fc.constantFrom("Add", "Corr", "Rev", "Amend", "Sum", "Summary", "add", "RES", "C.3", "CN.6", "Agenda", "ES-"),
      fc.stringMatching(/^[A-Z]{1,9}$/),
      fc.stringMatching(/^[0-9]{1,6}$/),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 14 },
  )
  .map((pieces) => pieces.join(""));

/** Where the first symbol of a group ends when every symbol is parsed in full (the reader before its fast path). */
function parsedSymbolEnd(text: string, at: number): number | undefined {
  const end = scanSymbol(text, at);
  return end !== undefined && safeParseSymbol(text.slice(at, end)).success ? end : undefined;
}

describe("isPlainSymbolAt", () => {
  it("takes the symbols Security Council texts cite most, and leaves a bracketed year to the full parse", () => {
    // Symbols of the OCR corpus: S-RES-250 cites "(S/8561)"; "S/5426/Add.2" and "S/2002/914" are cited too.
    expect(isPlainSymbolAt("(S/8561), 25", 1, 7)).toBe(true);
    expect(isPlainSymbolAt("S/5426/Add.2", 0, 12)).toBe(true);
    expect(isPlainSymbolAt("S/2002/914", 0, 10)).toBe(true);
    expect(isPlainSymbolAt("S/RES/242 (1967)", 0, 16)).toBe(false);
    expect(isPlainSymbolAt("E/CN.6/2010/2", 0, 13)).toBe(false);
    expect(isPlainSymbolAt("S/1234", 0, 5)).toBe(false);
  });

  it("never says yes to a symbol the full parse refuses, and says yes to every plain one", () => {
    fc.assert(
      fc.property(symbolText, (text) => {
        for (const at of symbolStarts(text)) {
          const end = scanSymbol(text, at);
          if (end !== undefined && isPlainSymbolAt(text, at, end)) {
            expect(safeParseSymbol(text.slice(at, end)).success).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(plainSymbol, (symbol) => {
        expect(isPlainSymbolAt(symbol, 0, symbol.length)).toBe(true);
        expect(safeParseSymbol(symbol).success).toBe(true);
      }),
    );
  });
});

describe("readSymbolGroup", () => {
  it("reads a group where, and only where, the full parse reads its first symbol", () => {
    fc.assert(
      fc.property(symbolText, (text) => {
        for (const at of symbolStarts(text)) {
          const group = readSymbolGroup(text, at);
          const end = parsedSymbolEnd(text, at);
          expect(group?.symbols[0]?.end).toBe(end);
          if (group !== undefined) {
            expect(group.symbols[0]?.symbol).toBe(text.slice(at, end).replace(/\s/g, " "));
          }
        }
      }),
    );
  });
});
