import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDate, isoDate, MONTH_NAMES } from "../../src/text/dates.js";

/** The rule read plainly: a real day of a real month of a year from 1800 to 2200, as JavaScript's calendar has it. */
function plainIsoDate(day: number, month: number, year: number): string | undefined {
  if (year < 1800 || year > 2200 || day < 1 || day > 31) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

describe("isoDate", () => {
  it("reads the dates the UN prints, OCR's look-alikes mended", () => {
    expect(isoDate("17", "June", "2009")).toBe("2009-06-17");
    expect(isoDate("1", "July", "2002")).toBe("2002-07-01");
    expect(isoDate("10", "Auqust", "1993")).toBe("1993-08-10");
    expect(isoDate("30", "Apri]", "£964")).toBe("1964-04-30");
    expect(isoDate("5", "Apri1", "l9O5")).toBe("1905-04-05");
  });

  it("refuses what is no date: a day the month has not, a word that is no month, a year out of range", () => {
    expect(isoDate("31", "June", "2009")).toBeUndefined();
    expect(isoDate("29", "February", "1900")).toBeUndefined();
    expect(isoDate("29", "February", "2000")).toBe("2000-02-29");
    expect(isoDate("21", "Member", "2010")).toBeUndefined();
    expect(isoDate("21", "Constructor", "2010")).toBeUndefined();
    expect(isoDate("0", "May", "2010")).toBeUndefined();
    expect(isoDate("1", "May", "1799")).toBeUndefined();
    expect(isoDate("x", "May", "2010")).toBeUndefined();
    expect(isoDate("1", "May", "20x0")).toBeUndefined();
  });

  it("agrees with JavaScript's calendar on every day, month and year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1790, max: 2210 }),
        (day, month, year) => {
          expect(isoDate(String(day), MONTH_NAMES[month - 1] as string, String(year))).toBe(
            plainIsoDate(day, month, year),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("findDate", () => {
  it("finds the first printed date, skipping a capitalized word that is no month", () => {
    expect(findDate("adopted on 21 Member States 2010 and on 21 December 2010")).toEqual({
      iso: "2010-12-21",
      index: "adopted on 21 Member States 2010 and on ".length,
      length: "21 December 2010".length,
    });
  });
});
