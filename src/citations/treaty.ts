import type { TreatyReference } from "../schemas/citation.js";
import type { Draft, Found } from "./draft.js";
import { lengthAt, letterBefore, readAt } from "./read-at.js";
import { treatyByUnts } from "./registry.js";

/**
 * "Treaty Series," as every named head of a Treaty Series citation holds it: "United Nations,
 * Treaty Series, " or "Treaty Series, " (the series named), then one white-space character.
 */
const SERIES = "Treaty Series,";
/** What may stand before {@link SERIES} in a head: "United Nations, ". */
const UNITED_NATIONS = "United Nations, ";
/**
 * "bid.," as a head "Ibid., " or "ibid., " (the series of the citation before) holds it after its
 * "I" or "i" ("b" is rarer than "I" to search for).
 */
const IBID_COMMA = "bid.,";
/** One white-space character at a place (sticky), as `\s` reads it. */
const SPACE = /\s/y;

/** "No. " right after "Ibid., ", when the volume is the previous citation's ("Ibid., No. 973."). */
const BARE_NUMBER_WORD = /No\.\s/y;
/** "vol. " or "vols. " before the volume numbers. */
const VOLUMES_WORD = /vols?\.\s/y;
/** "No. " before the registration number. */
const NUMBER_WORD = /,\sNo\.\s/y;
/** A volume or registration number: digits, not followed by more digits or a dash of a range. */
const INTEGER = /\d{1,6}(?![\d–-])/y;
/** A separator inside a list of volumes: ", ", " and ", ", and ". */
const LIST_SEPARATOR = /(?:,\sand\s|,\s|\sand\s)(?=\d)/y;
/** A page: ", p. 3" (a page range "pp." is left alone). */
const PAGE = /,\sp\.\s(\d{1,5})(?![\d–-])/y;
/** The continuation "; and vols. " of a citation naming a second treaty in the same series. */
const SERIES_CONTINUATION = /;\s(?:and\s)?(?=vols?\.\s)/y;

/**
 * Finds Treaty Series citations: "United Nations, Treaty Series, vol. 2225, No. 39574",
 * "Ibid., vol. 96, No. 1342", "Ibid., vols. 2171, 2173 and 2983, No. 27531" (one citation per
 * volume) and "Ibid., No. 973." (its volume left for the citation before to supply).
 *
 * @param text - The text to search.
 * @returns The finds, in order, each with its drafts.
 *
 * @example
 * ```ts
 * findTreaties("Ibid., vol. 96, No. 1342.")[0]?.drafts[0]?.citation;
 * // { type: "treaty", volume: 96, number: 1342, ibid: true, title: "Convention for the Suppression …", span: … }
 * ```
 *
 * Hint: a citation written "Ibid." keeps `ibid: true` even when it gives volume and number.
 */
export function findTreaties(text: string): Found[] {
  const found: Found[] = [];
  for (const head of treatyHeads(text)) {
    // A head is "United Nations, …", "Treaty Series, …", "Ibid., " or "ibid., ": only the last two start with an I.
    const ibid = (text.charCodeAt(head.start) | 0x20) === 0x69;
    const one = readTreaty(text, head.start, head.end, ibid);
    if (one !== undefined) found.push(one);
  }
  return found;
}

/**
 * The heads of Treaty Series citations, in order: "United Nations, Treaty Series, ", "Treaty
 * Series, ", "Ibid., " and "ibid., ", each after no letter ("ibid." inside a longer word is none)
 * and ending in one white-space character. Found from the places of {@link SERIES} and
 * {@link IBID_COMMA}, which `indexOf` skips ahead to, where a global regex with a lookbehind
 * would try every place.
 *
 * @param text - The text to search.
 * @returns Where each head starts and ends.
 *
 * @example
 * ```ts
 * treatyHeads("Ibid., vol. 96; United Nations, Treaty Series, vol. 2171");
 * // [{ start: 0, end: 7 }, { start: 16, end: 47 }]
 * ```
 *
 * Hint: the heads are the matches of `/(?<![A-Za-z])(?:(?:United Nations, )?Treaty Series,\s|[Ii]bid\.,\s)/g`.
 */
export function treatyHeads(text: string): Array<{ start: number; end: number }> {
  const heads: Array<{ start: number; end: number }> = [];
  let series = text.indexOf(SERIES);
  let ibid = text.indexOf(IBID_COMMA);
  // Heads never overlap; a head starts no earlier than the last one ends, as a global search reads them.
  let taken = 0;
  while (series >= 0 || ibid >= 0) {
    let head: { start: number; end: number } | undefined;
    // "United Nations, " before the series holds no "bid.,": the heads come in the order of their literals.
    if (ibid < 0 || (series >= 0 && series < ibid)) {
      head = seriesHead(text, series, taken);
      series = text.indexOf(SERIES, series + 1);
    } else {
      head = ibidHead(text, ibid, taken);
      ibid = text.indexOf(IBID_COMMA, ibid + 1);
    }
    if (head === undefined) continue;
    heads.push(head);
    taken = head.end;
  }
  return heads;
}

/** The head around the {@link SERIES} at `at`, starting no earlier than `taken`, with "United Nations, " when it stands before. */
function seriesHead(text: string, at: number, taken: number): { start: number; end: number } | undefined {
  if (lengthAt(SPACE, text, at + SERIES.length) < 0) return undefined;
  const end = at + SERIES.length + 1;
  const named = at - UNITED_NATIONS.length;
  if (named >= taken && text.startsWith(UNITED_NATIONS, named) && !letterBefore(text, named)) {
    return { start: named, end };
  }
  return at >= taken && !letterBefore(text, at) ? { start: at, end } : undefined;
}

/** The "Ibid., " or "ibid., " head around the {@link IBID_COMMA} at `at`, starting no earlier than `taken`. */
function ibidHead(text: string, at: number, taken: number): { start: number; end: number } | undefined {
  const start = at - 1;
  if (start < taken || (text.charCodeAt(start) | 0x20) !== 0x69 || letterBefore(text, start)) {
    return undefined;
  }
  return lengthAt(SPACE, text, at + IBID_COMMA.length) >= 0 ? { start, end: at + IBID_COMMA.length + 1 } : undefined;
}

function readTreaty(text: string, start: number, at: number, ibid: boolean): Found | undefined {
  const volumesWord = lengthAt(VOLUMES_WORD, text, at);
  if (volumesWord < 0) return ibid ? readVolumeless(text, start, at) : undefined;
  const drafts: Draft[] = [];
  const first = readVolumes(text, start, at + volumesWord, ibid, drafts);
  if (first === undefined) return undefined;
  let end = first;
  // Each continuation ("; and vol. 2237, No. 39574") names another treaty of the series. Read in a
  // loop, not by recursion: a chain of 10,000 overflowed the stack.
  for (;;) {
    const continuation = lengthAt(SERIES_CONTINUATION, text, end);
    if (continuation < 0) break;
    const nextAt: number = end + continuation;
    const nextWord = lengthAt(VOLUMES_WORD, text, nextAt);
    const nextEnd: number | undefined =
      nextWord < 0 ? undefined : readVolumes(text, nextAt, nextAt + nextWord, false, drafts);
    if (nextEnd === undefined) break;
    end = nextEnd;
  }
  return { start, end, drafts };
}

/**
 * Reads "2225, No. 39574, p. 3" (the volumes, from `at`, after their word) into `drafts`, one per
 * volume; the first draft's span starts at `start`.
 *
 * @returns where the citation ends, or undefined (and no draft added) when it is none
 */
function readVolumes(text: string, start: number, at: number, ibid: boolean, drafts: Draft[]): number | undefined {
  // Only the numbers and the page are read out: the words and separators are measured, no match array made.
  const volumes: Array<{ value: number; start: number; end: number }> = [];
  let cursor = at;
  for (;;) {
    const volume = lengthAt(INTEGER, text, cursor);
    if (volume < 0) return undefined;
    volumes.push({ value: Number(text.slice(cursor, cursor + volume)), start: cursor, end: cursor + volume });
    cursor += volume;
    const separator = lengthAt(LIST_SEPARATOR, text, cursor);
    if (separator < 0) break;
    cursor += separator;
  }
  const numberWord = lengthAt(NUMBER_WORD, text, cursor);
  if (numberWord < 0) return undefined;
  const numberAt = cursor + numberWord;
  const number = lengthAt(INTEGER, text, numberAt);
  if (number < 0) return undefined;
  let end = numberAt + number;
  const registration = Number(text.slice(numberAt, numberAt + number));
  // The Treaty Series counts volumes, registrations and pages from 1: "vol. 0" or "No. 0" cites
  // nothing, and ", p. 0" is no page (the schema wants 1 or more).
  if (registration < 1 || volumes.some((v) => v.value < 1)) return undefined;
  const pageRead = volumes.length === 1 ? readAt(PAGE, text, end) : null;
  const page = pageRead !== null && Number(pageRead[1]) >= 1 ? pageRead : null;
  if (page !== null) end += page[0].length;
  // Pushed one by one, as every recognizer makes its drafts: an array from Array.prototype.map
  // reached findDrafts with an elements kind its optimized code had not seen (a deoptimization).
  for (let i = 0; i < volumes.length; i += 1) {
    const volume = volumes[i] as { value: number; start: number; end: number };
    drafts.push({
      citation: treatyReference({
        volume: volume.value,
        number: registration,
        ibid,
        page: page === null ? undefined : Number(page[1]),
        span: {
          start: i === 0 ? start : volume.start,
          end: i === volumes.length - 1 ? end : volume.end,
        },
      }),
    });
  }
  return end;
}

/** "Ibid., No. 973.": the registration number alone, the volume being the citation before's. */
function readVolumeless(text: string, start: number, at: number): Found | undefined {
  const numberWord = lengthAt(BARE_NUMBER_WORD, text, at);
  if (numberWord < 0) return undefined;
  const number = lengthAt(INTEGER, text, at + numberWord);
  if (number < 0) return undefined;
  const end = at + numberWord + number;
  const registration = Number(text.slice(at + numberWord, end));
  // Registrations count from 1: "Ibid., No. 0" cites nothing.
  if (registration < 1) return undefined;
  const citation: TreatyReference = {
    type: "treaty",
    volume: 1,
    number: registration,
    ibid: true,
    span: { start, end },
  };
  return { start, end, drafts: [{ citation, missing: "volume" }] };
}

/**
 * Builds a treaty reference, with its canonical title from the registry when the registry knows
 * the (volume, number) pair.
 *
 * @param parts - Volume, number, whether written "Ibid.", page and span.
 * @returns The reference, without `undefined`-valued keys.
 *
 * @example
 * ```ts
 * treatyReference({ volume: 1577, number: 27531, ibid: false }).title; // "Convention on the Rights of the Child"
 * ```
 */
export function treatyReference(parts: {
  volume: number;
  number: number;
  ibid: boolean;
  page?: number | undefined;
  span?: { start: number; end: number } | undefined;
}): TreatyReference {
  const title = treatyByUnts(parts.volume, parts.number)?.title;
  // Built by assignment, keys in the schema's order: conditional spreads cost about six times as much.
  const reference: Partial<TreatyReference> = { type: "treaty", volume: parts.volume, number: parts.number };
  if (parts.page !== undefined) reference.page = parts.page;
  reference.ibid = parts.ibid;
  if (title !== undefined) reference.title = title;
  if (parts.span !== undefined) reference.span = parts.span;
  // Every required key is set above.
  return reference as TreatyReference;
}
