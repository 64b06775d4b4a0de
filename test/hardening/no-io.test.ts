import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

/** The package's entry points (tsup.config.ts): what the library API is made of. */
const ENTRIES = { index: "src/index.ts", schemas: "src/schemas/index.ts", data: "src/data/index.ts" };

/** The only modules the library may import: its dependency and its peer. */
const ALLOWED_IMPORTS = new Set(["zod", "fast-xml-parser"]);

/**
 * Code that runs strings as code, reaches the network or the environment, or loads modules at run
 * time. The library's code holds none of these; the CLI (src/cli) is not part of it.
 */
const FORBIDDEN_CODE: ReadonlyArray<[string, RegExp]> = [
  ["eval", /\beval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["fetch", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["require", /\brequire\s*\(/],
  ["dynamic import", /\bimport\s*\(/],
  ["process.env", /\bprocess\.env\b/],
];

/** One entry (a file, or code) bundled on its own in memory: its code, its source files and what it imports. */
async function bundle(
  entry: string | { code: string },
): Promise<{ code: string; inputs: string[]; imports: string[] }> {
  const result = await build({
    absWorkingDir: root,
    ...(typeof entry === "string"
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.code, resolveDir: root, loader: "ts" as const } }),
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    packages: "external",
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values(result.metafile.outputs)[0];
  return {
    code: result.outputFiles[0]?.text ?? "",
    inputs: Object.keys(output?.inputs ?? {}),
    imports: [...new Set((output?.imports ?? []).map((i) => i.path))],
  };
}

/** Every forbidden construct in some code. */
const forbiddenIn = (code: string) => FORBIDDEN_CODE.filter(([, re]) => re.test(code)).map(([name]) => name);

describe("the checks see what they look for", () => {
  it("finds node:fs in a module that reads files, and eval in code that has it", async () => {
    const reader = await bundle({
      code: 'import { readFileSync } from "node:fs";\nimport { z } from "zod";\nexport const read = () => z.string().parse(readFileSync("x", "utf8"));',
    });
    expect(reader.imports.sort()).toEqual(["node:fs", "zod"]);
    expect(forbiddenIn("const x = eval('1'); fetch(url);")).toEqual(["eval", "fetch"]);
    expect(forbiddenIn("const evaluation = 1; prefetch;")).toEqual([]);
  });
});

describe("the library API does no I/O and runs no strings as code", () => {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    it(`${name} (${entry}) imports only zod and fast-xml-parser: no node: module, no file or network access`, async () => {
      const b = await bundle(entry);
      expect(b.imports.filter((i) => !ALLOWED_IMPORTS.has(i))).toEqual([]);
      expect(b.inputs.filter((i) => i.startsWith("src/cli/"))).toEqual([]);
    });

    it(`${name} (${entry}) holds no eval, Function, fetch, require, dynamic import or process.env`, async () => {
      const b = await bundle(entry);
      expect(b.code.length).toBeGreaterThan(1000);
      expect(forbiddenIn(b.code)).toEqual([]);
    });
  }
});
