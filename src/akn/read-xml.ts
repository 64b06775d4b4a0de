import { AkomaNtosoError } from "./errors.js";
import { forbiddenCharAt } from "./xml-char.js";
import { nameEnd } from "./xml-name.js";
import { foundAt, lineColumn, notWellFormed, shortened } from "./xml-position.js";
import { decodeReferences } from "./xml-reference.js";
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

/** The version an XML declaration may give (VersionNum, production 26): "1." and digits. */
const VERSION_NUMBER = /^1\.[0-9]+$/;
/** An encoding name (EncName, production 81): a letter, then letters, digits, ".", "_" or "-". */
const ENCODING_NAME = /^[A-Za-z][\w.-]*$/;
/** The pseudo-attributes an XML declaration may have, in the only order allowed (productions 23–32). */
const DECLARATION_SHAPES: ReadonlySet<string> = new Set([
  "version",
  "version encoding",
  "version standalone",
  "version encoding standalone",
]);

const GT = 0x3e; // >
const SLASH = 0x2f; // /
const BANG = 0x21; // !
const QUESTION = 0x3f; // ?
const EQUALS = 0x3d; // =
const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '

/** Whether a code unit is XML white space (production 3, `S`): space, tab, line feed, carriage return. */
function isWhiteSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Reads XML into a tree, safely, in one pass of its own: `indexOf` and code-unit tests, no other
 * parser and no regex that can backtrack (one character class looks for forbidden characters).
 *
 * Guarantees, when it returns: the input was at most `maxLength` long, had no DOCTYPE, was
 * well-formed XML 1.0 with exactly one root element, nested at most `maxDepth` deep, and used no
 * entity but the five XML built-ins and character references (all decoded in the tree). In detail:
 * every character is one XML allows; start and end tags match; element and attribute names are XML
 * names; attributes are quoted, unique within their element and hold no "<"; text holds no "]]>";
 * comments hold no "--"; an XML declaration, if any, stands first and says `version="1.x"`; nothing
 * but white space, comments and processing instructions stands outside the root element.
 *
 * The tree: comments and processing instructions are dropped; CDATA becomes text; adjacent
 * character data (text, references, CDATA) is one text node, never empty; white space between
 * elements is kept as text. Text and attribute values are as written but for their references (line
 * ends and attribute white space are not normalized). A leading byte order mark is skipped, and
 * lines and columns count from after it.
 *
 * @param xml - the XML text
 * @param limits - size and depth limits
 * @returns the root element
 * @throws {AkomaNtosoError} `INPUT_TOO_LARGE`, `DOCTYPE_FORBIDDEN`, `NOT_WELL_FORMED` (with the line
 *   and column of the fault) or `TOO_DEEP`
 *
 * @example
 * ```ts
 * const root = readXml('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>');
 * root.name; // "akomaNtoso"
 * ```
 *
 * Hint: namespaces are not resolved: an element keeps its prefix (`akn4un:voters` is `voters` with
 * prefix "akn4un") and `xmlns` attributes are attributes like the others.
 */
export function readXml(xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (xml.length > limits.maxLength) {
    throw new AkomaNtosoError(
      "INPUT_TOO_LARGE",
      `expected at most ${limits.maxLength} characters of XML, found ${xml.length} (raise maxLength to read it)`,
    );
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const forbidden = forbiddenCharAt(text);
  if (forbidden >= 0) {
    const code = (text.codePointAt(forbidden) as number).toString(16).toUpperCase().padStart(4, "0");
    throw notWellFormed(text, forbidden, `expected only characters XML 1.0 allows, found U+${code}`);
  }
  return new XmlReader(text, limits.maxDepth).read();
}

/** One pass over well-formed-to-be XML, building the tree as it goes. */
class XmlReader {
  /** Qualified names of the open elements, outermost first. */
  private readonly openNames: string[] = [];
  /** Offsets of their start tags. */
  private readonly openStarts: number[] = [];
  /** Their children, filled as the reading goes. */
  private readonly openChildren: XmlNode[][] = [];
  private root: XmlElement | undefined;
  /**
   * Offsets of the next "<", "&" and "]]>" at or after where each was last looked for (the length of
   * the XML when there is none), so that each is searched for once per occurrence, not once per run
   * of text or attribute value.
   */
  private nextLt = -1;
  private nextAmp = -1;
  private nextCdataEnd = -1;

  constructor(
    private readonly xml: string,
    private readonly maxDepth: number,
  ) {}

  read(): XmlElement {
    const xml = this.xml;
    const length = xml.length;
    let at = xml.startsWith("<?xml") && nameEnd(xml, 2) === 5 ? this.readDeclaration() : 0;
    while (at < length) {
      if (this.nextLt < at) this.nextLt = indexOrEnd(xml, "<", at);
      const lt = this.nextLt;
      if (lt > at) this.readText(at, lt);
      if (lt >= length) break;
      const next = xml.charCodeAt(lt + 1);
      if (next === SLASH) at = this.readEndTag(lt);
      else if (next === BANG) at = this.readBang(lt);
      else if (next === QUESTION) at = this.readProcessingInstruction(lt);
      else at = this.readStartTag(lt);
    }
    const depth = this.openNames.length;
    if (depth > 0) {
      const name = this.openNames[depth - 1] as string;
      throw notWellFormed(
        xml,
        length,
        `expected </${shortened(name)}> to close <${shortened(name)}> (${this.openedAt(depth - 1)}), found the end of the XML`,
      );
    }
    if (!this.root) throw notWellFormed(xml, length, "expected exactly one root element, found none");
    return this.root;
  }

  /**
   * Reads the XML declaration at offset 0 (`<?xml` then white space or "?") and returns where it
   * ends: `version="1.x"`, then optionally `encoding` and `standalone`, in that order.
   */
  private readDeclaration(): number {
    const xml = this.xml;
    const declared = new Map<string, string>();
    let at = 5;
    for (;;) {
      const spaceStart = at;
      at = skipWhiteSpace(xml, at);
      if (xml.startsWith("?>", at)) break;
      const nameStop = nameEnd(xml, at);
      const name = xml.slice(at, nameStop);
      if (nameStop === at || at === spaceStart || declared.has(name)) throw this.badDeclaration(at);
      let p = skipWhiteSpace(xml, nameStop);
      if (xml.charCodeAt(p) !== EQUALS) throw this.badDeclaration(p);
      p = skipWhiteSpace(xml, p + 1);
      const quote = xml.charCodeAt(p);
      const close = quote === QUOTE || quote === APOSTROPHE ? xml.indexOf(xml.charAt(p), p + 1) : -1;
      if (close < 0) throw this.badDeclaration(p);
      declared.set(name, xml.slice(p + 1, close));
      at = close + 1;
    }
    const version = declared.get("version") ?? "";
    const encoding = declared.get("encoding");
    const standalone = declared.get("standalone");
    const wellFormed =
      DECLARATION_SHAPES.has([...declared.keys()].join(" ")) &&
      VERSION_NUMBER.test(version) &&
      (encoding === undefined || ENCODING_NAME.test(encoding)) &&
      (standalone === undefined || standalone === "yes" || standalone === "no");
    if (!wellFormed) throw this.badDeclaration(0);
    return at + 2;
  }

  /** The error for an XML declaration that is not one, found wrong at `at`. */
  private badDeclaration(at: number): AkomaNtosoError {
    const close = this.xml.indexOf("?>");
    const found = JSON.stringify(this.xml.slice(0, close < 0 ? 40 : Math.min(close + 2, 80)));
    return notWellFormed(
      this.xml,
      at,
      `expected an XML declaration like <?xml version="1.0" encoding="UTF-8"?>, found ${found}`,
    );
  }

  /** Reads character data `xml[from, to)` (up to the next "<"). */
  private readText(from: number, to: number): void {
    const xml = this.xml;
    const depth = this.openNames.length;
    if (depth === 0) {
      for (let p = from; p < to; p++) {
        if (!isWhiteSpace(xml.charCodeAt(p))) {
          throw notWellFormed(
            xml,
            p,
            `expected only white space, comments and processing instructions outside the root element, found ${foundAt(xml, p)}`,
          );
        }
      }
      return;
    }
    if (this.nextCdataEnd < from) this.nextCdataEnd = indexOrEnd(xml, "]]>", from);
    if (this.nextCdataEnd < to) {
      throw notWellFormed(
        xml,
        this.nextCdataEnd,
        'expected "]]>" only at the end of a CDATA section, found it in text (write ]]&gt;)',
      );
    }
    this.appendText(this.openChildren[depth - 1] as XmlNode[], this.decoded(from, to));
  }

  /** `xml[from, to)`, its references decoded and checked. */
  private decoded(from: number, to: number): string {
    if (this.nextAmp < from) this.nextAmp = indexOrEnd(this.xml, "&", from);
    if (this.nextAmp >= to) return this.xml.slice(from, to);
    const value = decodeReferences(this.xml, from, to, this.nextAmp);
    this.nextAmp = -1;
    return value;
  }

  /** Appends character data to `children`, joined to a text node just before it. */
  private appendText(children: XmlNode[], value: string): void {
    if (value === "") return;
    const last = children.length - 1;
    const before = children[last];
    if (before?.type === "text") children[last] = { type: "text", value: before.value + value };
    else children.push({ type: "text", value });
  }

  /** Reads a start tag or empty-element tag at `lt` and returns where it ends. */
  private readStartTag(lt: number): number {
    const xml = this.xml;
    const nameStop = nameEnd(xml, lt + 1);
    if (nameStop === lt + 1)
      throw notWellFormed(xml, lt + 1, `expected an element name after "<", found ${foundAt(xml, lt + 1)}`);
    const qualified = xml.slice(lt + 1, nameStop);
    const depth = this.openNames.length;
    if (depth === 0 && this.root) {
      throw notWellFormed(xml, lt, `expected exactly one root element, found a second one: <${shortened(qualified)}>`);
    }
    if (depth >= this.maxDepth) {
      throw new AkomaNtosoError(
        "TOO_DEEP",
        `expected elements nested at most ${this.maxDepth} deep, found <${shortened(qualified)}> at depth ${depth + 1}`,
        lineColumn(xml, lt),
      );
    }
    const attributes: Record<string, string> = {};
    let at = nameStop;
    let empty = false;
    for (;;) {
      const spaceStart = at;
      at = skipWhiteSpace(xml, at);
      const c = xml.charCodeAt(at);
      if (c === GT) {
        at += 1;
        break;
      }
      if (c === SLASH && xml.charCodeAt(at + 1) === GT) {
        at += 2;
        empty = true;
        break;
      }
      const attributeEnd = nameEnd(xml, at);
      if (attributeEnd === at || at === spaceStart) {
        const what = attributeEnd === at ? 'an attribute name, "/>" or ">"' : "white space before the attribute";
        throw notWellFormed(xml, at, `expected ${what} in <${shortened(qualified)}>, found ${foundAt(xml, at)}`);
      }
      at = this.readAttribute(at, attributeEnd, qualified, attributes);
    }
    const colon = qualified.indexOf(":");
    const children: XmlNode[] = [];
    const element: XmlElement = {
      type: "element",
      name: colon < 0 ? qualified : qualified.slice(colon + 1),
      prefix: colon < 0 ? undefined : qualified.slice(0, colon),
      attributes,
      children,
    };
    if (depth === 0) this.root = element;
    else (this.openChildren[depth - 1] as XmlNode[]).push(element);
    if (!empty) {
      this.openNames.push(qualified);
      this.openStarts.push(lt);
      this.openChildren.push(children);
    }
    return at;
  }

  /**
   * Reads the attribute whose name is `xml[nameStart, nameStop)` into `attributes` and returns where
   * its value's closing quote ends.
   */
  private readAttribute(
    nameStart: number,
    nameStop: number,
    owner: string,
    attributes: Record<string, string>,
  ): number {
    const xml = this.xml;
    const name = xml.slice(nameStart, nameStop);
    let at = nameStop;
    at = skipWhiteSpace(xml, at);
    if (xml.charCodeAt(at) !== EQUALS) {
      throw notWellFormed(
        xml,
        at,
        `expected "=" after the attribute ${shortened(name)} of <${shortened(owner)}>, found ${foundAt(xml, at)}`,
      );
    }
    at += 1;
    at = skipWhiteSpace(xml, at);
    const quote = xml.charCodeAt(at);
    if (quote !== QUOTE && quote !== APOSTROPHE) {
      throw notWellFormed(
        xml,
        at,
        `expected a quoted value for the attribute ${shortened(name)} of <${shortened(owner)}>, found ${foundAt(xml, at)}`,
      );
    }
    const valueStart = at + 1;
    const valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", valueStart);
    if (this.nextLt < valueStart) this.nextLt = indexOrEnd(xml, "<", valueStart);
    if (valueEnd < 0 || this.nextLt < valueEnd) {
      const where = valueEnd < 0 ? xml.length : this.nextLt;
      const found = valueEnd < 0 ? "the end of the XML" : '"<" (write &lt;)';
      throw notWellFormed(
        xml,
        where,
        `expected the closing quote of the attribute ${shortened(name)} of <${shortened(owner)}>, found ${found}`,
      );
    }
    if (attributes[name] !== undefined && Object.hasOwn(attributes, name)) {
      throw notWellFormed(
        xml,
        nameStart,
        `expected each attribute once in <${shortened(owner)}>, found ${shortened(name)} twice`,
      );
    }
    const value = this.decoded(valueStart, valueEnd);
    // "__proto__" is a name XML allows; as a plain property it would set the object's prototype.
    if (name === "__proto__")
      Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
    else attributes[name] = value;
    return valueEnd + 1;
  }

  /** Reads an end tag at `lt` and returns where it ends. */
  private readEndTag(lt: number): number {
    const xml = this.xml;
    const nameStop = nameEnd(xml, lt + 2);
    if (nameStop === lt + 2)
      throw notWellFormed(xml, lt + 2, `expected an element name after "</", found ${foundAt(xml, lt + 2)}`);
    let at = nameStop;
    at = skipWhiteSpace(xml, at);
    if (xml.charCodeAt(at) !== GT) {
      throw notWellFormed(
        xml,
        at,
        `expected ">" to end </${shortened(xml.slice(lt + 2, nameStop))}>, found ${foundAt(xml, at)}`,
      );
    }
    const depth = this.openNames.length;
    const open = this.openNames[depth - 1];
    if (open === undefined || nameStop - lt - 2 !== open.length || !xml.startsWith(open, lt + 2)) {
      const found = `</${shortened(xml.slice(lt + 2, nameStop))}>`;
      const expected =
        open === undefined
          ? "no end tag outside the root element"
          : `</${shortened(open)}> to close <${shortened(open)}> (${this.openedAt(depth - 1)})`;
      throw notWellFormed(xml, lt, `expected ${expected}, found ${found}`);
    }
    this.openNames.pop();
    this.openStarts.pop();
    this.openChildren.pop();
    return at + 1;
  }

  /** Reads what starts with "<!" at `lt` (a comment or CDATA; a DOCTYPE is refused) and returns where it ends. */
  private readBang(lt: number): number {
    const xml = this.xml;
    if (xml.startsWith("<!--", lt)) {
      const close = xml.indexOf("-->", lt + 4);
      if (close < 0) throw notWellFormed(xml, lt, `expected "-->" to end the comment, found the end of the XML`);
      const dashes = xml.indexOf("--", lt + 4);
      if (dashes < close) throw notWellFormed(xml, dashes, 'expected no "--" inside a comment but its end ("-->")');
      return close + 3;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const depth = this.openNames.length;
      if (depth === 0) throw notWellFormed(xml, lt, "expected CDATA only inside the root element, found it outside");
      const close = xml.indexOf("]]>", lt + 9);
      if (close < 0) throw notWellFormed(xml, lt, 'expected "]]>" to end the CDATA section, found the end of the XML');
      this.appendText(this.openChildren[depth - 1] as XmlNode[], xml.slice(lt + 9, close));
      return close + 3;
    }
    if (xml.startsWith("<!DOCTYPE", lt) || xml.startsWith("<!doctype", lt)) {
      throw new AkomaNtosoError(
        "DOCTYPE_FORBIDDEN",
        "expected no document type declaration (Akoma Ntoso has none; DTDs and entity declarations are refused)",
        lineColumn(xml, lt),
      );
    }
    throw notWellFormed(xml, lt, `expected a comment ("<!--") or CDATA ("<![CDATA["), found ${foundAt(xml, lt)}`);
  }

  /** Reads a processing instruction at `lt` and returns where it ends. */
  private readProcessingInstruction(lt: number): number {
    const xml = this.xml;
    const targetEnd = nameEnd(xml, lt + 2);
    if (targetEnd === lt + 2) {
      throw notWellFormed(
        xml,
        lt + 2,
        `expected the target (a name) of a processing instruction after "<?", found ${foundAt(xml, lt + 2)}`,
      );
    }
    const target = xml.slice(lt + 2, targetEnd);
    if (target.toLowerCase() === "xml") {
      const expected =
        target === "xml"
          ? "the XML declaration only at the very start of the XML"
          : 'no processing instruction named "xml" in any case (the name is reserved)';
      throw notWellFormed(xml, lt, `expected ${expected}, found <?${shortened(target)}`);
    }
    const close = xml.indexOf("?>", targetEnd);
    if (close < 0)
      throw notWellFormed(
        xml,
        lt,
        `expected "?>" to end the processing instruction <?${shortened(target)}, found the end of the XML`,
      );
    if (close !== targetEnd && !isWhiteSpace(xml.charCodeAt(targetEnd))) {
      throw notWellFormed(
        xml,
        targetEnd,
        `expected white space or "?>" after <?${shortened(target)}, found ${foundAt(xml, targetEnd)}`,
      );
    }
    return close + 2;
  }

  /** "opened at line:column", for the open element at `index`. */
  private openedAt(index: number): string {
    const { line, column } = lineColumn(this.xml, this.openStarts[index] as number);
    return `opened at ${line}:${column}`;
  }
}

/** The offset of the first character at or after `at` that is not XML white space. */
function skipWhiteSpace(xml: string, at: number): number {
  let p = at;
  while (isWhiteSpace(xml.charCodeAt(p))) p++;
  return p;
}

/** `xml.indexOf(search, from)`, or the length of the XML when it is not there. */
function indexOrEnd(xml: string, search: string, from: number): number {
  const found = xml.indexOf(search, from);
  return found < 0 ? xml.length : found;
}
