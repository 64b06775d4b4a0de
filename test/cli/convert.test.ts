import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Resolution } from "../../src/schemas/index.js";
import { corpusRoot, hasCorpus, seedPath } from "../helpers/shared.js";
import { ensureBuilt, root, STACK_LINE, unres } from "./helpers.js";

beforeAll(ensureBuilt);

const dir = mkdtempSync(join(tmpdir(), "unres-convert-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasCorpus)("unres convert: the UN's Akoma Ntoso of A/RES/75/10", () => {
  // Read in corpus/akn/ga/A-RES-75-10.xml: docNumber "A/RES/75/10", adoptionDate 2020-11-23, the
  // title "Cooperation between the United Nations and the International Criminal Police Organization
  // (INTERPOL)", 21 preambular containers (the last "Convinced"), operative paragraphs numbered 1.
  // to 16. ("Calls for" … "Decides"), authorialNote markers 1 to 7.
  const file = join(corpusRoot, "akn/ga/A-RES-75-10.xml");

  it("converts to JSON by default", () => {
    const run = unres(["convert", file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const r = Resolution.parse(JSON.parse(run.stdout));
    expect(r.symbol).toBe("A/RES/75/10");
    expect(r.adoptionDate).toBe("2020-11-23");
    expect(r.title).toBe(
      "Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)",
    );
    expect(r.preamble).toHaveLength(21);
    expect(r.preamble[20]?.leadingPhrase).toBe("Convinced");
    expect(r.operative.map((c) => c.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(r.operative[0]?.actionPhrase).toBe("Calls for");
    expect(r.operative[15]?.actionPhrase).toBe("Decides");
    expect(r.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("converts to an outline, Markdown and text", () => {
    const outline = unres(["convert", file, "--to", "outline"]);
    expect(outline.status).toBe(0);
    expect(outline.stdout.split("\n")[0]).toContain("A/RES/75/10");
    expect(outline.stdout).toMatch(/21 preambular, 16 operative, 7 footnotes/);
    expect(outline.stdout).toMatch(/^ +16 +Decides$/m);
    for (const to of ["md", "text"]) {
      const run = unres(["convert", file, "--to", to]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(
        "75/10. Cooperation between the United Nations and the International Criminal Police",
      );
      expect(run.stdout).toMatch(
        /^16\\?\. \*?Decides\*? to include in the provisional agenda of its seventy-seventh session/m,
      );
    }
  });

  it("reads standard input for '-', with the same result", () => {
    const piped = unres(["convert", "-", "--to", "json"], { input: readFileSync(file, "utf8") });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(unres(["convert", file]).stdout);
  });

  it("refuses a draft that was not adopted (S/2023/506, vetoed), with exit code 1", () => {
    const draft = join(corpusRoot, "akn/sc/S-2023-506.xml");
    const xml = readFileSync(draft, "utf8");
    expect(xml).toContain('name="draftResolution"');
    const run = unres(["convert", draft]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^unres: ${draft.replaceAll(".", "\\.")}: expected an adopted resolution.*\\[NOT_ADOPTED\\]\\n$`),
    );
  });
});

describe("unres convert: failures", () => {
  it("XML that is not well-formed: file, line and column of the fault", () => {
    const file = join(dir, "broken.xml");
    writeFileSync(file, '<?xml version="1.0"?>\n<akomaNtoso>\n  <statement>\n</akomaNtoso>\n');
    const run = unres(["convert", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^unres: ${file.replaceAll(".", "\\.")}:\\d+:\\d+: .*\\[NOT_WELL_FORMED\\]\\n$`),
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("XML that is not Akoma Ntoso", () => {
    const file = join(dir, "page.xml");
    writeFileSync(file, "<html><body><p>A/RES/65/190</p></body></html>\n");
    const run = unres(["convert", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("[NOT_AKOMA_NTOSO]");
  });

  it("a resolution text, with a pointer to parse", () => {
    const name = relative(root, seedPath);
    const run = unres(["convert", name]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `unres: ${name}:1:1: expected Akoma Ntoso XML, found text (use "unres parse" for a text) [TEXT_INPUT]\n`,
    );
  });

  it("a missing file", () => {
    const run = unres(["convert", "A-RES-0-0.xml"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("unres: A-RES-0-0.xml: no such file or directory [ENOENT]\n");
  });
});
