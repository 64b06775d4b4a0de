import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { fromAkomaNtoso, toAkomaNtoso } from "../../src/akn/index.js";
import { A_RES_65_190 } from "../../src/data/index.js";
import type { OperativeClause, PreambularClause, Resolution, Subparagraph } from "../../src/schemas/index.js";
import { hasXsd } from "../helpers/shared.js";
import { xmlCounts } from "./xml-counts.js";
import { validateAkomaNtoso } from "./xsd.js";

/** The model without where things stood in a source: what a round trip through XML can keep. */
function withoutPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === "position" || key === "preface" ? undefined : v)));
}

const parser = new XMLParser({ preserveOrder: false, ignoreAttributes: false, attributeNamePrefix: "" });

/** A resolution made by hand: one footnote marked twice, characters XML cannot carry, markup characters. */
const HAND_MADE: Resolution = {
  type: "resolution",
  symbol: "A/RES/99/1",
  body: "General Assembly",
  number: "99/1",
  title: "Tests & <checks>",
  adoptionDate: "2030-01-31",
  preamble: [
    {
      type: "preambular",
      number: 1,
      leadingPhrase: "Recalling",
      text: "Recalling the Convention on X and the Protocol thereto,",
      footnoteRefs: [
        { number: 1, offset: "Recalling the Convention on X".length },
        { number: 2, offset: "Recalling the Convention on X and the Protocol thereto,".length },
      ],
    },
  ],
  operative: [
    {
      type: "operative",
      number: 1,
      actionPhrase: "Decides",
      text: "Decides that a < b && c > d, as the Convention says]]>, again;",
      subparagraphs: [],
      footnoteRefs: [{ number: 1, offset: "Decides that a < b && c > d, as the Convention says".length }],
    },
    {
      type: "operative",
      number: 2,
      actionPhrase: "Notes",
      text: "Notes the bell \u0007 and the lone \ud800 surrogate;",
      subparagraphs: [],
      footnoteRefs: [],
    },
  ],
  footnotes: [
    { type: "footnote", number: 1, text: "United Nations, Treaty Series, vol. 1, No. 1.", citations: [] },
    { type: "footnote", number: 2, text: "Ibid., vol. 2, No. 1.", citations: [] },
  ],
};

describe("toAkomaNtoso", () => {
  it("writes A/RES/65/190 in the UN's shape: FRBR URIs, formula, one container per preambular paragraph", () => {
    const xml = toAkomaNtoso(A_RES_65_190);
    const doc = parser.parse(xml);
    const statement = doc.akomaNtoso.statement;
    expect(statement.name).toBe("resolution");
    const work = statement.meta.identification.FRBRWork;
    expect(work.FRBRthis.value).toBe("/akn/un/statement/deliberation/unga/2010-12-21/65-190/!main");
    expect(work.FRBRuri.value).toBe("/akn/un/statement/deliberation/unga/2010-12-21/65-190/");
    expect(work.FRBRdate).toEqual({ date: "2010-12-21", name: "adoption" });
    expect(statement.preface.p.docNumber).toBe("65/190.");
    expect(statement.preface.p.docTitle["#text"]).toBe("Trafficking in women and girls");
    expect(statement.preamble.formula.p.span["#text"]).toBe("The General Assembly");
    expect(xmlCounts(xml)).toEqual({ preambular: 25, operative: 33, footnotes: 16 });
    expect(statement.conclusions.p.event.location).toMatchObject({ title: "71st", "#text": "71st plenary meeting" });
  });

  it("reads back A/RES/65/190 as it was, positions apart", () => {
    const back = fromAkomaNtoso(toAkomaNtoso(A_RES_65_190));
    expect(back).toEqual(withoutPositions(A_RES_65_190));
  });

  it("writes a repeated marker as a noteRef to the note, and reads it back as a ref", () => {
    const xml = toAkomaNtoso(HAND_MADE);
    expect(xml.match(/<authorialNote /g)).toHaveLength(2);
    expect(xml).toContain('<noteRef marker="1" href="#authorialNote_1"/>');
    const back = fromAkomaNtoso(xml);
    expect(back.operative[0]?.footnoteRefs).toEqual(HAND_MADE.operative[0]?.footnoteRefs);
    expect(back.preamble[0]?.footnoteRefs).toEqual(HAND_MADE.preamble[0]?.footnoteRefs);
  });

  it("escapes markup characters and replaces what XML cannot carry by U+FFFD, one for one", () => {
    const xml = toAkomaNtoso(HAND_MADE);
    expect(xml).toContain("a &lt; b &amp;&amp; c &gt; d");
    expect(xml).not.toContain("\u0007");
    const back = fromAkomaNtoso(xml);
    expect(back.title).toBe("Tests & <checks>");
    expect(back.operative[0]?.text).toBe(HAND_MADE.operative[0]?.text);
    expect(back.operative[1]?.text).toBe("Notes the bell \ufffd and the lone \ufffd surrogate;");
    expect(back.footnotes.map((f) => f.text)).toEqual(HAND_MADE.footnotes.map((f) => f.text));
  });

  it("writes a Security Council resolution with unsc URIs and its adoption line on the cover page", () => {
    const { title: _, ...untitled } = HAND_MADE;
    const sc: Resolution = {
      ...untitled,
      symbol: "S/RES/2720 (2023)",
      number: "2720 (2023)",
      body: "Security Council",
      adoptionDate: "2023-12-22",
      meeting: { number: 9520, text: "9520th meeting", date: "2023-12-22" },
      vote: { kind: "recorded", inFavour: 13, abstentions: 2 },
    };
    const xml = toAkomaNtoso(sc);
    expect(xml).toContain('value="/akn/un/statement/deliberation/unsc/2023-12-22/2720-2023/"');
    expect(xml).toContain(
      'Adopted by the Security Council at its <inline name="adoptionMeeting" title="9520th">9520th meeting</inline>, on <docDate date="2023-12-22" refersTo="#adoptionDate">22 December 2023</docDate>',
    );
    const back = fromAkomaNtoso(xml);
    expect(back.meeting).toEqual(sc.meeting);
    expect(back.vote).toEqual(sc.vote);
    expect(back.title).toBeUndefined();
  });

  it("writes and reads back a resolution without paragraphs or footnotes", () => {
    const empty: Resolution = { ...HAND_MADE, preamble: [], operative: [], footnotes: [] };
    expect(fromAkomaNtoso(toAkomaNtoso(empty))).toEqual(empty);
  });

  it.skipIf(!hasXsd)("writes XML that the OASIS Akoma Ntoso schema accepts", async () => {
    const invalid = await validateAkomaNtoso([
      { name: "A/RES/65/190", xml: toAkomaNtoso(A_RES_65_190) },
      { name: "hand-made", xml: toAkomaNtoso(HAND_MADE) },
      { name: "empty", xml: toAkomaNtoso({ ...HAND_MADE, preamble: [], operative: [], footnotes: [] }) },
    ]);
    expect([...invalid]).toEqual([]);
  });
});

/** Words a resolution might hold, markup characters and typographic quotes among them. */
const word = fc.constantFrom(
  "the",
  "Assembly",
  "States",
  "of",
  "and",
  "Convention",
  "“Agenda”",
  "2030",
  "R&D",
  "<b>",
  "A/RES/64/293",
  "non‑governmental",
  "États",
);
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(" "));
const phrase = fc.constantFrom("Recalling", "Noting with appreciation", "Decides", "Also calls upon", "Requests");

/** Markers at the ends of some words of `text`, with their note numbers still to assign. */
const markersIn = (text: string, picks: readonly number[]): number[] => {
  const ends = [...text.matchAll(/\S+/g)].map((m) => (m.index ?? 0) + m[0].length);
  return [...new Set(picks.map((p) => ends[p % ends.length] ?? text.length))].sort((a, b) => a - b);
};

const preambular = fc.record({ phrase, rest: words(1, 12), picks: fc.array(fc.nat(), { maxLength: 2 }) });
const subArb = fc.record({ rest: words(1, 8), picks: fc.array(fc.nat(), { maxLength: 1 }), children: fc.nat(2) });
const operativeArb = fc.record({
  phrase,
  rest: words(1, 12),
  picks: fc.array(fc.nat(), { maxLength: 2 }),
  subs: fc.array(subArb, { maxLength: 3 }),
});

/** Builds a resolution from generated parts, numbering notes in document order. */
function buildResolution(
  pre: readonly { phrase: string; rest: string; picks: number[] }[],
  ops: readonly {
    phrase: string;
    rest: string;
    picks: number[];
    subs: { rest: string; picks: number[]; children: number }[];
  }[],
): Resolution {
  let note = 0;
  const refsOf = (text: string, picks: readonly number[]) =>
    markersIn(text, picks).map((offset) => ({ number: ++note, offset }));
  const letters = "abcdefghij";
  const preamble: PreambularClause[] = pre.map((p, i) => {
    const text = `${p.phrase} ${p.rest},`;
    return { type: "preambular", number: i + 1, leadingPhrase: p.phrase, text, footnoteRefs: refsOf(text, p.picks) };
  });
  const operative: OperativeClause[] = ops.map((o, i) => {
    let text = `${o.phrase} ${o.rest}:`;
    const footnoteRefs = refsOf(text, o.picks);
    const subparagraphs: Subparagraph[] = o.subs.map((s, j) => {
      let subText = `${s.rest};`;
      const subRefs = refsOf(subText, s.picks);
      const children: Subparagraph[] = [];
      for (let k = 0; k < s.children; k += 1) {
        const childText = `${s.rest} ${k};`;
        const start = subText.length + 1;
        subText += `\n(${"i".repeat(k + 1)}) ${childText}`;
        children.push({
          type: "subparagraph",
          label: "i".repeat(k + 1),
          text: childText,
          subparagraphs: [],
          footnoteRefs: [],
          span: { start, end: subText.length },
        });
      }
      const start = text.length + 1;
      text += `\n(${letters[j]}) ${subText}`;
      const textStart = text.length - subText.length;
      for (const ref of subRefs) footnoteRefs.push({ number: ref.number, offset: textStart + ref.offset });
      return {
        type: "subparagraph",
        label: letters[j] ?? "z",
        text: subText,
        subparagraphs: children,
        footnoteRefs: subRefs,
        span: { start, end: text.length },
      };
    });
    return { type: "operative", number: i + 1, actionPhrase: o.phrase, text, subparagraphs, footnoteRefs };
  });
  const footnotes = Array.from({ length: note }, (_, i) => ({
    type: "footnote" as const,
    number: i + 1,
    text: `Note ${i + 1}.`,
    citations: [],
  }));
  return {
    type: "resolution",
    symbol: "A/RES/99/2",
    body: "General Assembly",
    number: "99/2",
    adoptionDate: "2031-02-03",
    preamble,
    operative,
    footnotes,
  };
}

describe("toAkomaNtoso then fromAkomaNtoso (property)", () => {
  it("gives back the resolution: texts, phrases, subparagraphs and their spans, markers", () => {
    fc.assert(
      fc.property(
        fc.array(preambular, { maxLength: 4 }),
        fc.array(operativeArb, { minLength: 1, maxLength: 4 }),
        (pre, ops) => {
          const r = buildResolution(pre, ops);
          const back = fromAkomaNtoso(toAkomaNtoso(r));
          const strip = (x: Resolution) => ({
            ...x,
            preamble: x.preamble.map(({ citations: _, ...c }) => c),
            operative: x.operative.map(({ citations: _, ...c }) => c),
            footnotes: x.footnotes.map((f) => ({ ...f, citations: [] })),
          });
          expect(strip(back)).toEqual(strip(r));
        },
      ),
      { numRuns: 150 },
    );
  });

  it.skipIf(!hasXsd)("always writes schema-valid XML", async () => {
    const samples = fc.sample(
      fc.tuple(fc.array(preambular, { maxLength: 4 }), fc.array(operativeArb, { minLength: 1, maxLength: 4 })),
      { numRuns: 40, seed: 42 },
    );
    const docs = samples.map(([pre, ops], i) => ({
      name: `sample ${i}`,
      xml: toAkomaNtoso(buildResolution(pre, ops)),
    }));
    expect([...(await validateAkomaNtoso(docs))]).toEqual([]);
  });
});
