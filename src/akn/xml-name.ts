/**
 * XML names (XML 1.0 fifth edition, production 5: `Name ::= NameStartChar (NameChar)*`), read
 * code unit by code unit, without a regex.
 */

/** Whether a code unit below U+10000 may start a name (`NameStartChar`; a surrogate pair is checked apart). */
function isNameStart(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

/** Whether a code unit below U+10000 may stand inside a name (`NameChar`; a surrogate pair is checked apart). */
function isNameChar(c: number): boolean {
  if (c < 0x80) {
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2d ||
      c === 0x2e ||
      c === 0x5f ||
      c === 0x3a
    );
  }
  return isNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040);
}

/**
 * Whether a surrogate pair stands at `at` for a character of U+10000 to U+EFFFF, which names may
 * hold anywhere (`[#x10000-#xEFFFF]`): a high surrogate up to U+DB7F, then a low one.
 */
function isNamePairAt(xml: string, at: number): boolean {
  const high = xml.charCodeAt(at);
  if (high < 0xd800 || high > 0xdb7f) return false;
  const low = xml.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Where the XML name starting at `at` ends: the offset after its last character, or `at` itself
 * when no name starts there.
 *
 * @param xml - the XML
 * @param at - where the name should start, from 0
 * @returns the offset just after the name (equal to `at` when there is none)
 *
 * @example
 * ```ts
 * nameEnd("<akn4un:voters x", 1); // 14
 * nameEnd("< p>", 1); // 1: no name
 * ```
 *
 * Hint: names are XML 1.0 names, colons included; whether a prefix is declared (namespaces) is
 * not checked.
 */
export function nameEnd(xml: string, at: number): number {
  let p = at;
  const first = xml.charCodeAt(p);
  if (isNameStart(first)) p += 1;
  else if (isNamePairAt(xml, p)) p += 2;
  else return at;
  for (;;) {
    const c = xml.charCodeAt(p);
    if (isNameChar(c)) p += 1;
    else if (isNamePairAt(xml, p)) p += 2;
    else return p;
  }
}
