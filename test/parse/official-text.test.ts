/**
 * The parser on every adopted resolution of the corpus, written as its official text reads once
 * extracted (test/helpers/official-text.ts) from what the UN's own Akoma Ntoso says. This reaches
 * the structures that the few real text files do not hold: subparagraphs at several levels,
 * bullets, letter suffixes ("75/242 B", "76/84 A-B"), emergency special sessions, Security Council
 * headers. The reference is the XML read by fromAkomaNtoso.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeFromAkomaNtoso } from "../../src/akn/index.js";
import { safeParseResolution } from "../../src/parse/index.js";
import type { Resolution, Subparagraph } from "../../src/schemas/index.js";
import { officialText } from "../helpers/official-text.js";
import { corpusFiles, hasCorpus } from "../helpers/shared.js";

const shape = (subs: readonly Subparagraph[]): string =>
  subs.map((s) => s.label + (s.subparagraphs.length > 0 ? `(${shape(s.subparagraphs)})` : "")).join(",");
const texts = (r: Resolution) => [...r.preamble, ...r.operative].map((c) => c.text.replace(/\s+/g, " ").trim());

describe.skipIf(!hasCorpus)("parseResolution on the official text of every adopted resolution in akn/", () => {
  const tally = { files: 0, parsed: 0, symbol: 0, date: 0, counts: 0, texts: 0, subparagraphs: 0, refs: 0 };
  const failures: string[] = [];
  for (const file of [...corpusFiles("akn/ga", ".xml"), ...corpusFiles("akn/sc", ".xml")]) {
    const reference = safeFromAkomaNtoso(readFileSync(file, "utf8"));
    if (!reference.success) continue; // drafts that were never adopted
    const want = reference.data;
    tally.files++;
    const result = safeParseResolution(officialText(want));
    if (!result.success) {
      failures.push(`${file}: ${result.error.message}`);
      continue;
    }
    const got = result.data;
    tally.parsed++;
    if (got.symbol === want.symbol) tally.symbol++;
    if (got.adoptionDate === want.adoptionDate) tally.date++;
    const sameCounts =
      got.preamble.length === want.preamble.length &&
      got.operative.length === want.operative.length &&
      got.footnotes.length === want.footnotes.length;
    if (sameCounts) tally.counts++;
    if (JSON.stringify(texts(got)) === JSON.stringify(texts(want))) tally.texts++;
    if (shape(got.operative.flatMap((c) => c.subparagraphs)) === shape(want.operative.flatMap((c) => c.subparagraphs)))
      tally.subparagraphs++;
    const refs = (r: Resolution) => JSON.stringify([...r.preamble, ...r.operative].map((c) => c.footnoteRefs));
    if (refs(got) === refs(want)) tally.refs++;
  }

  it("reads every one of them", () => {
    expect(tally.files).toBeGreaterThan(1_000);
    expect(failures).toEqual([]);
  });

  it("reads the symbol and the adoption date of every one", () => {
    expect(tally.symbol).toBe(tally.files);
    expect(tally.date).toBe(tally.files);
  });

  it("finds the XML's paragraph and footnote counts, and the footnote references, in at least 99%", () => {
    expect(tally.counts / tally.files).toBeGreaterThanOrEqual(0.99);
    expect(tally.refs / tally.files).toBeGreaterThanOrEqual(0.99);
  });

  it("nests the subparagraphs as the XML does in at least 98%", () => {
    expect(tally.subparagraphs / tally.files).toBeGreaterThanOrEqual(0.98);
  });

  it("gives every paragraph's text exactly (white space aside) in at least 94%", () => {
    expect(tally.texts / tally.files).toBeGreaterThanOrEqual(0.94);
  });
});
