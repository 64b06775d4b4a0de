/**
 * The nodes handed to fast-xml-parser's `XMLBuilder` (its `preserveOrder` shape), and the two
 * ways to make them. Every text and attribute value passes through {@link xmlSafe}.
 */

/** A node in `XMLBuilder`'s ordered shape: `{ name: children, ":@": attributes }` or `{ "#text": text }`. */
export type OutNode = Record<string, unknown>;

/** The Unicode replacement character, put where a character cannot be written in XML. */
export const REPLACEMENT = "\uFFFD";

/**
 * A character XML 1.0 cannot carry: a C0 control other than tab, line feed and carriage return,
 * U+FFFE or U+FFFF, a high surrogate not followed by a low one, or a low surrogate not preceded by a
 * high one (code units, no `u` flag; no quantifier, so nothing to backtrack).
 */
const UNWRITABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Makes text writable in XML 1.0: each character XML cannot carry (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; a lone surrogate) becomes U+FFFD, one for one, so
 * offsets into the text (footnote markers, spans) still hold.
 *
 * @param text - any string
 * @returns the string with the characters XML forbids replaced
 */
export function xmlSafe(text: string): string {
  // Nearly every text holds no such character: one regex scan, and the text is returned as it is.
  if (!UNWRITABLE.test(text)) return text;
  let out = "";
  let changed = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let ok: boolean;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + (text[i + 1] ?? "");
        i += 1;
        continue;
      }
      ok = false;
    } else if (code >= 0xdc00 && code <= 0xdfff) ok = false;
    else if (code < 0x20) ok = code === 0x9 || code === 0xa || code === 0xd;
    else ok = code !== 0xfffe && code !== 0xffff;
    if (ok) out += text[i];
    else {
      out += REPLACEMENT;
      changed = true;
    }
  }
  return changed ? out : text;
}

/** An element node; attributes whose value is undefined are left out. */
export function element(
  name: string,
  attributes: Record<string, string | undefined>,
  children: OutNode[] = [],
): OutNode {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) kept[key] = xmlSafe(value);
  return Object.keys(kept).length > 0 ? { [name]: children, ":@": kept } : { [name]: children };
}

/** A text node. */
export function text(value: string): OutNode {
  return { "#text": xmlSafe(value) };
}
