import { atNumberStart, scanAllAnchored } from "./anchored-scan.js";

/** The months, by their English names in lower case. */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

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
  const m = MONTHS[month.toLowerCase().replace(/[q\]|1]/g, (c) => OCR_LETTERS[c] ?? c)];
  const d = Number(day);
  const digits = year.replace(/[IlO£]/g, (c) => OCR_DIGITS[c] ?? c);
  const y = Number(digits);
  if (m === undefined || d < 1 || d > 31 || y < 1800 || y > 2200) return undefined;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return undefined;
  return `${digits}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The first printed date in `text`, as an ISO date and where it stands. */
export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  for (const m of scanAllAnchored(text, PRINTED_DATE, atNumberStart, 24)) {
    const iso = isoDate(m[1] as string, m[2] as string, m[3] as string);
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** The English month names, January first. */
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
