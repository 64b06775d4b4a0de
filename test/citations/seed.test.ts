import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { citeFootnotes, treatyNameBefore } from "../../src/citations/index.js";
import { Citation } from "../../src/schemas/index.js";
import { seedPath } from "../helpers/shared.js";

// The footnotes of A/RES/65/190 (seeds/A-RES-65-190.txt), typed by hand from the seed in the
// order the page prints them: footnote 8 stands before footnote 1 on the second page.
const FOOTNOTES: ReadonlyArray<{ number: number; text: string }> = [
  { number: 8, text: "Ibid., vol. 96, No. 1342." },
  { number: 1, text: "United Nations, Treaty Series, vol. 2225, No. 39574." },
  { number: 2, text: "Ibid., vol. 2237, No. 39574." },
  { number: 3, text: "Ibid., vol. 2241, No. 39574." },
  { number: 4, text: "Ibid., vol. 1249, No. 20378." },
  { number: 5, text: "Ibid., vol. 2131, No. 20378." },
  { number: 6, text: "Ibid., vol. 1577, No. 27531." },
  { number: 7, text: "Ibid., vol. 2171, No. 27531." },
  {
    number: 9,
    text: "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.",
  },
  { number: 10, text: "Resolution 64/293." },
  {
    number: 11,
    text: "See Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53), chap. III, sect. A.",
  },
  {
    number: 12,
    text: "Ibid., Sixty-fifth Session, Supplement No. 53 and corrigendum (A/65/53 and Corr.1), chap. III, sect. A.",
  },
  { number: 13, text: "United Nations, Treaty Series, vol. 2187, No. 38544." },
  { number: 14, text: "A/65/209." },
  {
    number: 15,
    text: "Such as the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime, the Coordinated Mekong Ministerial Initiative against Trafficking, the Action Plan for the Asia-Pacific region of the Asian Regional Initiative against Trafficking in Persons, Especially Women and Children (see A/C.3/55/3, annex), the initiatives of the European Union on a comprehensive European policy and programmes on trafficking in human beings.",
  },
  { number: 16, text: "Resolution 2200 A (XXI), annex." },
];

const treaty = (volume: number, number: number, ibid: boolean, title: string) => ({
  type: "treaty" as const,
  volume,
  number,
  ibid,
  title,
});

const TRANSNATIONAL = "United Nations Convention against Transnational Organized Crime";
const EXPECTED: Record<number, object[]> = {
  1: [treaty(2225, 39574, false, TRANSNATIONAL)],
  2: [
    treaty(
      2237,
      39574,
      true,
      `Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the ${TRANSNATIONAL}`,
    ),
  ],
  3: [
    treaty(
      2241,
      39574,
      true,
      `Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the ${TRANSNATIONAL}`,
    ),
  ],
  4: [treaty(1249, 20378, true, "Convention on the Elimination of All Forms of Discrimination against Women")],
  5: [
    treaty(
      2131,
      20378,
      true,
      "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
    ),
  ],
  6: [treaty(1577, 27531, true, "Convention on the Rights of the Child")],
  7: [
    treaty(
      2171,
      27531,
      true,
      "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
    ),
  ],
  8: [
    treaty(
      96,
      1342,
      true,
      "Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others",
    ),
  ],
  9: [
    {
      type: "publication",
      salesNumber: "E.96.IV.13",
      title: "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995",
    },
  ],
  10: [{ type: "resolution", number: "64/293" }],
  11: [
    {
      type: "officialRecords",
      body: "General Assembly",
      session: 64,
      supplement: "53",
      symbols: ["A/64/53"],
      chapter: "III",
      section: "A",
      ibid: false,
    },
  ],
  12: [
    {
      type: "officialRecords",
      body: "General Assembly",
      session: 65,
      supplement: "53",
      symbols: ["A/65/53", "A/65/53/Corr.1"],
      chapter: "III",
      section: "A",
      ibid: true,
    },
  ],
  13: [treaty(2187, 38544, false, "Rome Statute of the International Criminal Court")],
  14: [{ type: "document", symbol: "A/65/209" }],
  15: [{ type: "document", symbol: "A/C.3/55/3", annex: true }],
  16: [{ type: "resolution", number: "2200 A (XXI)", annex: true }],
};

/** The citation without its span, to compare with the table. */
const withoutSpan = ({ span: _span, ...rest }: Citation) => rest;

describe("citeFootnotes on the footnotes of A/RES/65/190", () => {
  const cited = citeFootnotes(FOOTNOTES);

  it("keeps the order the footnotes were given in", () => {
    expect(cited).toHaveLength(FOOTNOTES.length);
  });

  it.each(FOOTNOTES.map((note, i) => [note.number, i] as const))("footnote %i", (number, i) => {
    const citations = cited[i] ?? [];
    expect(citations.map(withoutSpan)).toEqual(EXPECTED[number]);
    for (const citation of citations) expect(Citation.safeParse(citation).success).toBe(true);
  });

  it("puts every span on the text that makes the citation", () => {
    const text = (i: number) => FOOTNOTES[i]?.text ?? "";
    const slice = (i: number, j = 0) => {
      const span = cited[i]?.[j]?.span;
      return span === undefined ? undefined : text(i).slice(span.start, span.end);
    };
    expect(slice(0)).toBe("Ibid., vol. 96, No. 1342");
    expect(slice(1)).toBe("United Nations, Treaty Series, vol. 2225, No. 39574");
    expect(slice(9)).toBe("Resolution 64/293");
    expect(slice(13)).toBe("A/65/209");
    expect(slice(15)).toBe("Resolution 2200 A (XXI), annex");
    expect(slice(11)).toBe(
      "Ibid., Sixty-fifth Session, Supplement No. 53 and corrigendum (A/65/53 and Corr.1), chap. III, sect. A",
    );
  });
});

describe("treatyNameBefore on the second preambular paragraph of A/RES/65/190", () => {
  const seed = readFileSync(seedPath, "utf8");
  const start = seed.indexOf("Recalling all international conventions");
  const paragraph = seed.slice(start, seed.indexOf("\n", start));
  // The clause text as the parser gives it: the markers removed, their offsets kept.
  const markers = [..."¹²³⁴⁵⁶⁷⁸"];
  let text = "";
  const offsets: number[] = [];
  for (const char of paragraph) {
    if (markers.includes(char)) {
      text = text.trimEnd();
      offsets.push(text.length);
    } else text += char;
  }

  it.each([
    [1, "United Nations Convention against Transnational Organized Crime"],
    [
      2,
      "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
    ],
    [
      3,
      "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime",
    ],
    [4, "Convention on the Elimination of All Forms of Discrimination against Women"],
    [5, "Optional Protocol thereto"],
    [6, "Convention on the Rights of the Child"],
    [7, "Optional Protocol thereto on the sale of children, child prostitution and child pornography"],
    [
      8,
      "Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others",
    ],
  ])("marker %i", (marker, name) => {
    expect(treatyNameBefore(text, offsets[marker - 1] ?? -1)).toBe(name);
  });

  it("finds no treaty before the marker of the Global Plan of Action (footnote 10)", () => {
    const clause =
      "Welcoming the adoption of the United Nations Global Plan of Action to Combat Trafficking in Persons";
    expect(treatyNameBefore(clause, clause.length)).toBeUndefined();
  });

  it("names the Rome Statute (footnote 13) and the Covenants (footnote 16)", () => {
    const rome =
      "Acknowledging the inclusion of gender-related crimes in the Rome Statute of the International Criminal Court,";
    expect(treatyNameBefore(rome, rome.length)).toBe("Rome Statute of the International Criminal Court");
    const covenants =
      "Invites States parties to the Convention on the Elimination of All Forms of Discrimination against Women, the Convention on the Rights of the Child and the International Covenants on Human Rights";
    expect(treatyNameBefore(covenants, covenants.length)).toBe("International Covenants on Human Rights");
  });
});
