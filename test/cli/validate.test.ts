import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPath } from "../helpers/shared.js";
import { ensureBuilt, root, unres } from "./helpers.js";

beforeAll(ensureBuilt);

const dir = mkdtempSync(join(tmpdir(), "unres-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seedJson = "";
beforeAll(() => {
  seedJson = unres(["parse", relative(root, seedPath)]).stdout;
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe("unres validate", () => {
  it("says a valid file is valid, with its symbol, and exits with 0", () => {
    const file = write("A-RES-65-190.json", seedJson);
    const run = unres(["validate", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${file}: valid (A/RES/65/190)\n`);
  });

  it("reads standard input for '-' (unres parse | unres validate -)", () => {
    const run = unres(["validate", "-"], { input: seedJson });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("<stdin>: valid (A/RES/65/190)\n");
  });

  it("prints each issue as file: path: message, and exits with 1", () => {
    const r = JSON.parse(seedJson);
    r.operative[3].text = 4; // operative paragraph 4: a number where the text should be
    delete r.adoptionDate;
    r.preamble[0].leadingPhrases = ["Reiterating"]; // a misspelt key: objects are strict
    const file = write("tampered.json", JSON.stringify(r, null, 2));
    const run = unres(["validate", file]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines).toContain(`${file}: operative.3.text: Invalid input: expected string, received number`);
    expect(lines).toContain(`${file}: adoptionDate: Invalid input: expected string, received undefined`);
    expect(lines).toContain(`${file}: preamble.0: Unrecognized key: "leadingPhrases"`);
  });

  it("reports bad JSON syntax with its line and column", () => {
    // Line 3, column 13: the "t" of the unfinished "tru".
    const file = write("syntax.json", '{\n  "type": "resolution",\n  "symbol": tru\n}\n');
    const run = unres(["validate", file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${file}:3:13: invalid JSON: expected a value (true), found "tru"\n`);
  });

  it("reports a trailing comma where JSON.parse puts it", () => {
    const file = write("comma.json", '{"type": "resolution",}');
    const run = unres(["validate", file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${file}:1:23: invalid JSON: expected a property name in double quotes, found "}"\n`);
  });

  it("goes on past a missing file, reports it on standard error, and exits with 1", () => {
    const good = write("good.json", seedJson);
    const run = unres(["validate", join(dir, "missing.json"), good]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`unres: ${join(dir, "missing.json")}: no such file or directory [ENOENT]\n`);
    expect(run.stderr).toContain("unres: 2 files: 1 valid, 1 not\n");
    expect(run.stdout).toBe(`${good}: valid (A/RES/65/190)\n`);
  });
});
