import type { Citation } from "../schemas/citation.js";
import type { FootnoteRef } from "../schemas/footnote.js";
import type { Resolution } from "../schemas/resolution.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Longest footnote text shown when the footnote cites nothing the citation finder knows. */
const SHOWN_FOOTNOTE_LENGTH = 100;

/** How each way of adopting reads in the outline. */
const VOTES: Readonly<Record<string, string>> = {
  withoutVote: "without a vote",
  consensus: "by consensus",
  unanimous: "unanimously",
  recorded: "by a recorded vote",
};

/**
 * A short outline of a resolution, for reading in a terminal: symbol and title; body, session and
 * agenda items; adoption date, meeting and vote; report; distribution; the counts of preambular and
 * operative paragraphs and footnotes; then each paragraph's number and leading or action phrase (with
 * its subparagraph labels and footnote numbers), and each footnote with what it cites.
 *
 * @param resolution - the resolution
 * @returns the outline, lines ending with "\n"
 *
 * @example
 * ```ts
 * import { A_RES_65_190 } from "un-resolutions/data";
 *
 * outlineOf(A_RES_65_190).split("\n")[0]; // "A/RES/65/190: Trafficking in women and girls"
 * ```
 *
 * Hint: this is the CLI's own outline, kept while src/render has no `toOutline`.
 */
export function outlineOf(resolution: Resolution): string {
  const r = resolution;
  const lines: string[] = [r.title ? `${r.symbol}: ${r.title}` : r.symbol];
  const where = [`${r.body}${r.number ? ` resolution ${r.number}` : ""}`];
  if (r.session) where.push(r.session.text);
  if (r.agendaItems?.length) {
    where.push(`agenda item${r.agendaItems.length > 1 ? "s" : ""} ${r.agendaItems.map((a) => a.number).join(", ")}`);
  }
  lines.push(where.join(", "));
  let adopted = `Adopted ${longDate(r.adoptionDate)}`;
  if (r.meeting) adopted += `, ${r.meeting.text}${r.meeting.resumed ? " (resumed)" : ""}`;
  if (r.vote) adopted += `, ${voteText(r.vote)}`;
  lines.push(adopted);
  if (r.report) {
    const symbols = r.report.symbols.length > 0 ? ` (${r.report.symbols.join(", ")})` : "";
    lines.push(
      r.report.committee
        ? `On the report of the ${r.report.committee}${symbols}`
        : `Without reference to a Main Committee${symbols}`,
    );
  }
  if (r.distribution) {
    lines.push(
      `Distribution: ${r.distribution.level}${r.distribution.date ? `, ${longDate(r.distribution.date)}` : ""}`,
    );
  }
  const counts = [
    count(r.preamble.length, "preambular paragraph"),
    count(r.operative.length, "operative paragraph"),
    count(r.footnotes.length, "footnote"),
  ];
  if (r.annexes?.length) counts.push(count(r.annexes.length, "annex", "annexes"));
  lines.push(counts.join(", "));

  const width = String(Math.max(r.preamble.length, r.operative.length, r.footnotes.at(-1)?.number ?? 0)).length;
  const number = (n: number) => String(n).padStart(width + 2);
  if (r.preamble.length > 0) {
    lines.push("", "Preamble");
    for (const c of r.preamble)
      lines.push(`${number(c.number)}  ${c.leadingPhrase || "(no leading phrase)"}${notes(c.footnoteRefs)}`);
  }
  if (r.operative.length > 0) {
    lines.push("", "Operative");
    for (const c of r.operative) {
      const subs = c.subparagraphs.length > 0 ? `  ${labels(c.subparagraphs.map((s) => s.label))}` : "";
      lines.push(`${number(c.number)}. ${c.actionPhrase || "(no action phrase)"}${subs}${notes(c.footnoteRefs)}`);
    }
  }
  if (r.footnotes.length > 0) {
    lines.push("", "Footnotes");
    for (const f of r.footnotes) {
      const cites = f.citations.map(citationText);
      const text = f.text.length > SHOWN_FOOTNOTE_LENGTH ? `${f.text.slice(0, SHOWN_FOOTNOTE_LENGTH)}…` : f.text;
      lines.push(`${number(f.number)}  ${cites.length > 0 ? cites.join("; ") : text}`);
    }
  }
  if (r.annexes?.length) {
    lines.push("", "Annexes");
    for (const a of r.annexes) lines.push(`  ${a.heading}${a.title ? `: ${a.title}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

/** "2010-12-21" as "21 December 2010". */
function longDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return name && day && year ? `${day} ${name} ${year}` : iso;
}

function voteText(vote: NonNullable<Resolution["vote"]>): string {
  const how = VOTES[vote.kind] ?? vote.kind;
  if (vote.inFavour === undefined) return how;
  return `${how} of ${vote.inFavour} to ${vote.against ?? 0}, with ${count(vote.abstentions ?? 0, "abstention")}`;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** Footnote numbers after a paragraph's phrase: " [1, 4]". */
function notes(refs: readonly FootnoteRef[]): string {
  return refs.length > 0 ? ` [${refs.map((ref) => ref.number).join(", ")}]` : "";
}

/** Subparagraph labels, "(a)–(f)" when they run on, else listed. */
function labels(all: readonly string[]): string {
  if (all.length === 1) return `(${all[0]})`;
  return `(${all[0]})–(${all[all.length - 1]})`;
}

/**
 * One citation in words.
 *
 * @param c - the citation
 * @returns "treaty: Rome Statute of the International Criminal Court (UNTS vol. 2187, No. 38544)", "resolution 64/293"…
 *
 * @example
 * ```ts
 * citationText({ type: "document", symbol: "A/65/209" }); // "document A/65/209"
 * ```
 */
export function citationText(c: Citation): string {
  const ibid = "ibid" in c && c.ibid ? " (Ibid.)" : "";
  switch (c.type) {
    case "treaty":
      return `treaty${ibid}: ${c.title ?? c.name ?? "untitled"} (UNTS vol. ${c.volume}, No. ${c.number}${c.page ? `, p. ${c.page}` : ""})`;
    case "resolution":
      return `${c.body ? `${c.body} ` : ""}${c.kind ?? "resolution"} ${c.number}${c.date ? ` of ${longDate(c.date)}` : ""}${c.annex ? ", annex" : ""}`;
    case "document":
      return `document ${c.symbol}${c.annex ? ", annex" : ""}`;
    case "officialRecords": {
      const parts = [`Official Records of the ${c.body}${ibid}`];
      if (c.session) parts.push(`session ${c.session}`);
      if (c.year) parts.push(`year ${c.year}`);
      if (c.supplement) parts.push(`Supplement No. ${c.supplement}`);
      if (c.chapter) parts.push(`chap. ${c.chapter}`);
      if (c.section) parts.push(`sect. ${c.section}`);
      return `${parts.join(", ")}${c.symbols.length > 0 ? ` (${c.symbols.join(", ")})` : ""}`;
    }
    case "publication":
      return `publication${c.title ? `: ${c.title}` : ""} (Sales No. ${c.salesNumber})`;
    case "charter":
      return `Charter of the United Nations, Article ${c.article}${c.chapter ? `, Chapter ${c.chapter}` : ""}`;
  }
}
