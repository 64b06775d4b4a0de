import type { Footnote } from "../schemas/footnote.js";
import type { Resolution } from "../schemas/resolution.js";
import { withEllipsis } from "../text/ellipsis.js";
import { citationSummary } from "./citation-summary.js";
import { headerFacts } from "./header-facts.js";

/** How much of a footnote's text the outline shows when the footnote cites nothing it recognizes. */
const FOOTNOTE_GLIMPSE = 80;

/**
 * A short outline of a resolution, as `npm start` prints it: symbol and title; body, dates
 * (adoption, distribution), session, agenda items, meeting, vote and report; the counts of
 * preambular and operative paragraphs, footnotes and annexes; each paragraph's number and leading
 * or action phrase (with its subparagraph labels and footnote numbers); each footnote with what it
 * cites ("UNTS vol. 2225, No. 39574 — United Nations Convention against Transnational Organized
 * Crime"), and each annex's heading.
 *
 * @param resolution - the resolution
 * @returns the outline, ending with a line break
 *
 * @example
 * ```ts
 * import { toOutline } from "un-resolutions";
 * import { A_RES_65_190 } from "un-resolutions/data";
 *
 * console.log(toOutline(A_RES_65_190));
 * // A/RES/65/190 — Trafficking in women and girls
 * // Body: General Assembly
 * // …
 * ```
 *
 * Hint: a footnote whose citations were not recognized shows the start of its text instead.
 */
export function toOutline(resolution: Resolution): string {
  const lines: string[] = [resolution.title ? `${resolution.symbol} — ${resolution.title}` : resolution.symbol];
  for (const fact of headerFacts(resolution)) lines.push(`${fact.label}: ${fact.value}`);
  const annexes = resolution.annexes ?? [];
  lines.push(
    `Counts: ${resolution.preamble.length} preambular, ${resolution.operative.length} operative, ` +
      `${resolution.footnotes.length} footnotes, ${annexes.length} annexes`,
  );
  // A loop, not Math.max(...numbers): spread arguments overflow the stack past about 120,000 paragraphs.
  let widest = Math.max(resolution.preamble.length, 1);
  for (const clause of resolution.operative) widest = Math.max(widest, clause.number);
  const width = String(widest).length;
  const number = (n: number): string => String(n).padStart(width + 2);
  const notes = (refs: readonly { number: number }[]): string =>
    refs.length > 0 ? ` [${[...new Set(refs.map((r) => r.number))].join(", ")}]` : "";
  if (resolution.preamble.length > 0) {
    lines.push("", "Preamble");
    for (const clause of resolution.preamble) {
      lines.push(
        `${number(clause.number)}  ${phraseOf(clause.leadingPhrase, clause.text)}${notes(clause.footnoteRefs)}`,
      );
    }
  }
  if (resolution.operative.length > 0) {
    lines.push("", "Operative");
    for (const clause of resolution.operative) {
      const labels = clause.subparagraphs.map((s) => s.label);
      const subs = labels.length > 0 ? ` (${labels.join(", ")})` : "";
      lines.push(
        `${number(clause.number)}  ${phraseOf(clause.actionPhrase, clause.text)}${subs}${notes(clause.footnoteRefs)}`,
      );
    }
  }
  if (resolution.footnotes.length > 0) {
    lines.push("", "Footnotes");
    for (const note of resolution.footnotes) lines.push(`${number(note.number)}  ${footnoteSummary(note)}`);
  }
  if (annexes.length > 0) {
    lines.push("", "Annexes");
    for (const annex of annexes) lines.push(`  ${annex.title ? `${annex.heading}: ${annex.title}` : annex.heading}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The phrase, or the first words of the text when it has none. */
function phraseOf(phrase: string, text: string): string {
  if (phrase) return phrase;
  const words = text.split(" ").slice(0, 6).join(" ");
  return words.length < text.length ? `${words}…` : words;
}

/**
 * What a footnote cites, one citation after another ("UNTS vol. 2225, No. 39574 — …; A/65/209"),
 * or the start of its text when no citation was recognized.
 *
 * @param note - the footnote
 * @returns the summary, on one line
 *
 * @example
 * ```ts
 * import { footnoteSummary } from "un-resolutions";
 * import { A_RES_65_190 } from "un-resolutions/data";
 *
 * footnoteSummary(A_RES_65_190.footnotes[13]); // "A/65/209"
 * ```
 */
export function footnoteSummary(note: Footnote): string {
  if (note.citations.length > 0) return note.citations.map(citationSummary).join("; ");
  return withEllipsis(note.text, FOOTNOTE_GLIMPSE);
}
