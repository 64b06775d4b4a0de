import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

/** The project's root, for file names relative to it. */
const projectRoot = resolve(import.meta.dirname, "../../..");

/** One regular expression written in a source file. */
export interface FoundRegex {
  /** The file, relative to the project's root ("src/parse/lines.ts"). */
  file: string;
  /** Line of the expression, from 1. */
  line: number;
  /** Column of the expression, from 1. */
  column: number;
  /** How it is written: a literal, or a `RegExp` constructor call. */
  kind: "literal" | "constructor";
  /** The pattern, or undefined when a constructor's pattern cannot be known without running the code. */
  source?: string;
  /** The flags. */
  flags: string;
  /** The expression as written in the file, for reports. */
  text: string;
}

/** Every `.ts` file under `dir`, sorted. */
export function typeScriptFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...typeScriptFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out.sort();
}

/** The pattern and flags of a regex literal's text ("/a+/gu" gives "a+" and "gu"). */
function splitLiteral(text: string): { source: string; flags: string } {
  const close = text.lastIndexOf("/");
  return { source: text.slice(1, close), flags: text.slice(close + 1) };
}

/** The string a constant expression stands for, or undefined: a string literal or the `.source` of a known regex. */
function staticString(node: ts.Expression, regexConstants: ReadonlyMap<string, string>): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isPropertyAccessExpression(node) && node.name.text === "source" && ts.isIdentifier(node.expression))
    return regexConstants.get(node.expression.text);
  return undefined;
}

/**
 * Collects every regex literal and every `RegExp` constructor call (`new RegExp(…)`, `RegExp(…)`) of
 * one TypeScript file, by parsing it with the TypeScript compiler (so regexes in strings and comments
 * are not taken for code). A constructor's pattern is resolved when it is a string literal or the
 * `.source` of a regex constant of the same file.
 *
 * @param path - the file
 * @returns the regexes in the order they are written
 */
export function regexesOfFile(path: string): FoundRegex[] {
  const text = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const name = relative(projectRoot, path);
  const found: FoundRegex[] = [];
  const regexConstants = new Map<string, string>();
  const where = (node: ts.Node) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return { file: name, line: line + 1, column: character + 1, text: node.getText(file) };
  };
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const { source, flags } = splitLiteral(node.text);
      found.push({ ...where(node), kind: "literal", source, flags });
      const parent = node.parent;
      if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
        regexConstants.set(parent.name.text, source);
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp"
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern ? staticString(pattern, regexConstants) : "";
      const flagText = flags ? staticString(flags, regexConstants) : "";
      found.push({
        ...where(node),
        kind: "constructor",
        ...(source === undefined ? {} : { source }),
        flags: flagText ?? "?",
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every regex of every TypeScript file under `dir` (default: the project's src/). */
export function regexesOfSources(dir = join(projectRoot, "src")): FoundRegex[] {
  return typeScriptFiles(dir).flatMap(regexesOfFile);
}
