import type { OperativeClause, PreambularClause } from "../schemas/clause.js";
import {
  appendContinuation,
  appendFlatSubparagraph,
  finishOperative,
  type OperativeDraft,
  startOperative,
  TEXT_LABEL,
} from "./read-operative.js";
import { readPreambularClause } from "./read-preamble.js";
import type { NoteNumbers } from "./running-text.js";
import { childElement, childElements, plainText, type XmlElement } from "./xml-tree.js";

/** The paragraphs of a resolution, in order. */
export interface Clauses {
  preamble: PreambularClause[];
  operative: OperativeClause[];
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
  readonly preambular: XmlElement[];
  readonly drafts: OperativeDraft[];
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
 * operative paragraph; else an operative paragraph of its own, numbered one after the last.
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
      else if (child.name === "mainBody") readMainBody(walk, child);
    }
  }
  return {
    preamble: walk.preambular.map((element, index) => readPreambularClause(element, index + 1, notes)),
    operative: walk.drafts.map(finishOperative),
  };
}

function readPreamble(walk: Walk, preamble: XmlElement): void {
  for (const child of childElements(preamble)) {
    if (child.name === "container" || (child.name === "crossHeading" && LETTER_OR_DIGIT.test(plainText(child)))) {
      walk.preambular.push(child);
    }
  }
}

function readMainBody(walk: Walk, body: XmlElement): void {
  for (const child of childElements(body)) {
    if (child.name === "paragraph") {
      readParagraph(walk, child);
    } else if (child.name === "crossHeading" && isPreambular(child)) {
      walk.preambular.push(child);
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
      if (walk.open && !walk.headed) appendContinuation(walk.open, child);
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
  if (numText) {
    if (walk.open) continueWith(walk, walk.open, paragraph);
    else startStandalone(walk, paragraph);
    return;
  }
  const text = plainText(paragraph);
  if (!LETTER_OR_DIGIT.test(text)) return;
  if (walk.open && TEXT_LABEL.test(text)) {
    continueWith(walk, walk.open, paragraph);
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
    walk.preambular.push(paragraph);
    return;
  }
  if (walk.open && !walk.headed) appendContinuation(walk.open, paragraph);
  else startStandalone(walk, paragraph);
}

/** Adds a flat subparagraph to the open paragraph, which a heading no longer closes. */
function continueWith(walk: Walk, open: OperativeDraft, paragraph: XmlElement): void {
  appendFlatSubparagraph(open, paragraph);
  walk.headed = false;
}

function startNumbered(walk: Walk, paragraph: XmlElement, number: number): OperativeDraft {
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
