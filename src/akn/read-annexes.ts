import type { Annex } from "../schemas/resolution.js";
import { appendBlock } from "./read-blocks.js";
import { type NoteNumbers, RunningText } from "./running-text.js";
import { childElements, plainText, type XmlElement } from "./xml-tree.js";

/**
 * A heading that opens an annex: "Annex", "Annex I", "Annex 2", "Annex A", "Designation Annex" (at
 * most two capitalized words before the word), optionally followed by a dash or a colon and the
 * annex's title ("Annex A – Items subject to…", "Annex A: UNAMID benchmarks…"); "Annex to
 * resolution 1526 (2004)" is a heading too. The heading is captured, then the title. Only heading lines are
 * tested, so "See annex I" in running text never opens an annex.
 */
export const ANNEX_HEADING =
  /^(?:(?!Annex)[A-Z][a-z]{1,20} ){0,2}Annex(?: (?:[IVXLC]{1,6}|\d{1,3}|[ABD-HJKM-UWYZ]))?(?: to (?:the present )?resolution [^:–—-]{1,40})?/;

/** The separator between an annex heading and its title on the same line: a dash or colon, spaced or not. */
const HEADING_SEPARATOR = /^ ?[–—:-] ?/;

/**
 * An annex heading line: the heading ("Annex II", "Annex to resolution 1526 (2004)") and the title
 * that may follow a dash or colon; null when the line is something else ("Annexes to the report").
 * Two anchored steps, so nothing can backtrack.
 */
export function readAnnexHeading(line: string): { heading: string; title?: string } | null {
  const head = ANNEX_HEADING.exec(line);
  if (!head) return null;
  const rest = line.slice(head[0].length);
  if (rest === "") return { heading: head[0] };
  const separator = HEADING_SEPARATOR.exec(rest);
  if (!separator) return null;
  const title = rest.slice(separator[0].length);
  return title ? { heading: head[0], title } : { heading: head[0] };
}
/** A heading paragraph of the UN's files: class "H1", "H23"… */
const HEADING_CLASS = /^H\d/;
/** Structural elements read through to find an annex's paragraphs. */
const STRUCTURE: ReadonlySet<string> = new Set([
  "mainBody",
  "body",
  "preamble",
  "preface",
  "conclusions",
  "section",
  "part",
  "chapter",
  "title",
  "subsection",
  "division",
  "hcontainer",
  "article",
  "clause",
  "level",
  "attachments",
  "attachment",
]);

/** One printed line of an annex: a paragraph or a heading. */
interface AnnexLine {
  readonly element: XmlElement;
  readonly heading: boolean;
}

/**
 * Reads the annexes of a resolution from its `attachments`: each `attachment` document is split at
 * the headings that open an annex ("Annex I", "Annex II" in one document are two annexes).
 *
 * Guarantees: `heading` is the annex heading as printed ("Annex" where the document prints none),
 * `title` the heading line that follows it, where there is one, and `text` the annex's paragraphs,
 * each a paragraph of the text, separated by blank lines (the lines of one paragraph by "\n").
 * Footnote markers in annexes are not kept in the text (the model's `Annex` has no footnote refs);
 * the footnotes themselves are kept with the resolution's.
 *
 * @param statement - the resolution's `statement`
 * @returns the annexes, or undefined where there are none
 */
export function readAnnexes(statement: XmlElement): Annex[] | undefined {
  const annexes: Annex[] = [];
  for (const attachments of childElements(statement, "attachments")) {
    for (const attachment of childElements(attachments, "attachment")) {
      // One at a time: push(...all) passes one argument each, which overflows the stack past about 120,000.
      for (const doc of childElements(attachment)) for (const annex of splitAnnexes(linesOf(doc))) annexes.push(annex);
    }
  }
  return annexes.length > 0 ? annexes : undefined;
}

/**
 * Reads the annexes that a main body carries after its paragraphs (the UN's markup sometimes puts
 * "Annex" and what follows in the main body instead of in `attachments`).
 *
 * @param elements - the main body's elements from the annex heading on
 * @returns the annexes
 */
export function readBodyAnnexes(elements: readonly XmlElement[]): Annex[] {
  const holder: XmlElement = {
    type: "element",
    name: "mainBody",
    prefix: undefined,
    attributes: {},
    children: elements,
  };
  return splitAnnexes(linesOf(holder));
}

function linesOf(element: XmlElement): AnnexLine[] {
  const lines: AnnexLine[] = [];
  for (const child of childElements(element)) {
    if (child.name === "meta" || child.name === "coverPage") continue;
    if (child.name === "paragraph") {
      const hasContent = childElements(child).some(
        (c) => c.name !== "num" && c.name !== "subheading" && c.name !== "heading",
      );
      lines.push({ element: child, heading: !hasContent || HEADING_CLASS.test(child.attributes.class ?? "") });
    } else if (STRUCTURE.has(child.name)) {
      for (const line of linesOf(child)) lines.push(line);
    } else if (child.name === "subheading" || child.name === "heading" || child.name === "num") {
      lines.push({ element: child, heading: true });
    } else if (child.name !== "formula") {
      lines.push({ element: child, heading: false });
    }
  }
  return lines;
}

function splitAnnexes(lines: readonly AnnexLine[]): Annex[] {
  const annexes: Annex[] = [];
  let current: { heading: string; title: string | undefined; text: RunningText; titleOpen: boolean } | undefined;
  const finish = (): void => {
    if (!current) return;
    const annex: Annex = { type: "annex", heading: current.heading, text: current.text.text() };
    if (current.title) annex.title = current.title;
    annexes.push(annex);
  };
  const noNotes: NoteNumbers = () => undefined;
  for (const line of lines) {
    const printed = plainText(line.element);
    if (!printed) continue;
    const opening = line.heading ? readAnnexHeading(printed) : null;
    if (opening) {
      finish();
      current = {
        heading: opening.heading,
        title: opening.title,
        text: new RunningText(noNotes),
        titleOpen: !opening.title,
      };
      continue;
    }
    if (!current) current = { heading: "Annex", title: undefined, text: new RunningText(noNotes), titleOpen: false };
    if (current.titleOpen && line.heading) {
      current.title = printed;
      current.titleOpen = false;
      continue;
    }
    current.titleOpen = false;
    current.text.blankLine();
    appendLine(current.text, line.element);
  }
  finish();
  return annexes;
}

/** Appends one line (a paragraph, with its number; or a heading) to an annex's text. */
function appendLine(text: RunningText, element: XmlElement): void {
  if (element.name !== "paragraph") {
    if (element.name === "subheading" || element.name === "heading" || element.name === "num") {
      text.appendInline(element.children);
    } else appendBlock(text, element);
    return;
  }
  const children = childElements(element);
  const num = children.find((c) => c.name === "num");
  const numText = num ? plainText(num) : "";
  const headed = children.find((c) => c.name === "subheading" || c.name === "heading");
  if (numText && !(headed && plainText(headed).startsWith(numText))) {
    text.appendText(`${numText} `);
    text.stayOnLine();
  }
  for (const child of children) {
    if (child.name === "num") continue;
    if (child.name === "subheading" || child.name === "heading") {
      text.newLine();
      text.appendInline(child.children);
    } else appendBlock(text, child);
  }
}
