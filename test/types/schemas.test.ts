import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type * as Root from "../../src/index.js";
import type * as Schemas from "../../src/schemas/index.js";
import type {
  Annex,
  CharterReference,
  Citation,
  DocumentReference,
  Footnote,
  FootnoteRef,
  OfficialRecordsReference,
  OperativeClause,
  Point,
  Position,
  PreambularClause,
  PublicationReference,
  Resolution,
  ResolutionReference,
  Span,
  Subparagraph,
  TreatyReference,
} from "../../src/schemas/index.js";

// Type tests: checked by `tsc -p .` (npm run typecheck); at run time expectTypeOf does nothing.

describe("public types of the model", () => {
  it("Resolution: the header facts, the two parts and the footnotes", () => {
    expectTypeOf<Resolution["type"]>().toEqualTypeOf<"resolution">();
    expectTypeOf<Resolution["symbol"]>().toEqualTypeOf<string>();
    expectTypeOf<Resolution["adoptionDate"]>().toEqualTypeOf<string>();
    expectTypeOf<Resolution["title"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Resolution["preamble"]>().toEqualTypeOf<PreambularClause[]>();
    expectTypeOf<Resolution["operative"]>().toEqualTypeOf<OperativeClause[]>();
    expectTypeOf<Resolution["footnotes"]>().toEqualTypeOf<Footnote[]>();
    expectTypeOf<Resolution["annexes"]>().toEqualTypeOf<Annex[] | undefined>();
    expectTypeOf<Resolution["position"]>().toEqualTypeOf<Position | undefined>();
    expectTypeOf<Resolution>().toHaveProperty("session");
    // Required keys are required: an object without the preamble is no Resolution.
    expectTypeOf<Omit<Resolution, "preamble">>().not.toExtend<Resolution>();
  });

  it("PreambularClause and OperativeClause: literal types, numbers, phrases, references by number", () => {
    expectTypeOf<PreambularClause["type"]>().toEqualTypeOf<"preambular">();
    expectTypeOf<PreambularClause["number"]>().toEqualTypeOf<number>();
    expectTypeOf<PreambularClause["leadingPhrase"]>().toEqualTypeOf<string>();
    expectTypeOf<PreambularClause["footnoteRefs"]>().toEqualTypeOf<FootnoteRef[]>();
    expectTypeOf<PreambularClause["citations"]>().toEqualTypeOf<Citation[] | undefined>();
    expectTypeOf<OperativeClause["type"]>().toEqualTypeOf<"operative">();
    expectTypeOf<OperativeClause["actionPhrase"]>().toEqualTypeOf<string>();
    expectTypeOf<OperativeClause["subparagraphs"]>().toEqualTypeOf<Subparagraph[]>();
    expectTypeOf<PreambularClause>().not.toExtend<OperativeClause>();
  });

  it("Subparagraph nests to any depth", () => {
    expectTypeOf<Subparagraph["subparagraphs"][number]>().toEqualTypeOf<Subparagraph>();
    expectTypeOf<Subparagraph["subparagraphs"][number]["subparagraphs"][number]["label"]>().toEqualTypeOf<string>();
    expectTypeOf<Subparagraph["span"]>().toEqualTypeOf<Span | undefined>();
  });

  it("Footnote and FootnoteRef are joined by number", () => {
    expectTypeOf<Footnote["type"]>().toEqualTypeOf<"footnote">();
    expectTypeOf<Footnote["number"]>().toEqualTypeOf<FootnoteRef["number"]>();
    expectTypeOf<Footnote["citations"]>().toEqualTypeOf<Citation[]>();
    expectTypeOf<FootnoteRef>().toEqualTypeOf<{ number: number; offset: number }>();
  });

  it("TreatyReference: UNTS volume and number", () => {
    expectTypeOf<TreatyReference["type"]>().toEqualTypeOf<"treaty">();
    expectTypeOf<TreatyReference["volume"]>().toEqualTypeOf<number>();
    expectTypeOf<TreatyReference["number"]>().toEqualTypeOf<number>();
    expectTypeOf<TreatyReference["ibid"]>().toEqualTypeOf<boolean>();
    expectTypeOf<TreatyReference["page"]>().toEqualTypeOf<number | undefined>();
  });

  it("Citation is a union told apart by `type`, and narrowing on it gives each member", () => {
    expectTypeOf<Citation["type"]>().toEqualTypeOf<
      "treaty" | "resolution" | "document" | "officialRecords" | "publication" | "charter"
    >();
    expectTypeOf<Extract<Citation, { type: "treaty" }>>().toEqualTypeOf<TreatyReference>();
    expectTypeOf<Extract<Citation, { type: "resolution" }>>().toEqualTypeOf<ResolutionReference>();
    expectTypeOf<Extract<Citation, { type: "document" }>>().toEqualTypeOf<DocumentReference>();
    expectTypeOf<Extract<Citation, { type: "officialRecords" }>>().toEqualTypeOf<OfficialRecordsReference>();
    expectTypeOf<Extract<Citation, { type: "publication" }>>().toEqualTypeOf<PublicationReference>();
    expectTypeOf<Extract<Citation, { type: "charter" }>>().toEqualTypeOf<CharterReference>();

    const describeCitation = (c: Citation): string => {
      switch (c.type) {
        case "treaty":
          expectTypeOf(c).toEqualTypeOf<TreatyReference>();
          return `UNTS ${c.volume}/${c.number}`;
        case "document":
          expectTypeOf(c).toEqualTypeOf<DocumentReference>();
          return c.symbol;
        case "officialRecords":
          expectTypeOf(c.symbols).toEqualTypeOf<string[]>();
          return c.body;
        default:
          expectTypeOf(c).toEqualTypeOf<ResolutionReference | PublicationReference | CharterReference>();
          return c.type;
      }
    };
    expectTypeOf(describeCitation).returns.toEqualTypeOf<string>();
  });

  it("Point, Position and Span are plain numbers", () => {
    expectTypeOf<Point>().toEqualTypeOf<{ line: number; column: number; offset: number }>();
    expectTypeOf<Position>().toEqualTypeOf<{ start: Point; end: Point }>();
    expectTypeOf<Span>().toEqualTypeOf<{ start: number; end: number }>();
  });

  it("each type is the output of the schema of the same name, and input and output agree", () => {
    expectTypeOf<z.output<typeof Schemas.Resolution>>().toEqualTypeOf<Resolution>();
    expectTypeOf<z.input<typeof Schemas.Resolution>>().toEqualTypeOf<Resolution>();
    expectTypeOf<z.output<typeof Schemas.Citation>>().toEqualTypeOf<Citation>();
    expectTypeOf<z.output<typeof Schemas.Footnote>>().toEqualTypeOf<Footnote>();
    expectTypeOf<typeof Schemas.Resolution.parse>().returns.toEqualTypeOf<Resolution>();
  });

  it("the package root re-exports the same schemas and types", () => {
    expectTypeOf<Root.Resolution>().toEqualTypeOf<Resolution>();
    expectTypeOf<typeof Root.Resolution>().toEqualTypeOf<typeof Schemas.Resolution>();
    expectTypeOf<Root.Citation>().toEqualTypeOf<Citation>();
  });

  it("the model holds no Date: dates are ISO strings", () => {
    expectTypeOf<NonNullable<Resolution["meeting"]>["date"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Resolution["adoptionDate"]>().not.toEqualTypeOf<Date>();
  });
});
