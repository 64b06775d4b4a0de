/**
 * The public API, pinned: a name that appears or disappears here is a change users see, and wants
 * a changeset. The lists are written out, not computed.
 */
import { describe, expect, it } from "vitest";

const schemas = [
  "AgendaItem",
  "Annex",
  "CharterReference",
  "Citation",
  "Distribution",
  "DocumentReference",
  "DocumentSymbol",
  "Footnote",
  "FootnoteRef",
  "Meeting",
  "OfficialRecordsReference",
  "OperativeClause",
  "Point",
  "Position",
  "PreambularClause",
  "PublicationReference",
  "RESOLUTION_SCHEMA_ID",
  "Report",
  "Resolution",
  "ResolutionReference",
  "Session",
  "Span",
  "Subparagraph",
  "SymbolModifier",
  "TreatyReference",
  "Vote",
  "resolutionJsonSchema",
];

const everything = [
  ...schemas,
  // data
  "A_RES_65_190",
  // parser
  "ResolutionParseError",
  "parseResolution",
  "safeParseResolution",
  // Akoma Ntoso
  "AKN_NAMESPACE",
  "AkomaNtosoError",
  "fromAkomaNtoso",
  "safeFromAkomaNtoso",
  "toAkomaNtoso",
  // renderings
  "citationSummary",
  "footnoteSummary",
  "toMarkdown",
  "toOutline",
  "toText",
  // citations
  "TREATIES",
  "citationsOf",
  "citeFootnotes",
  "findCitations",
  "treatiesByUnts",
  "treatyByUnts",
  "treatyNameBefore",
  // symbols
  "SymbolParseError",
  "formatSymbol",
  "parseSymbol",
  "safeParseSymbol",
  "undocsUrl",
  // corpus measures
  "AknFactsError",
  "buildCorpusReport",
  "checkOcrTargets",
  "compareFacts",
  "editDistance",
  "factsOfResolution",
  "locateDifference",
  "measureText",
  "normalizeForComparison",
  "readAknFacts",
  "renderCorpusReport",
  "summarize",
  "textSimilarity",
];

describe("the public API", () => {
  it("un-resolutions exports exactly these names", async () => {
    expect(Object.keys(await import("../src/index.js")).sort()).toEqual([...everything].sort());
  });

  it("un-resolutions/schemas exports the model only", async () => {
    expect(Object.keys(await import("../src/schemas/index.js")).sort()).toEqual([...schemas].sort());
  });

  it("un-resolutions/data exports the pre-built resolutions", async () => {
    expect(Object.keys(await import("../src/data/index.js"))).toEqual(["A_RES_65_190"]);
  });
});
