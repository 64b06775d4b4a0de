/**
 * Whether a UTF-16 code unit is an ASCII letter (A–Z, a–z). `NaN`, which `charCodeAt` gives for a
 * place outside the text, is not.
 *
 * @param code - a code unit, from `charCodeAt`
 * @returns whether it is an ASCII letter
 *
 * @example
 * ```ts
 * isAsciiLetter("R".charCodeAt(0)); // true
 * isAsciiLetter("é".charCodeAt(0)); // false
 * isAsciiLetter("".charCodeAt(0)); // false (NaN)
 * ```
 */
export function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}
