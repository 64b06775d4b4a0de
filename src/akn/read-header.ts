import type { AgendaItem, Distribution, Report, Session } from "../schemas/resolution.js";
import { AkomaNtosoError } from "./errors.js";
import {
  childElement,
  childElements,
  collapseWhiteSpace,
  descendants,
  firstDescendant,
  plainText,
  type XmlElement,
} from "./xml-tree.js";

/** The header facts of a resolution, as read from its cover page, preface and metadata. */
export interface HeaderFacts {
  symbol: string;
  body: string;
  number: string | undefined;
  title: string | undefined;
  adoptionDate: string;
  session: Session | undefined;
  agendaItems: AgendaItem[] | undefined;
  distribution: Distribution | undefined;
  report: Report | undefined;
}

/** An ISO calendar date, as the `date` attributes of Akoma Ntoso carry it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * An FRBR work URI of the UN: "/akn/un/statement/deliberation/unga/2024-12-17/79-154/", from which a
 * symbol can be made. The body code (`unga`, `unsc`) and the number are captured; fixed segments.
 */
const FRBR_WORK = /^\/akn\/un\/[a-zA-Z]+\/[a-zA-Z]+\/(un[a-z]+)\/\d{4}-\d{2}-\d{2}\/([^/!@]+)/;
/** "Distr.: General": the distribution level after the colon. */
const DISTRIBUTION = /^Distr\.:\s*(\S.*)$/;
/** "Agenda item 28 (a)" or "Agenda items 14 and 122": what follows the words. */
const AGENDA_ITEMS = /^Agenda items?\s+(\S.*)$/i;
/** Separators of a list of agenda items or symbols: a comma or the word "and". */
const LIST_SEPARATOR = /,\s{0,3}|\s{1,3}and\s{1,3}/;
/** "[on the report of the Third Committee (": the committee, up to the parenthesis before the symbols. */
const REPORTING_COMMITTEE = /^on the report of the\s(\S[^(]{0,200})\($/;
/** A document symbol at the start of a piece: "A/79/451", "A/ES-11/L.5/Add.1"; stops at space or comma. */
const SYMBOL_START = /^[A-Z][A-Za-z0-9.\-()]*\/[A-Za-z0-9.\-/()]+/;
/** A space wrongly left before a symbol's next part ("A/ES-11/L.2 /Add.1"). */
const SPACE_BEFORE_SLASH = / \//g;

const BODY_BY_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ga: "General Assembly",
    unga: "General Assembly",
    sc: "Security Council",
    unsc: "Security Council",
    ecosoc: "Economic and Social Council",
    unecosoc: "Economic and Social Council",
    hrc: "Human Rights Council",
    unhrc: "Human Rights Council",
  }),
);
const PREFIX_BY_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries({ unga: "A/RES/", unsc: "S/RES/", unecosoc: "E/RES/" }),
);

/**
 * Reads the header facts of one resolution document (a `statement` or a `documentCollection`).
 *
 * Guarantees: `symbol` and `body` are non-empty, `adoptionDate` is an ISO date; the other facts are
 * present only where the document states them.
 *
 * @param doc - the `statement` or `documentCollection` element
 * @param parts - the statements of a collection, where the adoption date is looked for when the
 *   collection itself does not give it
 * @returns the header facts
 * @throws {AkomaNtosoError} `NO_SYMBOL` or `NO_ADOPTION_DATE`
 */
export function readHeader(doc: XmlElement, parts: readonly XmlElement[] = [doc]): HeaderFacts {
  const cover = childElement(doc, "coverPage");
  const meta = childElement(doc, "meta");
  const symbol = readSymbol(cover, meta);
  // The resolution number inside the symbol: "79/154" in "A/RES/79/154", "2720 (2023)" in "S/RES/2720 (2023)".
  const res = symbol.indexOf("/RES/");
  return {
    symbol,
    body: readBody(cover, meta, symbol),
    number: res >= 0 ? symbol.slice(res + 5).trim() || undefined : undefined,
    title: readTitle(doc),
    adoptionDate: readAdoptionDate([doc, ...parts.filter((part) => part !== doc)]),
    session: readSession(cover),
    agendaItems: readAgendaItems(cover),
    distribution: readDistribution(cover),
    report: readReport(cover),
  };
}

function withRefersTo(parent: XmlElement | undefined, name: string, refersTo: string): XmlElement | undefined {
  if (!parent) return undefined;
  return descendants(parent, name).find((element) => element.attributes.refersTo === refersTo);
}

function readSymbol(cover: XmlElement | undefined, meta: XmlElement | undefined): string {
  const printed = withRefersTo(cover, "docNumber", "#symbol");
  const text = printed ? plainText(printed) : "";
  if (text) return text;
  const work = meta ? firstDescendant(meta, "FRBRWork") : undefined;
  const uri = work ? childElement(work, "FRBRuri")?.attributes.value : undefined;
  const match = uri ? FRBR_WORK.exec(uri) : null;
  const prefix = match?.[1] ? PREFIX_BY_CODE.get(match[1]) : undefined;
  if (match?.[2] && prefix) return prefix + match[2].replaceAll("-", "/");
  throw new AkomaNtosoError(
    "NO_SYMBOL",
    'expected a document symbol (coverPage docNumber refersTo="#symbol" or an FRBR work URI), found none',
  );
}

function readBody(cover: XmlElement | undefined, meta: XmlElement | undefined, symbol: string): string {
  const issuing = withRefersTo(cover, "docAuthority", "#issuingBody");
  const text = issuing ? plainText(issuing) : "";
  if (text) return text;
  const work = meta ? firstDescendant(meta, "FRBRWork") : undefined;
  const author = work ? childElement(work, "FRBRauthor")?.attributes.href?.replace("#", "") : undefined;
  const named = author ? BODY_BY_CODE.get(author) : undefined;
  if (named) return named;
  if (symbol.startsWith("S/")) return "Security Council";
  if (symbol.startsWith("E/")) return "Economic and Social Council";
  return "General Assembly";
}

function readTitle(doc: XmlElement): string | undefined {
  const preface = childElement(doc, "preface");
  const title = preface ? firstDescendant(preface, "docTitle") : undefined;
  const text = title ? plainText(title) : "";
  return text || undefined;
}

/** The day the Charter of the United Nations was signed: no resolution is older. */
const FIRST_POSSIBLE_DATE = "1945-06-26";

/**
 * Whether a `date` attribute is an ISO date of the calendar: "2010-12-21", not "2010-02-31".
 *
 * @param value - the attribute's value, if any
 * @returns whether it is such a date
 */
export function isIsoDate(value: string | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function adoptionDates(doc: XmlElement): (string | undefined)[] {
  const meta = childElement(doc, "meta");
  const work = meta ? firstDescendant(meta, "FRBRWork") : undefined;
  return [
    work ? childElements(work, "FRBRdate").find((d) => d.attributes.name === "adoption")?.attributes.date : undefined,
    withRefersTo(childElement(doc, "conclusions"), "docDate", "#adoptionDate")?.attributes.date,
    withRefersTo(childElement(doc, "coverPage"), "docDate", "#adoptionDate")?.attributes.date,
    work ? childElement(work, "FRBRdate")?.attributes.date : undefined,
  ];
}

/**
 * The first adoption date that can be one: the United Nations adopted nothing before 1945, so a
 * placeholder such as FRBRdate "0001-01-01" (S/RES/1288 (2000) has one) gives way to the docDate.
 */
function readAdoptionDate(docs: readonly XmlElement[]): string {
  const found = docs.flatMap(adoptionDates).find((date) => isIsoDate(date) && date >= FIRST_POSSIBLE_DATE);
  if (found) return found;
  throw new AkomaNtosoError(
    "NO_ADOPTION_DATE",
    'expected an adoption date (FRBRdate name="adoption" or a docDate refersTo="#adoptionDate"), found none',
  );
}

function readSession(cover: XmlElement | undefined): Session | undefined {
  const session = cover ? firstDescendant(cover, "session") : undefined;
  if (!session) return undefined;
  const text = plainText(session);
  const number = Number.parseInt(session.attributes.value ?? "", 10);
  // A safe integer, as the schema wants: "99999999999999999999" reads as 1e20, an integer but no session.
  if (!text || !Number.isSafeInteger(number) || number < 1) return undefined;
  const lower = text.toLowerCase();
  const kind = lower.includes("emergency special")
    ? "emergencySpecial"
    : lower.includes("special")
      ? "special"
      : "regular";
  return { kind, number, text };
}

function readAgendaItems(cover: XmlElement | undefined): AgendaItem[] | undefined {
  if (!cover) return undefined;
  const inlines = descendants(cover, "inline");
  const items: AgendaItem[] = [];
  for (let i = 0; i < inlines.length; i += 1) {
    const inline = inlines[i];
    if (inline?.attributes.name !== "agenda item") continue;
    const match = AGENDA_ITEMS.exec(plainText(inline));
    if (!match?.[1]) continue;
    const next = inlines[i + 1];
    const title = next?.attributes.name === "agenda item name" ? plainText(next) : "";
    const numbers = match[1].split(LIST_SEPARATOR).filter((n) => n.length > 0);
    for (const number of numbers) items.push(title && numbers.length === 1 ? { number, title } : { number });
  }
  return items.length > 0 ? items : undefined;
}

function readDistribution(cover: XmlElement | undefined): Distribution | undefined {
  const status = cover ? firstDescendant(cover, "docStatus") : undefined;
  const level = status ? DISTRIBUTION.exec(plainText(status))?.[1]?.trim() : undefined;
  if (!level) return undefined;
  const date = withRefersTo(cover, "docDate", "#dateOfIssuance")?.attributes.date;
  return isIsoDate(date) ? { level, date } : { level };
}

function readReport(cover: XmlElement | undefined): Report | undefined {
  const proponent = cover ? firstDescendant(cover, "docProponent") : undefined;
  if (!proponent) return undefined;
  const source = descendants(proponent, "inline").find((i) => i.attributes.name === "originating document");
  const symbols: string[] = [];
  if (source) {
    for (const piece of plainText(source).replace(SPACE_BEFORE_SLASH, "/").split(LIST_SEPARATOR)) {
      const symbol = SYMBOL_START.exec(piece.trim())?.[0];
      if (symbol) symbols.push(symbol);
    }
  }
  let lead = "";
  for (const child of proponent.children) {
    if (child === source) break;
    lead += child.type === "text" ? child.value : plainText(child);
  }
  const collapsed = collapseWhiteSpace(lead);
  const at = collapsed.indexOf("on the report of the");
  const committee = at < 0 ? undefined : REPORTING_COMMITTEE.exec(collapsed.slice(at))?.[1]?.trim();
  return committee ? { committee, symbols } : { symbols };
}
