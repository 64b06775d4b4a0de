const UNITS: Readonly<Record<string, number>> = {
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
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * The number an English ordinal word stands for: "Sixty-fifth" is 65, "tenth" is 10,
 * "one hundredth" is 100; undefined for anything else.
 *
 * @param word - an ordinal, any case, tens and units joined by a hyphen
 */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, " ").trim();
  const direct = UNITS[w];
  if (direct !== undefined) return direct;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const tens = TENS[w.slice(0, dash)];
    const unit = UNITS[w.slice(dash + 1)];
    if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit;
  }
  return undefined;
}

/**
 * A number written as an English ordinal with digits: 53 gives "53rd", 11 gives "11th", 9520 gives "9520th".
 *
 * @param n - a whole number
 */
export function ordinalNumber(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
