import type { Resolution } from "../schemas/resolution.js";
import { citeClauses, citeNotes } from "./cite.js";
import { AkomaNtosoError } from "./errors.js";
import { numberNotes } from "./number-notes.js";
import { readMeeting, readVote } from "./read-adoption.js";
import { readAnnexes } from "./read-annexes.js";
import { readClauses } from "./read-clauses.js";
import { readHeader } from "./read-header.js";
import { DEFAULT_XML_LIMITS, readXml } from "./read-xml.js";
import { shortened } from "./xml-position.js";
import { childElement, childElements, firstDescendant, type XmlElement } from "./xml-tree.js";

/**
 * The Akoma Ntoso 3.0 namespace, which the root element of every file read must be in
 * (working-draft namespaces extend it: ".../3.0/WD17").
 *
 * @example
 * ```ts
 * import { AKN_NAMESPACE } from "un-resolutions";
 *
 * AKN_NAMESPACE; // "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
 * ```
 */
export const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/**
 * Options of {@link fromAkomaNtoso}: limits that keep hostile or runaway input from exhausting memory.
 *
 * @example
 * ```ts
 * import { type FromAkomaNtosoOptions, fromAkomaNtoso } from "un-resolutions";
 *
 * const options: FromAkomaNtosoOptions = { maxLength: 2_000_000, maxDepth: 60 };
 * const resolution = fromAkomaNtoso(xml, options);
 * ```
 */
export interface FromAkomaNtosoOptions {
  /** Longest accepted XML, in characters (UTF-16 code units). Default 20,000,000. */
  maxLength?: number;
  /**
   * Deepest accepted element nesting. Default 100; at most 1,000: a larger value is taken as 1,000,
   * since reading deeper XML would overflow the stack.
   */
  maxDepth?: number;
}

/**
 * The deepest element nesting `fromAkomaNtoso` reads, whatever `maxDepth` asks: the reader and the
 * stages after it recurse once per element, and 20,000 levels overflow the stack (a `RangeError`).
 * At 1,000 levels they keep a margin of three times (4,000 nested list elements were read), and
 * the result still validates (zod, too, recurses once per level of subparagraphs).
 */
const MAX_XML_DEPTH = 1000;

/**
 * The result of {@link safeFromAkomaNtoso}: the resolution, or the error that stopped the reading.
 *
 * @example
 * ```ts
 * import { type SafeFromAkomaNtosoResult, safeFromAkomaNtoso } from "un-resolutions";
 *
 * const result: SafeFromAkomaNtosoResult = safeFromAkomaNtoso(xml);
 * console.log(result.success ? result.data.symbol : result.error.code);
 * ```
 */
export type SafeFromAkomaNtosoResult =
  | {
      /** Always `true`. */
      success: true;
      /** The resolution. */
      data: Resolution;
    }
  | {
      /** Always `false`. */
      success: false;
      /** Why the XML could not be read. */
      error: AkomaNtosoError;
    };

/** The Akoma Ntoso document types; only `statement` and `documentCollection` carry resolutions. */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set([
  "act",
  "amendment",
  "amendmentList",
  "bill",
  "debate",
  "debateReport",
  "doc",
  "documentCollection",
  "judgment",
  "officialGazette",
  "portion",
  "statement",
]);

/**
 * Reads a United Nations resolution from Akoma Ntoso XML in the UN's AKN4UN profile (the XML the
 * UN publishes for General Assembly and Security Council resolutions).
 *
 * Reads the header facts (symbol, body, number, title, adoption date, session, agenda items,
 * distribution, report, meeting, vote), the preambular paragraphs with their leading phrases, the
 * operative paragraphs with their action phrases and subparagraphs at any depth, the footnotes
 * (`authorialNote`) with their refs at their offsets, and the annexes (`attachments`). A resolution
 * in several parts (`documentCollection`, "A/RES/76/84 A-B") is read as one resolution whose
 * paragraphs are those of its parts, in order.
 *
 * @param xml - the Akoma Ntoso XML
 * @param options - size and depth limits
 * @returns the resolution; it passes `Resolution.parse`
 * @throws {AkomaNtosoError} when the XML is not well-formed, too large or too deep, carries a DOCTYPE,
 *   is not Akoma Ntoso, is not a resolution, is a draft that was not adopted, or lacks a symbol or an
 *   adoption date
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { fromAkomaNtoso } from "un-resolutions";
 *
 * const resolution = fromAkomaNtoso(readFileSync("A-RES-79-154.xml", "utf8"));
 * console.log(resolution.symbol, resolution.operative.length); // "A/RES/79/154" 34
 * ```
 *
 * Hint: entity declarations are never expanded and external entities never fetched: a DOCTYPE is
 * refused outright. Texts are as a reader sees them: white space collapsed, lines (list items,
 * table rows) joined by "\n". Section headings are not part of the model and are not kept.
 */
export function fromAkomaNtoso(xml: string, options: FromAkomaNtosoOptions = {}): Resolution {
  const root = readXml(xml, {
    maxLength: options.maxLength ?? DEFAULT_XML_LIMITS.maxLength,
    maxDepth: depthLimit(options.maxDepth ?? DEFAULT_XML_LIMITS.maxDepth),
  });
  checkAkomaNtoso(root);
  const doc = documentOf(root);
  const statements = statementsOf(root, doc);
  const notes = numberNotes(root);
  const header = readHeader(doc, statements);
  const meeting = readMeeting(doc) ?? firstOf(statements, readMeeting);
  const vote = readVote(doc) ?? firstOf(statements, readVote);
  const clauses = readClauses(statements, (element) => notes.numberOf(element));
  const annexes = [
    ...clauses.annexes,
    ...[doc, ...statements.filter((s) => s !== doc)].flatMap((s) => readAnnexes(s) ?? []),
  ];
  const clauseList = [...clauses.preamble, ...clauses.operative];
  citeClauses(clauseList);
  const footnotes = citeNotes(notes.notes, clauseList);
  return {
    type: "resolution",
    symbol: header.symbol,
    body: header.body,
    ...(header.number ? { number: header.number } : {}),
    ...(header.title ? { title: header.title } : {}),
    adoptionDate: header.adoptionDate,
    ...(header.session ? { session: header.session } : {}),
    ...(header.agendaItems ? { agendaItems: header.agendaItems } : {}),
    ...(header.distribution ? { distribution: header.distribution } : {}),
    ...(header.report ? { report: header.report } : {}),
    ...(meeting ? { meeting } : {}),
    ...(vote ? { vote } : {}),
    preamble: clauses.preamble,
    operative: clauses.operative,
    footnotes,
    ...(annexes.length > 0 ? { annexes } : {}),
  };
}

/**
 * Reads a resolution from Akoma Ntoso XML like {@link fromAkomaNtoso}, but returns the error
 * instead of throwing it.
 *
 * @param xml - the Akoma Ntoso XML
 * @param options - size and depth limits
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeFromAkomaNtoso } from "un-resolutions";
 *
 * const result = safeFromAkomaNtoso("<akomaNtoso/>");
 * if (!result.success) console.error(result.error.code); // "UNSUPPORTED_DOCUMENT"
 * ```
 *
 * Hint: only an {@link AkomaNtosoError} is caught; a bug still throws.
 */
export function safeFromAkomaNtoso(xml: string, options: FromAkomaNtosoOptions = {}): SafeFromAkomaNtosoResult {
  try {
    return { success: true, data: fromAkomaNtoso(xml, options) };
  } catch (error) {
    if (error instanceof AkomaNtosoError) return { success: false, error };
    throw error;
  }
}

/** The depth limit asked for, at most {@link MAX_XML_DEPTH} (NaN, too, gives the ceiling). */
function depthLimit(asked: number): number {
  return Number.isNaN(asked) ? MAX_XML_DEPTH : Math.min(asked, MAX_XML_DEPTH);
}

function checkAkomaNtoso(root: XmlElement): void {
  const namespace = root.attributes[root.prefix ? `xmlns:${root.prefix}` : "xmlns"];
  if (root.name !== "akomaNtoso" || !namespace?.startsWith(AKN_NAMESPACE)) {
    const qualified = shortened(root.prefix ? `${root.prefix}:${root.name}` : root.name);
    const found = `<${qualified}>${namespace ? ` in namespace ${shortened(namespace)}` : " in no namespace"}`;
    throw new AkomaNtosoError(
      "NOT_AKOMA_NTOSO",
      `expected an <akomaNtoso> root element in the namespace ${AKN_NAMESPACE}, found ${found}`,
    );
  }
}

function documentOf(root: XmlElement): XmlElement {
  const doc = childElements(root).find((child) => DOCUMENT_TYPES.has(child.name));
  if (!doc) {
    throw new AkomaNtosoError("UNSUPPORTED_DOCUMENT", "expected a document (<statement>) in <akomaNtoso>, found none");
  }
  if (doc.name !== "statement" && doc.name !== "documentCollection") {
    throw new AkomaNtosoError(
      "UNSUPPORTED_DOCUMENT",
      `expected a resolution (<statement> or <documentCollection>), found <${shortened(doc.name)}>`,
    );
  }
  const name = doc.attributes.name ?? "";
  if (name.toLowerCase().startsWith("draft")) {
    const outcome = lastWorkflowOutcome(doc);
    throw new AkomaNtosoError(
      "NOT_ADOPTED",
      `expected an adopted resolution, found a ${shortened(name)} statement${outcome ? ` (workflow outcome "${shortened(outcome)}")` : ""}: a draft has no adoption date`,
    );
  }
  return doc;
}

function lastWorkflowOutcome(doc: XmlElement): string | undefined {
  const meta = childElement(doc, "meta");
  const workflow = meta ? firstDescendant(meta, "workflow") : undefined;
  return workflow ? childElements(workflow, "step").at(-1)?.attributes.outcome : undefined;
}

/** The statements that hold the paragraphs: the document itself, or the components of a collection. */
function statementsOf(root: XmlElement, doc: XmlElement): XmlElement[] {
  if (doc.name !== "documentCollection") return [doc];
  const components = childElement(doc, "components") ?? childElement(root, "components");
  const statements: XmlElement[] = [];
  for (const component of components ? childElements(components, "component") : []) {
    const statement = childElements(component).find((child) => DOCUMENT_TYPES.has(child.name));
    if (statement) statements.push(statement);
  }
  return statements.length > 0 ? statements : [doc];
}

function firstOf<T>(statements: readonly XmlElement[], read: (doc: XmlElement) => T | undefined): T | undefined {
  for (const statement of statements) {
    const found = read(statement);
    if (found !== undefined) return found;
  }
  return undefined;
}
