import type { OutNode } from "./build-nodes.js";

/**
 * Elements that hold only other elements, never running text: white space between their
 * children is not part of any text, so indenting them is safe. Everything else (a `p`, a `span`,
 * a `docTitle`) is mixed content and is left exactly as built.
 */
const ELEMENT_ONLY: ReadonlySet<string> = new Set([
  "akomaNtoso",
  "statement",
  "meta",
  "identification",
  "FRBRWork",
  "FRBRExpression",
  "FRBRManifestation",
  "analysis",
  "parliamentary",
  "voting",
  "references",
  "coverPage",
  "preface",
  "preamble",
  "formula",
  "container",
  "mainBody",
  "paragraph",
  "content",
  "list",
  "sublist",
  "point",
  "intro",
  "wrapUp",
  "alinea",
  "conclusions",
  "attachments",
  "attachment",
  "doc",
]);

/**
 * Indents a tree for `XMLBuilder` the way the UN's files are indented, by adding white-space text
 * between the children of element-only containers (never inside mixed content, where a space would
 * change the text: "Crime<note/>," is not "Crime ,").
 *
 * @param nodes - the built nodes
 * @param depth - the nesting depth of `nodes`
 * @returns the same nodes with indentation text added
 */
export function indent(nodes: readonly OutNode[], depth = 0): OutNode[] {
  return nodes.map((node) => {
    const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
    if (!name || !ELEMENT_ONLY.has(name)) return node;
    const children = node[name] as OutNode[];
    if (children.length === 0) return node;
    const inner = indent(children, depth + 1);
    const spaced: OutNode[] = [];
    for (const child of inner) spaced.push({ "#text": `\n${"  ".repeat(depth + 1)}` }, child);
    spaced.push({ "#text": `\n${"  ".repeat(depth)}` });
    return { ...node, [name]: spaced };
  });
}
