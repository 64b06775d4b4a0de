import { atNumberStart, scanAllAnchored } from "./anchored-scan.js";
import { allAsciiDigits } from "./ascii.js";

/**
 * The English month names, January first.
 *
 * @example
 * ```ts
 * MONTH_NAMES[11]; // "December"
 * ```
 */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The months, by their English names in lower case. */
const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1]));

/** The days of each month in a common year, January first. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date as the UN prints it: "21 December 2010", "1 July 2002". The month is a capitalized word
 * (OCR may end it with "]" or "|" for "l": "Apri]"), checked against the month names afterwards,
 * so "21 Member States 2010" does not pass. OCR may print a year's "1" as "I", "l" or "£"
 * ("£964"). Anchored: {@link findDate} tries it where a number starts, so no scan backtracks.
 */
export const PRINTED_DATE = /^(\d{1,2}) ([A-Z][a-z]{2,8}[\]|1]?),? ([12Il£][\dIlO]{3})(?![\dIlO])/;

/** Letters that OCR puts for digits in numbers, and the digits they stand for. */
const OCR_DIGITS: Readonly<Record<string, string>> = { I: "1", l: "1", "£": "1", O: "0" };

/** Letters that OCR puts for others in month names: "Auqust", "Apri]", "Apri1". */
const OCR_LETTERS: Readonly<Record<string, string>> = { q: "g", "]": "l", "|": "l", "1": "l" };

/**
 * The ISO date ("2010-12-21") of a date printed the UN way, from its parts: the day, the month's
 * English name (OCR look-alikes mended: "Auqust", "Apri]"), and the year (OCR's "I", "l", "£" for
 * "1" and "O" for "0" mended). Undefined when the month is not a month or the day does not exist.
 *
 * @param day - the day of the month, as digits
 * @param month - the month's name as printed
 * @param year - the year as printed, four characters
 *
 * @example
 * ```ts
 * isoDate("17", "June", "2009"); // "2009-06-17"
 * isoDate("10", "Auqust", "1993"); // "1993-08-10"
 * isoDate("31", "June", "2009"); // undefined
 * ```
 */
export function isoDate(day: string, month: string, year: string): string | undefined {
  // A month's name holds none of the letters OCR mends: they are mended only when it is no month.
  const lower = month.toLowerCase();
  const m = MONTHS.get(lower) ?? MONTHS.get(lower.replace(OCR_MONTH_LETTER, (c) => OCR_LETTERS[c] ?? c));
  const d = Number(day);
  // A year written in digits only needs no mending.
  const digits = allAsciiDigits(year) ? year : year.replace(OCR_DIGIT, (c) => OCR_DIGITS[c] ?? c);
  const y = Number(digits);
  if (m === undefined || !Number.isInteger(d) || d < 1 || d > daysIn(m, y) || !(y >= 1800 && y <= 2200))
    return undefined;
  return `${digits}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** The days of month `m` (1 to 12) of year `y` in the Gregorian calendar (February has 29 in a leap year). */
function daysIn(m: number, y: number): number {
  if (m !== 2) return MONTH_DAYS[m - 1] ?? 0;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** A letter that OCR puts in a month's name for another: "q" for "g", "]", "|" or "1" for "l". */
const OCR_MONTH_LETTER = /[q\]|1]/g;

/** A letter that OCR puts in a year for a digit: "I", "l", "£" for "1", "O" for "0". */
const OCR_DIGIT = /[IlO£]/g;

/** The first printed date in `text`, as an ISO date and where it stands. */
export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  for (const m of scanAllAnchored(text, PRINTED_DATE, atNumberStart, 24)) {
    const iso = isoDate(m[1] as string, m[2] as string, m[3] as string);
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** An ISO date's parts. */
const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date as the UN prints it: "2010-12-21" gives "21 December 2010"; anything else is
 * returned as it is.
 *
 * @param iso - an ISO 8601 date
 */
export function printedDate(iso: string): string {
  const match = ISO_PARTS.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1] ?? ""} ${match[1]}`;
}
