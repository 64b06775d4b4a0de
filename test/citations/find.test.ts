import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDrafts, RECOGNIZERS } from "../../src/citations/find.js";
import { findCitations } from "../../src/citations/index.js";
import { type Citation, Citation as CitationSchema } from "../../src/schemas/index.js";

/** Small factories for the table rows (eyecite's style): the citation without its span. */
const resolution = (number: string, more: Record<string, unknown> = {}) => ({ type: "resolution", number, ...more });
const document = (symbol: string, more: Record<string, unknown> = {}) => ({ type: "document", symbol, ...more });
const treaty = (volume: number, number: number, ibid: boolean, more: Record<string, unknown> = {}) => ({
  type: "treaty",
  volume,
  number,
  ibid,
  ...more,
});
const charter = (article: string, more: Record<string, unknown> = {}) => ({ type: "charter", article, ...more });

const withoutSpan = ({ span: _span, ...rest }: Citation) => rest;

// Inputs are real texts: paragraphs and footnotes of the corpus (../shared/corpus/akn/<file>),
// quoted as the UN's XML gives them with markup and footnotes removed; expectations written from
// the documents.
const TABLE: ReadonlyArray<[string, string, object[]]> = [
  // Resolutions and decisions.
  ["seed, footnote 10", "Resolution 64/293.", [resolution("64/293")]],
  [
    "ga/A-RES-75-126.xml, footnote 2",
    "See resolution 2200 A (XXI), annex.",
    [resolution("2200 A (XXI)", { annex: true })],
  ],
  ["ga/A-RES-75-122.xml, footnote 3", "Resolution 217 A (III).", [resolution("217 A (III)")]],
  [
    "ga/A-RES-75-154.xml",
    "Recalls Human Rights Council resolution 26/20 of 27 June 2014, in which the Council established the mandate",
    [resolution("26/20", { body: "Human Rights Council", date: "2014-06-27" })],
  ],
  [
    "ga/A-RES-75-48.xml",
    "the twentieth anniversary of the adoption of Security Council resolution 1325 (2000) on women and peace and security,",
    [resolution("1325 (2000)", { body: "Security Council" })],
  ],
  [
    "ga/A-RES-78-206.xml",
    "Recalling the designation, pursuant to General Assembly resolutions 47/193 of 22 December 1992 and 67/291 of 24 July 2013, of 22 March as World Water Day",
    [
      resolution("47/193", { body: "General Assembly", date: "1992-12-22" }),
      resolution("67/291", { body: "General Assembly", date: "2013-07-24" }),
    ],
  ],
  [
    "ga/A-RES-75-236.xml",
    "relevant United Nations resolutions, including General Assembly resolution ES-10/15;",
    [resolution("ES-10/15", { body: "General Assembly" })],
  ],
  [
    "ga/A-RES-76-84-A.xml",
    "Recalling its resolutions 75/101 A and B of 10 December 2020, which provided an opportunity",
    [resolution("75/101 A", { date: "2020-12-10" }), resolution("75/101 B", { date: "2020-12-10" })],
  ],
  [
    "ga/A-RES-75-10.xml, footnote 6",
    "See decision 60/519 and A/60/88 and A/60/88/Corr.2, annex.",
    [resolution("60/519", { kind: "decision" }), document("A/60/88"), document("A/60/88/Corr.2", { annex: true })],
  ],
  [
    "ga/A-RES-77-214.xml",
    "the most recent of which was resolution 76/161 of 16 December 2021, and Human Rights Council decision 18/120 of 30 September 2011 and resolutions 24/14 of 27 September 2013, 27/21 of 26 September 2014",
    [
      resolution("76/161", { date: "2021-12-16" }),
      resolution("18/120", { kind: "decision", body: "Human Rights Council", date: "2011-09-30" }),
      resolution("24/14", { body: "Human Rights Council", date: "2013-09-27" }),
      resolution("27/21", { body: "Human Rights Council", date: "2014-09-26" }),
    ],
  ],
  [
    "ga/A-RES-80-148.xml",
    "Recalling its relevant resolutions related to culture and sustainable development, in particular 41/187 of 8 December 1986, 46/158 of 19 December 1991 and 51/179 of 16 December 1996,",
    [
      resolution("41/187", { date: "1986-12-08" }),
      resolution("46/158", { date: "1991-12-19" }),
      resolution("51/179", { date: "1996-12-16" }),
    ],
  ],
  [
    "ga/A-RES-75-170.xml",
    "and Economic and Social Council resolution 1980/67 of 25 July 1980 on international years and anniversaries,",
    [resolution("1980/67", { body: "Economic and Social Council", date: "1980-07-25" })],
  ],
  // Document symbols.
  ["seed, footnote 14", "A/65/209.", [document("A/65/209")]],
  ["seed, report line", "[on the report of the Third Committee (A/65/449)]", [document("A/65/449")]],
  [
    "ga/A-RES-75-158.xml, footnote 32",
    "Trafficking in Persons, Especially Women and Children (see A/C.3/55/3, annex), the Association",
    [document("A/C.3/55/3", { annex: true })],
  ],
  ["brief of issue 4", "A/65/53 and Corr.1", [document("A/65/53"), document("A/65/53/Corr.1")]],
  // Treaties.
  [
    "ga/A-RES-76-146.xml, footnote 4",
    "Ibid., vols. 2171, 2173 and 2983, No. 27531; ibid., vol. 2131, No. 20378; and ibid., vol. 2518, No. 44910.",
    [
      treaty(2171, 27531, true, {
        title:
          "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
      }),
      treaty(2173, 27531, true, {
        title:
          "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
      }),
      treaty(2983, 27531, true, {
        title: "Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
      }),
      treaty(2131, 20378, true, {
        title: "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
      }),
      treaty(2518, 44910, true, {
        title: "Optional Protocol to the Convention on the Rights of Persons with Disabilities",
      }),
    ],
  ],
  // Official Records.
  [
    "ga/A-RES-75-104.xml, footnote 4",
    "See Official Records of the Economic and Social Council, 1998, Supplement No. 21 (E/1998/41), sect. III.G.",
    [
      {
        type: "officialRecords",
        body: "Economic and Social Council",
        year: 1998,
        supplement: "21",
        symbols: ["E/1998/41"],
        section: "III.G",
        ibid: false,
      },
    ],
  ],
  [
    "ga/A-RES-76-108.xml, footnote 2",
    "Ibid., Sixty-fifth Session, Supplement No. 17 (A/65/17), annex I.",
    [
      {
        type: "officialRecords",
        body: "General Assembly",
        session: 65,
        supplement: "17",
        symbols: ["A/65/17"],
        ibid: true,
      },
    ],
  ],
  // Publications.
  [
    "ga/A-RES-75-204.xml, footnote 3",
    "Report of the International Conference on Financing for Development, Monterrey, Mexico, 18−22 March 2002 (United Nations publication, Sales No. E.02.II.A.7), chap. I, resolution 1, annex.",
    [
      {
        type: "publication",
        salesNumber: "E.02.II.A.7",
        title:
          "Report of the International Conference on Financing for Development, Monterrey, Mexico, 18−22 March 2002",
      },
    ],
  ],
  // The Charter.
  [
    "ga/A-RES-75-122.xml",
    "Territories under their administration in accordance with Article 73 of the Charter of the United Nations,",
    [charter("73")],
  ],
  [
    "ga/A-RES-75-246.xml",
    "bearing in mind Article 101, paragraph 3, of the Charter of the United Nations, and to make every effort",
    [charter("101, paragraph 3")],
  ],
  [
    "ga/A-RES-75-178.xml",
    "as set forth in Articles 1 and 2 of the Charter, and with full respect for",
    [charter("1"), charter("2")],
  ],
  [
    "sc/S-RES-1696.xml",
    "Acting under Article 40 of Chapter VII of the Charter of the United Nations in order to make mandatory",
    [charter("40", { chapter: "VII" })],
  ],
];

describe("findCitations on real texts", () => {
  it.each(TABLE)("%s", (_source, text, expected) => {
    const found = findCitations(text);
    expect(found.map(withoutSpan)).toEqual(expected);
    for (const citation of found) expect(CitationSchema.safeParse(citation).success).toBe(true);
  });
});

describe("findCitations leaves alone", () => {
  it.each([
    ["a conference's own resolution (seed, footnote 9)", "chap. I, resolution 1, annexes I and II."],
    ["the Charter of another organization", "Recalling also article 3 of the Charter of the League of Arab States,"],
    ["an Article of another organization's charter", "Article 3 of the Charter of the League of Arab States"],
    ["HIV/AIDS, which has no digit", "including for HIV/AIDS, and by taking measures"],
    ["an Ibid. it cannot complete alone", "Ibid., Sixty-fifth Session."],
    ["a volume range, which names several treaties", "United Nations, Treaty Series, vol. 75, Nos. 970–973."],
  ])("%s", (_what, text) => {
    expect(findCitations(text)).toEqual([]);
  });
});

describe("findCitations spans", () => {
  it("puts each span on the words that make the citation", () => {
    const text =
      "Recalling the designation, pursuant to General Assembly resolutions 47/193 of 22 December 1992 and 67/291 of 24 July 2013,";
    const spans = findCitations(text).map((c) => (c.span === undefined ? "" : text.slice(c.span.start, c.span.end)));
    expect(spans).toEqual(["General Assembly resolutions 47/193 of 22 December 1992", "67/291 of 24 July 2013"]);
  });

  it("spans a corrigendum joined by “and” on its own words", () => {
    const text = "(A/65/53 and Corr.1)";
    const spans = findCitations(text).map((c) => (c.span === undefined ? "" : text.slice(c.span.start, c.span.end)));
    expect(spans).toEqual(["A/65/53", "Corr.1"]);
  });
});

describe("findCitations on long texts", () => {
  it("reads a 300,000-character run of citations, one citation per number", () => {
    // Look-back windows are bounded, so work grows with the text, not with its square.
    const text = "resolution 1/1 ".repeat(20_000);
    expect(findCitations(text)).toHaveLength(20_000);
  });
});

describe("findDrafts skips a text without a trace of a citation", () => {
  // Fragments of every kind of citation the recognizers read, whole ones among them, and of the
  // words around them; the texts kept for the law hold no digit, no slash and neither
  // "Official Records of the " nor "bid.".
  const fragment = fc.constantFrom(
    "resolution ",
    "Resolutions ",
    "decision ",
    "Article ",
    "Articles ",
    "of the Charter",
    "of the Charter of the United Nations",
    "United Nations, Treaty Series, vol. ",
    "Treaty Series, ",
    ", No. ",
    "Ibid",
    "ibid., ",
    "Official Records of the Security Council, Fifty-eighth Year",
    "Official Records ",
    "Ibid., Sixty-fifth Session",
    ", Sixty-fifth Session",
    ", Supplement No. ",
    "Sales No. E.",
    ".IV.",
    "(XXI)",
    " A (XXI)",
    "S-",
    "ES-",
    "A",
    "RES",
    " and ",
    ", ",
    "General Assembly ",
    "Human Rights Council ",
    "of 17 June ",
    "annex",
    "(",
    ")",
    ".",
  );
  const TRACE = /[0-9/]|Official Records of the |bid\./;

  it("no recognizer finds anything in such a text, so skipping it loses nothing", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        fc.pre(!TRACE.test(text));
        for (const find of RECOGNIZERS) expect(find(text)).toEqual([]);
        expect(findDrafts(text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a citation whose only trace is Official Records' head: a session in words", () => {
    expect(findCitations("Official Records of the General Assembly, Fifty-fifth Session")).toHaveLength(1);
    expect(findCitations("Ibid., Sixty-fifth Session.")).toHaveLength(0);
  });
});
