import type { Footnote } from "../schemas/footnote.js";
import { element, type OutNode, text } from "./build-nodes.js";

/** A footnote marker to write: the note's number and its offset into the text being written. */
export interface Marker {
  readonly number: number;
  readonly offset: number;
}

/**
 * Writes footnote markers the UN's way: the first marker of a note carries the note itself
 * (`authorialNote`, where the marker stands); a later marker of the same note is a `noteRef` to the
 * first (`href="#authorialNote_3"`).
 */
export class NoteWriter {
  private readonly byNumber = new Map<number, Footnote>();
  private readonly written = new Set<number>();

  /** @param footnotes - the resolution's footnotes */
  constructor(footnotes: readonly Footnote[]) {
    for (const note of footnotes) if (!this.byNumber.has(note.number)) this.byNumber.set(note.number, note);
  }

  /** The node for one marker of note `number`. */
  marker(number: number): OutNode {
    const note = this.byNumber.get(number);
    if (!note || this.written.has(number)) {
      return element("noteRef", { marker: String(number), href: `#${noteId(number)}` });
    }
    this.written.add(number);
    return element("authorialNote", { marker: String(number), placement: "bottom", eId: noteId(number) }, [
      element("p", {}, [text(note.text)]),
    ]);
  }

  /** The notes no marker has carried yet (footnotes no text refers to), as `authorialNote`s. */
  unwritten(): OutNode[] {
    const numbers = [...this.byNumber.keys()].filter((n) => !this.written.has(n)).sort((a, b) => a - b);
    return numbers.map((n) => this.marker(n));
  }
}

/** The eId of the note numbered `number`. */
export function noteId(number: number): string {
  return `authorialNote_${number}`;
}

/**
 * The inline nodes of one line of text: the text with its markers where they stand and, when
 * `phraseLength` is more than 0, its first `phraseLength` characters in an italic span (the leading
 * or action phrase).
 *
 * @param line - the line's text
 * @param markers - markers with offsets into `line` (0 to its length)
 * @param notes - writes each marker
 * @param phraseLength - length of the italic phrase that opens the line, or 0
 * @returns the inline nodes
 */
export function inlineNodes(line: string, markers: readonly Marker[], notes: NoteWriter, phraseLength = 0): OutNode[] {
  const sorted = [...markers].sort((a, b) => a.offset - b.offset);
  const run = (start: number, end: number, inclusiveEnd: boolean): OutNode[] => {
    const out: OutNode[] = [];
    let at = start;
    for (const marker of sorted) {
      const inside = marker.offset >= start && (inclusiveEnd ? marker.offset <= end : marker.offset < end);
      if (!inside) continue;
      if (marker.offset > at) out.push(text(line.slice(at, marker.offset)));
      at = Math.max(at, marker.offset);
      out.push(notes.marker(marker.number));
    }
    if (end > at) out.push(text(line.slice(at, end)));
    return out;
  };
  if (phraseLength <= 0) return run(0, line.length, true);
  return [element("span", { class: "italic" }, run(0, phraseLength, false)), ...run(phraseLength, line.length, true)];
}

/**
 * The `p` elements of a text: one per line ("\n"), each marker on the line where it stands (a
 * marker at the end of a line stays on that line).
 *
 * @param value - the text
 * @param markers - markers with offsets into `value`
 * @param notes - writes each marker
 * @param phraseLength - length of the italic phrase that opens the text, or 0
 * @returns the paragraphs
 */
export function paragraphs(value: string, markers: readonly Marker[], notes: NoteWriter, phraseLength = 0): OutNode[] {
  const out: OutNode[] = [];
  const pending = [...markers];
  let start = 0;
  const lines = value.split("\n");
  lines.forEach((line, index) => {
    const end = start + line.length;
    const last = index === lines.length - 1;
    const mine = pending.filter((m) => m.offset >= start && (m.offset <= end || last));
    for (const m of mine) pending.splice(pending.indexOf(m), 1);
    const relative = mine.map((m) => ({ number: m.number, offset: Math.min(m.offset - start, line.length) }));
    out.push(
      element("p", {}, inlineNodes(line, relative, notes, index === 0 ? Math.min(phraseLength, line.length) : 0)),
    );
    start = end + 1;
  });
  return out;
}
