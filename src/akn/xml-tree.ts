/**
 * The small, typed XML tree the Akoma Ntoso reader works on, and the ways to walk it.
 *
 * Element names are local names (`akn4un:voters` is `voters`, with `prefix` "akn4un"); attribute
 * names keep their prefix (`xml:space`). Text is decoded: references (`&amp;`, `&#160;`) are
 * characters again.
 */

/** An element: its local name, namespace prefix, attributes and children in document order. */
export interface XmlElement {
  readonly type: "element";
  readonly name: string;
  readonly prefix: string | undefined;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A run of character data (text or CDATA), decoded. */
export interface XmlText {
  readonly type: "text";
  readonly value: string;
}

/** Any node of the tree. */
export type XmlNode = XmlElement | XmlText;

/** The child elements of `element`, in order (text left out). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (child.type === "element" && (name === undefined || child.name === name)) out.push(child);
  }
  return out;
}

/** The first child element called `name`, if any. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (child.type === "element" && child.name === name) return child;
  }
  return undefined;
}

/**
 * Every element called `name` below `element`, in document order, without descending into the
 * elements named in `skip` (themselves included).
 */
export function descendants(element: XmlElement, name: string, skip: ReadonlySet<string> = NO_NAMES): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (child.type !== "element" || skip.has(child.name)) continue;
      if (child.name === name) out.push(child);
      visit(child);
    }
  };
  visit(element);
  return out;
}

/** The first element called `name` below `element`, in document order. */
export function firstDescendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (child.type !== "element") continue;
    if (child.name === name) return child;
    const found = firstDescendant(child, name);
    if (found) return found;
  }
  return undefined;
}

/** All the character data below `element`, concatenated, without the elements named in `skip`. */
export function rawText(element: XmlElement, skip: ReadonlySet<string> = NO_NAMES): string {
  let out = "";
  for (const child of element.children) {
    if (child.type === "text") out += child.value;
    else if (!skip.has(child.name)) out += rawText(child, skip);
  }
  return out;
}

/** Runs of XML white space (space, tab, line feed, carriage return); other spaces (U+00A0) are kept. */
const XML_WHITE_SPACE_RUN = /[ \t\n\r]+/g;

/** Collapses XML white space to single spaces and trims: how a reader sees a run of text. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(XML_WHITE_SPACE_RUN, " ").trim();
}

/** The text below `element` as a reader sees it: white space collapsed, notes left out. */
export function plainText(element: XmlElement): string {
  return collapseWhiteSpace(rawText(element, NOTES));
}

const NO_NAMES: ReadonlySet<string> = new Set();
/** Elements whose text is not part of the running text: notes and note references. */
export const NOTES: ReadonlySet<string> = new Set(["authorialNote", "noteRef"]);
