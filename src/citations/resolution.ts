import type { ResolutionReference } from "../schemas/citation.js";
import { isoDate } from "./date.js";
import type { Draft, Found } from "./draft.js";
import { allMatches, readAt } from "./read-at.js";

/** Any whitespace character, to write a line break inside a number or symbol as one space. */
const ANY_WHITESPACE = /\s/g;
/**
 * The word that introduces resolution or decision numbers: "resolution", "Resolution",
 * "resolutions", "decision(s)". The lookbehind keeps it from matching inside a longer word.
 */
const RESOLUTION_WORD = /(?<![A-Za-z])([Rr]esolution|[Dd]ecision)s?\s/g;
/** A special or emergency special session prefix of a number: "ES-" in "ES-11/1", "S-" in "S-26/2". */
const SESSION_PREFIX = /(?:ES|S)-/y;
/** The leading digits of a number: "64" in "64/293", "2200" in "2200 A (XXI)". */
const LEADING_DIGITS = /\d{1,4}(?!\d)/y;
/**
 * The part after the slash: "/293" in "64/293", "/35" in "2004/35", "/CMP.8" in "1/CMP.8".
 * The lookahead refuses a longer symbol ("64/293/Add.1" is a document, not a resolution).
 */
const SLASH_PART = /\/(?:\d{1,4}|[A-Z]{2,4}\.\d{1,3})(?![\d/A-Za-z])/y;
/** A letter suffix: " B" in "75/242 B"; never the first letter of a word ("60/1 A new"). */
const LETTER_SUFFIX = /\s[A-H](?![A-Za-z0-9])/y;
/**
 * The bracketed part of an older or Security Council number: " A (XXI)" in "2200 A (XXI)",
 * " (XV)", " (S-VI)" and " (2000)" in "1325 (2000)".
 */
const BRACKETED_PART = /(?:\s[A-H])?\s\((?:[IVXL]{1,7}|E?S-[IVX]{1,5}|(?:19|20)\d\d)\)/y;
/** A date of adoption after a number: " of 17 June 2009". */
const OF_DATE =
  /\sof\s(\d{1,2})\s(January|February|March|April|May|June|July|August|September|October|November|December)\s(\d{4})/y;
/** ", annex" after a number (also the start of ", annex I"), never ", annexes". */
const ANNEX = /,\sannex(?![A-Za-z])/y;
/** A separator between numbers in a list: ", ", " and ", ", and ". */
const LIST_SEPARATOR = /,\sand\s|,\s|\sand\s/y;

/**
 * Organs and subsidiary bodies that the text may name just before "resolution": "Human Rights
 * Council resolution 11/3". Only full names: "Council resolution" alone names no body for certain.
 */
const BODIES: readonly string[] = [
  "General Assembly",
  "Security Council",
  "Economic and Social Council",
  "Trusteeship Council",
  "Human Rights Council",
  "Commission on Human Rights",
  "Commission on the Status of Women",
  "Commission for Social Development",
  "Commission on Narcotic Drugs",
  "Commission on Crime Prevention and Criminal Justice",
  "Commission on Population and Development",
  "Commission on Sustainable Development",
  "Statistical Commission",
  "Sub-Commission on the Promotion and Protection of Human Rights",
  "Trade and Development Board",
  "United Nations Environment Assembly",
  "World Health Assembly",
];

/**
 * Finds references to resolutions and decisions: "resolution 64/293", "Human Rights Council
 * resolution 11/3 of 17 June 2009", "resolution 2200 A (XXI), annex", "Security Council resolution
 * 1325 (2000)", "decision 64/555", and lists ("resolutions 47/19 of 24 November 1992, 48/19 and
 * 72/4": one citation per number, the body named once applying to all).
 *
 * @param text - The text to search.
 * @returns The finds, in order; one draft per number.
 *
 * @example
 * ```ts
 * findResolutions("Resolution 64/293.")[0]?.drafts[0]?.citation;
 * // { type: "resolution", number: "64/293", span: { start: 0, end: 17 } }
 * ```
 *
 * Hint: a number must have a slash or a bracket ("64/293", "1325 (2000)"): "resolution 1" of a
 * conference report is not taken for a United Nations resolution.
 */
export function findResolutions(text: string): Found[] {
  const found: Found[] = [];
  for (const word of allMatches(RESOLUTION_WORD, text)) {
    const kind = word[1]?.toLowerCase() === "decision" ? "decision" : "resolution";
    const body = BODIES.find((name) => text.endsWith(`${name} `, word.index));
    const start = body === undefined ? word.index : word.index - body.length - 1;
    const drafts: Draft[] = [];
    let cursor = word.index + word[0].length;
    let end = cursor;
    for (;;) {
      const item = readItem(text, cursor);
      if (item === undefined) break;
      const citation: ResolutionReference = {
        type: "resolution",
        ...(kind === "decision" ? { kind } : {}),
        number: item.number,
        ...(body === undefined ? {} : { body }),
        ...(item.date === undefined ? {} : { date: item.date }),
        ...(item.annex ? { annex: true } : {}),
        span: { start: drafts.length === 0 ? start : cursor, end: item.end },
      };
      drafts.push({ citation });
      end = item.end;
      const separator = readAt(LIST_SEPARATOR, text, end);
      if (separator === null) break;
      cursor = end + separator[0].length;
    }
    if (drafts.length > 0) found.push({ start, end, drafts });
  }
  return found;
}

function readItem(
  text: string,
  at: number,
): { number: string; date: string | undefined; annex: boolean; end: number } | undefined {
  let end = at + (readAt(SESSION_PREFIX, text, at)?.[0].length ?? 0);
  const digits = readAt(LEADING_DIGITS, text, end);
  if (digits === null) return undefined;
  end += digits[0].length;
  const slash = readAt(SLASH_PART, text, end);
  if (slash !== null) {
    end += slash[0].length;
    end += readAt(LETTER_SUFFIX, text, end)?.[0].length ?? 0;
  } else {
    const bracketed = readAt(BRACKETED_PART, text, end);
    if (bracketed === null) return undefined;
    end += bracketed[0].length;
  }
  const number = text.slice(at, end).replace(ANY_WHITESPACE, " ");
  const of = readAt(OF_DATE, text, end);
  const date = of === null ? undefined : isoDate(of[1] ?? "", of[2] ?? "", of[3] ?? "");
  if (of !== null && date !== undefined) end += of[0].length;
  const annex = readAt(ANNEX, text, end);
  if (annex !== null) end += annex[0].length;
  return { number, date, annex: annex !== null, end };
}
