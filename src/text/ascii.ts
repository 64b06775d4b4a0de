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

/**
 * Whether a UTF-16 code unit is an ASCII digit (0–9). `NaN`, which `charCodeAt` gives for a place
 * outside the text, is not.
 *
 * @param code - a code unit, from `charCodeAt`
 * @returns whether it is an ASCII digit
 *
 * @example
 * ```ts
 * isAsciiDigit("7".charCodeAt(0)); // true
 * isAsciiDigit("⁷".charCodeAt(0)); // false
 * ```
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether every code unit of `text` is an ASCII digit (0–9): OCR's "l", "I" or "O" for a digit are
 * not. The empty text is (it holds no other code unit).
 *
 * @param text - the text
 * @returns whether it is digits only
 *
 * @example
 * ```ts
 * allAsciiDigits("1993"); // true
 * allAsciiDigits("l993"); // false
 * ```
 */
export function allAsciiDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}
