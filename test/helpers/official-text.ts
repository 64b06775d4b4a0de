import type { FootnoteRef } from "../../src/schemas/footnote.js";
import type { OperativeClause, Resolution, Subparagraph } from "../../src/schemas/index.js";
import { printedDate } from "../../src/text/dates.js";

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

function superscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUPERSCRIPTS[Number(d)] as string);
}

/** `text` with superscript markers put back where its refs stood. */
function withMarkers(text: string, refs: readonly FootnoteRef[]): string {
  let out = "";
  let at = 0;
  for (const ref of [...refs].sort((a, b) => a.offset - b.offset)) {
    out += text.slice(at, ref.offset) + superscript(ref.number);
    at = ref.offset;
  }
  return out + text.slice(at);
}

/** Offsets in a clause's text where each (nested) subparagraph starts, for line breaks. */
function breaks(subs: readonly Subparagraph[], base: number, out: number[]): void {
  for (const sub of subs) {
    if (!sub.span) continue;
    out.push(base + sub.span.start);
    const label = sub.label === "–" ? 2 : sub.label.length + 3;
    breaks(sub.subparagraphs, base + sub.span.start + label, out);
  }
}

function operativeLines(c: OperativeClause): string[] {
  const text = withMarkers(c.text, c.footnoteRefs);
  // Marker insertion shifts offsets: compute breaks on the plain text, then map through the refs.
  const cuts: number[] = [];
  breaks(c.subparagraphs, 0, cuts);
  const shift = (o: number) =>
    c.footnoteRefs.filter((r) => r.offset < o).reduce((n, r) => n + String(r.number).length, 0);
  const pieces: string[] = [];
  let at = 0;
  for (const cut of cuts.sort((a, b) => a - b)) {
    const x = cut + shift(cut);
    pieces.push(text.slice(at, x).trim());
    at = x;
  }
  pieces.push(text.slice(at).trim());
  const [first, ...rest] = pieces;
  return [`${c.number}. ${first}`, ...rest.map((p) => (p.startsWith("–") ? `— ${p.slice(1).trim()}` : p))];
}

/**
 * Writes a resolution the way its official text reads once extracted from the PDF (header,
 * formula, paragraphs with superscript markers, meeting line, footnotes), for testing the text
 * parser on the structures that the UN's XML holds: subparagraphs at several levels, letter
 * suffixes, emergency special sessions, Security Council headers.
 */
export function officialText(r: Resolution): string {
  const out: string[] = [];
  const council = r.body === "Security Council";
  out.push(`United Nations ${r.symbol}`, "");
  if (r.distribution)
    out.push(`Distr.: ${r.distribution.level}${r.distribution.date ? ` ${printedDate(r.distribution.date)}` : ""}`, "");
  if (council) {
    out.push(`Resolution ${r.number ?? r.symbol.replace(/^S\/RES\//, "")}`, "");
    out.push(
      `Adopted by the Security Council at its ${r.meeting?.text ?? "1st meeting"}, on ${printedDate(r.adoptionDate)}`,
      "",
    );
  } else {
    if (r.session) {
      const items = r.agendaItems?.map((a) => a.number) ?? [];
      out.push(
        `${r.session.text}${items.length ? ` Agenda item${items.length > 1 ? "s" : ""} ${items.join(items.length > 2 ? ", " : " and ")}` : ""}`,
        "",
      );
    }
    out.push(`Resolution adopted by the ${r.body} on ${printedDate(r.adoptionDate)}`, "");
    if (r.report) {
      out.push(
        r.report.committee
          ? `[on the report of the ${r.report.committee} (${r.report.symbols.join(", ")})]`
          : `[without reference to a Main Committee (${r.report.symbols.join(", ")})]`,
        "",
      );
    }
    out.push(`${r.number}. ${r.title ?? ""}`.trim(), "");
  }
  out.push(`The ${r.body},`, "");
  for (const c of r.preamble) out.push(withMarkers(c.text, c.footnoteRefs), "");
  for (const c of r.operative) out.push(...operativeLines(c).flatMap((l) => [l, ""]));
  if (!council && r.meeting)
    out.push(`${r.meeting.text}${r.meeting.date ? ` ${printedDate(r.meeting.date)}` : ""}`, "");
  for (const f of r.footnotes) out.push(`${superscript(f.number)} ${f.text}`, "");
  return out.join("\n");
}
