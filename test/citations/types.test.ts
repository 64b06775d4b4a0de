import { describe, expectTypeOf, it } from "vitest";
import {
  type CitationPlace,
  citationsOf,
  citeFootnotes,
  findCitations,
  type PlacedCitation,
  type TreatyRecord,
  treatyByUnts,
  treatyNameBefore,
} from "../../src/citations/index.js";
import type { Citation, DocumentSymbol, Resolution, SymbolModifier } from "../../src/schemas/index.js";
import {
  parseSymbol,
  type SymbolParseError,
  safeParseSymbol,
  type UnLanguage,
  undocsUrl,
} from "../../src/symbols/index.js";

describe("public types of citations and symbols", () => {
  it("keeps the signatures the parser relies on", () => {
    expectTypeOf(findCitations).toEqualTypeOf<(text: string) => Citation[]>();
    expectTypeOf(citeFootnotes).parameter(0).toEqualTypeOf<ReadonlyArray<{ number: number; text: string }>>();
    expectTypeOf(citeFootnotes).returns.toEqualTypeOf<Citation[][]>();
    expectTypeOf(treatyNameBefore).toEqualTypeOf<(text: string, offset: number) => string | undefined>();
    expectTypeOf(treatyByUnts).returns.toEqualTypeOf<TreatyRecord | undefined>();
  });

  it("types citationsOf's places as a union told apart by kind", () => {
    expectTypeOf(citationsOf).parameter(0).toEqualTypeOf<Resolution>();
    expectTypeOf(citationsOf).returns.toEqualTypeOf<PlacedCitation[]>();
    expectTypeOf<Extract<CitationPlace, { kind: "footnote" }>["markedIn"]>().toEqualTypeOf<
      Array<{ kind: "preambular" | "operative"; number: number }>
    >();
  });

  it("types symbols, their recursive joint and the results", () => {
    expectTypeOf(parseSymbol).returns.toEqualTypeOf<DocumentSymbol>();
    expectTypeOf<DocumentSymbol["joint"]>().toEqualTypeOf<DocumentSymbol | undefined>();
    expectTypeOf<DocumentSymbol["modifiers"]>().toEqualTypeOf<SymbolModifier[]>();
    expectTypeOf(safeParseSymbol).returns.toEqualTypeOf<
      { success: true; data: DocumentSymbol } | { success: false; error: SymbolParseError }
    >();
    expectTypeOf(undocsUrl).parameter(1).toEqualTypeOf<UnLanguage | undefined>();
  });
});
