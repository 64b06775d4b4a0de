/**
 * The nodes handed to fast-xml-parser's `XMLBuilder` (its `preserveOrder` shape), and the two
 * ways to make them. Every text and attribute value passes through {@link xmlSafe}.
 */

import { forbiddenCharAt } from "./xml-char.js";

/** A node in `XMLBuilder`'s ordered shape: `{ name: children, ":@": attributes }` or `{ "#text": text }`. */
export type OutNode = Record<string, unknown>;

/** The Unicode replacement character, put where a character cannot be written in XML. */
export const REPLACEMENT = "\uFFFD";

/**
 * Makes text writable in XML 1.0: each character XML cannot carry (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; a lone surrogate) becomes U+FFFD, one for one, so
 * offsets into the text (footnote markers, spans) still hold.
 *
 * @param text - any string
 * @returns the string with the characters XML forbids replaced
 */
export function xmlSafe(text: string): string {
  // Nearly every text holds no such character: one scan (the reader's own), and the text is
  // returned as it is; otherwise the text is copied from the first one on.
  const first = forbiddenCharAt(text);
  if (first < 0) return text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i += 1) {
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
    out += ok ? text[i] : REPLACEMENT;
  }
  return out;
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
