import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inOrderOfNumber } from "../../src/citations/footnotes.js";
import { citeFootnotes } from "../../src/citations/index.js";
import type { Citation } from "../../src/schemas/index.js";

const withoutSpan = ({ span: _span, ...rest }: Citation) => rest;
const cite = (notes: Array<[number, string]>) =>
  citeFootnotes(notes.map(([number, text]) => ({ number, text }))).map((list) => list.map(withoutSpan));

describe("citeFootnotes resolves Ibid. by footnote number", () => {
  it("takes the session of the records before when the Ibid. gives none (ga/A-RES-75-238.xml, footnotes 5-6)", () => {
    const [, six] = cite([
      [5, "Official Records of the General Assembly, Seventy-third Session, Supplement No. 40 (A/73/40), chap. I."],
      [6, "Ibid., Supplement No. 53 (A/73/53), chap. IV, sect. A."],
    ]);
    expect(six).toEqual([
      {
        type: "officialRecords",
        body: "General Assembly",
        session: 73,
        supplement: "53",
        symbols: ["A/73/53"],
        chapter: "IV",
        section: "A",
        ibid: true,
      },
    ]);
  });

  it("takes the organ of the records before when the Ibid. has no symbol", () => {
    const [, second] = cite([
      [3, "Official Records of the Economic and Social Council, 2009, Supplement No. 8 (E/2009/28)."],
      [4, "Ibid., 2010, Supplement No. 8."],
    ]);
    expect(second).toEqual([
      {
        type: "officialRecords",
        body: "Economic and Social Council",
        year: 2010,
        supplement: "8",
        symbols: [],
        ibid: true,
      },
    ]);
  });

  it("leaves out an Ibid. whose footnote before is missing or cites something else", () => {
    expect(cite([[12, "Ibid., Sixty-fifth Session, Supplement No. 53."]])).toEqual([[]]);
    expect(
      cite([
        [10, "Resolution 64/293."],
        [11, "Ibid., Sixty-fifth Session, Supplement No. 53."],
      ]),
    ).toEqual([[{ type: "resolution", number: "64/293" }], []]);
  });

  it("takes the volume of the treaty before for “Ibid., No. 973.” (ga/A-RES-76-82.xml, footnotes 7-8)", () => {
    const [, eight] = cite([
      [7, "United Nations, Treaty Series, vol. 75, No. 972."],
      [8, "Ibid., No. 973."],
    ]);
    expect(eight).toEqual([{ type: "treaty", volume: 75, number: 973, ibid: true }]);
  });

  it("cites again the last citation for a footnote reading “Ibid.” (ga/A-RES-75-126.xml, footnotes 2-3)", () => {
    const notes = citeFootnotes([
      { number: 2, text: "See resolution 2200 A (XXI), annex." },
      { number: 3, text: "Ibid." },
    ]);
    expect(notes[1]).toEqual([{ type: "resolution", number: "2200 A (XXI)", annex: true, span: { start: 0, end: 5 } }]);
  });

  it("resolves an ibid. from the citation before it in the same footnote", () => {
    const [only] = cite([
      [
        1,
        "Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53); ibid., Sixty-fifth Session, Supplement No. 53 (A/65/53).",
      ],
    ]);
    expect(only?.map((c) => (c.type === "officialRecords" ? [c.session, c.ibid] : []))).toEqual([
      [64, false],
      [65, true],
    ]);
  });

  it("uses the number, not the order given: footnote 8 before footnote 1 (seed)", () => {
    const [eight] = cite([
      [8, "Ibid., No. 1342."],
      [7, "Ibid., vol. 96, No. 1341."],
    ]);
    expect(eight).toEqual([{ type: "treaty", volume: 96, number: 1342, ibid: true, title: expect.any(String) }]);
  });
});

describe("citeFootnotes keeps the keys of a resolved Ibid. in their order", () => {
  it("puts an inherited session after the keys the Ibid. has (ga/A-RES-75-238.xml, footnotes 5-6)", () => {
    const [, six] = citeFootnotes([
      {
        number: 5,
        text: "Official Records of the General Assembly, Seventy-third Session, Supplement No. 40 (A/73/40), chap. I.",
      },
      { number: 6, text: "Ibid., Supplement No. 53 (A/73/53), chap. IV, sect. A." },
    ]);
    expect(Object.keys(six?.[0] ?? {})).toEqual([
      "type",
      "body",
      "supplement",
      "symbols",
      "chapter",
      "section",
      "ibid",
      "span",
      "session",
    ]);
  });
});

describe("inOrderOfNumber", () => {
  it("tells footnotes in order of number, as the seed's 1 to 16, from others", () => {
    expect(inOrderOfNumber([{ number: 1 }, { number: 2 }, { number: 16 }])).toBe(true);
    expect(inOrderOfNumber([{ number: 8 }, { number: 7 }])).toBe(false);
    expect(inOrderOfNumber([{ number: 3 }, { number: Number.NaN }])).toBe(false);
    expect(inOrderOfNumber([])).toBe(true);
  });

  it("says yes exactly when a stable sort by number leaves the footnotes as they are (law)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 8 }), (numbers) => {
        const notes = numbers.map((number) => ({ number }));
        const order = notes.map((_, i) => i).sort((a, b) => (notes[a]?.number ?? 0) - (notes[b]?.number ?? 0));
        expect(inOrderOfNumber(notes)).toBe(order.every((index, at) => index === at));
      }),
      { numRuns: 2000 },
    );
  });

  it("cites footnotes given out of order as it cites them in order (law)", () => {
    const texts = [
      "United Nations, Treaty Series, vol. 2225, No. 39574.",
      "Ibid., No. 973.",
      "Ibid.",
      "Resolution 64/293.",
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3, 4], { minLength: 4 }), (numbers) => {
        const notes = numbers.map((number) => ({ number, text: texts[number - 1] as string }));
        const inOrder = citeFootnotes([...notes].sort((a, b) => a.number - b.number));
        expect(citeFootnotes(notes)).toEqual(numbers.map((number) => inOrder[number - 1]));
      }),
    );
  });
});
