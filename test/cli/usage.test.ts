import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, root, STACK_LINE, unres } from "./helpers.js";

beforeAll(ensureBuilt);

const commands = ["parse", "convert", "validate", "schema", "batch"];

describe("unres --help and --version", () => {
  it("prints the version of package.json", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const run = unres([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it("lists every command, with examples and the exit codes", () => {
    const run = unres(["--help"]);
    expect(run.status).toBe(0);
    for (const command of commands) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    expect(run.stdout).toContain("Examples:");
    expect(run.stdout).toContain("Exit codes:\n  0  success\n  1  invalid input");
    expect(run.stdout).toMatch(/^ {2}2 {2}wrong usage/m);
  });

  for (const command of commands) {
    it(`gives ${command} its own help with examples and the exit codes`, () => {
      for (const args of [
        [command, "--help"],
        ["help", command],
      ]) {
        const run = unres(args);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^Usage: unres ${command}\\b`));
        expect(run.stdout).toContain("Examples:");
        expect(run.stdout).toContain(`$ unres ${command}`);
        expect(run.stdout).toContain("Exit codes:");
        expect(run.stdout).toContain("--debug");
      }
    });
  }
});

describe("wrong usage exits with 2 and one message, never a stack", () => {
  const cases: Array<[string, string[], RegExp]> = [
    ["an unknown command", ["frobnicate"], /^unres: unknown command 'frobnicate'/],
    ["an unknown option", ["parse", "--colour"], /^unres: unknown option '--colour'/],
    ["a bad format", ["parse", "--format", "pdf"], /^unres: option '-f, --format <format>' argument 'pdf' is invalid/],
    ["too many arguments", ["parse", "a.txt", "b.txt"], /^unres: too many arguments for 'parse'/],
    ["a missing argument", ["convert"], /^unres: missing required argument 'file'/],
    ["no file to validate", ["validate"], /^unres: missing required argument 'files'/],
    ["batch without --out or --jsonl", ["batch", "."], /^unres: batch needs one of --out <dir> and --jsonl <file>/],
    ["batch with both", ["batch", ".", "--out", "x", "--jsonl", "y"], /^unres: batch needs one of/],
    [
      "--jobs 0",
      ["batch", ".", "--out", "x", "--jobs", "0"],
      /^unres: option '-j, --jobs <n>' argument '0' is invalid/,
    ],
    [
      "--jobs two",
      ["batch", ".", "--out", "x", "--jobs", "two"],
      /^unres: option '-j, --jobs <n>' argument 'two' is invalid/,
    ],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const run = unres(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_LINE);
    });
  }

  it("no command at all: the help, on standard error", () => {
    const run = unres([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Usage: unres /);
  });
});
