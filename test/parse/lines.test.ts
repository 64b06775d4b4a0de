import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spansPages, splitLines } from "../../src/parse/lines.js";
import { sourceAt } from "../../src/parse/mapped-text.js";

/** `text` without white space at its ends, the zero-width space counted as white space (as the parser does). */
function trimSpace(text: string): string {
  return text.replace(/^[\s\u200b]+/, "").replace(/[\s\u200b]+$/, "");
}

describe("splitLines", () => {
  it("cleans Markdown residue from the seed's lines and keeps offsets into the source", () => {
    // A/RES/65/190 as extracted: "- 1." bullets and "*Urges*" emphasis.
    const source = "Recalling its resolution 63/156,\n- 1. *Takes note* of the report;\n\f2.  Urges States";
    const lines = splitLines(source);
    expect(lines.map((l) => l.content.text)).toEqual([
      "Recalling its resolution 63/156,",
      "1. Takes note of the report;",
      "2. Urges States",
    ]);
    const second = lines[1]?.content;
    expect(second && source[sourceAt(second, 3)]).toBe("T");
    expect(lines.map((l) => l.page)).toEqual([1, 1, 2]);
  });

  it("makes one line per line of the source, whatever its breaks, each at its offsets", () => {
    const piece = fc.constantFrom(
      "a",
      "bc",
      " ",
      "  ",
      "\n",
      "\r",
      "\r\n",
      "\f",
      "- ",
      "*",
      "\u00a0",
      "1.",
      "_____",
      "=====",
      "## ",
      "#",
      "_",
      "\u200b",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const source = pieces.join("");
        const lines = splitLines(source);
        // The lines between breaks, split again at each form feed (empty pieces beside a form feed dropped).
        const expected = source
          .split(/\r\n|\r|\n/)
          .flatMap((line) => {
            const parts = line.split("\f");
            return parts.filter((p, i) => p !== "" || i === parts.length - 1);
          })
          .map(trimSpace);
        expect(lines.map((l) => l.raw)).toEqual(expected);
        // The page of a line is one more than the form feeds before it: it never decreases.
        for (const l of lines) expect(l.page).toBe(1 + (source.slice(0, l.start).match(/\f/g)?.length ?? 0));
        for (const l of lines) {
          expect(trimSpace(source.slice(l.start, l.end))).toBe(l.raw);
          for (let i = 0; i < l.content.text.length; i++) {
            const at = sourceAt(l.content, i);
            expect(
              l.content.text[i] === " " || source[at] === l.content.text[i],
              `${JSON.stringify(l.content.text)} @${i}`,
            ).toBe(true);
          }
        }
      }),
    );
  });
});

describe("spansPages", () => {
  it("tells lines with a page break from lines without, for any text and any stretch of its lines", () => {
    const piece = fc.constantFrom("a", " ", "\n", "\r\n", "\f", "Urges");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (pieces, cut) => {
        const lines = splitLines(pieces.join(""));
        const stretch = lines.slice(cut % (lines.length + 1));
        expect(spansPages(stretch)).toBe(stretch.some((l) => l.page > 1));
      }),
    );
    expect(spansPages(splitLines("Recalling its resolution 63/156,\f2. Urges States"))).toBe(true);
    expect(spansPages(splitLines("Recalling its resolution 63/156,\n2. Urges States"))).toBe(false);
    expect(spansPages([])).toBe(false);
  });
});
