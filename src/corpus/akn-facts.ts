import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ResolutionFacts } from "./facts.js";

/**
 * What stopped {@link readAknFacts}, as a stable code.
 *
 * - `DOCTYPE_REFUSED`: the XML has a DOCTYPE (entity declarations are never expanded).
 * - `NOT_WELL_FORMED`: the XML is not well-formed.
 * - `NOT_AKOMA_NTOSO`: the root element is not `<akomaNtoso>`.
 * - `NO_SYMBOL`: no `<docNumber>` to read the symbol from.
 * - `NO_ADOPTION_DATE`: no `<FRBRdate name="adoption">` (a draft that was not adopted has none).
 *
 * @example
 * ```ts
 * import type { AknFactsErrorCode } from "un-resolutions";
 *
 * const code: AknFactsErrorCode = "NO_ADOPTION_DATE";
 * ```
 */
export type AknFactsErrorCode =
  | "DOCTYPE_REFUSED"
  | "NOT_WELL_FORMED"
  | "NOT_AKOMA_NTOSO"
  | "NO_SYMBOL"
  | "NO_ADOPTION_DATE";

/**
 * The error {@link readAknFacts} throws: a code, a message saying what was expected and what was
 * found, and where (line and column from 1; 1:1 when the problem is not at one place).
 *
 * @example
 * ```ts
 * import { AknFactsError, readAknFacts } from "un-resolutions";
 *
 * try {
 *   readAknFacts("<html/>");
 * } catch (error) {
 *   if (error instanceof AknFactsError) console.error(error.code, `${error.line}:${error.column}`); // NOT_AKOMA_NTOSO 1:1
 * }
 * ```
 */
export class AknFactsError extends Error {
  /** The stable error code. */
  readonly code: AknFactsErrorCode;
  /** Line of the problem, from 1. */
  readonly line: number;
  /** Column of the problem, from 1. */
  readonly column: number;

  /**
   * @param code - the stable error code
   * @param message - what was expected and what was found
   * @param line - line of the problem, from 1
   * @param column - column of the problem, from 1
   */
  constructor(code: AknFactsErrorCode, message: string, line = 1, column = 1) {
    super(`${message} (${line}:${column})`);
    this.name = "AknFactsError";
    this.code = code;
    this.line = line;
    this.column = column;
  }
}

/** An element of the tree this reader works on: name without namespace prefix, attributes, children in order. */
interface Element {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: Array<Element | string>;
}

/** A DOCTYPE declaration anywhere before the root: refused, so no entity is ever declared or expanded. */
const DOCTYPE = /<!DOCTYPE/i;

/**
 * Elements that run inside a line of text, so their text joins their neighbours' without a space
 * ("<span>Taking note </span>also"). Every other element is a block: its text is set apart by spaces.
 */
const INLINE: ReadonlySet<string> = new Set([
  "a",
  "abbr",
  "b",
  "concept",
  "date",
  "decoration",
  "def",
  "docDate",
  "docNumber",
  "docProponent",
  "docStatus",
  "docTitle",
  "embeddedText",
  "entity",
  "event",
  "i",
  "inline",
  "location",
  "marker",
  "mref",
  "noteRef",
  "object",
  "organization",
  "person",
  "quantity",
  "quotedText",
  "ref",
  "role",
  "rref",
  "session",
  "span",
  "sub",
  "sup",
  "term",
  "time",
  "u",
]);

/** Elements whose paragraphs are not the resolution's own: notes, quoted or embedded documents, annexes. */
const NOT_OWN_STRUCTURE: ReadonlySet<string> = new Set([
  "attachments",
  "authorialNote",
  "embeddedStructure",
  "quotedStructure",
]);

/** Headings of a main body: printed above paragraphs, part of none. */
const HEADINGS: ReadonlySet<string> = new Set(["crossHeading", "heading", "num", "subheading"]);

/** The element of a footnote, whose text is left out of the paragraph it stands in. */
const NOTE = "authorialNote";

/** Children that make a `<paragraph>` a paragraph; one with none of them is a heading. */
const CONTENT: ReadonlySet<string> = new Set([
  "alinea",
  "blockList",
  "content",
  "intro",
  "list",
  "p",
  "point",
  "table",
  "wrapUp",
]);

/** Children of a `<paragraph>` that are not its text: its number and its headings. */
const PARAGRAPH_FURNITURE: ReadonlySet<string> = new Set(["num", "heading", "subheading"]);

/** A paragraph number as `<num>` prints it: "1.", "12", "3 bis"; a label such as "(a)" does not start with a digit. */
const NUMBERED = /^\d/;

/**
 * A subparagraph label at the start of an unnumbered paragraph's text: "(a) ", "(iv) ", "(12) ", with
 * the space, so "(a)To" and a parenthesis opening a sentence ("(Signed) …") are not labels.
 * Bounded alternatives, no nested quantifier.
 */
const LABEL_IN_TEXT = /^\((?:[a-z]{1,2}|[ivxlcdm]{1,7}|\d{1,3})\) /;

/**
 * A paragraph number left in an unnumbered paragraph's text: "6.\u200e Reaffirms", "3 Calls upon":
 * one to three digits, up to four spaces, dots or left-to-right marks, before a capital or a quote.
 * Four digits are refused, so "2030 Agenda…" is not a number; a date ("5 June 2004") is, alas, one.
 */
const NUMBER_IN_TEXT = /^\d{1,3}[ .\u200e]{1,4}(?=[A-Z‘“"'(])/;

/**
 * The opening of a paragraph in the form of a preambular one: a capitalized first word in "-ing"
 * ("Having decided", "Recalling"); "\b" keeps "Ingredients" or "Kingdom of…" out. With a final comma
 * (checked apart), the paragraph is preambular in form.
 */
const PARTICIPLE_OPENING = /^[A-Z][a-z]+ing\b/;

/** A letter or a digit: a paragraph with none ("* * *", "-----") is decoration. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Runs of white space, collapsed to one space in every text this reader returns. */
const WHITE_SPACE_RUN = /\s+/g;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  commentPropName: false,
});

/**
 * Reads from the UN's Akoma Ntoso XML (AKN4UN) just the facts the corpus report compares a parsed
 * text with. A small reader of its own, independent of the library's Akoma Ntoso reader, so each
 * can check the other.
 *
 * - symbol: the first `<docNumber refersTo="#symbol">` (else the first `<docNumber>`);
 * - adoption date: the first `<FRBRdate name="adoption">`;
 * - title: the first `<docTitle refersTo="#resolutionTitle">`;
 * - preamble: the text of each `<container>` child of each `<preamble>` (the enacting formula and
 *   subheadings are not containers) and of each `<crossHeading refersTo="#preamble">` (the preamble
 *   of one part of a resolution);
 * - operative: the text of each operative paragraph of each `<mainBody>`, without its own `<num>`
 *   but with its subparagraphs and their numbers; headings are skipped, and subparagraphs or tables
 *   that the markup left outside their paragraph are joined to it (see `readBody`);
 * - footnotes: the `<authorialNote>` elements, counted once per distinct `marker`.
 *
 * Texts leave out the notes (`<authorialNote>`), join inline elements (`<span>`, `<a>`…) to their
 * neighbours, set block elements (`<p>`, `<num>`, `<point>`…) apart by a space, and collapse white space.
 * A resolution in several parts (`<documentCollection>`) has the paragraphs of all its parts, in order.
 *
 * @param xml - the Akoma Ntoso XML of one resolution
 * @returns the facts
 * @throws {@link AknFactsError} when the XML has a DOCTYPE, is not well-formed, is not Akoma Ntoso, or
 *   lacks a symbol or an adoption date
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { readAknFacts } from "un-resolutions";
 *
 * const facts = readAknFacts(readFileSync("akn/ga/A-RES-78-241.xml", "utf8"));
 * console.log(facts.symbol, facts.preamble.length, facts.operative.length); // "A/RES/78/241" 9 4
 * ```
 *
 * Hint: numeric character references and HTML named entities are decoded; a DOCTYPE is refused
 * outright, so no entity is ever declared.
 */
export function readAknFacts(xml: string): ResolutionFacts {
  const doctype = DOCTYPE.exec(xml);
  if (doctype) {
    const before = xml.slice(0, doctype.index).split("\n");
    throw new AknFactsError(
      "DOCTYPE_REFUSED",
      "expected XML without a DOCTYPE, found one",
      before.length,
      (before[before.length - 1] as string).length + 1,
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new AknFactsError(
      "NOT_WELL_FORMED",
      `expected well-formed XML: ${valid.err.msg}`,
      valid.err.line,
      valid.err.col,
    );
  }
  const root = toElements(parser.parse(xml) as unknown[]).find((node): node is Element => typeof node !== "string");
  if (root?.name !== "akomaNtoso") {
    throw new AknFactsError("NOT_AKOMA_NTOSO", `expected an <akomaNtoso> root element, found <${root?.name ?? ""}>`);
  }
  const numbers = findAll(root, "docNumber");
  const symbolElement = numbers.find((e) => e.attributes.refersTo === "#symbol") ?? numbers[0];
  const symbol = symbolElement ? plainText(symbolElement) : "";
  if (symbol === "") throw new AknFactsError("NO_SYMBOL", "expected a <docNumber> with the symbol, found none");
  const adoptionDate = findAll(root, "FRBRdate").find((e) => e.attributes.name === "adoption")?.attributes.date;
  if (!adoptionDate) {
    throw new AknFactsError(
      "NO_ADOPTION_DATE",
      `expected <FRBRdate name="adoption"> in the XML of ${symbol}, found none (a draft that was not adopted?)`,
    );
  }
  const titleElement = findAll(root, "docTitle").find((e) => e.attributes.refersTo === "#resolutionTitle");
  const title = titleElement ? plainText(titleElement) : "";
  const notes = findAll(root, NOTE, true);
  const markers = new Set(notes.map((note, index) => note.attributes.marker ?? `#${index}`));
  const { preamble, operative } = readParagraphs(root);
  return {
    symbol,
    adoptionDate,
    ...(title === "" ? {} : { title }),
    preamble,
    operative,
    footnotes: markers.size,
  };
}

/** Turns fast-xml-parser's ordered output (`[{ name: [children], ":@": {attributes} }, { "#text": "…" }]`) into elements. */
function toElements(nodes: readonly unknown[]): Array<Element | string> {
  const out: Array<Element | string> = [];
  for (const node of nodes) {
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === ":@") continue;
      if (key === "#text") out.push(String(record[key]));
      else if (!key.startsWith("?")) {
        const attributes = (record[":@"] ?? {}) as Record<string, string>;
        out.push({ name: key, attributes, children: toElements((record[key] ?? []) as unknown[]) });
      }
    }
  }
  return out;
}

function elementsOf(element: Element): Element[] {
  return element.children.filter((child): child is Element => typeof child !== "string");
}

/**
 * Every element named `name` under `element`, in document order, not looking inside notes or quoted
 * documents (unless `name` is one of them) nor inside a match.
 */
function findAll(element: Element, name: string, intoOthers = false): Element[] {
  const found: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of elementsOf(node)) {
      if (child.name === name) found.push(child);
      else if (intoOthers || !NOT_OWN_STRUCTURE.has(child.name)) visit(child);
    }
  };
  visit(element);
  return found;
}

/** The paragraphs being read, and what the walk through the main bodies keeps track of. */
interface Paragraphs {
  preamble: string[];
  operative: string[];
  /** Whether a numbered operative paragraph has been read in the current main body. */
  numberedSeen: boolean;
  /** Whether the last operative paragraph announced a list (ended with ":") that has not ended with "." yet. */
  listing: boolean;
}

/**
 * The preambular and operative paragraphs, in document order, of every `<preamble>` and
 * `<mainBody>` of the resolution (the parts of a collection one after the other; annexes and quoted
 * documents left out).
 */
function readParagraphs(root: Element): { preamble: string[]; operative: string[] } {
  const read: Paragraphs = { preamble: [], operative: [], numberedSeen: false, listing: false };
  const visit = (element: Element): void => {
    for (const child of elementsOf(element)) {
      if (child.name === "preamble") {
        for (const item of elementsOf(child)) {
          if (item.name === "container" || isPreambleHeading(item)) read.preamble.push(plainText(item));
        }
      } else if (child.name === "mainBody") {
        read.numberedSeen = false;
        read.listing = false;
        readBody(child, read);
      } else if (!NOT_OWN_STRUCTURE.has(child.name)) visit(child);
    }
  };
  visit(root);
  return { preamble: read.preamble, operative: read.operative };
}

/** A `<crossHeading refersTo="#preamble">`: how the markup writes a preambular paragraph of one part of a resolution. */
function isPreambleHeading(element: Element): boolean {
  return element.name === "crossHeading" && element.attributes.refersTo === "#preamble";
}

/**
 * Reads a main body (or a section or part of one) into operative paragraphs, as printed. The UN's
 * markup is not always one `<paragraph>` per printed paragraph, so, in order:
 * - a `<crossHeading refersTo="#preamble">` is a preambular paragraph; other headings are skipped;
 * - an element holding paragraphs or headings (a section, a part) is read through;
 * - a paragraph without content (only a `<subheading>`, "I. General activities") is a heading: skipped;
 * - a paragraph or block without a letter or digit ("* * *") is decoration: skipped;
 * - a paragraph whose `<num>` is a number ("1.") starts an operative paragraph;
 * - a paragraph whose `<num>` is a label ("(a)", "(iii)") is a subparagraph that the markup left
 *   flat: it joins the paragraph before it, label included (it starts one when there is none);
 * - an unnumbered paragraph whose text begins with a label ("(a) To cooperate…") joins the one before it;
 * - an unnumbered paragraph whose text begins with a number ("6. Reaffirms") starts one, number removed;
 * - before any operative paragraph, an unnumbered paragraph in the form of a preambular one (a
 *   first word in "-ing", a final comma: "Having decided to consider…,") is preambular;
 * - any other unnumbered paragraph, or a block between paragraphs (a table), continues the one before
 *   it once a numbered one has been read or while the one before announces a list (it ended with ":"
 *   and no item since ended with "."), and otherwise starts one.
 */
function readBody(body: Element, read: Paragraphs): void {
  const texts = read.operative;
  const start = (text: string): void => {
    texts.push(text);
    read.listing = text.endsWith(":");
  };
  const append = (text: string): void => {
    if (texts.length === 0) start(text);
    else {
      texts[texts.length - 1] = `${texts[texts.length - 1]} ${text}`.replace(WHITE_SPACE_RUN, " ").trim();
      read.listing = text.endsWith(":") || (read.listing && !text.endsWith("."));
    }
  };
  const unnumbered = (text: string): void => {
    if (texts.length === 0 && PARTICIPLE_OPENING.test(text) && text.endsWith(",")) read.preamble.push(text);
    else if (read.numberedSeen || read.listing) append(text);
    else start(text);
  };
  for (const child of elementsOf(body)) {
    if (isPreambleHeading(child)) {
      read.preamble.push(plainText(child));
      continue;
    }
    if (HEADINGS.has(child.name) || NOT_OWN_STRUCTURE.has(child.name)) continue;
    if (child.name !== "paragraph") {
      if (holdsParagraphs(child)) readBody(child, read);
      else if (LETTER_OR_DIGIT.test(plainText(child))) unnumbered(plainText(child));
      continue;
    }
    const children = elementsOf(child);
    if (!children.some((c) => CONTENT.has(c.name))) continue;
    const num = children.find((c) => c.name === "num");
    const printed = num ? plainText(num) : "";
    const text = paragraphText(child);
    if (!LETTER_OR_DIGIT.test(`${printed}${text}`)) continue;
    if (NUMBERED.test(printed)) {
      start(text);
      read.numberedSeen = true;
    } else if (printed !== "") append(`${printed} ${text}`.trim());
    else if (LABEL_IN_TEXT.test(text)) append(text);
    else if (NUMBER_IN_TEXT.test(text)) {
      start(text.replace(NUMBER_IN_TEXT, ""));
      read.numberedSeen = true;
    } else unnumbered(text);
  }
}

/** Whether an element of a main body holds paragraphs or headings (a section, a part), not text of its own. */
function holdsParagraphs(element: Element): boolean {
  return elementsOf(element).some(
    (child) => child.name === "paragraph" || HEADINGS.has(child.name) || holdsParagraphs(child),
  );
}

/** A paragraph's text without its own number or headings. */
function paragraphText(paragraph: Element): string {
  return plainText({
    ...paragraph,
    children: paragraph.children.filter((c) => typeof c === "string" || !PARAGRAPH_FURNITURE.has(c.name)),
  });
}

/** The text of an element as a reader sees it: notes left out, blocks apart, white space collapsed. */
function plainText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (typeof child === "string") parts.push(child);
      else if (child.name === NOTE) continue;
      else if (INLINE.has(child.name)) visit(child);
      else {
        parts.push(" ");
        visit(child);
        parts.push(" ");
      }
    }
  };
  visit(element);
  return parts.join("").replace(WHITE_SPACE_RUN, " ").trim();
}
