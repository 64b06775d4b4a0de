import { describe, expect, it } from "vitest";
import { citationsOf, citeFootnotes, findCitations } from "../../src/citations/index.js";
import { Resolution } from "../../src/schemas/index.js";

// A slice of A/RES/65/190 (seed), built by hand: preambular paragraph 2 (markers 1 and 8),
// preambular paragraph 6 (HRC resolutions, markers 11-12), operative paragraph 2 (marker 1) and
// operative paragraph 31 (marker 16), with their footnotes.
const P2 =
  "Recalling all international conventions …, such as the United Nations Convention against Transnational Organized Crime and the Protocols thereto, … and the Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others, as well as previous resolutions";
const P6 =
  "Welcoming also the resolutions on trafficking in persons, especially women and children, adopted by the Human Rights Council, in particular resolution 11/3 of 17 June 2009 on trafficking in persons, especially women and children, and resolution 14/2 of 17 June 2010 entitled …,";
const O2 =
  "Urges Member States that have not yet done so to consider ratifying or acceding to, as a matter of priority, the United Nations Convention against Transnational Organized Crime …;";
const O31 = "Invites States parties to … the International Covenants on Human Rights to include information …;";
const NOTES = [
  { number: 1, text: "United Nations, Treaty Series, vol. 2225, No. 39574." },
  { number: 8, text: "Ibid., vol. 96, No. 1342." },
  {
    number: 11,
    text: "See Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53), chap. III, sect. A.",
  },
  { number: 16, text: "Resolution 2200 A (XXI), annex." },
];
const noteCitations = citeFootnotes(NOTES);

const resolution = Resolution.parse({
  type: "resolution",
  symbol: "A/RES/65/190",
  body: "General Assembly",
  adoptionDate: "2010-12-21",
  preamble: [
    {
      type: "preambular",
      number: 2,
      leadingPhrase: "Recalling",
      text: P2,
      footnoteRefs: [
        { number: 1, offset: 114 },
        { number: 8, offset: 257 },
      ],
    },
    {
      type: "preambular",
      number: 6,
      leadingPhrase: "Welcoming also",
      text: P6,
      footnoteRefs: [{ number: 11, offset: 212 }],
    },
  ],
  operative: [
    {
      type: "operative",
      number: 2,
      actionPhrase: "Urges",
      text: O2,
      subparagraphs: [],
      footnoteRefs: [{ number: 1, offset: 170 }],
    },
    {
      type: "operative",
      number: 31,
      actionPhrase: "Invites",
      text: O31,
      subparagraphs: [],
      footnoteRefs: [{ number: 16, offset: 63 }],
      citations: [],
    },
  ],
  footnotes: NOTES.map((note, i) => ({ type: "footnote", ...note, citations: noteCitations[i] })),
});

describe("citationsOf", () => {
  const placed = citationsOf(resolution);

  it("lists clause citations in clause order, then footnote citations in number order", () => {
    expect(placed.map(({ citation, where }) => `${where.kind} ${where.number}: ${citation.type}`)).toEqual([
      "preambular 6: resolution",
      "preambular 6: resolution",
      "footnote 1: treaty",
      "footnote 8: treaty",
      "footnote 11: officialRecords",
      "footnote 16: resolution",
    ]);
  });

  it("finds a clause's citations from its text when the clause has none recorded", () => {
    expect(placed.filter((p) => p.where.kind === "preambular").map((p) => p.citation)).toEqual(findCitations(P6));
  });

  it("uses the citations a clause records, even none", () => {
    expect(placed.some((p) => p.where.kind === "operative" && p.where.number === 31)).toBe(false);
  });

  it("names the clauses that carry each footnote's marker", () => {
    const markedIn = (number: number) =>
      placed.find((p) => p.where.kind === "footnote" && p.where.number === number)?.where;
    expect(markedIn(1)).toEqual({
      kind: "footnote",
      number: 1,
      markedIn: [
        { kind: "preambular", number: 2 },
        { kind: "operative", number: 2 },
      ],
    });
    expect(markedIn(16)).toEqual({ kind: "footnote", number: 16, markedIn: [{ kind: "operative", number: 31 }] });
  });
});
