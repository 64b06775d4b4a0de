import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Resolution } from "../../src/schemas/index.js";
import { corpusRoot, hasCorpus, seedPath } from "../helpers/shared.js";
import { ensureBuilt, root, STACK_LINE, unres } from "./helpers.js";

beforeAll(ensureBuilt);

const seedText = readFileSync(seedPath, "utf8");
const seedName = relative(root, seedPath);
const dir = mkdtempSync(join(tmpdir(), "unres-parse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parses `unres parse` JSON output and checks it against the schema. */
function resolutionOf(stdout: string): Resolution {
  return Resolution.parse(JSON.parse(stdout));
}

describe("unres parse: where the text comes from", () => {
  it("reads a file named on the command line", () => {
    const run = unres(["parse", seedName]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const r = resolutionOf(run.stdout);
    // From the seed: "United Nations A/RES/65/190", "65/190. Trafficking in women and girls",
    // "Resolution adopted by the General Assembly on 21 December 2010".
    expect(r.symbol).toBe("A/RES/65/190");
    expect(r.title).toBe("Trafficking in women and girls");
    expect(r.adoptionDate).toBe("2010-12-21");
    expect(r.operative).toHaveLength(33);
    expect(r.operative[7]?.actionPhrase).toBe("Also calls upon");
  });

  it("reads standard input through a pipe when no file is named, and for '-'", () => {
    const piped = unres(["parse"], { input: seedText });
    const dash = unres(["parse", "-"], { input: seedText });
    const file = unres(["parse", seedName]);
    expect(piped.status).toBe(0);
    expect(dash.status).toBe(0);
    expect(piped.stdout).toBe(file.stdout);
    expect(dash.stdout).toBe(file.stdout);
  });

  it("reads the bundled A/RES/65/190 when standard input has nothing (no file, /dev/null or an empty pipe)", () => {
    const file = unres(["parse", seedName]).stdout;
    expect(unres(["parse"]).stdout).toBe(file);
    expect(unres(["parse"], { input: "" }).stdout).toBe(file);
  });

  it("finds the bundled seed from any working folder", () => {
    const run = unres(["parse"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(resolutionOf(run.stdout).symbol).toBe("A/RES/65/190");
  });
});

describe("unres parse: output formats", () => {
  it("writes Markdown and plain text with the title and the paragraphs", () => {
    for (const format of ["md", "text"]) {
      const run = unres(["parse", seedName, "--format", format]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("65/190. Trafficking in women and girls");
      // Operative paragraph 8 of the seed: "8. Also calls upon Governments to take appropriate measures…"
      expect(run.stdout).toMatch(/^8\\?\. \*?Also calls upon\*? Governments to take appropriate measures/m);
    }
  });

  it("writes Akoma Ntoso that names the resolution", () => {
    const run = unres(["parse", seedName, "--format", "akn"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/<akomaNtoso\b/);
    expect(run.stdout).toContain("A/RES/65/190");
    expect(run.stdout).toContain("Trafficking in women and girls");
  });

  it("writes an outline, the same for a file and for the bundled seed", () => {
    const run = unres(["parse", seedName, "--format", "outline"]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/A\/RES\/65\/190.*Trafficking in women and girls/);
    expect(run.stdout).toMatch(/25 preambular, 33 operative, 16 footnotes/);
    expect(run.stdout).toMatch(/^ +8 +Also calls upon$/m);
    expect(unres(["parse", "-f", "outline"]).stdout).toBe(run.stdout);
  });

  it("writes JSON that `unres convert` reads back from the Akoma Ntoso to the same paragraphs", () => {
    const xml = join(dir, "seed.xml");
    writeFileSync(xml, unres(["parse", seedName, "--format", "akn"]).stdout);
    const back = resolutionOf(unres(["convert", xml]).stdout);
    const direct = resolutionOf(unres(["parse", seedName]).stdout);
    expect(back.symbol).toBe(direct.symbol);
    expect(back.operative.map((c) => c.actionPhrase)).toEqual(direct.operative.map((c) => c.actionPhrase));
    expect(back.preamble.map((c) => c.leadingPhrase)).toEqual(direct.preamble.map((c) => c.leadingPhrase));
  });
});

describe("unres parse --diagnostics", () => {
  it("prints the skipped spans with their line and column to standard error, JSON still to standard output", () => {
    const run = unres(["parse", seedName, "--diagnostics"]);
    expect(run.status).toBe(0);
    expect(resolutionOf(run.stdout).symbol).toBe("A/RES/65/190");
    // The seed carries a line of OCR noise between the footnotes of page 1: "т......п.".
    const noiseLine = seedText.split("\n").indexOf("т......п.") + 1;
    expect(noiseLine).toBeGreaterThan(0);
    expect(run.stderr).toContain(`unres: ${seedName}:${noiseLine}:1: skipped: "т......п."`);
    expect(run.stderr).toMatch(
      new RegExp(`^unres: ${seedName.replaceAll(".", "\\.")}: \\d+ diagnostics?, \\d+ skipped spans?$`, "m"),
    );
  });
});

describe.skipIf(!hasCorpus)("unres parse: the pdftotext texts of the corpus", () => {
  // A/RES/78/241, read in /work/shared/corpus/text: "78/241. Lethal autonomous weapons systems",
  // adopted "on 22 December 2023"; nine preambular paragraphs (Affirming … Recognizing the efforts),
  // four operative (1. Stresses … 4. Decides), two footnotes.
  for (const flavour of ["pdftotext", "pdftotext-layout"]) {
    it(`reads A/RES/78/241 from ${flavour}`, () => {
      const run = unres(["parse", join(corpusRoot, "text", flavour, "A-RES-78-241.txt")]);
      expect(run.status).toBe(0);
      const r = resolutionOf(run.stdout);
      expect(r.symbol).toBe("A/RES/78/241");
      expect(r.title).toBe("Lethal autonomous weapons systems");
      expect(r.adoptionDate).toBe("2023-12-22");
      expect(r.preamble).toHaveLength(9);
      expect(r.operative.map((c) => c.actionPhrase)).toEqual(["Stresses", "Requests", "Also requests", "Decides"]);
      expect(r.footnotes.map((f) => f.number)).toEqual([1, 2]);
    });
  }
});

describe("unres parse: failures are one line with file, line and column, exit code 1", () => {
  it("a text that is not a resolution", () => {
    const file = join(dir, "A-RES-1.txt");
    writeFileSync(file, "Minutes of the meeting\n\nNothing was adopted.\n");
    const run = unres(["parse", file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `unres: ${file}:1:1: expected an enacting formula such as "The General Assembly,", found none (the text begins "Minutes of the meeting") [NOT_A_RESOLUTION]\n`,
    );
  });

  it("shows the stack only with --debug, before or after the command", () => {
    const bad = "Hello, world\n";
    expect(unres(["parse"], { input: bad }).stderr).not.toMatch(STACK_LINE);
    for (const args of [
      ["--debug", "parse"],
      ["parse", "--debug"],
    ]) {
      const run = unres(args, { input: bad });
      expect(run.status).toBe(1);
      expect(run.stderr.split("\n")[0]).toMatch(/^unres: <stdin>:1:1: expected an enacting formula/);
      expect(run.stderr).toContain("ResolutionParseError");
      expect(run.stderr).toMatch(STACK_LINE);
    }
  });

  it("a missing file", () => {
    const run = unres(["parse", "no-such-resolution.txt"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("unres: no-such-resolution.txt: no such file or directory [ENOENT]\n");
  });

  it("an empty file", () => {
    const file = join(dir, "empty.txt");
    writeFileSync(file, "\n\n");
    const run = unres(["parse", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^unres: .*empty\.txt:1:1: expected the text of a resolution, found an empty text \[EMPTY_INPUT\]\n$/,
    );
  });

  it.skipIf(!hasCorpus)("Akoma Ntoso given to parse, with a pointer to convert", () => {
    const file = join(corpusRoot, "akn/ga/A-RES-75-10.xml");
    const run = unres(["parse", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `unres: ${file}:1:1: expected the text of a resolution, found XML (use "unres convert" for Akoma Ntoso) [XML_INPUT]\n`,
    );
  });
});
