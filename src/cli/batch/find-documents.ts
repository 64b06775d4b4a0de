import { readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { documentKind } from "../read-document.js";
import type { BatchTask } from "./tasks.js";

/**
 * Finds the documents of a batch: every .txt and .xml file under `dir`, at any depth, sorted by
 * relative path (code unit order, so the order is the same on every machine). Symbolic links are
 * not followed, so a link cycle cannot loop.
 *
 * @param dir - the absolute path of the folder
 * @returns the tasks, numbered in order
 * @throws a file system error when `dir` cannot be read
 *
 * @example
 * ```ts
 * findDocuments("/work/shared/corpus/akn").slice(0, 1);
 * // [{ index: 0, path: "/work/shared/corpus/akn/ga/A-RES-75-10.xml", file: "ga/A-RES-75-10.xml", kind: "akn" }]
 * ```
 */
export function findDocuments(dir: string): BatchTask[] {
  const found: Array<Omit<BatchTask, "index">> = [];
  const pending: string[] = [""];
  for (let relative = pending.pop(); relative !== undefined; relative = pending.pop()) {
    for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
      const file = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) pending.push(file);
      else if (entry.isFile()) {
        const kind = documentKind(entry.name);
        if (kind) found.push({ path: join(dir, file), file, kind });
      }
    }
  }
  found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return found.map((task, index) => ({ index, ...task }));
}

/**
 * The output path of each document under `--out`: its relative path with the extension replaced
 * by ".json" ("ga/A-RES-75-10.xml" → "ga/A-RES-75-10.json"). Where a .txt and a .xml would share a
 * name, both keep their extension ("A.txt.json", "A.xml.json").
 *
 * @param files - the relative paths of the documents
 * @returns the output path of each, in the same order
 *
 * @example
 * ```ts
 * outputPaths(["a/A.txt", "a/A.xml", "b/B.xml"]); // ["a/A.txt.json", "a/A.xml.json", "b/B.json"]
 * ```
 */
export function outputPaths(files: readonly string[]): string[] {
  const plain = files.map((file) => `${file.slice(0, file.length - posix.extname(file).length)}.json`);
  const seen = new Map<string, number>();
  for (const path of plain) seen.set(path, (seen.get(path) ?? 0) + 1);
  return plain.map((path, i) => ((seen.get(path) ?? 0) > 1 ? `${files[i]}.json` : path));
}
