import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  AkomaNtosoError,
  type AkomaNtosoErrorCode,
  fromAkomaNtoso,
  type SafeFromAkomaNtosoResult,
  safeFromAkomaNtoso,
  toAkomaNtoso,
} from "../../src/akn/index.js";
import { Resolution } from "../../src/schemas/index.js";
import { corpusRoot, hasCorpus } from "../helpers/shared.js";

const read = (folder: string, stem: string): string =>
  readFileSync(join(corpusRoot, "akn", folder, `${stem}.xml`), "utf8");

/** The smallest Akoma Ntoso resolution: a statement with a cover page, a preamble and one paragraph. */
const MINIMAL = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unga/2010-12-21/65-190/!main"/><FRBRuri value="/akn/un/statement/deliberation/unga/2010-12-21/65-190/"/><FRBRdate date="2010-12-21" name="adoption"/><FRBRauthor href="#ga"/><FRBRcountry value="un"/></FRBRWork></identification></meta>
    <preamble><container name="Recalling"><p><span class="italic">Recalling</span> A &amp; B&#160;C,</p></container></preamble>
    <mainBody><paragraph><num>1.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph></mainBody>
  </statement>
</akomaNtoso>`;

const codeOf = (xml: string, options?: Parameters<typeof fromAkomaNtoso>[1]): string | undefined => {
  const result = safeFromAkomaNtoso(xml, options);
  return result.success ? undefined : result.error.code;
};

describe("types of the Akoma Ntoso API", () => {
  it("reads into the model's type and writes a string", () => {
    expectTypeOf(fromAkomaNtoso).returns.toEqualTypeOf<Resolution>();
    expectTypeOf(safeFromAkomaNtoso).returns.toEqualTypeOf<SafeFromAkomaNtosoResult>();
    expectTypeOf(toAkomaNtoso).parameter(0).toEqualTypeOf<Resolution>();
    expectTypeOf(toAkomaNtoso).returns.toEqualTypeOf<string>();
    expectTypeOf<AkomaNtosoError["code"]>().toEqualTypeOf<AkomaNtosoErrorCode>();
  });
});

describe("fromAkomaNtoso on hand-made XML", () => {
  it("reads a minimal statement, decoding references, and the result validates", () => {
    const r = fromAkomaNtoso(MINIMAL);
    expect(Resolution.parse(r)).toEqual(r);
    expect(r.symbol).toBe("A/RES/65/190");
    expect(r.number).toBe("65/190");
    expect(r.adoptionDate).toBe("2010-12-21");
    expect(r.preamble).toEqual([
      { type: "preambular", number: 1, leadingPhrase: "Recalling", text: "Recalling A & B\u00a0C,", footnoteRefs: [] },
    ]);
    expect(r.operative[0]?.actionPhrase).toBe("Decides");
    expect(r.operative[0]?.text).toBe("Decides to remain seized of the matter.");
  });

  it("refuses XML that is not well-formed, with the line and column", () => {
    const result = safeFromAkomaNtoso("<akomaNtoso>\n  <statement>\n</akomaNtoso>");
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(AkomaNtosoError);
    expect(result.error.code).toBe("NOT_WELL_FORMED");
    expect(result.error.line).toBe(3);
  });

  it("refuses an undeclared entity and a reference to a character XML forbids", () => {
    expect(codeOf(MINIMAL.replace("&amp;", "&nbsp;"))).toBe("NOT_WELL_FORMED");
    expect(codeOf(MINIMAL.replace("&#160;", "&#1;"))).toBe("NOT_WELL_FORMED");
  });

  it("refuses a DOCTYPE, so no entity is ever expanded (billion laughs)", () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&lol2;</akomaNtoso>`;
    const result = safeFromAkomaNtoso(laughs);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("DOCTYPE_FORBIDDEN");
    expect(result.error.line).toBe(2);
    const external = `<!DOCTYPE a SYSTEM "file:///etc/passwd"><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>`;
    expect(codeOf(external)).toBe("DOCTYPE_FORBIDDEN");
  });

  it("refuses XML that is not Akoma Ntoso, or Akoma Ntoso that is not a resolution", () => {
    expect(codeOf("<html><body/></html>")).toBe("NOT_AKOMA_NTOSO");
    expect(codeOf('<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>')).toBe("NOT_AKOMA_NTOSO");
    expect(codeOf('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act/></akomaNtoso>')).toBe(
      "UNSUPPORTED_DOCUMENT",
    );
    expect(codeOf('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>')).toBe(
      "UNSUPPORTED_DOCUMENT",
    );
  });

  it("accepts a namespace prefix on the Akoma Ntoso elements", () => {
    const prefixed = MINIMAL.replace(/<(\/?)([a-zA-Z]+)/g, "<$1akn:$2").replace(
      'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"',
      'xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"',
    );
    expect(fromAkomaNtoso(prefixed).operative).toHaveLength(1);
  });

  it("refuses input over maxLength and nesting over maxDepth", () => {
    expect(codeOf(MINIMAL, { maxLength: 100 })).toBe("INPUT_TOO_LARGE");
    expect(codeOf(MINIMAL, { maxDepth: 4 })).toBe("TOO_DEEP");
    const deep = `${"<a>".repeat(500)}${"</a>".repeat(500)}`;
    expect(codeOf(deep)).toBe("TOO_DEEP");
  });

  it("says what is missing when there is no symbol or no adoption date", () => {
    const noDate = MINIMAL.replace('<FRBRdate date="2010-12-21" name="adoption"/>', "");
    expect(codeOf(noDate)).toBe("NO_ADOPTION_DATE");
    const noSymbol = MINIMAL.replace(/<FRBRuri [^>]*>/, "");
    expect(codeOf(noSymbol)).toBe("NO_SYMBOL");
  });

  it("never throws anything but an AkomaNtosoError, whatever the input (property)", () => {
    const fragments = fc.constantFrom(
      "<",
      ">",
      "&",
      "&amp;",
      "<!DOCTYPE x>",
      "<akomaNtoso>",
      "</akomaNtoso>",
      '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
      '<statement name="resolution">',
      "</statement>",
      "<mainBody>",
      "</mainBody>",
      "<paragraph><num>1.</num><content><p>x</p></content></paragraph>",
      "<![CDATA[",
      "]]>",
      "<!--",
      "-->",
      "\u0000",
      "\uD800",
    );
    const input = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(fragments, fc.string()), { maxLength: 12 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(input, (xml) => {
        const result = safeFromAkomaNtoso(xml);
        return result.success ? Resolution.safeParse(result.data).success : result.error instanceof AkomaNtosoError;
      }),
      { numRuns: 400 },
    );
  });
});

describe.skipIf(!hasCorpus)("fromAkomaNtoso on the UN's files", () => {
  it("A/RES/79/154: header facts as the cover page, preface and conclusions print them", () => {
    const r = fromAkomaNtoso(read("ga", "A-RES-79-154"));
    const { preamble, operative, footnotes, ...header } = r;
    expect(header).toEqual({
      type: "resolution",
      symbol: "A/RES/79/154",
      body: "General Assembly",
      number: "79/154",
      title: "Trafficking in women and girls",
      adoptionDate: "2024-12-17",
      session: { kind: "regular", number: 79, text: "Seventy-ninth session" },
      agendaItems: [{ number: "27", title: "Advancement of women" }],
      distribution: { level: "General", date: "2024-12-19" },
      report: { committee: "Third Committee", symbols: ["A/79/451"] },
      meeting: { number: 53, text: "53rd plenary meeting", date: "2024-12-17" },
      vote: { kind: "withoutVote" },
    });
    expect(preamble).toHaveLength(38);
    expect(operative).toHaveLength(52);
    expect(footnotes).toHaveLength(39);
  });

  it("A/RES/79/154: a preambular paragraph with eight markers at their places", () => {
    const clause = fromAkomaNtoso(read("ga", "A-RES-79-154")).preamble[1];
    expect(clause?.leadingPhrase).toBe("Recalling");
    expect(clause?.footnoteRefs.map((ref) => ref.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const text = clause?.text ?? "";
    const first = clause?.footnoteRefs[0]?.offset ?? -1;
    expect(text.slice(0, first).endsWith("the United Nations Convention against Transnational Organized Crime")).toBe(
      true,
    );
    const eighth = clause?.footnoteRefs[7]?.offset ?? -1;
    expect(text.slice(0, eighth).endsWith("Exploitation of the Prostitution of Others,")).toBe(true);
  });

  it("A/RES/79/154: footnotes with their texts and citations, Ibid. resolved", () => {
    const notes = fromAkomaNtoso(read("ga", "A-RES-79-154")).footnotes;
    expect(notes[0]).toMatchObject({ number: 1, text: "United Nations, Treaty Series, vol. 2225, No. 39574." });
    expect(notes[0]?.citations[0]).toMatchObject({ type: "treaty", volume: 2225, number: 39574, ibid: false });
    expect(notes[1]).toMatchObject({ number: 2, text: "Ibid., vol. 2237, No. 39574." });
    expect(notes[1]?.citations[0]).toMatchObject({ type: "treaty", volume: 2237, number: 39574, ibid: true });
    expect(notes[35]).toMatchObject({ number: 36, text: "A/69/269, annex." });
  });

  it("S/RES/2720 (2023): no title; meeting, date and vote from the cover page and metadata", () => {
    const r = fromAkomaNtoso(read("sc", "S-RES-2720"));
    expect(r.symbol).toBe("S/RES/2720 (2023)");
    expect(r.number).toBe("2720 (2023)");
    expect(r.body).toBe("Security Council");
    expect(r.title).toBeUndefined();
    expect(r.adoptionDate).toBe("2023-12-22");
    expect(r.meeting).toEqual({ number: 9520, text: "9520th meeting", date: "2023-12-22" });
    expect(r.vote).toEqual({ kind: "recorded", inFavour: 13, abstentions: 2 });
    expect(r.operative.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(r.preamble[0]?.text).toBe("Reaffirming the purposes and principles of the Charter of the United Nations,");
  });

  it("S/RES/1286 (2000): underlined phrases of the older files are leading and action phrases", () => {
    const r = fromAkomaNtoso(read("sc", "S-RES-1286"));
    expect(r.preamble[0]?.leadingPhrase).toBe("Reaffirming");
    expect(r.meeting?.number).toBe(4091);
  });

  it("A/RES/76/248: nested lists: (b) holds (i) to (v), spans point at the labels", () => {
    const clause = fromAkomaNtoso(read("ga", "A-RES-76-248")).operative[0];
    const b = clause?.subparagraphs[1];
    expect(clause?.subparagraphs.map((s) => s.label)).toEqual(["a", "b", "c"]);
    expect(b?.subparagraphs.map((s) => s.label)).toEqual(["i", "ii", "iii", "iv", "v"]);
    const span = b?.span ?? { start: 0, end: 0 };
    expect(clause?.text.slice(span.start, span.end).startsWith("(b) Such commitments as the President")).toBe(true);
    const inner = b?.subparagraphs[0]?.span ?? { start: 0, end: 0 };
    expect(b?.text.slice(inner.start, inner.end).startsWith("(i) The designation of ad hoc judges")).toBe(true);
  });

  it("A/RES/75/10: subparagraphs that the markup wrote as unnumbered paragraphs belong to paragraph 13", () => {
    const r = fromAkomaNtoso(read("ga", "A-RES-75-10"));
    expect(r.operative).toHaveLength(16);
    const thirteen = r.operative[12];
    expect(thirteen?.number).toBe(13);
    expect(thirteen?.subparagraphs.map((s) => s.label)).toEqual(["a", "b", "c", "d", "e"]);
    expect(thirteen?.subparagraphs[0]?.text.startsWith("The INTERPOL I-24/7 global police secure communications")).toBe(
      true,
    );
    expect(r.report).toEqual({ symbols: ["A/75/L.20", "A/75/L.20/Add.1"] });
  });

  it("A/RES/ES-11/4: an emergency special session, adopted without reference to a Main Committee", () => {
    const r = fromAkomaNtoso(read("ga", "A-RES-ES-11-4"));
    expect(r.number).toBe("ES-11/4");
    expect(r.session).toEqual({ kind: "emergencySpecial", number: 11, text: "Eleventh emergency special session" });
    expect(r.report).toEqual({ symbols: ["A/ES-11/L.5"] });
    expect(r.meeting).toEqual({ number: 14, text: "14th plenary meeting", date: "2022-10-12" });
  });

  it("A/RES/75/242 B: a letter-suffixed resolution; the note on its letter is kept", () => {
    const r = fromAkomaNtoso(read("ga", "A-RES-75-242-B"));
    expect(r.symbol).toBe("A/RES/75/242 B");
    expect(r.number).toBe("75/242 B");
    expect(r.footnotes[0]?.text.startsWith("Resolution 75/242, in section VI of the Official Records")).toBe(true);
  });

  it("A/RES/76/84 A-B: a resolution in two parts reads as one, part B numbered from 1 again", () => {
    const r = fromAkomaNtoso(read("ga", "A-RES-76-84-A"));
    expect(r.symbol).toBe("A/RES/76/84 A-B");
    expect(r.title).toBe("Questions relating to information");
    expect(r.operative[0]?.text.startsWith("Urges all countries, organizations of the United Nations system")).toBe(
      true,
    );
    expect(r.operative[0]?.subparagraphs.map((s) => s.label)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(r.operative[1]?.number).toBe(1);
    expect(r.operative[1]?.actionPhrase).toBe("Requests");
  });

  it("A/RES/75/212: three annexes in one attachment, each with its heading and title", () => {
    const annexes = fromAkomaNtoso(read("ga", "A-RES-75-212")).annexes ?? [];
    expect(annexes.map((a) => a.heading)).toEqual(["Annex I", "Annex II", "Annex III"]);
    expect(annexes[0]?.title?.startsWith("Provisional agenda of the United Nations Conference")).toBe(true);
    expect(annexes[0]?.text.startsWith("New York, 22 to 24 March 2023\n\n1. Opening of the Conference.")).toBe(true);
  });

  it("S/RES/2794 (2025): an annex the markup put in the main body is an annex, not paragraphs", () => {
    const r = fromAkomaNtoso(read("sc", "S-RES-2794"));
    expect(r.operative.at(-1)).toMatchObject({ number: 20, text: "Decides to remain actively seized of the matter." });
    expect(r.annexes?.[0]?.heading).toBe("Designation Annex");
    expect(r.annexes?.[0]?.text.startsWith("1. Dimitri Herard has engaged in acts")).toBe(true);
  });

  it("S/2024/312: a draft that was not adopted is refused, and says why", () => {
    const result = safeFromAkomaNtoso(read("sc", "S-2024-312"));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("NOT_ADOPTED");
    expect(result.error.message).toContain("veto");
  });
});

describe.skipIf(!hasCorpus)("fromAkomaNtoso on the UN's placeholder dates", () => {
  it("takes the docDate where FRBRdate adoption is a placeholder (S/RES/1288 (2000): 0001-01-01)", () => {
    // The file's FRBRWork says <FRBRdate date="0001-01-01" name="adoption">, and its cover page
    // <docDate date="2000-01-31" refersTo="#adoptionDate">31 January 2000</docDate>.
    const file = join(corpusRoot, "akn/sc/S-RES-1288.xml");
    if (!existsSync(file)) return;
    expect(fromAkomaNtoso(readFileSync(file, "utf8")).adoptionDate).toBe("2000-01-31");
  });
});
