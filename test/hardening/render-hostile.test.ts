import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { A_RES_65_190, type Resolution, toMarkdown, toOutline, toText } from "../../src/index.js";
import {
  hostile,
  withDeepSubparagraphs,
  withHostileText,
  withNestedSubparagraphs,
} from "./helpers/hostile-resolution.js";

/**
 * An HTML tag, comment or declaration opening that Markdown would pass through: "<script", "</p",
 * "<!--", "<?", after an even number of backslashes (none, or escaped backslashes).
 */
const RAW_HTML = /(?<!\\)(?:\\\\)*<(?=[A-Za-z!/?])/;

/** A Markdown link or image: "](" after a "]" that an even number of backslashes precedes. */
const RAW_LINK = /(?<!\\)(?:\\\\)*\]\(/;

describe("the renderings on hostile text", () => {
  it("the Markdown of the real resolution has neither raw HTML nor links (the checks can pass)", () => {
    const md = toMarkdown(A_RES_65_190);
    expect(md).toContain("Trafficking in women and girls");
    expect(RAW_HTML.test(md)).toBe(false);
    expect(RAW_LINK.test(md)).toBe(false);
    expect(RAW_HTML.test("a <script>")).toBe(true);
    expect(RAW_HTML.test("a \\<script\\>")).toBe(false);
    expect(RAW_HTML.test("a \\\\<script>")).toBe(true);
  });

  it("toMarkdown, toText and toOutline never throw, and the Markdown carries no HTML or link from the text", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const r = withHostileText(h);
        const md = toMarkdown(r);
        expect(RAW_HTML.test(md), JSON.stringify(h)).toBe(false);
        expect(RAW_LINK.test(md), JSON.stringify(h)).toBe(false);
        expect(typeof toText(r)).toBe("string");
        expect(typeof toOutline(r)).toBe("string");
      }),
      { numRuns: 200 },
    );
  });

  // src/render/outline.ts: the width of the number column was Math.max(...numbers), whose arguments
  // overflow the stack past about 120,000 operative paragraphs (a RangeError).
  it("toOutline writes a resolution of 300,000 operative paragraphs, the last numbered in its column", () => {
    const r = structuredClone(A_RES_65_190);
    const first = r.operative[0] as Resolution["operative"][number];
    r.operative = Array.from({ length: 300_000 }, (_, i) => ({ ...first, number: i + 1, footnoteRefs: [] }));
    const outline = toOutline(r);
    expect(outline).toContain(`\n  300000  ${first.actionPhrase}`);
    expect(outline).toContain(`\n       1  ${first.actionPhrase}`);
  });

  // src/render/clause-blocks.ts placed subparagraphs by recursion, one call per level: 10,000 levels
  // overflowed the stack (a RangeError).
  it("toMarkdown, toText and toOutline write subparagraphs nested 10,000 deep", () => {
    const r = withDeepSubparagraphs(10_000);
    expect(toMarkdown(r)).toContain("x;");
    expect(toText(r)).toContain("x;");
    expect(toOutline(r)).toContain("Decides");
  });

  it("toMarkdown and toText keep every word of subparagraphs nested 150 deep", () => {
    const r = withNestedSubparagraphs(150);
    for (const out of [toMarkdown(r), toText(r)]) {
      expect(out).toContain("at level 1:");
      expect(out).toContain("at level 100:");
      expect(out).toContain("at level 150;");
    }
  });
});
