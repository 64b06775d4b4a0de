import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every export of the documented entry points (typedoc.json's `entryPoints`) must carry TSDoc with a
 * one-line summary and a fenced ```ts @example (STYLE.md). TypeDoc validates the summary but has no
 * rule for required block tags, so this test reads the comments with the TypeScript compiler.
 * A name declared twice (a zod schema and its inferred type) needs a summary on each declaration and
 * an @example on at least one.
 */
const root = join(import.meta.dirname, "../..");
const typedocConfig = JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")) as { entryPoints: string[] };
const entryPoints = typedocConfig.entryPoints.map((entry) => join(root, entry));

/** A fenced TypeScript block: the example must be code a reader can copy. */
const FENCED_TS_BLOCK = /```ts\n[\s\S]*?```/;

interface Finding {
  entry: string;
  name: string;
  problem: string;
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  if (comment === undefined) return "";
  if (typeof comment === "string") return comment;
  return comment.map((part) => part.text).join("");
}

function docsOf(declaration: ts.Declaration): { summary: string; examples: string[] } {
  const docs = ts.getJSDocCommentsAndTags(declaration).filter((node): node is ts.JSDoc => ts.isJSDoc(node));
  const summary = docs.map((doc) => commentText(doc.comment)).join("\n");
  const examples = docs.flatMap((doc) =>
    (doc.tags ?? []).filter((tag) => tag.tagName.text === "example").map((tag) => commentText(tag.comment)),
  );
  return { summary, examples };
}

function findUndocumented(entries: string[]): Finding[] {
  const existing = entries.filter((entry) => existsSync(entry));
  const program = ts.createProgram(existing, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  for (const entry of existing) {
    const source = program.getSourceFile(entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry}`);
    const relative = entry.slice(root.length + 1);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const docs = declarations.map(docsOf);
      const name = exported.getName();
      if (declarations.length === 0 || docs.some((doc) => doc.summary.trim() === "")) {
        findings.push({ entry: relative, name, problem: "no summary" });
      }
      const examples = docs.flatMap((doc) => doc.examples);
      if (examples.length === 0) findings.push({ entry: relative, name, problem: "no @example" });
      else if (!examples.some((example) => FENCED_TS_BLOCK.test(example))) {
        findings.push({ entry: relative, name, problem: "@example without a fenced ```ts block" });
      }
    }
  }
  return findings;
}

describe("TSDoc of the public API", () => {
  it("gives every export of every documented entry point a summary and a fenced ```ts @example", () => {
    const findings = findUndocumented(entryPoints);
    const report = findings.map((f) => `${f.entry}: ${f.name}: ${f.problem}`);
    expect(report, `exports lacking TSDoc:\n${report.join("\n")}`).toEqual([]);
  });

  it("reports each fault of a sample module, and only those", () => {
    const findings = findUndocumented([join(import.meta.dirname, "fixtures/tsdoc-sample.ts")]);
    expect(findings.map((f) => `${f.name}: ${f.problem}`)).toEqual([
      "subtract: no @example",
      "noComment: no summary",
      "noComment: no @example",
      "multiply: @example without a fenced ```ts block",
    ]);
  });
});
