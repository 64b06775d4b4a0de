import { describe, expect, it } from "vitest";
import { AkomaNtosoError, safeFromAkomaNtoso } from "../../src/akn/index.js";
import { describeError, formatErrorLine } from "../../src/cli/describe-error.js";
import { CliError, FileError } from "../../src/cli/errors.js";
import { ResolutionParseError, safeParseResolution } from "../../src/parse/index.js";

describe("describeError", () => {
  it("keeps the parser's code, line and column, and drops the position it appends to its message", () => {
    const result = safeParseResolution("\n\nMinutes\n");
    if (result.success) throw new Error("expected a failure");
    expect(result.error).toBeInstanceOf(ResolutionParseError);
    expect(describeError(new FileError("a.txt", result.error))).toEqual({
      message: 'expected an enacting formula such as "The General Assembly,", found none (the text begins "Minutes")',
      code: "NOT_A_RESOLUTION",
      file: "a.txt",
      line: 3,
      column: 1,
      internal: false,
    });
  });

  it("keeps the Akoma Ntoso reader's code, line and column", () => {
    const result = safeFromAkomaNtoso("<akomaNtoso>\n  <statement>\n</akomaNtoso>");
    if (result.success) throw new Error("expected a failure");
    expect(result.error).toBeInstanceOf(AkomaNtosoError);
    const described = describeError(result.error, "b.xml");
    expect(described).toMatchObject({ code: "NOT_WELL_FORMED", file: "b.xml", internal: false });
    expect(described.line).toBe(result.error.line);
    expect(described.message.endsWith(`(${result.error.line}:${result.error.column})`)).toBe(false);
  });

  it("turns file system errors into words", () => {
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open 'x.txt'"), { code: "ENOENT" });
    expect(describeError(enoent, "x.txt")).toEqual({
      message: "no such file or directory",
      code: "ENOENT",
      file: "x.txt",
      internal: false,
    });
  });

  it("calls anything else internal, Node's own ERR_ codes included", () => {
    expect(describeError(new TypeError("x is undefined")).internal).toBe(true);
    expect(describeError(Object.assign(new Error("bad"), { code: "ERR_INVALID_ARG_TYPE" })).internal).toBe(true);
    expect(describeError("a string").internal).toBe(true);
  });

  it("takes the file from a CliError", () => {
    expect(describeError(new CliError("NO_DOCUMENTS", "expected files", { file: "dir" }))).toEqual({
      message: "expected files",
      code: "NO_DOCUMENTS",
      file: "dir",
      internal: false,
    });
  });
});

describe("formatErrorLine", () => {
  it.each([
    [
      { file: "A-RES-1.txt", line: 3, column: 1, message: "expected x", code: "C", internal: false },
      "unres: A-RES-1.txt:3:1: expected x [C]",
    ],
    [{ file: "a.xml", message: "expected x", code: "C", internal: false }, "unres: a.xml: expected x [C]"],
    [{ message: "expected x", internal: false }, "unres: expected x"],
    [
      { file: "a.txt", message: "boom", internal: true },
      "unres: a.txt: internal error: boom (run again with --debug to see the stack)",
    ],
  ])("%j", (error, line) => {
    expect(formatErrorLine(error)).toBe(line);
  });
});
