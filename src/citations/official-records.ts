import type { OfficialRecordsReference } from "../schemas/citation.js";
import { isAsciiDigit, isAsciiLetter } from "../text/ascii.js";
import { ordinalValue } from "../text/ordinals.js";
import { readSymbolGroup } from "./document.js";
import type { Draft, Found } from "./draft.js";
import { lengthAt, letterBefore, readAt } from "./read-at.js";

/**
 * "Official Records of the " as every named head of an Official Records citation holds it,
 * before the name of one of the {@link ORGANS}.
 */
const OFFICIAL_RECORDS = "Official Records of the ";
/** The principal organs whose Official Records are cited, as their heads name them. */
const ORGANS: readonly string[] = [
  "General Assembly",
  "Security Council",
  "Economic and Social Council",
  "Trusteeship Council",
];
/** "bid." as a head "Ibid." or "ibid." (the records cited before) holds it after its "I" or "i". */
const IBID = "bid.";
/** ", " after a head: a comma and one white-space character (sticky), as `,\s` reads it. */
const COMMA_SPACE = /,\s/y;
/**
 * The ordinal word of a session or year: ", Sixty-fifth " in ", Sixty-fifth Session", "Tenth" in
 * "Tenth Emergency Special Session", "Fifty-eighth" in "Fifty-eighth Year". Only a word with a
 * valid ordinal value is kept, and only before one of {@link PERIOD_KINDS}.
 */
const ORDINAL_WORD = /,\s([A-Z][a-z]{2,11}(?:-[a-z]{3,7})?)\s/y;
/** What an ordinal word may name, longest first; "Year" counts years, the others sessions. */
const PERIOD_KINDS: readonly string[] = ["Emergency Special Session", "Special Session", "Session", "session", "Year"];
/** A calendar year, as the Economic and Social Council's records have it: ", 2009". */
const CALENDAR_YEAR = /,\s((?:19|20)\d\d)(?=,)/y;
/** A numbered supplement: ", Supplement No. 53", ", Supplement No. 53A", ", Special Supplement No. 4". */
const SUPPLEMENT_NUMBER = /,\s(?:Special\s)?Supplement\sNo\.\s(\d{1,3}[A-Z]?)(?![\dA-Za-z])/y;
/** The start of a quarterly supplement of the Security Council: ", Supplement for ". */
const QUARTERLY_SUPPLEMENT = /,\sSupplement\sfor\s/y;
/** The quarters of a year, as the Security Council's supplements name them. */
const QUARTERS: readonly string[] = [
  "January, February and March",
  "April, May and June",
  "July, August and September",
  "October, November and December",
];
/** The year after a quarter: " 1963". */
const QUARTER_YEAR = /\s\d{4}(?!\d)/y;
/** " and corrigendum" / " and corrigenda" after a supplement. */
const AND_CORRIGENDA = /\sand\scorrigend(?:um|a)(?![A-Za-z])/y;
/** The opening of a bracketed list of symbols: " (". */
const OPEN_BRACKET = /\s\(/y;
/** ", document " or ", documents " before the symbols of Security Council records. */
const DOCUMENT_WORD = /,\sdocuments?\s/y;
/** A separator between symbols in a list: ", " or " and ". */
const SYMBOL_SEPARATOR = /,\s|\sand\s/y;
/** A chapter: ", chap. III" (Roman or Arabic). */
const CHAPTER = /,\schap\.\s([IVXL]{1,6}|\d{1,3})(?![A-Za-z0-9])/y;
/** A section: ", sect. A", ", sect. I.C", ", sect. E.1". */
const SECTION = /,\ssect\.\s([A-Z]{1,5}(?:\.[A-Z0-9]{1,2})?|\d{1,2})(?![A-Za-z0-9])/y;

/** The organ whose records a symbol's series belongs to: "A/…" is the General Assembly's. */
const BODY_OF_SERIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    A: "General Assembly",
    S: "Security Council",
    E: "Economic and Social Council",
    T: "Trusteeship Council",
  }),
);

/**
 * Finds citations of Official Records: "Official Records of the General Assembly, Sixty-fourth
 * Session, Supplement No. 53 (A/64/53), chap. III, sect. A" and the "Ibid., Sixty-fifth Session,
 * Supplement No. 53 and corrigendum (A/65/53 and Corr.1), chap. III, sect. A." form.
 *
 * @param text - The text to search.
 * @returns The finds, in order.
 *
 * @example
 * ```ts
 * findOfficialRecords("Ibid., Sixty-fifth Session, Supplement No. 53 (A/65/53).")[0]?.drafts[0]?.citation.type;
 * // "officialRecords"
 * ```
 *
 * Hint: a corrigendum is listed apart in `symbols`: "(A/65/53 and Corr.1)" gives
 * `["A/65/53", "A/65/53/Corr.1"]`. An "Ibid." form gets its organ from its symbols' series when
 * it has symbols; otherwise the organ is left for the citation before to supply.
 */
export function findOfficialRecords(text: string): Found[] {
  const found: Found[] = [];
  for (const head of recordsHeads(text)) {
    const one = readRecords(text, head.start, head.end, head.body);
    if (one !== undefined) found.push(one);
  }
  return found;
}

/**
 * The heads of Official Records citations, in order: "Official Records of the General Assembly"
 * (or of the other {@link ORGANS}), "Ibid." or "ibid.", each after no letter ("ibid." inside a
 * longer word is none) and followed by ", ". Found from the places of {@link OFFICIAL_RECORDS}
 * and {@link IBID}, which `indexOf` skips ahead to, where a global regex with a lookbehind would
 * try every place.
 *
 * @param text - The text to search.
 * @returns Where each head starts and ends, with the organ it names (none for "Ibid.").
 *
 * @example
 * ```ts
 * recordsHeads("Ibid., Sixty-fifth Session; Official Records of the Security Council, 2009");
 * // [{ start: 0, end: 5, body: undefined }, { start: 28, end: 68, body: "Security Council" }]
 * ```
 *
 * Hint: the heads are the matches of `/(?<![A-Za-z])(?:Official Records of the (General
 * Assembly|Security Council|Economic and Social Council|Trusteeship Council)|[Ii]bid\.)(?=,\s)/g`.
 */
export function recordsHeads(text: string): Array<{ start: number; end: number; body: string | undefined }> {
  const heads: Array<{ start: number; end: number; body: string | undefined }> = [];
  let named = text.indexOf(OFFICIAL_RECORDS);
  let ibid = text.indexOf(IBID);
  // Heads never overlap (each is followed by ", ", which none holds): no place is taken twice.
  while (named >= 0 || ibid >= 0) {
    if (ibid < 0 || (named >= 0 && named < ibid)) {
      const head = namedHead(text, named);
      if (head !== undefined) heads.push(head);
      named = text.indexOf(OFFICIAL_RECORDS, named + 1);
    } else {
      const start = ibid - 1;
      const end = ibid + IBID.length;
      if (
        (text.charCodeAt(start) | 0x20) === 0x69 &&
        !letterBefore(text, start) &&
        lengthAt(COMMA_SPACE, text, end) >= 0
      ) {
        heads.push({ start, end, body: undefined });
      }
      ibid = text.indexOf(IBID, ibid + 1);
    }
  }
  return heads;
}

/** The head "Official Records of the <organ>" at `at`, after no letter and before ", ", or `undefined`. */
function namedHead(text: string, at: number): { start: number; end: number; body: string } | undefined {
  if (letterBefore(text, at)) return undefined;
  const from = at + OFFICIAL_RECORDS.length;
  const body = ORGANS.find((organ) => text.startsWith(organ, from));
  if (body === undefined || lengthAt(COMMA_SPACE, text, from + body.length) < 0) return undefined;
  return { start: at, end: from + body.length, body };
}

function readRecords(text: string, start: number, at: number, body: string | undefined): Found | undefined {
  // A period, a calendar year and a supplement all start with a capital or a digit after ", " (the
  // head's lookahead read the ", "): an "Ibid., vol. 96" of a treaty gives up here, before four regexes.
  if (!startsPart(text.charCodeAt(at + 2))) return undefined;
  const ibid = body === undefined;
  let end = at;
  let session: number | undefined;
  let year: number | undefined;
  const period = readPeriod(text, end);
  if (period !== undefined) {
    if (period.kind === "Year") year = period.value;
    else session = period.value;
    end = period.end;
  } else {
    const calendar = readAt(CALENDAR_YEAR, text, end);
    if (calendar !== null) {
      year = Number(calendar[1]);
      end += calendar[0].length;
    }
  }
  let supplement: string | undefined;
  const numbered = readAt(SUPPLEMENT_NUMBER, text, end);
  if (numbered !== null) {
    supplement = numbered[1];
    end += numbered[0].length;
  } else {
    end = readQuarter(text, end) ?? end;
  }
  if (end === at) return undefined;
  end += Math.max(0, lengthAt(AND_CORRIGENDA, text, end));
  const listed = readSymbolList(text, end);
  const symbols = listed?.symbols ?? [];
  if (listed !== undefined) end = listed.end;
  const chapter = readAt(CHAPTER, text, end);
  if (chapter !== null) end += chapter[0].length;
  const section = readAt(SECTION, text, end);
  if (section !== null) end += section[0].length;
  const series = seriesOf(symbols[0]);
  const organ = body ?? BODY_OF_SERIES.get(series);
  // Built by assignment, keys in the schema's order: conditional spreads cost about six times as much.
  const built: Partial<OfficialRecordsReference> = { type: "officialRecords", body: organ ?? "" };
  if (session !== undefined) built.session = session;
  if (year !== undefined) built.year = year;
  if (supplement !== undefined) built.supplement = supplement;
  built.symbols = symbols;
  if (chapter !== null) built.chapter = chapter[1];
  if (section !== null) built.section = section[1];
  built.ibid = ibid;
  built.span = { start, end };
  // Every required key is set above.
  const citation = built as OfficialRecordsReference;
  const draft: Draft = organ === undefined ? { citation, missing: "body" } : { citation };
  return { start, end, drafts: [draft] };
}

/** The series of a symbol, before its first slash ("A" of "A/65/53"); "" when there is no symbol. */
function seriesOf(symbol: string | undefined): string {
  if (symbol === undefined) return "";
  const slash = symbol.indexOf("/");
  return slash < 0 ? symbol : symbol.slice(0, slash);
}

/** Whether a code unit is a capital ASCII letter or a digit, as the first part after a head starts. */
function startsPart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || isAsciiDigit(code);
}

/** ", Sixty-fifth Session": the ordinal's value, what it counts, and where it ends. */
function readPeriod(text: string, at: number): { value: number; kind: string; end: number } | undefined {
  const word = readAt(ORDINAL_WORD, text, at);
  const value = word === null ? undefined : ordinalValue(word[1] ?? "");
  if (word === null || value === undefined) return undefined;
  const from = at + word[0].length;
  const kind = PERIOD_KINDS.find((k) => text.startsWith(k, from) && !isAsciiLetter(text.charCodeAt(from + k.length)));
  return kind === undefined ? undefined : { value, kind, end: from + kind.length };
}

/** ", Supplement for April, May and June 1963": where it ends, or `undefined`. */
function readQuarter(text: string, at: number): number | undefined {
  const head = lengthAt(QUARTERLY_SUPPLEMENT, text, at);
  if (head < 0) return undefined;
  const from = at + head;
  const quarter = QUARTERS.find((q) => text.startsWith(q, from));
  const year = quarter === undefined ? -1 : lengthAt(QUARTER_YEAR, text, from + quarter.length);
  return quarter === undefined || year < 0 ? undefined : from + quarter.length + year;
}

/** " (A/65/53 and Corr.1)" or ", document S/4433": the symbols, corrigenda apart, and where they end. */
function readSymbolList(text: string, at: number): { symbols: string[]; end: number } | undefined {
  const bracket = lengthAt(OPEN_BRACKET, text, at);
  const opening = bracket >= 0 ? bracket : lengthAt(DOCUMENT_WORD, text, at);
  if (opening < 0) return undefined;
  const symbols: string[] = [];
  let cursor = at + opening;
  let group = readSymbolGroup(text, cursor);
  if (group === undefined) return undefined;
  for (;;) {
    for (const s of group.symbols) symbols.push(s.symbol);
    cursor = group.end;
    // The group after a separator is read once: it is the next one when there is one.
    const separator = lengthAt(SYMBOL_SEPARATOR, text, cursor);
    const next = separator < 0 ? undefined : readSymbolGroup(text, cursor + separator);
    if (next === undefined) break;
    cursor += separator;
    group = next;
  }
  if (bracket < 0) return { symbols, end: cursor };
  return text.charAt(cursor) === ")" ? { symbols, end: cursor + 1 } : undefined;
}
