import type { OperativeClause, PreambularClause } from "../schemas/clause.js";
import type { Resolution } from "../schemas/resolution.js";
import { clauseBlocks } from "./clause-blocks.js";
import { headerFacts } from "./header-facts.js";
import { emphasis, markers, weave } from "./weave.js";

/** Characters that mean something in Markdown wherever they stand. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|]/g;
/** What makes a line start a heading, a list, a quote or a numbered list in Markdown. */
const LINE_START_SPECIAL = /^(#|[-+]\s|>|\d{1,9}[.)]\s)/;

/** Escapes a run of text so that Markdown shows it as it is. */
function escapeMarkdown(run: string): string {
  return run.replace(MARKDOWN_SPECIAL, "\\$&");
}

/** Escapes what would start a Markdown block at the beginning of a line. */
function escapeLineStart(line: string): string {
  return line.replace(LINE_START_SPECIAL, "\\$1");
}

/** "[^3]": a Markdown footnote reference. */
const footnoteMark = (number: number): string => `[^${number}]`;

/** Lines of one paragraph, joined by hard line breaks. */
function hardBreaks(text: string): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? line : escapeLineStart(line)))
    .join("\\\n");
}

/**
 * Renders a resolution as Markdown: the symbol as a heading, the header facts as a list, the number
 * and title, the enacting formula, each preambular paragraph with its leading phrase in italics,
 * each operative paragraph with its printed number ("1\.", so that Markdown does not renumber it)
 * and its action phrase in italics, subparagraphs as nested list items with their labels, annexes
 * under their headings, and the footnotes at the end as Markdown footnotes, the markers as `[^n]`
 * where they stand.
 *
 * @param resolution - the resolution
 * @returns the Markdown text, ending with a line break
 *
 * @example
 * ```ts
 * import { toMarkdown } from "un-resolutions";
 * import { A_RES_65_190 } from "un-resolutions/data";
 *
 * console.log(toMarkdown(A_RES_65_190));
 * // # A/RES/65/190 …
 * ```
 *
 * Hint: Markdown's own characters in the text (`*`, `_`, `[`…) are escaped with a backslash; a
 * repeated marker is written each time as `[^n]`, which Markdown allows.
 */
export function toMarkdown(resolution: Resolution): string {
  const out: string[] = [`# ${escapeMarkdown(resolution.symbol)}`];
  out.push(
    headerFacts(resolution)
      .map((fact) => `- **${fact.label}:** ${escapeMarkdown(fact.value)}`)
      .join("\n"),
  );
  const heading = headingLine(resolution);
  if (heading) out.push(`## ${escapeMarkdown(heading)}`);
  out.push(`*The ${escapeMarkdown(resolution.body)}*,`);
  for (const clause of resolution.preamble) out.push(preambular(clause));
  for (const clause of resolution.operative) out.push(operative(clause));
  for (const annex of resolution.annexes ?? []) {
    out.push(`## ${escapeMarkdown(annex.heading)}`);
    if (annex.title) out.push(`### ${escapeMarkdown(annex.title)}`);
    for (const block of annex.text.split("\n\n"))
      if (block.trim()) out.push(escapeLineStart(hardBreaks(escapeMarkdown(block))));
  }
  for (const note of resolution.footnotes) out.push(`[^${note.number}]: ${escapeMarkdown(note.text)}`);
  return `${out.join("\n\n")}\n`;
}

/** "65/190. Trafficking in women and girls", "Resolution 2720 (2023)", or nothing. */
export function headingLine(resolution: Resolution): string | undefined {
  if (resolution.title) return resolution.number ? `${resolution.number}. ${resolution.title}` : resolution.title;
  return resolution.number ? `Resolution ${resolution.number}` : undefined;
}

function preambular(clause: PreambularClause): string {
  const insertions = [
    ...emphasis(clause.text, clause.leadingPhrase, "*"),
    ...markers(clause.footnoteRefs, footnoteMark),
  ];
  return escapeLineStart(hardBreaks(weave(clause.text, insertions, escapeMarkdown)));
}

function operative(clause: OperativeClause): string {
  const parts: string[] = [];
  let first = true;
  let list: string[] = [];
  const flush = (): void => {
    if (list.length > 0) parts.push(list.join("\n"));
    list = [];
  };
  for (const block of clauseBlocks(clause.text, clause.footnoteRefs, clause.subparagraphs)) {
    if (block.kind === "item") {
      const label = block.printed ? `${escapeMarkdown(block.printed)} ` : "";
      const body = weave(block.text, markers(block.refs, footnoteMark), escapeMarkdown);
      const indent = "  ".repeat(block.depth - 1);
      list.push(`${indent}- ${label}${body.split("\n").join(`\\\n${indent}  `)}`);
      continue;
    }
    flush();
    const phrase = first ? emphasis(block.text, clause.actionPhrase, "*") : [];
    const body = hardBreaks(weave(block.text, [...phrase, ...markers(block.refs, footnoteMark)], escapeMarkdown));
    parts.push(first ? `${clause.number}\\. ${body}` : escapeLineStart(body));
    first = false;
  }
  flush();
  if (first) parts.unshift(`${clause.number}\\.`);
  return parts.join("\n\n");
}
