import type { OperativeClause, PreambularClause } from "../schemas/clause.js";
import type { Resolution } from "../schemas/resolution.js";
import { clauseBlocks } from "./clause-blocks.js";
import { headerFacts } from "./header-facts.js";
import { headingLine } from "./markdown.js";
import { markers, weave } from "./weave.js";

/** "[3]": a footnote marker in plain text, right after the word it follows. */
const textMark = (number: number): string => `[${number}]`;
/** The indentation of one level of subparagraphs. */
const INDENT = "    ";

/**
 * Renders a resolution as plain text: the symbol and title, the header facts ("Body: General
 * Assembly"), the enacting formula, the paragraphs as printed ("1. Calls upon …"), subparagraphs
 * indented four spaces a level, annexes, then the footnotes under "Footnotes". A footnote marker is
 * written "[n]" right where it stands ("Organized Crime[1] and"), with no superscripts.
 *
 * @param resolution - the resolution
 * @returns the text, ending with a line break
 *
 * @example
 * ```ts
 * import { toText } from "un-resolutions";
 * import { A_RES_65_190 } from "un-resolutions/data";
 *
 * console.log(toText(A_RES_65_190));
 * // A/RES/65/190 …
 * ```
 *
 * Hint: lines are not wrapped; a paragraph is one line (a table row or list line inside it is a line
 * of its own).
 */
export function toText(resolution: Resolution): string {
  const out: string[] = [];
  const heading = headingLine(resolution);
  out.push(heading ? `${resolution.symbol}\n${heading}` : resolution.symbol);
  out.push(
    headerFacts(resolution)
      .map((fact) => `${fact.label}: ${fact.value}`)
      .join("\n"),
  );
  out.push(`The ${resolution.body},`);
  for (const clause of resolution.preamble) out.push(preambular(clause));
  for (const clause of resolution.operative) out.push(operative(clause));
  for (const annex of resolution.annexes ?? []) {
    out.push(annex.title ? `${annex.heading}\n${annex.title}` : annex.heading);
    if (annex.text.trim()) out.push(annex.text);
  }
  if (resolution.footnotes.length > 0) {
    out.push(["Footnotes", ...resolution.footnotes.map((note) => `[${note.number}] ${note.text}`)].join("\n\n"));
  }
  return `${out.join("\n\n")}\n`;
}

function preambular(clause: PreambularClause): string {
  return weave(clause.text, markers(clause.footnoteRefs, textMark));
}

function operative(clause: OperativeClause): string {
  const lines: string[] = [];
  let first = true;
  for (const block of clauseBlocks(clause.text, clause.footnoteRefs, clause.subparagraphs)) {
    const body = weave(block.text, markers(block.refs, textMark));
    if (block.kind === "item") {
      const indent = INDENT.repeat(block.depth);
      const label = block.printed ? `${block.printed} ` : "";
      lines.push(`${indent}${label}${body.split("\n").join(`\n${indent}`)}`);
      continue;
    }
    lines.push(first ? `${clause.number}. ${body}` : body);
    first = false;
  }
  if (first) lines.unshift(`${clause.number}.`);
  return lines.join("\n");
}
