import { XMLParser } from "fast-xml-parser";

/**
 * Counts of a UN Akoma Ntoso file, taken straight from its element tree with fast-xml-parser and
 * none of the reader's code: what a paragraph and a footnote are, in the XML's own terms.
 *
 * - preambular: each `container` of a `preamble`, each `crossHeading refersTo="#preamble"` of a
 *   main body (the preamble of one part of a multi-part resolution), and each unnumbered main-body
 *   paragraph that opens with an italic participle ("Having decided") and ends with a comma;
 * - operative: each main-body `paragraph` (at any depth, annexes apart) that holds content
 *   (`content`, `list`, `point`, `alinea` or `intro`) and either has a `num` that begins with a
 *   digit and some text of its own (a number printed on an empty paragraph goes with the next
 *   one), or has no `num`, opens with an italic (in older files, underlined) phrase, possibly after
 *   a number the markup left in the text ("6.\u200e Reaffirms"), and ends as a clause does (the UN
 *   does not number a lone paragraph, "Adopts the political declaration…"; an italic heading,
 *   "Asset Freeze", has no final stop). A heading paragraph with the word "Annex" ends the main
 *   body's paragraphs: what follows is an annex ("Designation Annex" in S/RES/2794 (2025));
 * - footnotes: each distinct `marker` of an `authorialNote`, anywhere in the file.
 */
export interface XmlCounts {
  preambular: number;
  operative: number;
  footnotes: number;
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

const CONTENT = new Set(["content", "list", "point", "alinea", "intro"]);
const STARTS_WITH_DIGIT = /^\s*\d/;
/** Before an opening italic phrase: nothing but space, or a paragraph number the markup left in the text. */
const BEFORE_PHRASE = /^[\s\u200e]*(?:\d{1,3}[\s.\u200e]{1,4})?$/;
/** The span of an opening phrase: italic, or underlined in the UN's older Security Council files. */
const PHRASE_CLASS = /italic|underline/;
/** A clause ends with a stop, semicolon, colon or comma (perhaps inside a closing quote); an italic heading ("Asset Freeze") does not. */
const CLAUSE_END = /[.;:,][”’")]?$/;
/** A heading that starts annexes inside a main body: "Designation Annex", "Annex to resolution 1526 (2004)". */
const ANNEX = /\bAnnex\b/;
const PARTICIPLE = /^\s*[A-Z][a-z]+ing\b/;

function nameOf(node: Ordered): string {
  return Object.keys(node).find((key) => key !== ":@") ?? "";
}

/** The first italic span of a paragraph if only white space (or a number) comes before it, else undefined. */
function openingItalic(nodes: readonly Ordered[]): { phrase: string } | undefined {
  let before = "";
  const visit = (list: readonly Ordered[]): { phrase: string } | "stop" | undefined => {
    for (const node of list) {
      const name = nameOf(node);
      if (name === "#text") {
        before += String(node[name]);
        if (!BEFORE_PHRASE.test(before)) return "stop";
        continue;
      }
      if (name === "authorialNote" || name === "num") continue;
      const attributes = (node[":@"] ?? {}) as Record<string, string>;
      if (name === "span" && PHRASE_CLASS.test(attributes.class ?? ""))
        return { phrase: textOf(node[name] as Ordered[]) };
      const found = visit(node[name] as Ordered[]);
      if (found) return found;
    }
    return undefined;
  };
  const found = visit(nodes);
  return found === "stop" ? undefined : found;
}

function textOf(nodes: readonly Ordered[]): string {
  let out = "";
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === "authorialNote") continue;
    out += name === "#text" ? String(node[name]) : textOf(node[name] as Ordered[]);
  }
  return out;
}

/** Counts the paragraphs and footnotes of an Akoma Ntoso file (see {@link XmlCounts}). */
export function xmlCounts(xml: string): XmlCounts {
  const counts: XmlCounts = { preambular: 0, operative: 0, footnotes: 0 };
  const markers = new Set<string>();
  const walk = (nodes: readonly Ordered[], from: "none" | "preamble" | "main" | "annex"): void => {
    let where = from;
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === "#text" || name === "#comment" || name === "meta") continue;
      const children = node[name] as Ordered[];
      const attributes = (node[":@"] ?? {}) as Record<string, string>;
      if (name === "authorialNote") markers.add(attributes.marker ?? "");
      if (where === "preamble" && name === "container") counts.preambular += 1;
      if (where === "main" && name === "crossHeading" && attributes.refersTo === "#preamble") counts.preambular += 1;
      const hasContent = children.some((child) => CONTENT.has(nameOf(child)));
      if (where === "main" && name === "paragraph" && !hasContent && ANNEX.test(textOf(children))) {
        where = "annex";
        continue;
      }
      if (where === "main" && name === "paragraph" && hasContent) {
        const num = children.find((child) => nameOf(child) === "num");
        if (num !== undefined) {
          const own = textOf(children.filter((child) => nameOf(child) !== "num")).trim();
          if (STARTS_WITH_DIGIT.test(textOf(num.num as Ordered[])) && own !== "") counts.operative += 1;
        } else {
          const opening = openingItalic(children);
          const text = textOf(children).trim();
          if (opening && PARTICIPLE.test(opening.phrase) && text.endsWith(",")) counts.preambular += 1;
          else if (opening && CLAUSE_END.test(text)) counts.operative += 1;
        }
      }
      let next = where;
      if (name === "attachments") next = "annex";
      else if (where !== "annex" && name === "preamble") next = "preamble";
      else if (where !== "annex" && name === "mainBody") next = "main";
      else if (where === "preamble" && name === "container") next = "none";
      walk(children, next);
    }
  };
  walk(parser.parse(xml) as Ordered[], "none");
  counts.footnotes = markers.size;
  return counts;
}
