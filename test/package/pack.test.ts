import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildResolutionJsonSchema } from "../../scripts/build-json-schema.js";

/**
 * The package as users get it: `npm pack` of the built dist, installed from the tarball into
 * throwaway ESM, CommonJS and TypeScript projects in the OS temp folder. Builds nothing itself:
 * `npm test` builds first. Skips, and says so, when the npm registry cannot be reached.
 */
const run = promisify(execFile);
const root = join(import.meta.dirname, "../..");
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  name: string;
  bin: Record<string, string>;
  devDependencies: Record<string, string>;
};
const zodVersion = packageJson.devDependencies.zod;
const tsc = join(root, "node_modules/typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * What A/RES/65/190 (seeds/A-RES-65-190.txt) holds, counted by reading the document: 25 preambular
 * paragraphs (Reiterating … Convinced), operative paragraphs 1 to 33, footnotes 1 to 16.
 */
const seedFacts = { symbol: "A/RES/65/190", preamble: 25, operative: 33, footnotes: 16 };

/** Errors that mean "no registry here", as opposed to a broken package. */
const OFFLINE_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|offline/i;

/**
 * What a consumer program checks, the same under both module systems; it prints one JSON object:
 * what it saw of the package. `root`, `schemas`, `A_RES_65_190`, `jsonSchema` and `packageDir` come
 * from the program's own imports.
 */
const consumerChecks = `
const seed = readFileSync(join(packageDir, "seeds/A-RES-65-190.txt"), "utf8");
const parsed = root.parseResolution(seed);
const fromJson = root.Resolution.safeParse(JSON.parse(JSON.stringify(A_RES_65_190)));
const broken = root.Resolution.safeParse(JSON.parse('{"type":"resolution","symbol":7}'));
console.log(JSON.stringify({
  parsed: { symbol: parsed.symbol, preamble: parsed.preamble.length, operative: parsed.operative.length, footnotes: parsed.footnotes.length },
  parsedValid: root.Resolution.safeParse(parsed).success,
  dataSymbol: A_RES_65_190.symbol,
  dataValid: fromJson.success,
  brokenPaths: broken.success ? [] : broken.error.issues.map((issue) => issue.path.join(".")),
  jsonSchema: { $schema: jsonSchema.$schema, $ref: jsonSchema.$ref },
  schemasKeys: Object.keys(schemas).sort(),
  sameSchema: schemas.Resolution === root.Resolution,
}));
`;

/** The ES module consumer: \`import\` of every entry point. */
const esmProgram = `
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as root from "un-resolutions";
import * as schemas from "un-resolutions/schemas";
import { A_RES_65_190 } from "un-resolutions/data";
import jsonSchema from "un-resolutions/schema.json" with { type: "json" };

const packageDir = dirname(createRequire(import.meta.url).resolve("un-resolutions/package.json"));
${consumerChecks}`;

/** The CommonJS consumer: \`require\` of every entry point. */
const cjsProgram = `
const { readFileSync } = require("node:fs");
const { dirname, join } = require("node:path");
const root = require("un-resolutions");
const schemas = require("un-resolutions/schemas");
const { A_RES_65_190 } = require("un-resolutions/data");
const jsonSchema = require("un-resolutions/schema.json");

const packageDir = dirname(require.resolve("un-resolutions/package.json"));
${consumerChecks}`;

/** A TypeScript consumer of the public types; `@ts-expect-error` lines must stay errors. */
const tsConsumer = `
import { parseResolution, Resolution, type Citation, type OperativeClause } from "un-resolutions";
import { Footnote, type PreambularClause, type TreatyReference } from "un-resolutions/schemas";
import { A_RES_65_190 } from "un-resolutions/data";

const resolution: Resolution = A_RES_65_190;
const parsed: Resolution = parseResolution("…");
const checked: Resolution = Resolution.parse(JSON.parse("{}"));
const first: PreambularClause | undefined = resolution.preamble[0];
const last: OperativeClause | undefined = parsed.operative.at(-1);
const citation: Citation | undefined = checked.footnotes[0]?.citations[0];
if (citation?.type === "treaty") {
  const treaty: TreatyReference = citation;
  const volume: number = treaty.volume;
  void volume;
}
// Subparagraphs nest to any depth, and the published declarations keep their type at every level.
const deep: string | undefined = last?.subparagraphs[0]?.subparagraphs[0]?.subparagraphs[0]?.label;
const note = Footnote.parse({ type: "footnote", number: 1, text: "A/65/209.", citations: [] });
// @ts-expect-error a footnote number is a number
const wrong: Footnote = { type: "footnote", number: "1", text: "", citations: [] };
// @ts-expect-error citations are told apart by type: a document has no volume
const mixed: Citation = { type: "document", symbol: "A/65/209", volume: 1 };
export { deep, first, last, note, wrong, mixed };
`;

/**
 * TypeScript settings a consumer may have, and the projects each suits: node16 in both (the ESM
 * project resolves the `import` condition and .d.ts, the CommonJS one `require` and .d.cts), bundler
 * for ES modules, node10 (no `exports` map: `typesVersions` serves the subpaths) for CommonJS.
 */
const tsSettings: { config: string; options: Record<string, string>; kinds: ("esm" | "cjs")[] }[] = [
  { config: "tsconfig.node16.json", options: { module: "node16", moduleResolution: "node16" }, kinds: ["esm", "cjs"] },
  { config: "tsconfig.bundler.json", options: { module: "preserve", moduleResolution: "bundler" }, kinds: ["esm"] },
  { config: "tsconfig.node10.json", options: { module: "commonjs", moduleResolution: "node10" }, kinds: ["cjs"] },
];

let workDir = "";
let skipReason: string | undefined;
const output: { esm?: Record<string, unknown>; cjs?: Record<string, unknown> } = {};

/**
 * The environment for npm in a consumer project: ours, without what the `npm test` that started us
 * set about this repository (its prefix, package and lifecycle), so npm works in the consumer's folder.
 */
const consumerEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_config_(local_|global_)?prefix|npm_package_|npm_lifecycle_|INIT_CWD$)/i.test(key),
  ),
);

async function npmInstall(dir: string, tarball: string): Promise<void> {
  await run(npm, ["install", tarball, `zod@${zodVersion}`, "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: dir,
    env: consumerEnv,
    timeout: 150_000,
  });
}

function project(name: string, type: "module" | "commonjs"): string {
  const dir = join(workDir, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type }));
  return dir;
}

async function runJson(dir: string, file: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, [file], { cwd: dir, timeout: 60_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe("the packed package, installed", () => {
  beforeAll(async () => {
    for (const built of ["dist/index.js", "dist/index.cjs", "dist/cli.js", "dist/resolution.schema.json"]) {
      if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
    }
    workDir = mkdtempSync(join(tmpdir(), "unres-pack-"));
    const { stdout } = await run(npm, ["pack", "--json", "--pack-destination", workDir], { cwd: root });
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new Error(`npm pack printed no file: ${stdout}`);
    const tarball = join(workDir, packed.filename);

    const esm = project("esm", "module");
    const cjs = project("cjs", "commonjs");
    try {
      await Promise.all([npmInstall(esm, tarball), npmInstall(cjs, tarball)]);
    } catch (error) {
      const message = String((error as { stderr?: string }).stderr ?? error);
      if (!OFFLINE_ERROR.test(message)) throw error;
      skipReason = `npm registry unreachable, package install tests skipped: ${message.split("\n")[0]}`;
      console.warn(skipReason);
      return;
    }
    writeFileSync(join(esm, "check.mjs"), esmProgram);
    writeFileSync(join(cjs, "check.cjs"), cjsProgram);
    writeFileSync(join(esm, "consumer.ts"), tsConsumer);
    writeFileSync(join(cjs, "consumer.ts"), tsConsumer);
    output.esm = await runJson(esm, "check.mjs");
    output.cjs = await runJson(cjs, "check.cjs");
  }, 300_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  for (const kind of ["esm", "cjs"] as const) {
    describe(`from a ${kind === "esm" ? "ES module" : "CommonJS"} project`, () => {
      it("parses the shipped seed into what the document holds", (context) => {
        if (skipReason) context.skip(skipReason);
        expect(output[kind]?.parsed).toEqual(seedFacts);
        expect(output[kind]?.parsedValid).toBe(true);
      });

      it("validates resolution JSON with the schema, and names the path of what is wrong", (context) => {
        if (skipReason) context.skip(skipReason);
        expect(output[kind]?.dataSymbol).toBe("A/RES/65/190");
        expect(output[kind]?.dataValid).toBe(true);
        expect(output[kind]?.brokenPaths).toEqual(expect.arrayContaining(["symbol", "adoptionDate", "preamble"]));
      });

      it("imports the JSON Schema (draft 2020-12)", (context) => {
        if (skipReason) context.skip(skipReason);
        expect(output[kind]?.jsonSchema).toEqual({
          $schema: "https://json-schema.org/draft/2020-12/schema",
          $ref: "#/$defs/Resolution",
        });
      });

      it("imports un-resolutions/schemas: the model only, the same schema objects as the root", (context) => {
        if (skipReason) context.skip(skipReason);
        expect(output[kind]?.schemasKeys).toContain("Resolution");
        expect(output[kind]?.schemasKeys).not.toContain("parseResolution");
        expect(output[kind]?.sameSchema).toBe(true);
      });
    });
  }

  it("ships the JSON Schema that the zod schema generates", (context) => {
    if (skipReason) context.skip(skipReason);
    const shipped = JSON.parse(
      readFileSync(join(workDir, "esm/node_modules/un-resolutions/dist/resolution.schema.json"), "utf8"),
    );
    expect(shipped).toEqual(buildResolutionJsonSchema());
  });

  it("installs the unres command, which runs", async (context) => {
    if (skipReason) context.skip(skipReason);
    const bin = join(workDir, "esm/node_modules/.bin/unres");
    const cli = readFileSync(join(workDir, "esm/node_modules/un-resolutions", packageJson.bin.unres ?? ""), "utf8");
    expect(cli.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(cli.match(/^#!/gm)).toHaveLength(1);
    const cwd = join(workDir, "esm");
    /** Runs the command with an empty, closed standard input (a pipe that ends at once). */
    const unres = async (...args: string[]) => {
      const pending = run(bin, args, { cwd, timeout: 60_000 });
      pending.child.stdin?.end();
      return (await pending).stdout;
    };
    expect(await unres("--help")).toMatch(/Usage: unres/);
    // With no file and nothing on standard input, `unres parse` reads the seed shipped in the package.
    const parsed = JSON.parse(await unres("parse"));
    expect(parsed.symbol).toBe(seedFacts.symbol);
    expect([parsed.preamble.length, parsed.operative.length, parsed.footnotes.length]).toEqual([
      seedFacts.preamble,
      seedFacts.operative,
      seedFacts.footnotes,
    ]);
    const schema = JSON.parse(await unres("schema"));
    expect(schema).toEqual(buildResolutionJsonSchema());
  });

  for (const { config, options, kinds } of tsSettings) {
    for (const kind of kinds) {
      it(`type-checks a TypeScript consumer (${kind}, moduleResolution ${options.moduleResolution})`, async (context) => {
        if (skipReason) context.skip(skipReason);
        const dir = join(workDir, kind);
        const compilerOptions = {
          ...options,
          target: "es2022",
          strict: true,
          esModuleInterop: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        };
        writeFileSync(join(dir, config), JSON.stringify({ compilerOptions, files: ["consumer.ts"] }));
        const result = await run(process.execPath, [tsc, "-p", config], { cwd: dir, timeout: 120_000 }).catch(
          (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error), failed: true }),
        );
        expect(result.stdout).toBe("");
      }, 180_000);
    }
  }
});
