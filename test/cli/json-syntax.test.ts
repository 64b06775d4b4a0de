import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, lineColumn } from "../../src/cli/json-syntax.js";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("findJsonSyntaxError", () => {
  it("finds no error in any JSON that JSON.stringify writes, indented or not", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it("agrees with JSON.parse on whether a text is JSON", () => {
    // Texts near JSON: made of its own characters, so that both valid and broken texts come up.
    const near = fc
      .array(
        fc.constantFrom(
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          '"a"',
          '"',
          "1",
          "-",
          "0",
          ".5",
          "e",
          "true",
          "nul",
          " ",
          "\n",
          "\\",
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(near, fc.json(), fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{"a": 1,}', 8, 'expected a property name in double quotes, found "}"'],
    ['{"a" 1}', 5, "expected ':' after a property name, found \"1\""],
    ["[1, 2", 5, "expected ',' or ']' after an array element, found the end of the text"],
    ['{"a": 1} x', 9, 'expected the end of the text after the value, found "x"'],
    ['"a\nb"', 2, 'expected a character of a string (control characters must be escaped), found "\\n"'],
    ['"\\x"', 2, 'expected an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found "x"'],
    ["01", 1, 'expected the end of the text after the value, found "1"'],
    ["-", 1, "expected a digit, found the end of the text"],
    ["", 0, "expected a value, found the end of the text"],
  ])("%j: offset %i, %s", (text, offset, message) => {
    expect(findJsonSyntaxError(text)).toMatchObject({ offset, message });
  });

  it("reads deep nesting without overflowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(findJsonSyntaxError(deep)).toBeUndefined();
    expect(findJsonSyntaxError(`${"[".repeat(100_000)}`)?.offset).toBe(100_000);
  });
});

describe("lineColumn", () => {
  it.each([
    ["abc", 0, 1, 1],
    ["abc", 2, 1, 3],
    ["ab\ncd", 3, 2, 1],
    ["ab\r\ncd", 5, 2, 2],
    ["ab\rcd", 3, 2, 1],
  ])("%j at %i is %i:%i", (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});
