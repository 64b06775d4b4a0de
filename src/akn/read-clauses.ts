import type { OperativeClause, PreambularClause } from "../schemas/clause.js";
import type { Annex } from "../schemas/resolution.js";
import { readAnnexHeading, readBodyAnnexes } from "./read-annexes.js";
import {
  appendContinuation,
  appendFlatSubparagraph,
  appendLine,
  continuesList,
  finishOperative,
  type OperativeDraft,
  startOperative,
  TEXT_LABEL,
} from "./read-operative.js";
import { readPreambularClause } from "./read-preamble.js";
import type { NoteNumbers } from "./running-text.js";
import { childElement, childElements, collapseWhiteSpace, plainText, rawText, type XmlElement } from "./xml-tree.js";

/** The paragraphs of a resolution, in order. */
export interface Clauses {
  preamble: PreambularClause[];
  operative: OperativeClause[];
  /** Annexes that the markup put at the end of a main body rather than in `attachments`. */
  annexes: Annex[];
}

/** A paragraph number as the `num` element prints it: "1.", "12", "3 bis" (the digits are captured). */
const PARAGRAPH_NUMBER = /^(\d{1,4})/;
/**
 * A paragraph number that the markup left in the text: "6.\u200e Reaffirms", "3 Calls upon", "232 .Recognizes":
 * one to three digits, up to four spaces, dots or left-to-right marks, then a capital or a quote.
 * Four digits are refused, so "2030 Agenda…" is not read as paragraph 2030.
 */
const NUMBER_IN_TEXT = /^(\d{1,3})[ .\u200e]{1,4}(?=[A-Z‘“"'(])/;
/** A letter or digit: a paragraph without one ("* * *") is decoration, not text. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** An italic phrase that opens a preambular paragraph: a participle ("Having considered", "Calling attention also"). */
const PARTICIPLE_PHRASE = /^[A-Z][a-z]+ing\b/;
/** A heading paragraph's class in the UN's files: "H1", "H23". */
const HEADING_CLASS = /^H\d/;
/** The label of a section heading: "A.", "B", "IV." (capitals; "(d)" is a subparagraph's). */
const SECTION_LABEL = /^[A-Z]{1,5}\.?$/;
/** What a paragraph's own text leaves out: its number and its notes. */
const WITHOUT_NUMBER: ReadonlySet<string> = new Set(["num", "authorialNote", "noteRef"]);
/** A lower-case letter: text without one is a heading, not a sentence. */
const LOWER_CASE = /\p{Ll}/u;
/** How a paragraph's text ends: a stop, a semicolon, a colon, a comma, or a closing bracket or quote after one. */
const SENTENCE_END = /[.;:,!?][)\]"”’]?$/;
/** The class of a bold span. */
const BOLD_CLASS = /\bbold\b/;
/** Classes of the span of a leading or action phrase. */
const PHRASE_CLASS = /\b(?:italic|underline)\b/;

/** Elements that hold content: a `paragraph` with one of them is a paragraph, without, a heading. */
const CONTENT: ReadonlySet<string> = new Set([
  "content",
  "list",
  "point",
  "alinea",
  "intro",
  "wrapUp",
  "p",
  "blockList",
  "table",
]);
/** Tables (and the containers the UN wraps them in): they belong to the paragraph before them. */
const TABLES: ReadonlySet<string> = new Set(["container", "table"]);
/** Hierarchical containers of a main body: read through, and each starts a new part. */
const PARTS: ReadonlySet<string> = new Set([
  "section",
  "part",
  "title",
  "chapter",
  "subsection",
  "subpart",
  "subtitle",
  "subchapter",
  "division",
  "subdivision",
  "hcontainer",
  "article",
  "clause",
  "book",
  "tome",
  "level",
]);
/** Headings of a main body: printed above paragraphs, not part of any. */
const HEADINGS: ReadonlySet<string> = new Set(["heading", "subheading", "num", "crossHeading"]);

/** What the main-body walk keeps track of. */
interface Walk {
  readonly notes: NoteNumbers;
  /** The elements of each preambular paragraph: its own, then any that continue it. */
  readonly preambular: XmlElement[][];
  readonly drafts: OperativeDraft[];
  readonly annexes: Annex[];
  open: OperativeDraft | undefined;
  /** Whether a heading came after the open paragraph: only its flat subparagraphs may still follow. */
  headed: boolean;
  lastNumber: number;
  numberedSeen: boolean;
}

/**
 * Reads the preambular and operative paragraphs of one or more statements (the parts of a
 * multi-part resolution, in order).
 *
 * Guarantees: every `container` of a preamble and every `crossHeading refersTo="#preamble"` is a
 * preambular paragraph; every main-body `paragraph` (at any depth of sections and parts) whose
 * `num` is a number is an operative paragraph. Main-body paragraphs without a number are, in
 * order of preference: a flat subparagraph ("(a) …") of the open operative paragraph; an operative
 * paragraph whose number the markup left in the text ("6. Reaffirms…"); a preambular paragraph in
 * form (an italic participle, ending with a comma) before any numbered one; more lines of the open
 * operative paragraph (unless it opens with an italic action phrase that the open paragraph, itself
 * not empty, did not announce with a colon); else an operative paragraph of its own, numbered one after the last.
 * Headings (`subheading`, heading-only paragraphs) close the open paragraph and are not kept.
 *
 * @param statements - the `statement` elements, in order
 * @param notes - maps note elements to footnote numbers
 * @returns the paragraphs
 */
export function readClauses(statements: readonly XmlElement[], notes: NoteNumbers): Clauses {
  const walk: Walk = {
    notes,
    preambular: [],
    drafts: [],
    annexes: [],
    open: undefined,
    headed: false,
    lastNumber: 0,
    numberedSeen: false,
  };
  for (const statement of statements) {
    walk.open = undefined;
    walk.headed = false;
    walk.lastNumber = 0;
    walk.numberedSeen = false;
    for (const child of childElements(statement)) {
      if (child.name === "preamble") readPreamble(walk, child);
      else if (child.name === "mainBody") readMainBody(walk, child, true);
    }
  }
  return {
    preamble: walk.preambular.map((elements, index) => readPreambularClause(elements, index + 1, notes)),
    operative: walk.drafts.map(finishOperative),
    annexes: walk.annexes,
  };
}

function readPreamble(walk: Walk, preamble: XmlElement): void {
  for (const child of childElements(preamble)) {
    if (child.name === "container" || (child.name === "crossHeading" && LETTER_OR_DIGIT.test(plainText(child)))) {
      walk.preambular.push([child]);
    }
  }
}

function readMainBody(walk: Walk, body: XmlElement, top = false): void {
  const children = childElements(body);
  for (const [index, child] of children.entries()) {
    if (top && isAnnexHeading(child)) {
      // One at a time: push(...all) passes one argument each, which overflows the stack past about 120,000.
      for (const annex of readBodyAnnexes(children.slice(index))) walk.annexes.push(annex);
      return;
    }
    const next = children[index + 1];
    if (child.name === "paragraph" && walk.open && next && TABLES.has(next.name) && isHeadingOnly(child)) {
      appendLine(walk.open, headingLine(child));
      walk.headed = false;
    } else if (child.name === "paragraph") {
      readParagraph(walk, child);
    } else if (child.name === "crossHeading" && isPreambular(child)) {
      walk.preambular.push([child]);
      walk.open = undefined;
      walk.headed = false;
    } else if (PARTS.has(child.name) && childElements(child).some((c) => !HEADINGS.has(c.name))) {
      walk.open = undefined;
      walk.headed = false;
      walk.lastNumber = 0;
      readMainBody(walk, child);
    } else if (HEADINGS.has(child.name) || PARTS.has(child.name)) {
      walk.headed = true;
    } else if (LETTER_OR_DIGIT.test(plainText(child))) {
      if (walk.open && (!walk.headed || TABLES.has(child.name))) appendContinuation(walk.open, child);
      else startStandalone(walk, child);
    }
  }
}

function readParagraph(walk: Walk, paragraph: XmlElement): void {
  const hasContent = childElements(paragraph).some((child) => CONTENT.has(child.name));
  if (!hasContent) {
    walk.headed = true;
    return;
  }
  const num = childElement(paragraph, "num");
  const numText = num ? plainText(num) : "";
  const printedNumber = PARAGRAPH_NUMBER.exec(numText)?.[1];
  if (printedNumber) {
    startNumbered(walk, paragraph, Number.parseInt(printedNumber, 10));
    return;
  }
  const announced = walk.open !== undefined && !walk.headed && walk.open.text.text().endsWith(":");
  const lastPreambular = walk.preambular.at(-1);
  const beforeOperative = !walk.open && !walk.numberedSeen && lastPreambular !== undefined;
  if (numText && beforeOperative && lastPreambular) {
    lastPreambular.push(paragraph);
    return;
  }
  if (numText) {
    const continues = walk.open !== undefined && continuesList(walk.open, numText);
    if (!announced && !continues && SECTION_LABEL.test(numText) && isMarkedHeading(paragraph)) walk.headed = true;
    else if (walk.open) continueWith(walk, walk.open, paragraph);
    else startStandalone(walk, paragraph);
    return;
  }
  const text = plainText(paragraph);
  if (!LETTER_OR_DIGIT.test(text)) return;
  if (walk.open && TEXT_LABEL.test(text)) {
    continueWith(walk, walk.open, paragraph);
    return;
  }
  if (isHeading(paragraph, text, announced)) {
    walk.headed = true;
    return;
  }
  const numberInText = NUMBER_IN_TEXT.exec(text);
  if (numberInText?.[1]) {
    const draft = startNumbered(walk, paragraph, Number.parseInt(numberInText[1], 10));
    const cut = NUMBER_IN_TEXT.exec(draft.text.text())?.[0].length ?? 0;
    draft.text.cut(0, cut);
    draft.text.setLeadingPhrase(openingPhrase(paragraph, draft.text.text()));
    return;
  }
  if (!walk.numberedSeen && isPreambular(paragraph)) {
    walk.preambular.push([paragraph]);
    return;
  }
  if (beforeOperative && lastPreambular && endsWithColon(lastPreambular)) {
    lastPreambular.push(paragraph);
    return;
  }
  const opensAnew = openingPhrase(paragraph, text) !== undefined && !announced && walk.open?.text.length !== 0;
  if (walk.open && !walk.headed && !opensAnew) appendContinuation(walk.open, paragraph);
  else startStandalone(walk, paragraph);
}

/** Adds a flat subparagraph to the open paragraph, which a heading no longer closes. */
function continueWith(walk: Walk, open: OperativeDraft, paragraph: XmlElement): void {
  appendFlatSubparagraph(open, paragraph);
  walk.headed = false;
}

/** Whether a preambular paragraph's text ends with a colon: it announces what follows ("the following question:"). */
function endsWithColon(elements: readonly XmlElement[]): boolean {
  const last = elements.at(-1);
  return last !== undefined && plainText(last).endsWith(":");
}

function startNumbered(walk: Walk, paragraph: XmlElement, printed: number): OperativeDraft {
  // Paragraphs count from 1: one printed "0." is numbered by counting on, as one without a number is.
  const number = printed >= 1 ? printed : walk.lastNumber + 1;
  const draft = startOperative(paragraph, number, walk.notes);
  walk.drafts.push(draft);
  walk.open = draft;
  walk.headed = false;
  walk.lastNumber = number;
  walk.numberedSeen = true;
  return draft;
}

function startStandalone(walk: Walk, element: XmlElement): void {
  const number = walk.lastNumber + 1;
  const draft = startOperative(element.name === "paragraph" ? element : wrap(element), number, walk.notes);
  walk.drafts.push(draft);
  walk.open = draft;
  walk.headed = false;
  walk.lastNumber = number;
}

/** Makes a lone block (a table, a `p`) readable as a paragraph's content. */
function wrap(element: XmlElement): XmlElement {
  return { type: "element", name: "paragraph", prefix: undefined, attributes: {}, children: [element] };
}

/** The first italic span of an element, if its text opens `text`. */
function openingPhrase(element: XmlElement, text: string): string | undefined {
  const span = findPhraseSpan(element);
  const phrase = span ? plainText(span) : "";
  return phrase && text.startsWith(phrase) ? phrase : undefined;
}

function findPhraseSpan(element: XmlElement): XmlElement | undefined {
  for (const child of childElements(element)) {
    if (child.name === "authorialNote" || child.name === "num") continue;
    if (child.name === "span" && PHRASE_CLASS.test(child.attributes.class ?? "")) return child;
    const found = findPhraseSpan(child);
    if (found) return found;
  }
  return undefined;
}

/** Whether a paragraph is only a heading: a number and a heading, no content. */
function isHeadingOnly(paragraph: XmlElement): boolean {
  return !childElements(paragraph).some((child) => CONTENT.has(child.name));
}

/** A heading paragraph's line: its heading, with its number in front unless the heading repeats it. */
function headingLine(paragraph: XmlElement): string {
  const num = childElement(paragraph, "num");
  const numText = num ? plainText(num) : "";
  const heading = collapseWhiteSpace(rawText(paragraph, WITHOUT_NUMBER));
  return numText && !heading.startsWith(numText) ? `${numText} ${heading}` : heading;
}

/** Whether a main-body element is the heading of an annex ("Annex", "Designation Annex"). */
function isAnnexHeading(element: XmlElement): boolean {
  const text = plainText(element);
  if (!readAnnexHeading(text)) return false;
  if (element.name === "heading" || element.name === "subheading") return true;
  if (element.name !== "paragraph") return false;
  const hasContent = childElements(element).some((child) => CONTENT.has(child.name));
  return !hasContent || isHeading(element, text);
}

/**
 * Whether an unnumbered paragraph is a heading: a heading class of the UN's files ("H1", "H23"),
 * text that is bold from end to end ("UNMISS Mandate"), text without a lower-case letter
 * ("== I ==", "AMISOM"), or text that does not end as a sentence or clause does ("Travel Ban and
 * Asset Freeze") unless the open paragraph announced it with a colon ("…as follows:").
 */
function isHeading(paragraph: XmlElement, text: string, announced = false): boolean {
  if (isMarkedHeading(paragraph)) return true;
  if (!LOWER_CASE.test(text)) return true;
  return !announced && !SENTENCE_END.test(text);
}

/** Whether a paragraph's markup says it is a heading: a heading class ("H1", "H23") or all its text bold. */
function isMarkedHeading(paragraph: XmlElement): boolean {
  if (HEADING_CLASS.test(paragraph.attributes.class ?? "")) return true;
  const text = collapseWhiteSpace(rawText(paragraph, WITHOUT_NUMBER));
  const bold = collapseWhiteSpace(boldText(paragraph));
  return bold.length > 0 && bold === text;
}

/** The text of the bold spans below an element. */
function boldText(element: XmlElement): string {
  let out = "";
  for (const child of childElements(element)) {
    if (child.name === "authorialNote") continue;
    if (child.name === "span" && BOLD_CLASS.test(child.attributes.class ?? "")) out += ` ${plainText(child)} `;
    else out += boldText(child);
  }
  return out;
}

/**
 * Whether a main-body element is a preambular paragraph: a `crossHeading` that says so
 * (`refersTo="#preamble"`), or one whose text opens with an italic participle and ends with a comma.
 */
function isPreambular(element: XmlElement): boolean {
  if (element.attributes.refersTo === "#preamble") return true;
  const text = plainText(element);
  const phrase = openingPhrase(element, text);
  return phrase !== undefined && PARTICIPLE_PHRASE.test(phrase) && text.endsWith(",");
}
