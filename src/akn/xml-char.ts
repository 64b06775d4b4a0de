/**
 * A code unit XML 1.0 never allows in a document (production 2, `Char`): the C0 controls but tab,
 * line feed and carriage return, and U+FFFE, U+FFFF. One negated character class, so no
 * backtracking. Surrogates (inside U+0020–U+FFFD here) are checked apart: a pair is a character
 * XML allows, a lone one is not.
 */
const FORBIDDEN_CODE_UNIT = /[^\t\n\r\u0020-\uFFFD]/;

/** `String.prototype.isWellFormed` (ES2024, Node 20 and later), typed for the ES2023 library. */
type WithIsWellFormed = string & { isWellFormed?: () => boolean };

/**
 * The offset of the first character XML 1.0 forbids in `xml` (a control character, U+FFFE, U+FFFF or
 * a lone surrogate), or -1 when there is none.
 *
 * @param xml - the XML
 * @returns the offset of the first forbidden code unit, or -1
 *
 * @example
 * ```ts
 * forbiddenCharAt("<a>\u0001</a>"); // 3
 * forbiddenCharAt("<a>\ud83d\ude00</a>"); // -1 (a surrogate pair: U+1F600)
 * ```
 */
export function forbiddenCharAt(xml: string): number {
  const control = FORBIDDEN_CODE_UNIT.exec(xml)?.index ?? -1;
  // Where the engine has it, isWellFormed answers for the surrogates in one native pass.
  const wellFormed = (xml as WithIsWellFormed).isWellFormed?.();
  const lone = wellFormed === true ? -1 : loneSurrogateAt(xml, control < 0 ? xml.length : control);
  if (lone < 0) return control;
  return control < 0 ? lone : Math.min(control, lone);
}

/** The offset of the first lone surrogate of `xml` before `end`, or -1. */
function loneSurrogateAt(xml: string, end: number): number {
  for (let p = 0; p < end; p++) {
    const c = xml.charCodeAt(p);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = xml.charCodeAt(p + 1);
    if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return p;
    p += 1;
  }
  return -1;
}
