import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findDocuments, outputPaths } from "../../../src/cli/batch/find-documents.js";

describe("findDocuments", () => {
  const dir = mkdtempSync(join(tmpdir(), "unres-find-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds .txt and .xml at any depth, in path order, skipping other files and links", () => {
    for (const file of ["b/z.txt", "b/a/y.XML", "a.txt", "notes.md", "c/d/e/deep.xml", "B.txt"]) {
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), "x");
    }
    symlinkSync(dir, join(dir, "loop"));
    expect(findDocuments(dir).map(({ index, file, kind }) => ({ index, file, kind }))).toEqual([
      { index: 0, file: "B.txt", kind: "text" },
      { index: 1, file: "a.txt", kind: "text" },
      { index: 2, file: "b/a/y.XML", kind: "akn" },
      { index: 3, file: "b/z.txt", kind: "text" },
      { index: 4, file: "c/d/e/deep.xml", kind: "akn" },
    ]);
    expect(findDocuments(dir)[4]?.path).toBe(join(dir, "c/d/e/deep.xml"));
  });
});

describe("outputPaths", () => {
  it("replaces the extension with .json, and keeps it where a .txt and a .xml share a name", () => {
    expect(outputPaths(["ga/A-RES-75-10.xml", "x/A.txt", "x/A.xml", "A.b.c.txt"])).toEqual([
      "ga/A-RES-75-10.json",
      "x/A.txt.json",
      "x/A.xml.json",
      "A.b.c.json",
    ]);
  });
});
