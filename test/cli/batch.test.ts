import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Resolution } from "../../src/schemas/index.js";
import { corpusRoot, hasCorpus, seedPath } from "../helpers/shared.js";
import { ensureBuilt, STACK_LINE, unres } from "./helpers.js";

beforeAll(ensureBuilt);

const work = mkdtempSync(join(tmpdir(), "unres-batch-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The batch folder: real documents in nested folders, a file that is no resolution, and a file batch ignores. */
const input = join(work, "in");
const documents: Array<{ file: string; source: string; kind: "text" | "akn" }> = [
  { file: "seed/A-RES-65-190.txt", source: seedPath, kind: "text" },
];
if (hasCorpus) {
  documents.push(
    { file: "ga/78/A-RES-78-241.txt", source: join(corpusRoot, "text/pdftotext/A-RES-78-241.txt"), kind: "text" },
    { file: "ga/A-RES-73-8.txt", source: join(corpusRoot, "text/pdftotext-layout/A-RES-73-8.txt"), kind: "text" },
    { file: "ga/A-RES-75-10.xml", source: join(corpusRoot, "akn/ga/A-RES-75-10.xml"), kind: "akn" },
    { file: "sc/S-RES-2720.xml", source: join(corpusRoot, "akn/sc/S-RES-2720.xml"), kind: "akn" },
  );
}
const bad = "bad/minutes.txt";
const badText = "Minutes of the 71st plenary meeting\n\nNothing was adopted.\n";

function writeTree(): void {
  for (const d of documents) {
    mkdirSync(dirname(join(input, d.file)), { recursive: true });
    copyFileSync(d.source, join(input, d.file));
  }
  mkdirSync(join(input, "bad"), { recursive: true });
  writeFileSync(join(input, bad), badText);
  writeFileSync(join(input, "README.md"), "Not a document: batch reads .txt and .xml only.\n");
}

/** Every file under a folder, relative, sorted, with its content. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      const file = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(file);
      else out[file] = readFileSync(join(dir, file), "utf8");
    }
  };
  walk("");
  return out;
}

beforeAll(() => {
  writeTree();
  for (const d of documents) {
    if (!existsSync(d.source)) throw new Error(`missing corpus file ${d.source}`);
  }
});

describe("unres batch --out", () => {
  let one: ReturnType<typeof unres>;
  let two: ReturnType<typeof unres>;
  beforeAll(() => {
    one = unres(["batch", input, "--out", join(work, "out1"), "--jobs", "1"]);
    two = unres(["batch", input, "--out", join(work, "out2"), "--jobs", "2"]);
  });

  it("writes one JSON file per document, mirroring the folders, exactly what parse and convert print", () => {
    const written = tree(join(work, "out1"));
    expect(Object.keys(written).sort()).toEqual(documents.map((d) => d.file.replace(/\.(txt|xml)$/, ".json")).sort());
    for (const d of documents) {
      const alone = unres([d.kind === "text" ? "parse" : "convert", d.source]);
      expect(alone.status).toBe(0);
      expect(written[d.file.replace(/\.(txt|xml)$/, ".json")], d.file).toBe(alone.stdout);
      Resolution.parse(JSON.parse(alone.stdout));
    }
  });

  it("writes the same files whatever the number of jobs", () => {
    expect(tree(join(work, "out2"))).toEqual(tree(join(work, "out1")));
  });

  it("goes on past a bad file, lists it with file:line:column, and exits with 1", () => {
    for (const run of [one, two]) {
      expect(run.status).toBe(1);
      const line = `${join(input, bad)}:1:1: expected an enacting formula such as "The General Assembly,", found none (the text begins "Minutes of the 71st plenary meeting") [NOT_A_RESOLUTION]`;
      expect(run.stderr).toContain(`unres: ${line}\n`);
      expect(run.stdout).toContain(`1 failed:\n  ${line}\n`);
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
  });

  it("reports each file on its own line when standard error is not a terminal", () => {
    for (const d of documents) expect(one.stderr).toContain(`ok ${join(input, d.file)}\n`);
    expect(one.stderr).not.toContain("\r");
  });

  it("ends with a table: files, parsed and failed by kind, failures by code, time", () => {
    const texts = documents.filter((d) => d.kind === "text").length + 1;
    const akn = documents.filter((d) => d.kind === "akn").length;
    const row = (name: string, files: number, parsed: number, failed: number) =>
      new RegExp(`^${name.replace(/[().]/g, "\\$&")} +${files} +${parsed} +${failed}$`, "m");
    for (const [run, jobs] of [
      [one, 1],
      [two, 2],
    ] as const) {
      expect(run.stdout).toMatch(/^kind +files +parsed +failed$/m);
      expect(run.stdout).toMatch(row("text (.txt)", texts, texts - 1, 1));
      if (akn > 0) expect(run.stdout).toMatch(row("akn (.xml)", akn, akn, 0));
      expect(run.stdout).toMatch(row("all", texts + akn, texts + akn - 1, 1));
      expect(run.stdout).toContain("failed: NOT_A_RESOLUTION 1\n");
      expect(run.stdout).toMatch(new RegExp(`^time: \\d+\\.\\d s, \\d+\\.\\d files/s, ${jobs} jobs?$`, "m"));
    }
  });

  it("shows the stack of a failed file with --debug", () => {
    const run = unres(["batch", input, "--out", join(work, "out-debug"), "--jobs", "2", "--debug"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("ResolutionParseError");
    expect(run.stderr).toMatch(STACK_LINE);
  });
});

describe("unres batch --jsonl", () => {
  it("writes one record per document in path order, the same bytes whatever the number of jobs", () => {
    const one = join(work, "one.jsonl");
    const two = join(work, "two.jsonl");
    expect(unres(["batch", input, "--jsonl", one, "-j", "1"]).status).toBe(1);
    expect(unres(["batch", input, "--jsonl", two, "-j", "2"]).status).toBe(1);
    const text = readFileSync(one, "utf8");
    expect(readFileSync(two, "utf8")).toBe(text);
    const records = text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    const files = [...documents.map((d) => d.file), bad].sort();
    expect(records.map((r) => r.file)).toEqual(files);
    for (const record of records) {
      if (record.file === bad) {
        expect(record).toEqual({
          file: bad,
          kind: "text",
          error: {
            code: "NOT_A_RESOLUTION",
            message: expect.stringContaining("expected an enacting formula"),
            line: 1,
            column: 1,
          },
        });
      } else {
        expect(Object.keys(record)).toEqual(["file", "kind", "resolution"]);
        Resolution.parse(record.resolution);
      }
    }
  });

  it("writes to standard output for '-', and the summary to standard error", () => {
    const run = unres(["batch", input, "--jsonl", "-"]);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(documents.length + 1);
    expect(run.stderr).toMatch(/^all +\d+ +\d+ +1$/m);
  });
});

describe("unres batch: the folder", () => {
  it("a missing folder exits with 1", () => {
    const run = unres(["batch", join(work, "nowhere"), "--out", join(work, "x")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`unres: ${join(work, "nowhere")}: no such file or directory [ENOENT]\n`);
  });

  it("a folder without documents exits with 1", () => {
    const empty = join(work, "empty");
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, "notes.md"), "nothing\n");
    const run = unres(["batch", empty, "--out", join(work, "x")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`unres: ${empty}: expected .txt or .xml files, found none [NO_DOCUMENTS]\n`);
  });
});

describe.skipIf(!hasCorpus)("unres batch over a corpus folder (Security Council OCR texts)", () => {
  it("gives the same JSONL with 1 and 2 jobs", () => {
    const folder = join(corpusRoot, "text/sc-ocr");
    const count = readdirSync(folder).filter((f) => f.endsWith(".txt")).length;
    const one = join(work, "sc-one.jsonl");
    const two = join(work, "sc-two.jsonl");
    const runOne = unres(["batch", folder, "--jsonl", one, "--jobs", "1"]);
    const runTwo = unres(["batch", folder, "--jsonl", two, "--jobs", "2"]);
    expect([0, 1]).toContain(runOne.status);
    expect(runTwo.status).toBe(runOne.status);
    const text = readFileSync(one, "utf8");
    expect(text.trimEnd().split("\n")).toHaveLength(count);
    expect(readFileSync(two, "utf8")).toBe(text);
    const summary = (s: string) => s.replace(/^time: .*$/m, "");
    expect(summary(runTwo.stdout)).toBe(summary(runOne.stdout));
  });
});
