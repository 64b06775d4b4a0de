import { XMLParser } from "fast-xml-parser";

/**
 * Counts of a UN Akoma Ntoso file, taken straight from its element tree with fast-xml-parser and
 * none of the reader's code: what a paragraph and a footnote are, in the XML's own terms.
 *
 * - preambular: each `container` of a `preamble`, and each `crossHeading refersTo="#preamble"` of a
 *   main body (the preamble of one part of a multi-part resolution);
 * - operative: each main-body `paragraph` (at any depth, annexes apart) whose `num` begins with a
 *   digit and that holds content (`content`, `list`, `point`, `alinea` or `intro`);
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
});

const CONTENT = new Set(["content", "list", "point", "alinea", "intro"]);
const STARTS_WITH_DIGIT = /^\s*\d/;

function nameOf(node: Ordered): string {
  return Object.keys(node).find((key) => key !== ":@") ?? "";
}

function textOf(nodes: readonly Ordered[]): string {
  let out = "";
  for (const node of nodes) {
    const name = nameOf(node);
    out += name === "#text" ? String(node[name]) : textOf(node[name] as Ordered[]);
  }
  return out;
}

/** Counts the paragraphs and footnotes of an Akoma Ntoso file (see {@link XmlCounts}). */
export function xmlCounts(xml: string): XmlCounts {
  const counts: XmlCounts = { preambular: 0, operative: 0, footnotes: 0 };
  const markers = new Set<string>();
  const walk = (nodes: readonly Ordered[], where: "none" | "preamble" | "main" | "annex"): void => {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === "#text" || name === "#comment" || name === "meta") continue;
      const children = node[name] as Ordered[];
      const attributes = (node[":@"] ?? {}) as Record<string, string>;
      if (name === "authorialNote") markers.add(attributes.marker ?? "");
      if (where === "preamble" && name === "container") counts.preambular += 1;
      if (where === "main" && name === "crossHeading" && attributes.refersTo === "#preamble") counts.preambular += 1;
      if (where === "main" && name === "paragraph") {
        const num = children.find((child) => nameOf(child) === "num");
        const numbered = num !== undefined && STARTS_WITH_DIGIT.test(textOf(num.num as Ordered[]));
        if (numbered && children.some((child) => CONTENT.has(nameOf(child)))) counts.operative += 1;
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
