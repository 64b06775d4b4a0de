import type { XmlElement, XmlNode } from "./xml-tree.js";

/** A footnote marker met in running text: the note's number and where it stood. */
export interface MarkerAt {
  readonly number: number;
  readonly offset: number;
}

/** How a note element or note reference maps to its footnote number (built once per document). */
export type NoteNumbers = (element: XmlElement) => number | undefined;

/** Classes of the span that carries a leading or action phrase: italic, or underlined in older SC files. */
const PHRASE_CLASS = /\b(?:italic|underline)\b/;
/** Runs of XML white space; U+00A0 and other spaces are characters a reader sees, and are kept. */
const WHITE_SPACE_RUN = /[ \t\n\r]+/;
/** Any character that is not XML white space. */
const NOT_WHITE_SPACE = /[^ \t\n\r]/;
/** Elements of the running text that a reader sees as a space (line breaks). */
const BREAKS: ReadonlySet<string> = new Set(["eol", "br", "eop"]);
/** Elements that carry nothing a reader reads as text. */
const SILENT: ReadonlySet<string> = new Set(["img", "marker", "placeholder"]);

/**
 * Builds the text of one clause as a reader sees it, from mixed content: white space collapsed to
 * single spaces, lines joined by "\n", notes taken out and remembered as markers at their offsets.
 *
 * Guarantees: the text never starts or ends with white space, never holds two white-space
 * characters in a row, and every marker offset is at most the text's length.
 */
export class RunningText {
  private out = "";
  private pending: "" | " " | "\n" | "\n\n" = "";
  private readonly markers: MarkerAt[] = [];
  private firstPhrase: string | undefined;
  private phraseOpen = true;
  private keepLine = false;

  /** @param notes - maps `authorialNote` and `noteRef` elements to footnote numbers */
  constructor(private readonly notes: NoteNumbers) {}

  /** Length of the text so far, pending white space not counted. */
  get length(): number {
    return this.out.length;
  }

  /** Where the next character will stand once written (after any pending separator). */
  get nextOffset(): number {
    return this.out.length === 0 ? 0 : this.out.length + this.pending.length;
  }

  /** The italic (or underlined) phrase that opened the text, if it opened with one. */
  get leadingPhrase(): string | undefined {
    return this.firstPhrase;
  }

  /** Starts a new line: the next character is written after a "\n" (unless {@link stayOnLine} was called). */
  newLine(): void {
    if (this.keepLine) {
      this.keepLine = false;
      return;
    }
    if (this.out.length > 0 && this.pending !== "\n\n") this.pending = "\n";
  }

  /** Starts a new paragraph: the next character is written after a blank line ("\n\n"). */
  blankLine(): void {
    this.keepLine = false;
    if (this.out.length > 0) this.pending = "\n\n";
  }

  /** Sets the opening phrase where the caller found it another way (after cutting a number off the text). */
  setLeadingPhrase(phrase: string | undefined): void {
    this.firstPhrase = phrase;
  }

  /** Makes the next {@link newLine} a no-op: what follows a label goes on the label's line. */
  stayOnLine(): void {
    this.keepLine = true;
  }

  /** Appends raw character data, collapsing its white space. */
  appendText(raw: string): void {
    const pieces = raw.split(WHITE_SPACE_RUN);
    for (let i = 0; i < pieces.length; i += 1) {
      if (i > 0 && this.out.length > 0 && this.pending === "") this.pending = " ";
      const piece = pieces[i] ?? "";
      if (piece === "") continue;
      this.keepLine = false;
      if (this.out.length > 0) this.out += this.pending;
      this.pending = "";
      this.out += piece;
    }
  }

  /** Appends the mixed content of `nodes`: text, inline elements, notes (as markers). */
  appendInline(nodes: readonly XmlNode[]): void {
    for (const node of nodes) {
      if (node.type === "text") {
        this.appendText(node.value);
        if (NOT_WHITE_SPACE.test(node.value)) this.phraseOpen = false;
        continue;
      }
      if (node.name === "authorialNote" || node.name === "noteRef") {
        const number = this.notes(node);
        if (number !== undefined) this.markers.push({ number, offset: this.out.length });
        continue;
      }
      if (BREAKS.has(node.name)) {
        this.appendText(" ");
        continue;
      }
      if (SILENT.has(node.name)) continue;
      const opensText = this.phraseOpen && this.out.length === 0;
      const isPhrase = opensText && node.name === "span" && PHRASE_CLASS.test(node.attributes.class ?? "");
      const before = this.out.length;
      this.appendInline(node.children);
      if (isPhrase && this.out.length > before) this.firstPhrase = this.out.slice(before);
      if (this.out.length > before) this.phraseOpen = false;
    }
  }

  /** Removes `[start, end)` from the text, moving later markers back. */
  cut(start: number, end: number): void {
    const width = end - start;
    this.out = this.out.slice(0, start) + this.out.slice(end);
    for (let i = 0; i < this.markers.length; i += 1) {
      const marker = this.markers[i];
      if (marker && marker.offset > start) {
        this.markers[i] = { number: marker.number, offset: Math.max(start, marker.offset - width) };
      }
    }
    if (this.firstPhrase !== undefined && start === 0) this.firstPhrase = undefined;
  }

  /** The text so far. */
  text(): string {
    return this.out;
  }

  /** The markers so far, in order. */
  markersIn(start = 0, end = Number.POSITIVE_INFINITY): MarkerAt[] {
    return this.markers.filter((marker) => marker.offset >= start && marker.offset <= end);
  }
}
