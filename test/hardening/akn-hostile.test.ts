import { readFileSync } from "node:fs";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { A_RES_65_190 } from "../../src/data/index.js";
import * as lib from "../../src/index.js";
import type { Resolution } from "../../src/schemas/index.js";
import { corpusFiles } from "../helpers/shared.js";
import { mutate, mutation } from "./helpers/arbitraries.js";
import {
  hostile,
  withDeepSubparagraphs,
  withHostileText,
  withNestedSubparagraphs,
} from "./helpers/hostile-resolution.js";

/** The Akoma Ntoso writer and reader, once the library exports them. */
const api = lib as unknown as Partial<{
  toAkomaNtoso: (resolution: Resolution) => string;
  safeFromAkomaNtoso: (
    xml: string,
    options?: { maxLength?: number; maxDepth?: number },
  ) => { success: true; data: Resolution } | { success: false; error: Error & { code?: string } };
}>;
const { toAkomaNtoso, safeFromAkomaNtoso } = api;

/**
 * A real Akoma Ntoso resolution to mutate: A/RES/79-154 from the corpus, else the seed written by
 * toAkomaNtoso, with the vote the record gives it (adopted without a vote), so that both have a
 * `voting` element.
 */
function realXml(): string | undefined {
  const path = corpusFiles("akn/ga", ".xml").find((p) => p.endsWith("A-RES-79-154.xml"));
  if (path) return readFileSync(path, "utf8");
  return toAkomaNtoso
    ? toAkomaNtoso({ ...A_RES_65_190, vote: { kind: "withoutVote", text: "Adopted without a vote" } })
    : undefined;
}

/** Names that an object literal answers for every key it was never given (its prototype's members). */
const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];

/** The billion laughs: ten entities, each ten of the one before, 10^9 "lol"s when expanded. */
const BILLION_LAUGHS = [
  '<?xml version="1.0"?>',
  "<!DOCTYPE lolz [",
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`),
  "]>",
  '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">&lol9;</statement></akomaNtoso>',
].join("\n");

/** An external entity that would read a file of the machine. */
const EXTERNAL_ENTITY = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">&xxe;</statement></akomaNtoso>',
].join("\n");

/** A character XML 1.0 cannot hold, even escaped: controls but tab and line breaks, surrogates, U+FFFE, U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** A character reference ("&#1;", "&#xD800;"). */
const CHAR_REFERENCE = /&#(x[0-9a-fA-F]{1,8}|[0-9]{1,10});/g;

/** Whether a code point may stand in XML 1.0. */
function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** Why `xml` is not well-formed XML 1.0, or undefined. */
function xmlProblem(xml: string): string | undefined {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) return `character U+${(bad[0].codePointAt(0) as number).toString(16)} at ${bad.index}`;
  for (const m of xml.matchAll(CHAR_REFERENCE)) {
    const ref = m[1] as string;
    const code = ref.startsWith("x") ? Number.parseInt(ref.slice(1), 16) : Number(ref);
    if (!isXmlChar(code)) return `reference ${m[0]} at ${m.index}`;
  }
  // XML 1.0 (production 14, CharData) forbids "]]>" in text; outside CDATA, which the writer never
  // writes, it can only stand in text.
  const cdataEnd = xml.indexOf("]]>");
  if (cdataEnd >= 0 && !xml.includes("<![CDATA[")) return `"]]>" in text at ${cdataEnd}`;
  const verdict = XMLValidator.validate(xml);
  return verdict === true ? undefined : `${verdict.err.msg} (${verdict.err.line}:${verdict.err.col})`;
}

describe("the XML well-formedness check", () => {
  it("finds what makes XML ill-formed", () => {
    expect(xmlProblem("<a>x &amp; y</a>")).toBeUndefined();
    expect(xmlProblem("<a>x & y</a>")).toBeDefined();
    expect(xmlProblem("<a>\u0001</a>")).toBeDefined();
    expect(xmlProblem("<a>&#1;</a>")).toBeDefined();
    expect(xmlProblem("<a>\ud800</a>")).toBeDefined();
    expect(xmlProblem("<a>]]></a>")).toBeDefined();
    expect(xmlProblem("<a>]]&gt;</a>")).toBeUndefined();
  });
});

describe.skipIf(typeof toAkomaNtoso !== "function")("toAkomaNtoso on hostile text", () => {
  const write = toAkomaNtoso as (resolution: Resolution) => string;

  it("writes well-formed XML 1.0 whatever the text holds", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const xml = write(withHostileText(h));
        expect(xmlProblem(xml), JSON.stringify(h)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("writes a body named like a member of Object.prototype as text, not as a code looked up", () => {
    for (const body of PROTOTYPE_NAMES) {
      const xml = write({ ...A_RES_65_190, body });
      expect(xmlProblem(xml), body).toBeUndefined();
      const read = safeFromAkomaNtoso?.(xml);
      if (read) expect(read.success && read.data.body).toBe(body);
    }
  });

  // src/akn/build-clauses.ts: each level of subparagraphs is a deeper `sublist`; past about 95 levels
  // fast-xml-parser's builder threw "Maximum nested tags exceeded" (an Error), and past about 1,000
  // the writer's recursion overflowed the stack (a RangeError).
  it.skipIf(typeof safeFromAkomaNtoso !== "function")(
    "writes subparagraphs nested 150 deep (the schema allows them) as XML that fromAkomaNtoso reads back with its default limits, the paragraph's text whole",
    () => {
      const read = safeFromAkomaNtoso as NonNullable<typeof safeFromAkomaNtoso>;
      const deep = withNestedSubparagraphs(150);
      expect(lib.Resolution.safeParse(deep).success).toBe(true);
      const xml = write(deep);
      expect(xmlProblem(xml)).toBeUndefined();
      const result = read(xml);
      expect(result.success, result.success ? "" : result.error.message).toBe(true);
      if (result.success) expect(result.data.operative[0]?.text).toBe(deep.operative[0]?.text);
    },
  );

  // src/akn/build-header.ts added the footnotes no paragraph cites with push(...notes), one argument
  // each: past about 120,000 the arguments overflowed the stack (a RangeError).
  it("writes 200,000 footnotes that no paragraph cites", () => {
    const r = structuredClone(A_RES_65_190);
    for (const clause of [...r.preamble, ...r.operative]) clause.footnoteRefs = [];
    r.footnotes = Array.from({ length: 200_000 }, (_, i) => ({
      type: "footnote" as const,
      number: i + 1,
      text: `Note ${i + 1}.`,
      citations: [],
    }));
    const xml = write(r);
    expect(xml).toContain("Note 200000.");
    expect(xmlProblem(xml)).toBeUndefined();
  });

  it("writes well-formed XML for subparagraphs nested 10,000 deep", () => {
    expect(xmlProblem(write(withDeepSubparagraphs(10_000)))).toBeUndefined();
  });

  it.skipIf(typeof safeFromAkomaNtoso !== "function")(
    "writes XML that fromAkomaNtoso reads back, markup characters kept as text",
    () => {
      const read = safeFromAkomaNtoso as NonNullable<typeof safeFromAkomaNtoso>;
      const markup = fc
        .array(fc.constantFrom("<", ">", "&", "&amp;", "]]>", "<![CDATA[", '"', "'", "</p>", "<?x?>", "&#0;"), {
          minLength: 1,
          maxLength: 8,
        })
        .map((parts) => parts.join(""));
      fc.assert(
        fc.property(markup, (h) => {
          const result = read(write(withHostileText(h)));
          expect(result.success, result.success ? "" : result.error.message).toBe(true);
          if (result.success) {
            expect(result.data.title).toBe(`Trafficking ${h}`);
            expect(result.data.operative[0]?.text).toBe(`${A_RES_65_190.operative[0]?.text} ${h}`);
          }
        }),
        { numRuns: 100 },
      );
    },
  );
});

describe.skipIf(typeof safeFromAkomaNtoso !== "function")("fromAkomaNtoso on hostile XML", () => {
  const read = safeFromAkomaNtoso as NonNullable<typeof safeFromAkomaNtoso>;
  const codeOf = (xml: string, options?: { maxLength?: number; maxDepth?: number }) => {
    const result = read(xml, options);
    return result.success ? "read" : result.error.code;
  };

  it("refuses a DOCTYPE: no entity is expanded (billion laughs) or fetched (external entity)", () => {
    expect(codeOf(BILLION_LAUGHS)).toBe("DOCTYPE_FORBIDDEN");
    expect(codeOf(EXTERNAL_ENTITY)).toBe("DOCTYPE_FORBIDDEN");
  });

  it("refuses XML nested deeper than its limit, and longer than its limit", () => {
    const deep = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">${"<p>".repeat(5000)}x${"</p>".repeat(5000)}</akomaNtoso>`;
    expect(codeOf(deep)).toBe("TOO_DEEP");
    expect(codeOf(deep, { maxLength: 1000 })).toBe("INPUT_TOO_LARGE");
  });

  // src/akn/read-xml.ts and the readers after it recurse once per element: with `maxDepth` raised,
  // 20,000 nested elements overflowed the stack (a RangeError, not the typed error).
  it("refuses XML nested 20,000 deep with its typed error even when maxDepth is raised past it", () => {
    const xml = (toAkomaNtoso as (r: Resolution) => string)(A_RES_65_190).replace(
      /(<paragraph eId="para_1">[\s\S]*?<p>)/,
      `$1${"<span>".repeat(20_000)}x${"</span>".repeat(20_000)}`,
    );
    expect(codeOf(xml)).toBe("TOO_DEEP");
    expect(codeOf(xml, { maxDepth: 1e9 })).toBe("TOO_DEEP");
    expect(codeOf(xml, { maxDepth: Number.POSITIVE_INFINITY })).toBe("TOO_DEEP");
    expect(codeOf(xml, { maxDepth: Number.NaN })).toBe("TOO_DEEP");
  });

  // src/akn/read-adoption.ts and read-header.ts took any integer for a count or a session (1e20 is
  // one, but not a safe integer, which the schema wants) and any dddd-dd-dd for the meeting's date.
  it("reads a result that passes the schema, whatever the counts, the session and the meeting's date", () => {
    const xml = (toAkomaNtoso as (r: Resolution) => string)({
      ...A_RES_65_190,
      vote: { kind: "recorded", inFavour: 100, against: 2, abstentions: 3 },
    });
    const adoption = /(<docDate date=")[^"]*(" refersTo="#adoptionDate")/g;
    const odd = fc.record({
      count: fc.constantFrom("99999999999999999999", "9007199254740992", "-1", "100"),
      session: fc.constantFrom("99999999999999999999", "9007199254740993", "0", "65"),
      date: fc.constantFrom("2010-02-31", "2010-13-01", "2010-00-10", "0000-00-00", "2010-12-21", "2012-02-29"),
    });
    fc.assert(
      fc.property(odd, ({ count, session, date }) => {
        const changed = xml
          .replace('value="100"', `value="${count}"`)
          .replace(/(<session value=")\d+/, `$1${session}`)
          .replace(/(<FRBRdate date=")[^"]*(" name="adoption")/, "$12010-12-21$2")
          .replace(adoption, `$1${date}$2`);
        const result = read(changed);
        expect(result.success).toBe(true);
        if (!result.success) return;
        const check = lib.Resolution.safeParse(result.data);
        expect(check.success, JSON.stringify(check.error?.issues)).toBe(true);
        expect(result.data.meeting?.date === date).toBe(date === "2010-12-21" || date === "2012-02-29");
        expect(result.data.vote?.inFavour).toBe(count === "100" ? 100 : undefined);
      }),
      { numRuns: 60 },
    );
  });

  // src/akn/read-clauses.ts took the digits of `num` ("0.", "00.") or of the text ("0. Decides") as
  // the paragraph's number: paragraph 0, which the schema refuses (paragraphs count from 1).
  it("reads a paragraph numbered 0 as the next paragraph, and what it reads passes the schema", () => {
    const xml = (toAkomaNtoso as (r: Resolution) => string)(A_RES_65_190);
    const unnumbered = xml.replace("<num>5.</num>", "");
    for (const [name, changed] of [
      ["<num>0.</num>", xml.replace("<num>5.</num>", "<num>0.</num>")],
      ["<num>00.</num>", xml.replace("<num>5.</num>", "<num>00.</num>")],
      ["0. in the text", unnumbered.replace('<p><span class="italic">Welcomes', '<p>0. <span class="italic">Welcomes')],
    ] as const) {
      const result = read(changed);
      if (!result.success) throw result.error;
      expect(
        result.data.operative.slice(3, 6).map((c) => c.number),
        name,
      ).toEqual([4, 5, 6]);
      expect(lib.Resolution.safeParse(result.data).success, name).toBe(true);
    }
  });

  // src/akn/read-blocks.ts, read-annexes.ts and read-clauses.ts gathered rows, a cell's nodes,
  // annex lines and annexes with push(...all), one argument each: past about 120,000 the arguments
  // overflowed the stack (a RangeError), in XML of a few megabytes, far within maxLength.
  it("reads 200,000 table rows, nodes in a cell, annex paragraphs and body-annex blocks", () => {
    const n = 200_000;
    const xml = (toAkomaNtoso as (r: Resolution) => string)(A_RES_65_190);
    const inFirst = (inner: string) => xml.replace(/(<paragraph eId="para_1">[\s\S]*?<content[^>]*>)/, `$1${inner}`);
    const rows = read(inFirst(`<table><tbody>${"<tr><td><p>x</p></td></tr>".repeat(n)}</tbody></table>`));
    expect(rows.success && rows.data.operative[0]?.text.startsWith(`${"x\n".repeat(n)}`)).toBe(true);
    const cell = read(inFirst(`<table><tr><td><p>${"<b>x</b>".repeat(n)}</p></td></tr></table>`));
    expect(cell.success && cell.data.operative[0]?.text.startsWith(`${"x".repeat(n)}\n`)).toBe(true);
    const attachment = read(
      xml.replace(
        "</statement>",
        `<attachments><attachment><doc name="annex"><mainBody>${"<p>x</p>".repeat(n)}</mainBody></doc></attachment></attachments></statement>`,
      ),
    );
    const paragraphsX = (text: string | undefined) => (text ?? "").split("\n\n").filter((p) => p === "x").length;
    expect(attachment.success && paragraphsX(attachment.data.annexes?.[0]?.text)).toBe(n);
    const body = read(
      xml.replace(
        /<\/paragraph>\s*<\/mainBody>/,
        `</paragraph><paragraph><content><p>Annex</p></content></paragraph><hcontainer name="x">${"<p>x</p>".repeat(n)}</hcontainer></mainBody>`,
      ),
    );
    expect(body.success && paragraphsX(body.data.annexes?.[0]?.text)).toBe(n);
  });

  // src/akn/read-xml.ts and from.ts quoted element and attribute names, targets, the namespace and
  // a draft's name whole in their messages: a name of 1,000,000 characters made a message of 1 to 2 MB.
  it("quotes at most a short excerpt of a huge name or value in its messages", () => {
    const big = "x".repeat(1_000_000);
    const xml = (toAkomaNtoso as (r: Resolution) => string)(A_RES_65_190);
    const cases: Array<[string, string]> = [
      ["namespace", `<akomaNtoso xmlns="urn:${big}"><statement/></akomaNtoso>`],
      ["root name", `<a${big}/>`],
      ["prefix", `<p${big}:akomaNtoso xmlns:p${big}="x"/>`],
      ["draft name", xml.replace('<statement name="resolution">', `<statement name="draft${big}">`)],
      ["repeated attribute", `<akomaNtoso a${big}="1" a${big}="2"/>`],
      ["unquoted attribute", `<akomaNtoso a${big}=1/>`],
      ["mismatched end tag", `<akomaNtoso><p${big}></q></akomaNtoso>`],
      ["unclosed element", `<akomaNtoso><p${big}>`],
      ["second root", `<akomaNtoso/><b${big}/>`],
      ["too deep", `<akomaNtoso>${"<p>".repeat(99)}<p${big}>`],
      ["processing instruction", `<akomaNtoso><?XmL${big} x?></akomaNtoso>`],
    ];
    for (const [name, bad] of cases) {
      const result = read(bad);
      expect(result.success, name).toBe(false);
      if (!result.success) expect(result.error.message.length, name).toBeLessThan(400);
    }
  });

  it("reads codes named like members of Object.prototype as unknown codes", () => {
    const xml = realXml() as string;
    for (const name of PROTOTYPE_NAMES) {
      // A/RES/79/154 votes `outcome="adoptedWithoutVote"`; its author is `FRBRauthor href="ga"`, read
      // for the body when the cover page names none (the library writes `href="#ga" as="#author"`,
      // and an issuer too).
      const outcome = read(xml.replace(/(<voting outcome=")[^"]*"/, `$1${name}"`));
      expect(outcome.success && outcome.data.vote).toEqual({ kind: "withoutVote", text: name });
      const author = read(
        xml
          .replace(/(<FRBRauthor href=")[^"]*(" as="#?(?:author|issuer)")/g, `$1${name}$2`)
          .replace('refersTo="#issuingBody"', ""),
      );
      expect(author.success && author.data.body).toBe("General Assembly");
      if (author.success) expect(lib.Resolution.safeParse(author.data).success).toBe(true);
    }
  });

  it("throws nothing but its typed error on mutated real XML, and what it reads passes the schema", () => {
    const xml = realXml() as string;
    expect(read(xml).success).toBe(true);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const result = read(mutate(xml, mutations));
        if (result.success) expect(lib.Resolution.safeParse(result.data).success).toBe(true);
        else expect(result.error.name).toBe("AkomaNtosoError");
      }),
      { numRuns: 100 },
    );
  });
});
