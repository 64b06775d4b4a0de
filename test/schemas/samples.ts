/**
 * Real-shaped values of the model, written by hand from two documents:
 * A/RES/65/190 (seeds/A-RES-65-190.txt) and S/RES/66 (1948) (corpus text/sc-ocr/S-RES-66.txt).
 * Texts are quoted from the documents (some abridged); offsets, spans and positions are computed
 * from those texts, so they stay true to them.
 */
import { readFileSync } from "node:fs";
import type {
  Citation,
  Footnote,
  OperativeClause,
  Position,
  PreambularClause,
  Resolution,
} from "../../src/schemas/index.js";
import { seedPath } from "../helpers/shared.js";

const seed = readFileSync(seedPath, "utf8");

/** The position, in the seed, of the line that begins with `start` (line and column from 1, offset from 0). */
export function seedLine(start: string): Position {
  const offset = seed.indexOf(`\n${start}`) + 1;
  if (offset === 0) throw new Error(`no line of the seed begins with "${start}"`);
  const end = seed.indexOf("\n", offset);
  const line = seed.slice(0, offset).split("\n").length;
  return {
    start: { line, column: 1, offset },
    end: { line, column: end - offset + 1, offset: end },
  };
}

/** The offset just after `phrase` in `text`: where a footnote marker following the phrase stood. */
export function after(text: string, phrase: string): number {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  return at + phrase.length;
}

/** The span of `phrase` in `text`. */
export function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  return { start, end: start + phrase.length };
}

const recalling =
  "Recalling all international conventions that deal specifically with and address issues relevant to the problem " +
  "of trafficking in women and girls, such as the United Nations Convention against Transnational Organized Crime " +
  "and the Protocols thereto, as well as previous resolutions of the General Assembly and its subsidiary body the " +
  "Human Rights Council, and the Economic and Social Council and its functional commissions on the issue,";

const welcomingAlso =
  "Welcoming also the resolutions on trafficking in persons, especially women and children, adopted by the Human " +
  "Rights Council, in particular resolution 11/3 of 17 June 2009 on trafficking in persons, especially women and children,";

/** Two preambular paragraphs of A/RES/65/190 (the second and the sixth), the first abridged. */
export function preamble(): PreambularClause[] {
  return [
    {
      type: "preambular",
      number: 2,
      leadingPhrase: "Recalling",
      text: recalling,
      footnoteRefs: [{ number: 1, offset: after(recalling, "Transnational Organized Crime") }],
      position: seedLine("Recalling all international conventions"),
    },
    {
      type: "preambular",
      number: 6,
      leadingPhrase: "Welcoming also",
      text: welcomingAlso,
      footnoteRefs: [{ number: 11, offset: after(welcomingAlso, "women and children,") }],
      citations: [
        {
          type: "resolution",
          number: "11/3",
          body: "Human Rights Council",
          date: "2009-06-17",
          span: spanOf(welcomingAlso, "resolution 11/3 of 17 June 2009"),
        },
      ],
    },
  ];
}

const takesNote =
  "Takes note with appreciation of the report of the Secretary-General, which outlines concrete measures, " +
  "addressing them to States and other stakeholders, to prevent and eliminate trafficking in persons, especially " +
  "women and children;";

const invitesStates =
  "Invites States to continue to contribute to the United Nations Voluntary Trust Fund on Contemporary Forms of " +
  "Slavery and to the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women " +
  "and Children;";

/** Operative paragraphs 1 and 32 of A/RES/65/190. */
export function operative(): OperativeClause[] {
  return [
    {
      type: "operative",
      number: 1,
      actionPhrase: "Takes note with appreciation",
      text: takesNote,
      subparagraphs: [],
      footnoteRefs: [{ number: 14, offset: after(takesNote, "Secretary-General,") }],
      citations: [],
      position: seedLine("- 1. Takes note with appreciation"),
    },
    {
      type: "operative",
      number: 32,
      actionPhrase: "Invites",
      text: invitesStates,
      subparagraphs: [],
      footnoteRefs: [],
    },
  ];
}

const fn1 = "United Nations, Treaty Series, vol. 2225, No. 39574.";
const fn2 = "Ibid., vol. 2237, No. 39574.";
const fn9 =
  "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, " +
  "Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.";
const fn10 = "Resolution 64/293.";
const fn11 =
  "See Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53), chap. III, sect. A.";
const fn14 = "A/65/209.";

/** Footnotes 1, 2, 9, 10, 11 and 14 of A/RES/65/190, each with the citation it holds. */
export function footnotes(): Footnote[] {
  return [
    {
      type: "footnote",
      number: 1,
      text: fn1,
      citations: [
        {
          type: "treaty",
          volume: 2225,
          number: 39574,
          ibid: false,
          name: "United Nations Convention against Transnational Organized Crime",
          span: spanOf(fn1, "United Nations, Treaty Series, vol. 2225, No. 39574"),
        },
      ],
    },
    {
      type: "footnote",
      number: 2,
      text: fn2,
      citations: [{ type: "treaty", volume: 2237, number: 39574, ibid: true, span: spanOf(fn2, fn2.slice(0, -1)) }],
    },
    {
      type: "footnote",
      number: 9,
      text: fn9,
      citations: [{ type: "publication", salesNumber: "E.96.IV.13", span: spanOf(fn9, "Sales No. E.96.IV.13") }],
    },
    {
      type: "footnote",
      number: 10,
      text: fn10,
      citations: [{ type: "resolution", number: "64/293", span: spanOf(fn10, "Resolution 64/293") }],
    },
    {
      type: "footnote",
      number: 11,
      text: fn11,
      citations: [
        {
          type: "officialRecords",
          body: "General Assembly",
          session: 64,
          supplement: "53",
          symbols: ["A/64/53"],
          chapter: "III",
          section: "A",
          ibid: false,
          span: spanOf(fn11, fn11.slice(4, -1)),
        },
      ],
    },
    {
      type: "footnote",
      number: 14,
      text: fn14,
      citations: [{ type: "document", symbol: "A/65/209", span: spanOf(fn14, "A/65/209") }],
    },
  ];
}

/** A/RES/65/190 with its header facts as printed, an abridged preamble, operative part and footnotes. */
export function gaResolution(): Resolution {
  return {
    type: "resolution",
    symbol: "A/RES/65/190",
    body: "General Assembly",
    number: "65/190",
    title: "Trafficking in women and girls",
    adoptionDate: "2010-12-21",
    session: { kind: "regular", number: 65, text: "Sixty-fifth session" },
    agendaItems: [{ number: "28 (a)" }],
    distribution: { level: "General", date: "2011-03-11" },
    report: { committee: "Third Committee", symbols: ["A/65/449"] },
    meeting: { number: 71, text: "71st plenary meeting", date: "2010-12-21" },
    preamble: preamble(),
    operative: operative(),
    footnotes: footnotes(),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: seed.split("\n").length, column: seed.length - seed.lastIndexOf("\n"), offset: seed.length },
    },
  };
}

const callsUpon =
  "Calls upon the Governments concerned : (i) To order an immediate cease-fire ; (ii) To implement without further " +
  "delay resolution 61 (1948) of 4 November 1948 and the instructions issued by the Acting Mediator in accordance " +
  "with sub-paragraph (1) of the fifth paragraph of that resolution ; (iii) To allow and facilitate the complete " +
  "supervision of the truce by the United Nations observers ;";
const sub = (label: string, text: string) => ({
  type: "subparagraph" as const,
  label,
  text,
  subparagraphs: [],
  footnoteRefs: [],
  span: spanOf(callsUpon, `(${label}) ${text}`),
});
const havingConsidered =
  "Having considered the report of the Acting Mediator on the hostilities which broke out in southern Palestine " +
  "on 22 December 1948,";
const fn43 = "See Official Records of the Security Council, Third Year, Supplement for December 1948, document S/1152.";
const fn44 = "See General Assembly resolution 194 (III).";

/** S/RES/66 (1948): no title, subparagraphs (i) to (iii), footnotes 43 and 44, a recorded vote. */
export function scResolution(): Resolution {
  return {
    type: "resolution",
    symbol: "S/RES/66 (1948)",
    body: "Security Council",
    number: "66 (1948)",
    adoptionDate: "1948-12-29",
    meeting: { number: 396, text: "396th meeting" },
    vote: {
      kind: "recorded",
      inFavour: 8,
      against: 0,
      abstentions: 3,
      text: "Adopted at the 396th meeting by 8 votes to none, with 3 abstentions",
    },
    preamble: [
      {
        type: "preambular",
        number: 1,
        leadingPhrase: "Having considered",
        text: havingConsidered,
        footnoteRefs: [{ number: 43, offset: havingConsidered.length }],
      },
    ],
    operative: [
      {
        type: "operative",
        number: 1,
        actionPhrase: "Calls upon",
        text: callsUpon,
        subparagraphs: [
          sub("i", "To order an immediate cease-fire ;"),
          sub(
            "ii",
            "To implement without further delay resolution 61 (1948) of 4 November 1948 and the instructions issued " +
              "by the Acting Mediator in accordance with sub-paragraph (1) of the fifth paragraph of that resolution ;",
          ),
          sub("iii", "To allow and facilitate the complete supervision of the truce by the United Nations observers ;"),
        ],
        footnoteRefs: [],
        citations: [
          {
            type: "resolution",
            number: "61 (1948)",
            date: "1948-11-04",
            span: spanOf(callsUpon, "resolution 61 (1948) of 4 November 1948"),
          },
        ],
      },
    ],
    footnotes: [
      {
        type: "footnote",
        number: 43,
        text: fn43,
        citations: [
          {
            type: "officialRecords",
            body: "Security Council",
            year: 3,
            supplement: "for December 1948",
            symbols: ["S/1152"],
            ibid: false,
            span: spanOf(fn43, fn43.slice(4, -1)),
          },
        ],
      },
      {
        type: "footnote",
        number: 44,
        text: fn44,
        citations: [
          {
            type: "resolution",
            number: "194 (III)",
            body: "General Assembly",
            span: spanOf(fn44, "General Assembly resolution 194 (III)"),
          },
        ],
      },
    ],
  };
}

/** One citation of each `type`, from the footnotes above plus a Charter reference. */
export function citations(): Citation[] {
  return [
    ...footnotes().flatMap((note) => note.citations),
    { type: "charter", article: "22" },
    { type: "resolution", kind: "decision", number: "64/555" },
  ];
}

/** Every real-shaped resolution sample. */
export function resolutions(): Resolution[] {
  return [gaResolution(), scResolution()];
}
