import { endsWithMark } from "../text/anchored-scan.js";
import { allAsciiDigits, isAsciiDigit } from "../text/ascii.js";
import { PRINTED_DATE } from "../text/dates.js";
import { fold, isArtifact, isFixedFurniture, isRunningHead } from "./furniture.js";
import { isRule, type Line, spansPages } from "./lines.js";
import { type MappedText, MappedTextBuilder, sliceMapped, sourceEnd, sourceStart } from "./mapped-text.js";
import { isOperativeHead, isPreambleHead } from "./phrases.js";

/** A paragraph as segmented: its printed number, and its pieces (chapeau, then labelled parts). */
export interface RawParagraph {
  /** The printed operative number ("1." gives 1), if any. */
  number?: number;
  /** The chapeau first, then each labelled part ("(a) …") in order. */
  pieces: RawPiece[];
  /** Source offset of the paragraph's first character (its number, bullet included). */
  start: number;
  /** Source offset just after its last character (markers included). */
  end: number;
}

/** One piece of a paragraph: text that starts at a line, with the label that opened it. */
export interface RawPiece {
  /** The label without brackets ("a", "ii"), or undefined for the chapeau and dash items. */
  label?: string;
  /** The text, lines joined, markers still in. */
  text: MappedText;
}

/** A footnote as segmented: its number if printed, and its text. */
export interface RawFootnote {
  number?: number;
  text: MappedText;
  start: number;
  end: number;
}

/** What the segment stage finds in the lines after the enacting formula. */
export interface Segments {
  paragraphs: RawParagraph[];
  footnotes: RawFootnote[];
  /** Lines of the conclusion (meeting, vote), from the meeting line on, before any annex. */
  conclusion: Line[];
  /** Annexes: each a heading line and its lines. */
  annexes: Array<{ heading: Line; lines: Line[] }>;
  /** Source spans `[start, end)` of lines that went into no field. */
  skipped: Array<[number, number]>;
}

/**
 * An operative paragraph number at the start of a line: "1.", "12. Urges", also OCR's "1 .",
 * "4, Calls" and "l. Requests" (the caller accepts a comma or a letter only where the number is
 * the one expected). A year ("2016.") is not taken for one: a number counts only where it is the
 * next one or close after it.
 */
const OPERATIVE_NUMBER = /^([\dlI]{1,4}) ?([.,])(?= |$)/;

/** A subparagraph label at the start of a line: "(a)", "(iv)", "(12)", "(a bis)"; then text or nothing. */
const SUBPARAGRAPH_LABEL = /^\(([a-z]{1,3}(?: bis| ter)?|[ivxlc]{1,7}|\d{1,2})\)(?= |$)/;

/** A dash-led or bulleted item of a list: "— Calls for …", "- Calls for …", "• Protection of civilians". */
const DASH_ITEM = /^[—–•-] ?(?=\S)/;

/** A line that is only a footnote number (pdftotext puts the numbers apart from the texts). */
const MARKER_ONLY = /^\d{1,3}$/;

/** A footnote in the slash style of the 1990s volumes, anywhere after the formula: "1/ S/24960." */
const SLASH_FOOTNOTE = /^(\d{1,3})\/ (?=\S)/;

/** A footnote at the start of a line with its number in superscript digits: "⁸ Ibid., vol. 96". */
const SUPERSCRIPT_FOOTNOTE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}) ?(?=\S)/;

/**
 * A footnote at the start of a line after the conclusion (OCR): "6 Ibid., document S/3122.",
 * "1/ S/24960." (the slash style of the 1990s volumes).
 */
const PLAIN_FOOTNOTE = /^(\d{1,3})\/? (?=[A-Z“"‘'(]|fbid|lbid|ibid)/;

/**
 * The meeting line that ends the operative part: "71st plenary meeting", "50th (resumed) plenary
 * meeting", with its date or alone on its line (a line that goes on, "2275th plenary meeting on 1
 * November 1974,", is a paragraph's text).
 */
export const MEETING_LINE =
  /^(\d{1,4})(?:st|nd|rd|th|d) (\(resumed\) )?plenary meeting(?:,? \d{1,2} [A-Z][a-z]{2,8} \d{4})?\.?$/;

/** The Security Council's closing line in old volumes: "Adopted unanimously at the 631st meeting." (OCR: "Adapted", "ut the"). */
export const ADOPTED_AT_END = /^Ad[oa]pted(?: unanimously| without (?:a )?vote)?,? (?:at|ut|by) /;

/** An annex heading alone on its line: "Annex", "Annex I", "Annex 2". */
const ANNEX_HEADING = /^Annex(?: [IVX]{1,5}| \d{1,2})?$/;

/** Whether a UTF-16 code unit is a superscript digit (⁰ ¹ ² ³ ⁴ … ⁹). */
export function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

/**
 * The number written in superscript digits, `text` from `start` to `end` (read by code unit, with
 * no string made); a code unit that is no superscript digit counts as 0.
 *
 * @example
 * ```ts
 * superscriptValue("¹²"); // 12
 * superscriptValue("note ⁸", 5); // 8
 * ```
 */
export function superscriptValue(text: string, start = 0, end = text.length): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + superscriptDigitValue(text.charCodeAt(i));
  return value;
}

/** The value of a superscript digit's code unit: ⁰ and ⁴ to ⁹ stand together (U+2070, U+2074–2079); ¹ ² ³ are Latin-1. */
function superscriptDigitValue(code: number): number {
  if (code >= 0x2074 && code <= 0x2079) return code - 0x2070;
  if (code === 0xb9) return 1;
  if (code === 0xb2) return 2;
  return code === 0xb3 ? 3 : 0;
}

type Mode = "body" | "footnoteZone" | "superscriptNote" | "endNote";

/**
 * Splits the lines after the enacting formula into paragraphs, footnotes, the conclusion and
 * annexes (the segment stage).
 *
 * After this stage:
 * - page furniture (running heads, job numbers, bar codes, page numbers) and page artifacts are
 *   out of the paragraphs and listed in `skipped`;
 * - a paragraph cut by a page break or by footnotes is one paragraph again;
 * - every operative paragraph starts with its printed number removed and kept in `number`;
 * - footnote blocks (under a rule, or led by superscript digits, or after the conclusion) are
 *   footnotes, with their numbers where the text gives them.
 *
 * @param lines - the lines after the formula
 * @param symbol - the symbol read from the header, to recognize running heads
 * @param title - the title read from the header, to recognize running heads
 * @returns the segments
 */
export function segment(lines: readonly Line[], symbol: string | undefined, title: string | undefined): Segments {
  const out: Segments = { paragraphs: [], footnotes: [], conclusion: [], annexes: [], skipped: [] };
  const foldedTitle = title ? fold(title) : undefined;
  const hasPages = spansPages(lines);

  let mode: Mode = "body";
  let zone: Line[] = [];
  let note: { number: number; lines: Line[] } | undefined;
  let current: { paragraph: RawParagraph; lines: Line[][] } | undefined;
  let lastOperative = 0;
  let blankBefore = false;
  let brokeSinceText = false;
  let previousTextLine: Line | undefined;
  let inConclusion = false;
  let annex: { heading: Line; lines: Line[] } | undefined;
  let pageHeadRegion = true;
  let page = lines[0]?.page ?? 1;

  const skip = (line: Line) => {
    if (line.raw !== "") out.skipped.push([line.start + line.indent, line.start + line.indent + line.raw.length]);
  };
  const flushZone = () => {
    // One at a time: push(...all) passes one argument each, which overflows the stack past about 120,000.
    if (zone.length > 0) for (const footnote of footnotesOfZone(zone, out.skipped)) out.footnotes.push(footnote);
    zone = [];
  };
  const flushNote = () => {
    if (note) out.footnotes.push(footnoteOf(note.number, note.lines));
    note = undefined;
  };
  const closeParagraph = () => {
    if (current) {
      // A piece's text is its first line's content until the piece has more lines: then they are
      // joined. (`label` is a key of every piece, undefined or not: one shape for all.)
      const pieces = current.paragraph.pieces;
      current.lines.forEach((pieceLines, i) => {
        const piece = pieces[i];
        if (piece && pieceLines.length > 1) pieces[i] = { label: piece.label, text: joinLines(pieceLines) };
      });
      const lastPiece = current.lines[current.lines.length - 1] as Line[];
      const lastLine = lastPiece[lastPiece.length - 1] as Line;
      current.paragraph.end = lastLine.start + lastLine.indent + lastLine.raw.length;
      out.paragraphs.push(current.paragraph);
    }
    current = undefined;
  };

  // Whether the paragraph read so far may end here: asked up to three times a line, worked out once
  // (0: not yet, 1: it may, 2: it may not); `current` changes only where a line is taken, after which
  // the next line is read.
  let closedState = 0;
  const paragraphClosed = (): boolean => {
    if (closedState === 0) closedState = current === undefined || isClosed(current.lines) ? 1 : 2;
    return closedState === 1;
  };

  for (const line of lines) {
    closedState = 0;
    if (line.page !== page) {
      page = line.page;
      pageHeadRegion = true;
      if (mode === "footnoteZone") {
        flushZone();
        mode = "body";
      }
      brokeSinceText = true;
    }
    const text = line.content.text;
    if (text === "") {
      blankBefore = true;
      if (mode === "superscriptNote" || mode === "endNote") {
        flushNote();
        mode = inConclusion ? "endNote" : "body";
      }
      continue;
    }
    if (
      isFixedFurniture(line) ||
      (pageHeadRegion && hasPages && isRunningHead(line, symbol, foldedTitle)) ||
      (!hasPages && symbol && text === symbol)
    ) {
      skip(line);
      brokeSinceText = true;
      continue;
    }
    if (isRule(line)) {
      skip(line);
      flushNote();
      mode = "footnoteZone";
      continue;
    }
    if (mode === "footnoteZone") {
      zone.push(line);
      continue;
    }
    // A footnote line starts with its number: the regexes run only on a line that starts with a digit.
    const lead = text.charCodeAt(0);
    const leadsDigit = isAsciiDigit(lead);
    const superscript = isSuperscriptDigit(lead) ? SUPERSCRIPT_FOOTNOTE.exec(text) : null;
    const slashed = leadsDigit ? SLASH_FOOTNOTE.exec(text) : null;
    if (superscript || slashed) {
      flushNote();
      const number = superscript ? superscriptValue(superscript[1] as string) : Number(slashed?.[1]);
      note = { number, lines: [line] };
      mode = "superscriptNote";
      continue;
    }
    if (mode === "superscriptNote" || (mode === "endNote" && note)) {
      note?.lines.push(line);
      continue;
    }
    if (isArtifact(line)) {
      skip(line);
      continue;
    }
    pageHeadRegion = false;

    // The line-start patterns below are anchored: each runs only on a line whose first character
    // it can match (a regex call costs tens of times a character test, and most lines fail them all).
    if (
      !inConclusion &&
      ((leadsDigit && MEETING_LINE.test(text)) || (lead === 0x41 && ADOPTED_AT_END.test(text) && paragraphClosed()))
    ) {
      closeParagraph();
      inConclusion = true;
      mode = "endNote";
      out.conclusion.push(line);
      continue;
    }
    if (inConclusion) {
      if (ANNEX_HEADING.test(text)) {
        annex = { heading: line, lines: [] };
        out.annexes.push(annex);
        continue;
      }
      if (annex) {
        annex.lines.push(line);
        continue;
      }
      const plain = PLAIN_FOOTNOTE.exec(text);
      if (plain && !PRINTED_DATE.test(text.slice(0, 25))) {
        flushNote();
        note = { number: Number(plain[1]), lines: [line] };
        continue;
      }
      out.conclusion.push(line);
      continue;
    }

    // Body text: decide whether the line starts a paragraph, a piece, or continues.
    const setApart =
      blankBefore ||
      brokeSinceText ||
      (previousTextLine !== undefined &&
        line.page === previousTextLine.page &&
        line.indent > previousTextLine.indent + 2);
    const crossedBreak = brokeSinceText;
    const wasBlank = blankBefore;
    blankBefore = false;
    brokeSinceText = false;
    previousTextLine = line;

    // "l" and "I" are OCR's misreadings of 1.
    const numbered = leadsDigit || lead === 0x6c || lead === 0x49 ? OPERATIVE_NUMBER.exec(text) : null;
    if (numbered) {
      const digits = numbered[1] as string;
      const misread = !allAsciiDigits(digits);
      const n = Number(misread ? digits.replace(/[lI]/g, "1") : digits);
      // The paragraph's words after the number and its space (the regex reads only the number).
      const rest = text.slice(numbered[0].length + 1);
      const ocrNoise = numbered[2] === "," || misread;
      const open = current !== undefined && !paragraphClosed();
      // OCR leaves a stray mark between number and word ("16. | Demands", "24. ~— Requests").
      const junk = /^[|~—–‘’'"]{1,3} ?(?=[A-Z])/.exec(rest)?.[0] ?? "";
      const startsLikeParagraph = rest === "" || /^[A-Z“"(]/.test(rest) || junk !== "";
      const expected = n === lastOperative + 1;
      // OCR's "4," and "l." count only where they are the number expected and a word follows.
      const trusted = !ocrNoise || (expected && /^[A-Z]/.test(rest));
      const plausible =
        trusted &&
        startsLikeParagraph &&
        (!open || setApart) &&
        n > 0 &&
        (expected || (n > lastOperative && n <= lastOperative + 9) || n <= lastOperative);
      if ((trusted && expected && startsLikeParagraph) || plausible) {
        closeParagraph();
        lastOperative = n;
        const body = sliceMapped(line.content, text.length - rest.length + junk.length);
        current = {
          paragraph: {
            number: n,
            pieces: [{ label: undefined, text: body }],
            start: line.start + line.indent,
            end: line.end,
          },
          lines: [[withContent(line, body)]],
        };
        continue;
      }
    }
    const label = lead === 0x28 ? SUBPARAGRAPH_LABEL.exec(text) : null;
    if (label && current) {
      current.paragraph.pieces.push({ label: label[1] as string, text: line.content });
      current.lines.push([line]);
      continue;
    }
    if (current && isDashLead(lead) && DASH_ITEM.test(text) && (wasBlank || paragraphClosed())) {
      current.paragraph.pieces.push({ label: text.startsWith("•") ? "•" : undefined, text: line.content });
      current.lines.push([line]);
      continue;
    }
    const closed = paragraphClosed();
    const startsUpper = startsLikeSentence(lead);
    const startsNew =
      current === undefined ||
      (closed &&
        startsUpper &&
        (isPreambleHead(text) ||
          isOperativeHead(text) ||
          ((setApart || crossedBreak) && current.paragraph.number === undefined))) ||
      // OCR loses the comma that closes a paragraph: a blank line and a phrase head still start one.
      (startsUpper &&
        wasBlank &&
        !crossedBreak &&
        current.paragraph.number === undefined &&
        (isPreambleHead(text) || isOperativeHead(text)));
    if (startsNew) {
      closeParagraph();
      current = {
        paragraph: {
          pieces: [{ label: undefined, text: line.content }],
          start: line.start + line.indent,
          end: line.end,
        },
        lines: [[line]],
      };
      continue;
    }
    current?.lines[current.lines.length - 1]?.push(line);
  }
  flushZone();
  flushNote();
  closeParagraph();
  return out;
}

/**
 * The line with other content (its number or heading cut off), every other field as it is. Written
 * out rather than spread (`{ ...line, content }` costs ten times as much); the type keeps it whole.
 */
function withContent(line: Line, content: MappedText): Line {
  return {
    start: line.start,
    end: line.end,
    page: line.page,
    indent: line.indent,
    raw: line.raw,
    content,
  };
}

/** Whether a line's first code unit may start a {@link DASH_ITEM}: an em dash, an en dash, a bullet or a hyphen. */
function isDashLead(code: number): boolean {
  return code === 0x2014 || code === 0x2013 || code === 0x2022 || code === 0x2d;
}

/** Whether a line's first code unit may start a sentence: a capital A to Z or an opening quote (“ " ‘). */
function startsLikeSentence(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || code === 0x201c || code === 0x22 || code === 0x2018;
}

/** A trailing footnote marker: superscript digits, or plain digits after punctuation and a space. */
const TRAILING_MARKER = /(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|(?<=[,;:.]) ?\d{1,3}\/?)$/;

/** Whether the text so far ends where a paragraph may end. */
function isClosed(pieces: Line[][]): boolean {
  const lastPiece = pieces[pieces.length - 1];
  const lastLine = lastPiece?.[lastPiece.length - 1];
  if (!lastLine) return true;
  // A mark that may close a paragraph or a piece (, ; : .), then at most two closing quotes or brackets.
  return endsWithMark(withoutTrailingMarker(lastLine.content.text).trimEnd(), ",;:.", 2);
}

/** How much of a line's end {@link TRAILING_MARKER} needs: a five-character marker and the mark before it. */
const MARKER_TAIL = 8;

/**
 * `text` without a footnote marker at its end (the first match of {@link TRAILING_MARKER}, searched
 * in the end only).
 *
 * @example
 * ```ts
 * withoutTrailingMarker("Transnational Organized Crime,¹"); // "Transnational Organized Crime,"
 * withoutTrailingMarker("Reaffirming its resolution 64/293,"); // the same text
 * ```
 */
export function withoutTrailingMarker(text: string): string {
  // A marker ends in a digit, a superscript digit or "/": a line ending otherwise (most lines, in a
  // letter or a comma) has none, and nothing is cut or searched.
  const last = text.charCodeAt(text.length - 1);
  if (!(isAsciiDigit(last) || last === 0x2f || isSuperscriptDigit(last))) return text;
  const tail = text.slice(-MARKER_TAIL);
  const marker = TRAILING_MARKER.exec(tail);
  return marker ? text.slice(0, text.length - tail.length + marker.index) : text;
}

/**
 * Joins the lines of a piece into one text: a space between lines, none after a line-end hyphen
 * ("Secretary-" + "General"), and a justified-text " -" at a line end closed up ("multidrug -" +
 * "resistant" gives "multidrug-resistant").
 */
export function joinLines(lines: readonly Line[]): MappedText {
  // A paragraph on one line (as the seed prints them) is that line's content: nothing to copy.
  if (lines.length === 1) return (lines[0] as Line).content;
  const b = new MappedTextBuilder();
  for (const line of lines) {
    if (!b.isEmpty) {
      if (b.last === "-") {
        b.trimEnd((c) => c === "-");
        b.trimEnd((c) => c === " ");
        // The hyphen goes where the line's first character stood, less one: it joins its run.
        b.appendSynthetic("-", (sourceStart(line.content) ?? 1) - 1);
      } else b.appendSynthetic(" ");
    }
    b.appendMapped(line.content);
  }
  return b.build();
}

function footnoteOf(number: number, lines: Line[]): RawFootnote {
  const first = lines[0] as Line;
  const text = joinLines(lines);
  const lead = SUPERSCRIPT_FOOTNOTE.exec(text.text) ?? PLAIN_FOOTNOTE.exec(text.text);
  const body = lead ? sliceMapped(text, lead[0].length) : text;
  const last = lines[lines.length - 1] as Line;
  return { number, text: body, start: first.start + first.indent, end: last.start + last.indent + last.raw.length };
}

/**
 * The footnotes of a block under a rule. pdftotext puts the numbers either just before each text
 * (-layout) or all apart from the texts (default mode, in either order): pair them in order, and
 * number texts whose numbers were lost by counting on from their neighbours.
 */
function footnotesOfZone(zone: Line[], skipped: Array<[number, number]>): RawFootnote[] {
  const markers: number[] = [];
  // Two marker lines in a row: numbers and texts stand apart, so they are paired in order below.
  let markersInARow = false;
  let lastWasMarker = false;
  let pendingMarker: number | undefined;
  const numbered: Array<{ number?: number; lines: Line[] }> = [];
  for (const line of zone) {
    const text = line.content.text;
    if (isArtifact(line)) {
      skipped.push([line.start + line.indent, line.start + line.indent + line.raw.length]);
      continue;
    }
    if (MARKER_ONLY.test(text)) {
      // The number is kept in the footnote; its line, apart from the text, is listed as skipped.
      skipped.push([line.start + line.indent, line.start + line.indent + line.raw.length]);
      if (lastWasMarker) markersInARow = true;
      markers.push(Number(text));
      pendingMarker = Number(text);
      lastWasMarker = true;
      continue;
    }
    const inline = /^(\d{1,3}) (?=\S)/.exec(text);
    if (inline && !lastWasMarker && Number(inline[1]) > 0) {
      markers.push(Number(inline[1]));
      numbered.push({
        number: Number(inline[1]),
        lines: [withContent(line, sliceMapped(line.content, inline[0].length))],
      });
      pendingMarker = undefined;
      continue;
    }
    const previous = numbered[numbered.length - 1]?.lines;
    const previousLine = previous?.[previous.length - 1];
    const startsNewText =
      lastWasMarker ||
      previous === undefined ||
      (previousLine !== undefined && /[.)”]$/.test(previousLine.content.text) && /^[A-Z]/.test(text));
    if (startsNewText) {
      const entry: { number?: number; lines: Line[] } = { lines: [line] };
      if (lastWasMarker && pendingMarker !== undefined) entry.number = pendingMarker;
      numbered.push(entry);
    } else previous?.push(line);
    lastWasMarker = false;
    pendingMarker = undefined;
  }
  let entries = numbered;
  if (markersInARow || entries.some((e) => e.number === undefined)) {
    // Pair markers and texts in order; count on where markers are missing.
    const sorted = [...markers].sort((a, b) => a - b);
    const first = sorted[0];
    entries = entries.map((e, i) => {
      const number = sorted[i] ?? (first !== undefined ? first + i : undefined);
      return number === undefined ? { lines: e.lines } : { number, lines: e.lines };
    });
  }
  return entries.map((e) => {
    const first = e.lines[0] as Line;
    const last = e.lines[e.lines.length - 1] as Line;
    const footnote: RawFootnote = {
      text: joinLines(e.lines),
      start: sourceStart(first.content) ?? first.start,
      end: sourceEnd(last.content) ?? last.end + 1,
    };
    if (e.number !== undefined) footnote.number = e.number;
    return footnote;
  });
}
