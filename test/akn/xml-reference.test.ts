import { describe, expect, it } from "vitest";
import type { AkomaNtosoError } from "../../src/akn/errors.js";
import { decodeReferences, isXmlChar } from "../../src/akn/xml-reference.js";

/** Decodes the whole of `text`. */
const decode = (text: string) => decodeReferences(text, 0, text.length, text.indexOf("&"));

describe("decodeReferences", () => {
  it("decodes the five predefined entities and decimal and hexadecimal character references", () => {
    expect(decode("&amp;&lt;&gt;&quot;&apos;")).toBe(`&<>"'`);
    expect(decode("A&#160;B&#xA0;C&#xa0;D")).toBe("A\u00a0B\u00a0C\u00a0D");
    expect(decode("&#x1F600; &#128512;")).toBe("\u{1F600} \u{1F600}");
    expect(decode("&#0000000000065;")).toBe("A");
    expect(decode("&#9;&#10;&#13;")).toBe("\t\n\r");
  });

  it("decodes only inside its run, and leaves the rest as written", () => {
    const xml = "<p>x &amp; y</p>&bogus;";
    expect(decodeReferences(xml, 3, 12, 5)).toBe("x & y");
  });

  // [text, offset of the bad "&"]
  const bad: ReadonlyArray<readonly [string, number]> = [
    ["&nbsp;", 0],
    ["a & b", 2],
    ["&amp", 0],
    ["&;", 0],
    ["&#;", 0],
    ["&#x;", 0],
    ["&#X41;", 0],
    ["&#x41g;", 0],
    ["&#1;", 0],
    ["&#0;", 0],
    ["&#xD800;", 0],
    ["&#xFFFE;", 0],
    ["&#x110000;", 0],
    ["&#99999999999999999999;", 0],
    ["&constructor;", 0],
    ["ok &amp; then &toString;", 14],
  ];
  for (const [text, at] of bad) {
    it(`refuses ${JSON.stringify(text)} at ${at}`, () => {
      expect(() => decode(text)).toThrow(
        expect.objectContaining({ code: "NOT_WELL_FORMED", line: 1, column: at + 1 }) as AkomaNtosoError,
      );
    });
  }
});

describe("isXmlChar", () => {
  it("follows XML 1.0 [2] Char", () => {
    for (const c of [0x9, 0xa, 0xd, 0x20, 0xa0, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x10ffff])
      expect(isXmlChar(c)).toBe(true);
    for (const c of [0x0, 0x1, 0x8, 0xb, 0xc, 0x1f, 0xd800, 0xdfff, 0xfffe, 0xffff, 0x110000])
      expect(isXmlChar(c)).toBe(false);
  });
});
