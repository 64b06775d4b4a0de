/**
 * A/RES/65/190 end to end. Every expectation here was read from the document
 * (seeds/A-RES-65-190.txt, the text of the official PDF), not from the parser's output.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { safeParseResolution } from "../../src/parse/index.js";
import type { OperativeClause, PreambularClause } from "../../src/schemas/clause.js";
import { Resolution } from "../../src/schemas/resolution.js";
import { seedPath } from "../helpers/shared.js";

const seed = readFileSync(seedPath, "utf8");
let resolution: Resolution;
let result: ReturnType<typeof safeParseResolution>;

beforeAll(() => {
  result = safeParseResolution(seed);
  if (!result.success) throw result.error;
  resolution = result.data;
});

const pre = (n: number) => resolution.preamble[n - 1] as PreambularClause;
const op = (n: number) => resolution.operative[n - 1] as OperativeClause;
const refs = (c: { footnoteRefs: Array<{ number: number }> }) => c.footnoteRefs.map((r) => r.number);

describe("A/RES/65/190: header", () => {
  it("reads every header fact", () => {
    expect(resolution.symbol).toBe("A/RES/65/190");
    expect(resolution.body).toBe("General Assembly");
    expect(resolution.number).toBe("65/190");
    expect(resolution.title).toBe("Trafficking in women and girls");
    expect(resolution.adoptionDate).toBe("2010-12-21");
    expect(resolution.session).toEqual({ kind: "regular", number: 65, text: "Sixty-fifth session" });
    expect(resolution.agendaItems).toEqual([{ number: "28 (a)" }]);
    expect(resolution.distribution).toEqual({ level: "General", date: "2011-03-11" });
    expect(resolution.report).toEqual({ committee: "Third Committee", symbols: ["A/65/449"] });
    expect(resolution.meeting).toMatchObject({ number: 71, text: "71st plenary meeting", date: "2010-12-21" });
  });

  it("validates against its own schema", () => {
    expect(Resolution.safeParse(resolution).success).toBe(true);
  });
});

describe("A/RES/65/190: paragraphs", () => {
  it("has 25 preambular and 33 operative paragraphs, in order and numbered", () => {
    expect(resolution.preamble.map((c) => c.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(resolution.operative.map((c) => c.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });

  it("reads leading and action phrases", () => {
    expect(pre(1).leadingPhrase).toBe("Reiterating");
    expect(pre(4).leadingPhrase).toBe("Reaffirming also");
    expect(pre(7).leadingPhrase).toBe("Noting with appreciation");
    expect(pre(12).leadingPhrase).toBe("Bearing in mind");
    expect(pre(13).leadingPhrase).toBe("Seriously concerned");
    expect(pre(25).leadingPhrase).toBe("Convinced");
    expect(op(1).actionPhrase).toBe("Takes note with appreciation");
    expect(op(8).actionPhrase).toBe("Also calls upon");
    expect(op(3).actionPhrase).toBe("Urges");
    expect(op(33).actionPhrase).toBe("Requests");
  });

  it("heals paragraphs cut by page breaks and footnotes", () => {
    expect(pre(3).text).toBe(
      "Reaffirming the provisions pertaining to trafficking in women and girls contained in the outcome documents of relevant international conferences and summits, in particular the strategic objective on the issue of trafficking contained in the Beijing Declaration and Platform for Action adopted by the Fourth World Conference on Women,",
    );
    expect(pre(21).text).toContain(
      "by the obstacles they meet in gaining access to information and recourse mechanisms",
    );
    expect(pre(21).text.endsWith("to increase their awareness,")).toBe(true);
    expect(op(19).text).toContain(
      "including the factors that make women and girls vulnerable to trafficking; to discourage",
    );
    expect(op(26).text).toContain("of information regarding the dangers of trafficking, the means used by traffickers");
  });

  it("keeps no marker, Ibid., artifact or Markdown in paragraph text", () => {
    for (const c of [...resolution.preamble, ...resolution.operative]) {
      expect(c.text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]|Ibid|т\.|\.\.\.\.|^- |\s{2}/);
      expect(c.text).toBe(c.text.trim());
    }
    expect(op(3).text.startsWith("Urges Member States, the United Nations")).toBe(true);
  });

  it("places footnote references where the markers stood", () => {
    expect(refs(pre(2))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(refs(pre(6))).toEqual([11, 12]);
    expect(refs(op(2))).toEqual([1, 2]);
    expect(refs(op(15))).toEqual([15]);
    expect(refs(op(31))).toEqual([16]);
    const crime = pre(2).footnoteRefs[0] as { offset: number };
    expect(
      pre(2).text.slice(0, crime.offset).endsWith("United Nations Convention against Transnational Organized Crime"),
    ).toBe(true);
    const secretaryGeneral = op(1).footnoteRefs[0] as { offset: number };
    expect(op(1).text.slice(0, secretaryGeneral.offset)).toBe(
      "Takes note with appreciation of the report of the Secretary-General,",
    );
    const initiatives = op(15).footnoteRefs[0] as { offset: number };
    expect(op(15).text.slice(0, initiatives.offset).endsWith("regional initiatives or plans of action,")).toBe(true);
  });
});

describe("A/RES/65/190: footnotes", () => {
  it("has 16 footnotes in order of number, with clean texts", () => {
    expect(resolution.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(resolution.footnotes[9]?.text).toBe("Resolution 64/293.");
    expect(resolution.footnotes[13]?.text).toBe("A/65/209.");
    expect(resolution.footnotes[15]?.text).toBe("Resolution 2200 A (XXI), annex.");
    for (const f of resolution.footnotes) expect(f.text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
  });

  it("resolves Ibid. by footnote number: nine treaty references with volume and number", () => {
    const treaties = resolution.footnotes.flatMap((f) =>
      f.citations.filter((c) => c.type === "treaty").map((c) => [f.number, c.volume, c.number]),
    );
    expect(treaties).toEqual([
      [1, 2225, 39574],
      [2, 2237, 39574],
      [3, 2241, 39574],
      [4, 1249, 20378],
      [5, 2131, 20378],
      [6, 1577, 27531],
      [7, 2171, 27531],
      [8, 96, 1342],
      [13, 2187, 38544],
    ]);
    const eight = resolution.footnotes[7]?.citations[0];
    expect(eight).toMatchObject({ type: "treaty", ibid: true, volume: 96, number: 1342 });
  });

  it("names each treaty as the paragraph carrying the marker does", () => {
    const name = (n: number) => {
      const c = resolution.footnotes[n - 1]?.citations[0];
      return c?.type === "treaty" ? c.name : undefined;
    };
    expect(name(1)).toBe("United Nations Convention against Transnational Organized Crime");
    expect(name(6)).toBe("Convention on the Rights of the Child");
    expect(name(13)).toBe("Rome Statute of the International Criminal Court");
  });
});

describe("A/RES/65/190: nothing lost", () => {
  it("puts every non-blank character inside a node's position or a skipped span", () => {
    if (!result.success) throw result.error;
    const covered = new Uint8Array(seed.length);
    const cover = (p?: { start: { offset: number }; end: { offset: number } }) => {
      if (p) covered.fill(1, p.start.offset, p.end.offset);
    };
    cover(resolution.preface);
    for (const c of [...resolution.preamble, ...resolution.operative, ...resolution.footnotes]) cover(c.position);
    cover(resolution.meeting?.position);
    for (const s of result.skipped) cover(s.position);
    const lost: string[] = [];
    for (let i = 0; i < seed.length; i++) if (!covered[i] && /\S/.test(seed[i] as string)) lost.push(seed[i] as string);
    expect(lost.join("")).toBe("");
  });

  it("skips the page artifacts and nothing else", () => {
    if (!result.success) throw result.error;
    expect(result.skipped.map((s) => s.text)).toEqual(["United Nations", "т......п.", "."]);
    expect(result.diagnostics).toEqual([]);
  });
});
