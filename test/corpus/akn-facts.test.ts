import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromAkomaNtoso } from "../../src/akn/from.js";
import { AknFactsError, readAknFacts } from "../../src/corpus/akn-facts.js";
import { compareFacts } from "../../src/corpus/compare.js";
import { factsOfResolution } from "../../src/corpus/facts.js";
import { corpusFiles, corpusRoot, hasCorpus } from "../helpers/shared.js";

/** Expectations below were read from the XML files themselves (containers, paragraphs, notes). */
const read = (path: string) => readAknFacts(readFileSync(join(corpusRoot, path), "utf8"));

describe.skipIf(!hasCorpus)("readAknFacts on the UN's XML", () => {
  it("reads A/RES/78/241: header facts, 9 containers, 4 paragraphs, 2 notes", () => {
    const facts = read("akn/ga/A-RES-78-241.xml");
    expect(facts.symbol).toBe("A/RES/78/241");
    expect(facts.adoptionDate).toBe("2023-12-22");
    expect(facts.title).toBe("Lethal autonomous weapons systems");
    expect(facts.preamble).toHaveLength(9);
    expect(facts.operative).toHaveLength(4);
    expect(facts.footnotes).toBe(2);
    expect(facts.preamble[0]).toBe(
      "Affirming that international law, in particular the Charter of the United Nations, international humanitarian law and international human rights law, applies to autonomous weapons systems,",
    );
    // container_6: the note (Treaty Series) is left out, the text around it joined by one space.
    expect(facts.preamble[4]).toContain(
      "Indiscriminate Effects, and in this regard underlining the significant progress",
    );
    expect(facts.preamble[4]).not.toContain("Treaty Series");
    // container_7: the note after the final comma is left out, the trailing space trimmed.
    expect(facts.preamble[5]).toBe(
      "Noting the adoption by consensus of Human Rights Council resolution 51/22 of 7 October 2022 on human rights implications of new and emerging technologies in the military domain,",
    );
    // container_5 keeps the XML's U+2011 NON-BREAKING HYPHEN; comparison normalizes it.
    expect(facts.preamble[3]?.endsWith("including to non\u2011State actors,")).toBe(true);
    // paragraph 4: no number, the quotation marks as in the XML.
    expect(facts.operative[3]).toBe(
      "Decides to include in the provisional agenda of its seventy-ninth session the item entitled “Lethal autonomous weapons systems”.",
    );
  });

  it("reads A/RES/79/239: 18 containers, 9 paragraphs, 4 notes, inline spans joined", () => {
    const facts = read("akn/ga/A-RES-79-239.xml");
    expect(facts.symbol).toBe("A/RES/79/239");
    expect(facts.adoptionDate).toBe("2024-12-24");
    expect(facts.title).toBe(
      "Artificial intelligence in the military domain and its implications for international peace and security",
    );
    expect([facts.preamble.length, facts.operative.length, facts.footnotes]).toEqual([18, 9, 4]);
    // container_17: <span>Taking note </span>also → "Taking note also".
    expect(facts.preamble[15]?.startsWith("Taking note also of the discussions currently taking place")).toBe(true);
    // container_18: two notes in one paragraph, neither left behind.
    expect(facts.preamble[16]).toContain("Certain Conventional Weapons and welcoming the progress made");
    expect(facts.preamble[16]).toContain("on lethal autonomous weapons systems, as well as the need to ensure");
    expect(facts.preamble[16]).not.toContain("A/79/88");
    expect(
      facts.operative[8]?.startsWith("Decides to include in the provisional agenda of its eightieth session"),
    ).toBe(true);
  });

  it("reads S/RES/1445 (2002): no title, 8 containers, 25 paragraphs, dash points kept with their dashes", () => {
    const facts = read("akn/sc/S-RES-1445.xml");
    expect(facts.symbol).toBe("S/RES/1445 (2002)");
    expect(facts.adoptionDate).toBe("2002-12-04");
    expect(facts.title).toBeUndefined();
    expect([facts.preamble.length, facts.operative.length, facts.footnotes]).toEqual([8, 25, 0]);
    // container_6: the tab inside the italic span is white space, collapsed.
    expect(facts.preamble[4]).toBe(
      "Recalling the responsibilities of all the parties to cooperate in the full deployment of the United Nations Organization Mission in the Democratic Republic of the Congo (MONUC),",
    );
    // paragraph 13: intro, then six points numbered "–".
    const thirteen = facts.operative[12] as string;
    expect(thirteen.startsWith("Stresses that the main responsibility for resolving the conflict")).toBe(true);
    expect(thirteen).toContain("in this regard: – Calls for a full cessation of hostilities");
    expect(
      thirteen.endsWith(
        "– Demands that all parties work to the immediate full restoration of freedom of movement on the Congo river;",
      ),
    ).toBe(true);
    expect(thirteen.split(" – ")).toHaveLength(7);
    expect(facts.operative[24]).toBe("Decides to remain actively seized of the matter.");
  });

  it("reads a resolution in two parts (A/RES/76/84 A-B) as one, part A's flat subparagraphs joined to their paragraph", () => {
    const facts = read("akn/ga/A-RES-76-84-A.xml");
    expect(facts.symbol).toBe("A/RES/76/84 A-B");
    expect(facts.adoptionDate).toBe("2021-12-09");
    expect(facts.title).toBe("Questions relating to information");
    expect(facts.preamble).toHaveLength(14);
    expect(facts.footnotes).toBe(19);
    // Part A: one unnumbered paragraph "Urges …:" and six paragraphs numbered (a)…(f); part B: 1. to 145.
    expect(facts.operative).toHaveLength(146);
    expect(facts.operative[0]?.startsWith("Urges all countries")).toBe(true);
    expect(facts.operative[0]).toContain(
      "“a new world information and communication order, seen as an evolving and continuous process”: (a) To cooperate and interact",
    );
    expect(facts.operative[0]).toContain("(f) ");
    // Part B's headings ("I", "Introduction") are not paragraphs.
    expect(
      facts.operative[1]?.startsWith(
        "Requests the Secretary-General, in respect of the global communications policies",
      ),
    ).toBe(true);
    expect(facts.operative[145]).toBe(
      "Decides to include in the provisional agenda of its seventy-seventh session the item entitled “Questions relating to information”.",
    );
  });

  it("leaves the annexes out (A/RES/75/284: the declaration annexed has paragraphs of its own)", () => {
    const facts = read("akn/ga/A-RES-75-284.xml");
    expect(facts.operative).toEqual([
      "Adopts the political declaration entitled “Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030” annexed to the present resolution.",
    ]);
  });

  it("joins a label whose words the markup put in the next paragraph (S/RES/1756, subparagraph (l))", () => {
    const facts = read("akn/sc/S-RES-1756.xml");
    expect(facts.operative.some((t) => t.includes("(l) Support operations led by the FARDC integrated brigades"))).toBe(
      true,
    );
  });

  it("reads the preamble of a part written as crossHeadings in the main body (A/RES/79/298)", () => {
    const facts = read("akn/ga/A-RES-79-298.xml");
    expect(facts.preamble[0]?.startsWith("Recalling its resolutions 45/258 of 3 May 1991")).toBe(true);
    expect(facts.preamble.some((t) => t.startsWith("Mindful that the level of the support account"))).toBe(true);
    expect(facts.operative[0]?.startsWith("Takes note of the report of the Secretary-General on the budget")).toBe(
      true,
    );
  });

  it("refuses a draft that was not adopted (S/2024/312) with NO_ADOPTION_DATE", () => {
    expect(() => read("akn/sc/S-2024-312.xml")).toThrow(expect.objectContaining({ code: "NO_ADOPTION_DATE" }));
  });

  it("reads every adopted resolution of akn/sc with a symbol, an ISO date and operative paragraphs", () => {
    for (const file of corpusFiles("akn/sc", ".xml").filter((f) => f.includes("S-RES-"))) {
      const facts = readAknFacts(readFileSync(file, "utf8"));
      // As the XML prints it: S/RES/1310 (2000) is printed "S/RES/1310(2000)".
      expect(facts.symbol, file).toMatch(/^S\/RES\/\d+ ?\(\d{4}\)$/);
      expect(facts.adoptionDate, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(facts.operative.length, file).toBeGreaterThan(0);
      // Footnotes counted by marker: never more than the notes in the file.
      expect(facts.footnotes, file).toBeLessThanOrEqual(readFileSync(file, "utf8").split("<authorialNote").length - 1);
    }
  });
});

describe.skipIf(!hasCorpus)("readAknFacts against fromAkomaNtoso (two independent readers)", () => {
  it.each(["akn/ga/A-RES-78-241.xml", "akn/ga/A-RES-79-239.xml", "akn/sc/S-RES-1445.xml"])(
    "finds the same facts and paragraph texts in %s",
    (path) => {
      const xml = readFileSync(join(corpusRoot, path), "utf8");
      const a = compareFacts(factsOfResolution(fromAkomaNtoso(xml)), readAknFacts(xml), { worst: 1 });
      for (const key of ["symbol", "adoptionDate", "title", "preamble", "operative", "footnotes"] as const) {
        expect(a[key].agree, key).toBe(true);
      }
      expect(a.worst).toEqual([]);
    },
  );
});

describe("readAknFacts errors", () => {
  const akn = (body: string) =>
    `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">${body}</akomaNtoso>`;

  it("refuses a DOCTYPE, with its place", () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaa">]>\n${akn("")}`;
    expect(() => readAknFacts(xml)).toThrow(expect.objectContaining({ code: "DOCTYPE_REFUSED", line: 2, column: 1 }));
  });

  it("refuses XML that is not well-formed, with its place", () => {
    try {
      readAknFacts("<akomaNtoso>\n  <statement>\n</akomaNtoso>");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AknFactsError);
      expect((error as AknFactsError).code).toBe("NOT_WELL_FORMED");
      expect((error as AknFactsError).line).toBeGreaterThan(1);
    }
  });

  it("refuses another root element", () => {
    expect(() => readAknFacts("<html><body/></html>")).toThrow(expect.objectContaining({ code: "NOT_AKOMA_NTOSO" }));
  });

  it("refuses a document without a docNumber", () => {
    expect(() => readAknFacts(akn("<statement><preamble/></statement>"))).toThrow(
      expect.objectContaining({ code: "NO_SYMBOL" }),
    );
  });

  it("reads a minimal resolution, character references decoded", () => {
    const xml = akn(
      `<statement><meta><FRBRWork><FRBRdate date="2020-01-02" name="adoption"/></FRBRWork></meta>` +
        `<coverPage><docNumber refersTo="#symbol">S/RES/1 (2020)</docNumber></coverPage>` +
        `<preamble><formula><p>The Security Council,</p></formula><container><p><span>Recalling</span> &#8220;x&#8221;,</p></container></preamble>` +
        `<mainBody><paragraph><num>1.</num><content><p>Decides<authorialNote marker="1"><p>Note.</p></authorialNote> to act.</p></content></paragraph></mainBody></statement>`,
    );
    expect(readAknFacts(xml)).toEqual({
      symbol: "S/RES/1 (2020)",
      adoptionDate: "2020-01-02",
      preamble: ["Recalling “x”,"],
      operative: ["Decides to act."],
      footnotes: 1,
    });
  });
});
