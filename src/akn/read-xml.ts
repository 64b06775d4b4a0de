import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AkomaNtosoError } from "./errors.js";
import type { XmlElement, XmlNode } from "./xml-tree.js";

/** Limits that keep hostile or runaway input from exhausting memory or time. */
export interface XmlLimits {
  /** Longest accepted input, in UTF-16 code units (characters). */
  maxLength: number;
  /** Deepest accepted element nesting. */
  maxDepth: number;
}

/** The defaults: 20 MB of text (the largest UN resolution in the corpus is under 0.4 MB) and 100 levels. */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxLength: 20_000_000, maxDepth: 100 };

/**
 * A well-formed reference at the scan position: one of the five XML built-ins or a character
 * reference. Sticky, fixed alternatives, so no backtracking; `&foo;` (undeclared) does not match.
 */
const REFERENCE_AT = /&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;
/** Any reference in decoded-to-be text; same alternatives as {@link REFERENCE_AT}, captured. */
const REFERENCE = /&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/g;

/** fast-xml-parser's message when `maxNestedTags` is exceeded ("…nested tags…"); other errors do not say "nest". */
const NESTING_MESSAGE = /nest/i;
/** Where a bad reference ends, for quoting it: white space or the next tag. */
const QUOTE_END = /[\s<]/;

const BUILT_IN: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Reads XML into a tree, safely.
 *
 * Guarantees, when it returns: the input was at most `maxLength` long, had no DOCTYPE, was
 * well-formed with exactly one root element, nested at most `maxDepth` deep, and used no entity but
 * the five XML built-ins and character references (all decoded in the tree). Comments and
 * processing instructions are dropped; CDATA becomes text.
 *
 * @param xml - the XML text
 * @param limits - size and depth limits
 * @returns the root element
 * @throws {AkomaNtosoError} `INPUT_TOO_LARGE`, `DOCTYPE_FORBIDDEN`, `NOT_WELL_FORMED` or `TOO_DEEP`
 */
export function readXml(xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (xml.length > limits.maxLength) {
    throw new AkomaNtosoError(
      "INPUT_TOO_LARGE",
      `expected at most ${limits.maxLength} characters of XML, found ${xml.length} (raise maxLength to read it)`,
    );
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  scanMarkup(text);
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    throw new AkomaNtosoError("NOT_WELL_FORMED", `the XML is not well-formed: ${verdict.err.msg}`, {
      line: verdict.err.line,
      column: verdict.err.col,
    });
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    cdataPropName: "#cdata",
    commentPropName: "#comment",
    maxNestedTags: limits.maxDepth,
    // No callback reads a path: building path strings for every value would only cost time.
    jPath: false,
  });
  let ordered: unknown[];
  try {
    ordered = parser.parse(text) as unknown[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (NESTING_MESSAGE.test(message)) {
      throw new AkomaNtosoError("TOO_DEEP", `expected elements nested at most ${limits.maxDepth} deep: ${message}`);
    }
    throw new AkomaNtosoError("NOT_WELL_FORMED", `the XML is not well-formed: ${message}`);
  }
  const roots = convert(ordered).filter((node): node is XmlElement => node.type === "element");
  const [root] = roots;
  if (roots.length !== 1 || !root) {
    throw new AkomaNtosoError("NOT_WELL_FORMED", `expected exactly one root element, found ${roots.length}`);
  }
  return root;
}

/**
 * Walks the raw XML once, outside comments and CDATA, refusing a DOCTYPE and any `&` that does not
 * start a built-in or character reference (which the validator lets through).
 */
function scanMarkup(xml: string): void {
  let at = 0;
  let markup = xml.indexOf("<!");
  while (at < xml.length) {
    if (markup >= 0 && markup < at) markup = xml.indexOf("<!", at);
    const amp = xml.indexOf("&", at);
    const next = markup < 0 ? amp : amp < 0 ? markup : Math.min(markup, amp);
    if (next < 0) return;
    if (xml.startsWith("<!--", next)) {
      const end = xml.indexOf("-->", next + 4);
      at = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith("<![CDATA[", next)) {
      const end = xml.indexOf("]]>", next + 9);
      at = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith("<!DOCTYPE", next) || xml.startsWith("<!doctype", next)) {
      throw new AkomaNtosoError(
        "DOCTYPE_FORBIDDEN",
        "expected no document type declaration (Akoma Ntoso has none; DTDs and entity declarations are refused)",
        lineColumn(xml, next),
      );
    } else if (xml[next] === "&") {
      REFERENCE_AT.lastIndex = next;
      const match = REFERENCE_AT.exec(xml);
      if (!match || !isAllowedCodePoint(match[0])) {
        const found = xml.slice(next, next + 12).split(QUOTE_END)[0];
        throw new AkomaNtosoError(
          "NOT_WELL_FORMED",
          `expected a built-in entity (&amp; &lt; &gt; &quot; &apos;) or a character reference, found "${found}"`,
          lineColumn(xml, next),
        );
      }
      at = next + match[0].length;
    } else {
      at = next + 1;
    }
  }
}

/** Whether a character reference names a character XML 1.0 allows (built-ins always do). */
function isAllowedCodePoint(reference: string): boolean {
  if (reference[1] !== "#") return true;
  const code =
    reference[2] === "x" ? Number.parseInt(reference.slice(3, -1), 16) : Number.parseInt(reference.slice(2, -1), 10);
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || code > 0x10ffff) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code !== 0xfffe && code !== 0xffff;
}

/** Line and column (from 1) of an offset. */
function lineColumn(xml: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf("\n"); i >= 0 && i < offset; i = xml.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Decodes the built-in and character references of a text or attribute value. */
function decode(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(REFERENCE, (_, name: string) => {
    if (name[0] !== "#") return BUILT_IN[name] ?? "";
    const code = name[1] === "x" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Turns fast-xml-parser's ordered output into {@link XmlNode}s. */
function convert(ordered: readonly unknown[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of ordered) {
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === ":@" || key === "#comment") continue;
      const value = record[key];
      if (key === "#text") {
        out.push({ type: "text", value: decode(String(value)) });
      } else if (key === "#cdata") {
        const parts = value as readonly Record<string, unknown>[];
        out.push({ type: "text", value: parts.map((part) => String(part["#text"] ?? "")).join("") });
      } else if (!key.startsWith("?")) {
        const attributes: Record<string, string> = {};
        const raw = (record[":@"] ?? {}) as Record<string, unknown>;
        for (const [name, attribute] of Object.entries(raw)) attributes[name] = decode(String(attribute));
        const colon = key.indexOf(":");
        out.push({
          type: "element",
          name: colon < 0 ? key : key.slice(colon + 1),
          prefix: colon < 0 ? undefined : key.slice(0, colon),
          attributes,
          children: convert(value as readonly unknown[]),
        });
      }
    }
  }
  return out;
}
