import { ResolutionParseError } from "./errors.js";
import { isSpace, type MappedText, MappedTextBuilder, mappedFrom } from "./mapped-text.js";
import { SourceMap } from "./source-map.js";

/** One line of the source, cleaned, with its place in the source. */
export interface Line {
  /** Offset of the line's first character in the source. */
  readonly start: number;
  /** Offset just after the line's last character (before its line break). */
  readonly end: number;
  /** Page of the line, from 1; a form feed starts a new page. */
  readonly page: number;
  /** Width of the leading white space (a tab counts as 8). */
  readonly indent: number;
  /** The line as written, without leading and trailing white space. */
  readonly raw: string;
  /** The line cleaned: Markdown residue removed, white space single; offsets into the source. */
  readonly content: MappedText;
}

/**
 * A leading Markdown list bullet ("- 1.", "* Urges"): a hyphen, asterisk or plus sign and one
 * space at the very start of a line. The em dash of Security Council bullet lists ("— Calls")
 * is text, not Markdown, and is kept.
 */
const MARKDOWN_BULLET = /^[-*+] (?=\S)/;

/** A leading Markdown heading mark ("## Annex"): one to six "#" and a space. */
const MARKDOWN_HEADING = /^#{1,6} /;

/**
 * What cleaning changes after a line's Markdown bullet or heading mark, if any: an asterisk or
 * underscore, a white space other than one plain space, or a character that prints nothing; and a
 * control character, which cleaning refuses. A line without any (most lines: the fast path) is its
 * own clean content.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is part of the point.
const NEEDS_CLEANING_INSIDE = /[\u0000-\u001f*_\u00a0\u2000-\u200f\u2028-\u202f\u205f-\u2060\u3000\ufeff]| {2}/;

/** Whether a code unit prints nothing: zero-width spaces and joiners, direction marks, the byte-order mark. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff;
}

/** A rule of underscores above a footnote block, or a Markdown horizontal rule. */
const RULE_LINE = /^[_\-=*]{5,}$/;

/**
 * Splits the source into lines and cleans each (the normalize stage).
 *
 * After this stage:
 * - every line of the source is one {@link Line}, in order, with its offsets and page (one more
 *   than the form feeds before it, so pages never decrease from one line to the next);
 * - `content` has no leading or trailing white space, runs of white space are one space,
 *   Markdown bullets, heading marks and emphasis marks (`*`, `**`, `_word_`) are gone, and so are
 *   characters that print nothing (zero-width spaces, direction marks);
 * - every character of `content` maps back to the source offset it came from.
 *
 * The control characters that text extraction never leaves in a document (all but tab, line
 * breaks and form feed) are refused here, where every character of a line is looked at anyway.
 *
 * @param source - the text of a resolution
 * @param map - the source's map: its line breaks are the lines', and it gives an error's position
 * @returns the lines, in order
 * @throws {@link ResolutionParseError} `BINARY_INPUT` at the first control character
 */
export function splitLines(source: string, map: SourceMap = new SourceMap(source)): Line[] {
  const lines: Line[] = [];
  let page = 1;
  // The line breaks are the map's (found once, by indexOf): each line of the map is read here.
  let nextFormFeed = source.indexOf("\f");
  for (let k = 0; k < map.lineCount; k++) {
    const start = map.lineStart(k);
    const end = map.lineEnd(k);
    // A form feed (pdftotext's page break) may sit anywhere in a line: each one starts a page.
    let segmentStart = start;
    while (nextFormFeed >= 0 && nextFormFeed < end) {
      if (nextFormFeed > segmentStart) {
        lines.push(makeLine(source, segmentStart, nextFormFeed, page, map));
      }
      page++;
      segmentStart = nextFormFeed + 1;
      nextFormFeed = source.indexOf("\f", segmentStart);
    }
    lines.push(makeLine(source, segmentStart, end, page, map));
  }
  return lines;
}

function makeLine(source: string, start: number, end: number, page: number, map: SourceMap): Line {
  let indent = 0;
  let first = start;
  while (first < end && isSpace(source.charCodeAt(first))) {
    indent += source.charCodeAt(first) === 0x09 ? 8 : 1;
    first++;
  }
  let last = end;
  while (last > first && isSpace(source.charCodeAt(last - 1))) last--;
  const raw = source.slice(first, last);
  return { start, end, page, indent, raw, content: cleanLine(raw, first, map) };
}

/** Cleans one trimmed line whose first character stands at `base` in the source. */
function cleanLine(raw: string, base: number, map: SourceMap): MappedText {
  const first = raw.charCodeAt(0);
  // A Markdown mark can only stand first: "-", "*", "+" or "#" (the regexes run only then).
  const marked = first === 0x2d || first === 0x2a || first === 0x2b || first === 0x23;
  // A rule ("_____", "-----", "=====", "*****") is kept as it is.
  if (startsRule(first) && RULE_LINE.test(raw)) return mappedFrom(raw, base);
  let from = 0;
  if (marked) {
    const heading = MARKDOWN_HEADING.exec(raw);
    if (heading) from = heading[0].length;
    const bullet = MARKDOWN_BULLET.exec(from === 0 ? raw : raw.slice(from));
    if (bullet) from += bullet[0].length;
  }
  // A line copied as it is is one run of offsets. So is "- 1. Urges …" when only its bullet goes.
  // (A marked line without a bullet or heading is cleaned below: its mark may be emphasis.)
  if (!(marked && from === 0) && !isSpace(raw.charCodeAt(from))) {
    const rest = from === 0 ? raw : raw.slice(from);
    if (!NEEDS_CLEANING_INSIDE.test(rest)) return mappedFrom(rest, base + from);
  }
  // Kept characters are copied a run at a time (a slice of the line, one run of offsets), never
  // one by one: a long line stays one flat string, not a rope of characters.
  const b = new MappedTextBuilder();
  let runStart = -1;
  let pendingSpace = -1;
  const flush = (end: number) => {
    if (runStart >= 0 && end > runStart) b.appendRun(raw.slice(runStart, end), base + runStart);
    runStart = -1;
  };
  for (let i = from; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    // Printable ASCII other than "*" and "_" (most characters) goes on the current run.
    if (code > 0x20 && code < 0x7f && code !== 0x2a && code !== 0x5f && runStart >= 0) continue;
    // One plain space between two kept characters stays in the run too (words are not cut apart).
    if (code === 0x20 && runStart >= 0 && isKeptAfterSpace(raw.charCodeAt(i + 1))) continue;
    if (isSpace(code)) {
      flush(i);
      if (!b.isEmpty && pendingSpace < 0) pendingSpace = base + i;
      continue;
    }
    // Below U+0020, tab, line breaks and form feed are white space: the rest are control characters.
    if (code < 0x20) throw binaryInput(code, base + i, map);
    if (code === 0x2a || (code === 0x5f && isEmphasisUnderscore(raw, i)) || isInvisible(code)) {
      flush(i);
      continue;
    }
    if (runStart >= 0) continue;
    runStart = i;
    if (pendingSpace >= 0) {
      // One plain space just before: it joins the run; any other white space becomes one space.
      if (pendingSpace === base + i - 1 && raw.charCodeAt(i - 1) === 0x20) runStart = i - 1;
      else b.appendSynthetic(" ", pendingSpace);
      pendingSpace = -1;
    }
  }
  flush(raw.length);
  return b.build();
}

/** The error for a control character, with its code point and place. */
function binaryInput(code: number, offset: number, map: SourceMap): ResolutionParseError {
  const hex = code.toString(16).padStart(4, "0").toUpperCase();
  return new ResolutionParseError("BINARY_INPUT", `expected text, found control character U+${hex}`, map.point(offset));
}

/**
 * Whether a character after a space is kept as it is: not white space, not an asterisk or an
 * underscore (either may be Markdown emphasis after a space), not a character that prints nothing,
 * and not the end of the line (NaN).
 */
function isKeptAfterSpace(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return code !== 0x2a && code !== 0x5f;
  return code >= 0x7f && !isSpace(code) && !isInvisible(code);
}

/** An underscore at a word's edge ("_Urges_") is Markdown emphasis; one inside a word is text. */
function isEmphasisUnderscore(raw: string, i: number): boolean {
  const before = i > 0 ? raw.charCodeAt(i - 1) : 0x20;
  const after = i + 1 < raw.length ? raw.charCodeAt(i + 1) : 0x20;
  return isSpace(before) || isSpace(after) || before === 0x5f || after === 0x5f;
}

/**
 * Whether the lines run over more than one page: pages never decrease from one line to the next
 * (see {@link splitLines}), so the last line's page tells.
 *
 * @param lines - lines in source order, as {@link splitLines} gives them (or a stretch of them)
 * @returns whether a page break stands before the last line
 *
 * @example
 * ```ts
 * spansPages(splitLines("Recalling its resolution 63/156,\f2. Urges States")); // true
 * ```
 */
export function spansPages(lines: readonly Line[]): boolean {
  return (lines[lines.length - 1]?.page ?? 1) > 1;
}

/** Whether a line is a rule of underscores (the line above a footnote block). */
export function isRule(line: Line): boolean {
  // The regex runs only on a line that starts like a rule (most lines start with a letter).
  return startsRule(line.raw.charCodeAt(0)) && RULE_LINE.test(line.raw) && line.raw.includes("_");
}

/** Whether a code unit can start a {@link RULE_LINE}: "_", "-", "=" or "*". */
function startsRule(code: number): boolean {
  return code === 0x5f || code === 0x2d || code === 0x3d || code === 0x2a;
}
