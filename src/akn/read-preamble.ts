import type { PreambularClause } from "../schemas/clause.js";
import { appendBlock } from "./read-blocks.js";
import { type NoteNumbers, RunningText } from "./running-text.js";
import { childElements, plainText, type XmlElement } from "./xml-tree.js";

/** Elements that hold a paragraph's text directly (inline content), not blocks. */
const INLINE_HOLDERS: ReadonlySet<string> = new Set(["crossHeading", "p", "block"]);

/**
 * Reads one preambular paragraph: a `container` of the preamble (AKN4UN's shape), a `crossHeading`
 * with `refersTo="#preamble"` (the preamble of one part of a multi-part resolution), or a main-body
 * paragraph that is preambular in form.
 *
 * Guarantees: `text` is the paragraph as a reader sees it (white space collapsed, notes removed,
 * blocks on their own lines), `leadingPhrase` is the italic phrase that opens it (or, where the
 * markup has none, the container's `name` when the text begins with it, else ""), and each
 * footnote ref's offset is at most the text's length.
 *
 * @param elements - the element holding the paragraph, then any that continue it (a quotation the
 *   paragraph announces with a colon, which the markup put at the start of the main body)
 * @param number - its place in the preamble, from 1
 * @param notes - maps note elements to footnote numbers
 * @returns the preambular clause
 */
export function readPreambularClause(
  elements: readonly XmlElement[],
  number: number,
  notes: NoteNumbers,
): PreambularClause {
  const text = new RunningText(notes);
  for (const element of elements) {
    text.newLine();
    if (INLINE_HOLDERS.has(element.name)) text.appendInline(element.children);
    else {
      for (const child of childElements(element)) {
        if (child.name === "num" && element.name === "paragraph") {
          text.appendText(`${plainText(child)} `);
          text.stayOnLine();
        } else appendBlock(text, child);
      }
    }
  }
  const element = elements[0];
  const full = text.text();
  const named = element?.attributes.name?.trim();
  const leadingPhrase = text.leadingPhrase ?? (named && full.startsWith(named) ? named : "");
  return {
    type: "preambular",
    number,
    leadingPhrase,
    text: full,
    footnoteRefs: text.markersIn().map(({ number: n, offset }) => ({ number: n, offset })),
  };
}
