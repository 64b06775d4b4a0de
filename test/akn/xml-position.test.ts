import { describe, expect, it } from "vitest";
import { foundAt, lineColumn, notWellFormed } from "../../src/akn/xml-position.js";

describe("lineColumn", () => {
  it("counts lines at line feeds (a CRLF is one break) and columns in code units, from 1", () => {
    expect(lineColumn("<a>", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("<a>\n  <b>", 6)).toEqual({ line: 2, column: 3 });
    expect(lineColumn("<a>\r\n<b>", 5)).toEqual({ line: 2, column: 1 });
    expect(lineColumn("a\n\nb", 3)).toEqual({ line: 3, column: 1 });
    expect(lineColumn("ab", 2)).toEqual({ line: 1, column: 3 });
  });
});

describe("notWellFormed and foundAt", () => {
  it("make the NOT_WELL_FORMED error with its place, and quote what stands there", () => {
    const error = notWellFormed("<a>\n<b>", 7, `expected </b>, found ${foundAt("<a>\n<b>", 7)}`);
    expect(error).toMatchObject({ code: "NOT_WELL_FORMED", line: 2, column: 4 });
    expect(error.message).toBe("expected </b>, found the end of the XML (2:4)");
    expect(foundAt("<a x=1 y=2 z=3 w=4/>", 5)).toBe('"1 y=2 z=3 w="');
  });
});
