import { atNumberStart, scanAllAnchored } from "./anchored-scan.js";

/** Month names by their first three letters, lower case. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
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

/** Letters that OCR puts for others in month names ("Auqust"). */
const OCR_LETTERS: Readonly<Record<string, string>> = { q: "g", "0": "o" };

/**
 * Turns the parts of a printed date into an ISO date ("2010-12-21"), or undefined when the month
 * is not a month or the day does not exist.
 */
export function isoFromParts(day: string, month: string, year: string): string | undefined {
  const m =
    MONTHS[
      month
        .slice(0, 3)
        .toLowerCase()
        .replace(/[q0]/g, (c) => OCR_LETTERS[c] ?? c)
    ];
  const d = Number(day);
  const digits = year.replace(/[IlO£]/g, (c) => OCR_DIGITS[c] ?? c);
  const y = Number(digits);
  if (m === undefined || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return undefined;
  return `${digits}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The first printed date in `text`, as an ISO date and where it stands. */
export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  for (const m of scanAllAnchored(text, PRINTED_DATE, atNumberStart, 24)) {
    const iso = isoFromParts(m[1] as string, m[2] as string, m[3] as string);
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return undefined;
}
