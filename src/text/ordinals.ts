/** The ordinal words and their values (a Map: "constructor" is no key of it, as it would be of an object literal). */
const UNITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    thirtieth: 30,
    fortieth: 40,
    fiftieth: 50,
    sixtieth: 60,
    seventieth: 70,
    eightieth: 80,
    ninetieth: 90,
    hundredth: 100,
  }),
);

/** The tens that join a unit with a hyphen ("sixty-fifth"). */
const TENS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

/**
 * The number an English ordinal word stands for: "Sixty-fifth" is 65, "tenth" is 10,
 * "one hundredth" is 100; undefined for anything else.
 *
 * @param word - an ordinal, any case, tens and units joined by a hyphen
 * @returns its value, or undefined
 *
 * @example
 * ```ts
 * ordinalValue("Sixty-fifth"); // 65
 * ordinalValue("one hundredth"); // 100
 * ordinalValue("Constructor"); // undefined
 * ```
 */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, " ").trim();
  const direct = UNITS.get(w.startsWith("one ") ? w.slice(4) : w);
  // "one" stands only before "hundredth": "one tenth" is a fraction, not an ordinal.
  if (direct !== undefined && (direct === 100 || !w.startsWith("one "))) return direct;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const tens = TENS.get(w.slice(0, dash));
    const unit = UNITS.get(w.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit;
  }
  return undefined;
}

/**
 * A number written as an English ordinal with digits: 53 gives "53rd", 11 gives "11th", 9520 gives "9520th".
 *
 * @param n - a whole number
 * @returns the ordinal
 *
 * @example
 * ```ts
 * ordinalNumber(53); // "53rd"
 * ```
 */
export function ordinalNumber(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** OCR's look-alikes of digits in a printed meeting number: "I" and "l" for 1, "O" for 0. */
const OCR_DIGIT_LOOK_ALIKE = /[IlO]/g;

/**
 * The number of a meeting as printed before its ordinal suffix ("71" of "71st plenary meeting",
 * "298I" of OCR's "298Ist meeting"), with OCR's look-alikes mended ("I" and "l" are 1, "O" is 0).
 *
 * @param printed - the digits as printed, look-alikes included
 * @returns the number, or undefined for 0: meetings count from 1, so "0th meeting" names none
 *
 * @example
 * ```ts
 * meetingNumber("298I"); // 2981
 * meetingNumber("0"); // undefined
 * ```
 */
export function meetingNumber(printed: string): number | undefined {
  const number = Number(printed.replace(OCR_DIGIT_LOOK_ALIKE, (c) => (c === "O" ? "0" : "1")));
  return number >= 1 ? number : undefined;
}
