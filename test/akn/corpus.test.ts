import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fromAkomaNtoso, safeFromAkomaNtoso, toAkomaNtoso } from "../../src/akn/index.js";
import { Resolution } from "../../src/schemas/index.js";
import { corpusFiles, hasCorpus, hasXsd } from "../helpers/shared.js";
import { xmlCounts } from "./xml-counts.js";
import { validateAkomaNtoso } from "./xsd.js";

/** A draft the Security Council did not adopt, as its own markup says. */
const DRAFT = /<statement name="draftResolution"/;

interface Read {
  file: string;
  xml: string;
  result: ReturnType<typeof safeFromAkomaNtoso>;
}

describe.skipIf(!hasCorpus)("every file of the UN's Akoma Ntoso corpus", () => {
  const files = [...corpusFiles("akn/ga", ".xml"), ...corpusFiles("akn/sc", ".xml")];
  const read: Read[] = [];
  const written = new Map<string, string>();

  beforeAll(() => {
    for (const path of files) {
      const xml = readFileSync(path, "utf8");
      read.push({ file: basename(path), xml, result: safeFromAkomaNtoso(xml) });
    }
  });

  const adopted = () => read.filter((r) => !DRAFT.test(r.xml));

  it("reads every adopted resolution, and refuses only the drafts, as not adopted", () => {
    expect(files.length).toBeGreaterThan(1700);
    const refused = read.filter((r) => !r.result.success).map((r) => r.file);
    const drafts = read.filter((r) => DRAFT.test(r.xml)).map((r) => r.file);
    expect(refused).toEqual(drafts);
    expect(drafts).toContain("S-2024-312.xml");
    for (const r of read) if (!r.result.success) expect(r.result.error.code).toBe("NOT_ADOPTED");
  });

  it("gives resolutions that pass Resolution.parse", () => {
    const failing: string[] = [];
    for (const r of adopted()) {
      if (r.result.success && !Resolution.safeParse(r.result.data).success) failing.push(r.file);
    }
    expect(failing).toEqual([]);
  });

  it("has as many preambular and operative paragraphs and footnotes as the XML (counted apart)", () => {
    const differing: string[] = [];
    for (const r of adopted()) {
      if (!r.result.success) continue;
      const counts = xmlCounts(r.xml);
      const data = r.result.data;
      const ours = {
        preambular: data.preamble.length,
        operative: data.operative.length,
        footnotes: data.footnotes.length,
      };
      if (JSON.stringify(ours) !== JSON.stringify(counts)) {
        differing.push(`${r.file}: XML ${JSON.stringify(counts)}, read ${JSON.stringify(ours)}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it("reads back what it writes: fromAkomaNtoso(toAkomaNtoso(r)) equals r", () => {
    const differing: string[] = [];
    for (const r of adopted()) {
      if (!r.result.success) continue;
      const xml = toAkomaNtoso(r.result.data);
      written.set(r.file, xml);
      if (JSON.stringify(fromAkomaNtoso(xml)) !== JSON.stringify(r.result.data)) differing.push(r.file);
    }
    expect(written.size).toBe(adopted().length);
    expect(differing).toEqual([]);
  });

  it.skipIf(!hasXsd)("writes XML that the OASIS Akoma Ntoso schema accepts, for every file", async () => {
    for (const r of adopted())
      if (r.result.success && !written.has(r.file)) written.set(r.file, toAkomaNtoso(r.result.data));
    expect(written.size).toBe(adopted().length);
    const docs = [...written].map(([name, xml]) => ({ name, xml }));
    const invalid = await validateAkomaNtoso(docs);
    expect([...invalid.keys()]).toEqual([]);
  });
});
