import { RunningText } from "./running-text.js";
import { descendants, type XmlElement } from "./xml-tree.js";

/** A note of the document, numbered, with its text as a reader sees it. */
export interface NumberedNote {
  readonly number: number;
  readonly text: string;
  /** The marker as the XML gives it ("1", "*"). */
  readonly marker: string;
}

/** The notes of a document and the way from a note element (or a reference to one) to its number. */
export interface NoteTable {
  /** The distinct notes, in order of first appearance. */
  readonly notes: readonly NumberedNote[];
  /** The footnote number of an `authorialNote` or `noteRef` element. */
  numberOf(element: XmlElement): number | undefined;
}

/** A marker that is a footnote number ("12"); "*" and letters are not. */
const NUMERIC_MARKER = /^\s*(\d{1,5})\s*$/;

/**
 * Numbers the `authorialNote`s of a document in document order.
 *
 * Guarantees: each note gets the number its `marker` gives; a note with a non-numeric marker ("*")
 * gets the highest number seen so far plus one; a second note with the same number is a repeated
 * marker of the first (its text is not kept twice). A `noteRef` maps to the note its `href` names
 * (`#eId`) or, failing that, to its numeric `marker`.
 *
 * @param root - the element whose notes to number (the whole document)
 * @returns the note table
 */
export function numberNotes(root: XmlElement): NoteTable {
  const byElement = new Map<XmlElement, number>();
  const byEid = new Map<string, number>();
  const notes: NumberedNote[] = [];
  const seen = new Set<number>();
  let highest = 0;
  for (const note of descendants(root, "authorialNote")) {
    const marker = note.attributes.marker ?? "";
    const numeric = NUMERIC_MARKER.exec(marker)?.[1];
    const parsed = numeric === undefined ? 0 : Number.parseInt(numeric, 10);
    const number = parsed >= 1 ? parsed : highest + 1;
    highest = Math.max(highest, number);
    byElement.set(note, number);
    if (note.attributes.eId) byEid.set(note.attributes.eId, number);
    if (seen.has(number)) continue;
    seen.add(number);
    notes.push({ number, marker, text: noteText(note) });
  }
  return {
    notes,
    numberOf(element) {
      const known = byElement.get(element);
      if (known !== undefined) return known;
      if (element.name !== "noteRef") return undefined;
      const target = element.attributes.href?.replace("#", "");
      const viaHref = target ? byEid.get(target) : undefined;
      if (viaHref !== undefined) return viaHref;
      const numeric = NUMERIC_MARKER.exec(element.attributes.marker ?? "")?.[1];
      return numeric === undefined ? undefined : Number.parseInt(numeric, 10);
    },
  };
}

/** A note's text: its blocks joined by single spaces, white space collapsed, nested notes left out. */
function noteText(note: XmlElement): string {
  const text = new RunningText(() => undefined);
  for (const child of note.children) {
    if (child.type === "text") text.appendText(child.value);
    else {
      text.appendText(" ");
      text.appendInline(child.children);
      text.appendText(" ");
    }
  }
  return text.text();
}
