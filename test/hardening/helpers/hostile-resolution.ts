import fc from "fast-check";
import { A_RES_65_190 } from "../../../src/data/index.js";
import type { OperativeClause, Resolution, Subparagraph } from "../../../src/schemas/index.js";
import { codeUnit, loneSurrogate } from "./arbitraries.js";

/**
 * Text that breaks naive XML or Markdown writing: markup, references, CDATA ends, HTML, Markdown
 * syntax, controls, lone surrogates.
 */
export const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "<",
        ">",
        "&",
        "&amp;",
        "&#0;",
        "&lt;",
        "]]>",
        "<![CDATA[",
        "<!DOCTYPE x [",
        '"',
        "'",
        "</p>",
        "<?xml",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[link](javascript:alert(1))",
        "![i](x)",
        "\n# Heading\n",
        "\n- item",
        "\n1. item",
        "*",
        "_",
        "`",
        "|",
        "\\",
        "[^1]",
      ),
      fc.constantFrom("\u0000", "\u0001", "\u000b", "\u000c", "\u001f", "\u007f", "\ufffe", "\uffff", "\r", "\t"),
      loneSurrogate,
      fc.string({ unit: codeUnit, maxLength: 6 }),
      fc.string({ unit: "binary", maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(""));

/** A copy of A/RES/65/190 with hostile text in its header strings and after every clause's and footnote's text. */
export function withHostileText(h: string): Resolution {
  const r = structuredClone(A_RES_65_190);
  r.title = `Trafficking ${h}`;
  if (r.session) r.session.text = `${r.session.text} ${h}`;
  if (r.meeting) r.meeting.text = `${r.meeting.text} ${h}`;
  if (r.report) r.report.committee = `Third ${h}`;
  for (const item of r.agendaItems ?? []) item.title = `Item ${h}`;
  for (const c of r.preamble) c.text = `${c.text} ${h}`;
  for (const c of r.operative) c.text = `${c.text} ${h}`;
  for (const f of r.footnotes) f.text = `${f.text} ${h}`;
  r.annexes = [{ type: "annex", heading: `Annex ${h}`, text: `Text ${h}` }];
  return r;
}

/**
 * A copy of A/RES/65/190 whose first operative paragraph holds `depth` subparagraphs, each the only
 * one of the one before ("Decides:\n(a) at level 1:\n(a) at level 2:\n…"), with the texts and spans
 * that the Akoma Ntoso reader gives: a subparagraph's text holds its child's label and text.
 */
export function withNestedSubparagraphs(depth: number): Resolution {
  let sub: Subparagraph = {
    type: "subparagraph",
    label: "a",
    text: `at level ${depth};`,
    subparagraphs: [],
    footnoteRefs: [],
  };
  for (let level = depth - 1; level >= 1; level -= 1) {
    const own = `at level ${level}:`;
    const text = `${own}\n(a) ${sub.text}`;
    sub = { ...sub, span: { start: own.length + 1, end: text.length } };
    sub = { type: "subparagraph", label: "a", text, subparagraphs: [sub], footnoteRefs: [] };
  }
  const r = structuredClone(A_RES_65_190);
  const first = r.operative[0] as OperativeClause;
  const text = `Decides:\n(a) ${sub.text}`;
  r.operative[0] = {
    ...first,
    actionPhrase: "Decides",
    text,
    subparagraphs: [{ ...sub, span: { start: "Decides:".length + 1, end: text.length } }],
    footnoteRefs: [],
  };
  return r;
}

/**
 * A copy of A/RES/65/190 whose first operative paragraph holds `depth` subparagraphs, each the only
 * one of the one before, every text "x;": schema-valid types at any depth, and cheap to build
 * (a consistent text would grow with the square of the depth).
 */
export function withDeepSubparagraphs(depth: number): Resolution {
  let sub: Subparagraph = { type: "subparagraph", label: "a", text: "x;", subparagraphs: [], footnoteRefs: [] };
  for (let level = 1; level < depth; level += 1) {
    sub = { type: "subparagraph", label: "a", text: "x;", subparagraphs: [sub], footnoteRefs: [] };
  }
  const r = structuredClone(A_RES_65_190);
  const first = r.operative[0] as OperativeClause;
  r.operative[0] = { ...first, actionPhrase: "Decides", text: "Decides: x;", subparagraphs: [sub], footnoteRefs: [] };
  return r;
}
