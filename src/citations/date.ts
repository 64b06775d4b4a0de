const MONTHS: Readonly<Record<string, number>> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
  October: 10,
  November: 11,
  December: 12,
};

/**
 * The ISO 8601 date of a date written the UN way: "17 June 2009" → "2009-06-17".
 *
 * @param day - The day of the month, as digits.
 * @param month - The English month name, capitalized.
 * @param year - The year, four digits.
 * @returns The ISO date, or `undefined` when the parts do not make a real calendar date.
 *
 * @example
 * ```ts
 * isoDate("17", "June", "2009"); // "2009-06-17"
 * ```
 */
export function isoDate(day: string, month: string, year: string): string | undefined {
  const m = MONTHS[month];
  const d = Number(day);
  const y = Number(year);
  if (m === undefined || !Number.isInteger(d) || y < 1000 || y > 9999) return undefined;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  return `${String(y)}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
