import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REPLACEMENT, xmlSafe } from "../../src/akn/build-nodes.js";

/**
 * XML 1.0's Char production, per code unit of `s` at `i`: #x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF] (a surrogate is writable only as half of a pair).
 */
function writableAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const before = i > 0 ? s.charCodeAt(i - 1) : 0;
    return before >= 0xd800 && before <= 0xdbff && writableAt(s, i - 1);
  }
  if (c < 0x20) return c === 0x9 || c === 0xa || c === 0xd;
  return c !== 0xfffe && c !== 0xffff;
}

describe("xmlSafe", () => {
  it("returns text XML can carry as it is", () => {
    const text = "Convention on the Rights of the Child ⁶ — “Ibid.” 𝐀 ok\t\n";
    expect(xmlSafe(text)).toBe(text);
  });

  it("replaces control characters, U+FFFE/U+FFFF and lone surrogates one for one", () => {
    expect(xmlSafe("a\u0000b\u000bc\ufffed")).toBe(`a${REPLACEMENT}b${REPLACEMENT}c${REPLACEMENT}d`);
    expect(xmlSafe("x\ud800y")).toBe(`x${REPLACEMENT}y`);
    expect(xmlSafe("\udc00\ud835\udc00\ud835")).toBe(`${REPLACEMENT}\ud835\udc00${REPLACEMENT}`);
  });

  it("keeps every writable code unit and replaces every other, keeping the length (any string)", () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0xd7f0, max: 0xe010 }),
      fc.integer({ min: 0, max: 0x20 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (codes) => {
        const s = String.fromCharCode(...codes);
        const out = xmlSafe(s);
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) expect(out[i]).toBe(writableAt(s, i) ? s[i] : REPLACEMENT);
      }),
      { numRuns: 500 },
    );
  });
});
