import { notWellFormed } from "./xml-position.js";

/** The five entities XML predefines, by name, and the character each stands for. */
const BUILT_IN: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Longest reference quoted in a message, and farthest a ";" is looked for after a "&" that is no reference. */
const QUOTED_LENGTH = 12;

/**
 * Whether a code point is a character XML 1.0 allows (production 2, `Char`): tab, line feed,
 * carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
 *
 * @param code - the code point
 * @returns whether a document may hold it, written or referenced
 *
 * @example
 * ```ts
 * isXmlChar(0xa0); // true
 * isXmlChar(0x1); // false
 * ```
 */
export function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  if (code <= 0xd7ff) return true;
  if (code < 0xe000) return false;
  if (code <= 0xfffd) return true;
  return code >= 0x10000 && code <= 0x10ffff;
}

/**
 * The code point of the character reference whose digits are `xml[from, to)` (decimal, or hexadecimal
 * when `hex`), or -1 when they are no digits of that base or name no character XML allows.
 */
function charReference(xml: string, from: number, to: number, hex: boolean): number {
  if (to <= from) return -1;
  let code = 0;
  for (let p = from; p < to; p++) {
    const c = xml.charCodeAt(p);
    let digit: number;
    if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
    else if (hex && c >= 0x61 && c <= 0x66) digit = c - 0x57;
    else if (hex && c >= 0x41 && c <= 0x46) digit = c - 0x37;
    else return -1;
    code = code * (hex ? 16 : 10) + digit;
    // Leading zeros are allowed ("&#0065;"), so only the value is bounded, not the number of digits.
    if (code > 0x10ffff) return -1;
  }
  return isXmlChar(code) ? code : -1;
}

/**
 * The character a reference at `amp` (its "&") and ending at `semicolon` (its ";") stands for, or
 * undefined when it is no reference XML allows here.
 */
function referenced(xml: string, amp: number, semicolon: number): string | undefined {
  if (xml.charCodeAt(amp + 1) === 0x23 /* # */) {
    const hex = xml.charCodeAt(amp + 2) === 0x78; /* x */
    const code = charReference(xml, amp + (hex ? 3 : 2), semicolon, hex);
    return code < 0 ? undefined : String.fromCodePoint(code);
  }
  const name = xml.slice(amp + 1, semicolon);
  return Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined;
}

/**
 * Decodes the references of a run of character data or an attribute value, `xml[from, to)`,
 * whose first "&" is at `firstAmp`, checking each one.
 *
 * Only the five predefined entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`) and character
 * references (`&#160;`, `&#xA0;`) to characters XML allows are references here: the document has
 * no DTD to declare any other entity (XML 1.0, WFC: Entity Declared; WFC: Legal Character).
 *
 * @param xml - the XML
 * @param from - start of the run, from 0
 * @param to - end of the run (exclusive)
 * @param firstAmp - offset of the run's first "&" (`from <= firstAmp < to`)
 * @returns the run with its references replaced by the characters they stand for
 * @throws {AkomaNtosoError} `NOT_WELL_FORMED` at the first "&" that starts no allowed reference
 *
 * @example
 * ```ts
 * decodeReferences("<p>A &amp; B&#160;C</p>", 3, 19, 5); // "A & B\u00a0C"
 * ```
 */
export function decodeReferences(xml: string, from: number, to: number, firstAmp: number): string {
  let out = "";
  let copied = from;
  for (let amp = firstAmp; amp >= 0 && amp < to; amp = xml.indexOf("&", copied)) {
    const semicolon = xml.indexOf(";", amp + 1);
    const character = semicolon < 0 || semicolon >= to ? undefined : referenced(xml, amp, semicolon);
    if (character === undefined) {
      const end = semicolon < 0 || semicolon >= to ? Math.min(to, amp + QUOTED_LENGTH) : semicolon + 1;
      const found = xml.slice(amp, Math.min(end, amp + QUOTED_LENGTH));
      throw notWellFormed(
        xml,
        amp,
        `expected a built-in entity (&amp; &lt; &gt; &quot; &apos;) or a reference to a character XML allows, found ${JSON.stringify(found)}`,
      );
    }
    out += xml.slice(copied, amp) + character;
    copied = semicolon + 1;
  }
  return out + xml.slice(copied, to);
}
