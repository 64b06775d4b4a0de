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
};
const ORDINAL_TEENS: Readonly<Record<string, number>> = {
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
 * The number an English ordinal word stands for, as session and year names spell them
 * ("Sixty-fifth" → 65, "Eightieth" → 80, "Third" → 3); case does not matter.
 *
 * @param word - One ordinal word, hyphenated for 21-99.
 * @returns The number, or `undefined` for anything that is not an ordinal from 1 to 99.
 *
 * @example
 * ```ts
 * ordinalValue("Sixty-fifth"); // 65
 * ```
 */
export function ordinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  const direct = UNITS[lower] ?? ORDINAL_TEENS[lower];
  if (direct !== undefined) return direct;
  const hyphen = lower.indexOf("-");
  if (hyphen < 0) return undefined;
  const tens = TENS[lower.slice(0, hyphen)];
  const unit = UNITS[lower.slice(hyphen + 1)];
  return tens !== undefined && unit !== undefined ? tens + unit : undefined;
}
