import type { FootnoteRef } from "../schemas/footnote.js";
import { isAsciiDigit } from "../text/ascii.js";
import { type MappedText, MappedTextBuilder, sourceAt } from "./mapped-text.js";
import { isSuperscriptDigit, superscriptValue } from "./segment.js";

/** What marker finding remembers from one paragraph to the next. */
export interface MarkerState {
  /** The footnote numbers whose texts were found. */
  readonly defined: ReadonlySet<number>;
  /** The numbers already cited, in the order first cited. */
  readonly cited: Set<number>;
  /** The highest number cited so far (0 before any). */
  maxCited: number;
  /** Where the last plain marker read ended, in the text being read (-1 before any). */
  lastMarkerEnd?: number;
  /**
   * Whether the text writes its markers as plain digits after a space: a text without a single
   * superscript digit (pdftotext output, OCR). In a text that has superscript digits, a plain
   * number is always a number, and only superscript digits are looked at; in a text that has
   * none, only plain digits are.
   */
  readonly plainMarkers: boolean;
}

/** The most digits a footnote marker has: resolutions number their footnotes below 1,000. */
const MAX_MARKER_DIGITS = 3;

/** Words after which a plain number is a reference, not a footnote marker ("resolution 1", "paragraph 2"). */
const NUMBER_TAKERS =
  /^(?:resolutions?|decisions?|paragraphs?|paras?\.?|No\.|Nos\.|items?|articles?|Articles?|chapters?|annex|annexes|sessions?|vol\.|volumes?|rules?|principles?|targets?|Goal|Protocol|Conventions?|and|or|to|of|from|between|than|under|over|about|least|some|top|by|nearly|almost|around|approximately|per|the|its|their|phase|step|level|grade|part|parts|section|sect\.|page|pages|p\.|pp\.|footnote|figure|table|stage|option|Nos)$/;

/** Words after which a plain number is a count or a date, not a marker ("5 years", "15 February"). */
const COUNTED =
  /^(?:per|percent|years?|months?|weeks?|days?|hours?|minutes?|million|billion|trillion|thousand|hundred|times|members?|countries|States|persons|people|January|February|March|April|May|June|July|August|September|October|November|December|%|°)$/;

/** A number that goes on into a range or list: "15 and 16 February", "22 to 25", "1 or 2". */
const CONTINUED = /^ (?:and|or|to|-|–) \d/;

/**
 * Finds the footnote markers in a piece of paragraph text, removes them, and records where each
 * stood (the markers stage).
 *
 * Markers are superscript digits ("Crime¹", "General, ¹⁴ which"), or, in pdftotext output, plain
 * digits after a space ("Development, 1 including"). A plain number counts as a marker only when a
 * footnote with that number exists, it is the next number not yet cited, and neither the word
 * before nor the word after makes it a count, a date or a reference.
 *
 * After this stage the text holds no marker, no double space where a marker stood, and each
 * {@link FootnoteRef} offset points just after the last character before the marker.
 *
 * @param text - the piece of text
 * @param state - the footnotes defined and those cited so far (updated)
 */
export function extractMarkers(text: MappedText, state: MarkerState): { text: MappedText; refs: FootnoteRef[] } {
  const s = text.text;
  state.lastMarkerEnd = -1;
  // A plain number is a marker only when a footnote has its number: without footnotes a text that
  // writes plain markers has none to find (the plain-marker search never finds a superscript).
  if (state.plainMarkers && state.defined.size === 0) return { text, refs: [] };
  // Only where a marker can start is looked at, each found by one native scan of the text; most
  // paragraphs hold no such place, and nothing is copied.
  const candidate = state.plainMarkers ? PLAIN_MARKER_START : SUPERSCRIPT_START;
  candidate.lastIndex = state.plainMarkers ? plainSearchStart(s, state) : 0;
  const first = candidate.exec(s);
  if (first === null) return { text, refs: [] };
  // The text is copied a run at a time (a slice and its runs of offsets) between markers.
  const b = new MappedTextBuilder();
  let runStart = 0;
  const copyRun = (end: number) => b.appendMapped(text, runStart, end);
  const refs: FootnoteRef[] = [];
  const record = (number: number, next: number) => {
    // The spaces before the marker go: the reference points just after the word it follows.
    const trimmed = b.trimEnd(isPlainSpace) > 0;
    refs.push({ number, offset: b.length });
    state.cited.add(number);
    state.maxCited = Math.max(state.maxCited, number);
    // Keep one space between the words that the marker stood between.
    const after = s[next];
    if (trimmed && after !== undefined && after !== " " && !CLOSING_MARK.test(after))
      b.appendSynthetic(" ", sourceAt(text, next - 1));
    runStart = next;
  };
  for (let m: RegExpExecArray | null = first; m !== null; m = candidate.exec(s)) {
    // A plain digit is found with the space before it: the marker starts after that space.
    const i = state.plainMarkers ? m.index + 1 : m.index;
    if (isSuperscriptDigit(s.charCodeAt(i))) {
      let j = i + 1;
      while (j < s.length && isSuperscriptDigit(s.charCodeAt(j))) j++;
      // A footnote number has at most three digits (as in the footnote's own line): a longer run
      // of superscript digits is no marker and stays text. Footnotes count from 1: "⁰" stays text.
      const value = j - i <= MAX_MARKER_DIGITS ? superscriptValue(s, i, j) : 0;
      if (value >= 1) {
        copyRun(i);
        record(value, j);
      }
      candidate.lastIndex = j;
      continue;
    }
    // A plain digit after a space (not at the very start).
    if (i <= 1) continue;
    let j = i;
    while (j < s.length && isAsciiDigit(s.charCodeAt(j)) && j - i < 4) j++;
    // The 1990s volumes write markers with a slash: "received until now, 1/".
    const slash = s[j] === "/" && (j + 1 === s.length || s[j + 1] === " ") ? 1 : 0;
    if (j - i <= MAX_MARKER_DIGITS && isPlainMarker(s, i, j + slash, Number(s.slice(i, j)), state)) {
      copyRun(i);
      record(Number(s.slice(i, j)), j + slash);
      state.lastMarkerEnd = j + slash;
      candidate.lastIndex = j + slash;
      continue;
    }
    candidate.lastIndex = j;
  }
  candidate.lastIndex = 0;
  copyRun(s.length);
  return { text: b.build(), refs };
}

/**
 * Where a plain marker can start, in a text without superscript digits: a space and the digit
 * after it (the marker starts at the digit). Matching the space, not looking behind for it, and
 * no superscript alternative let the search skip ahead: three times as fast as
 * `/[⁰¹²³⁴⁵⁶⁷⁸⁹]|(?<= )[0-9]/g` on the corpus's pdftotext and OCR'd texts.
 */
const PLAIN_MARKER_START = / [0-9]/g;

/**
 * Where the search for plain markers starts: the text's start, or, once every footnote is cited,
 * at the space before the last number (a cited number is a marker again only at the very end, with
 * at most spaces and slashes after it, and its space stands at most three digits before that).
 */
function plainSearchStart(s: string, state: MarkerState): number {
  if (state.cited.size < state.defined.size) return 0;
  for (const n of state.defined) if (!state.cited.has(n)) return 0;
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 0x20 || s.charCodeAt(end - 1) === 0x2f)) end--;
  return Math.max(0, end - (MAX_MARKER_DIGITS + 1));
}

/** Where a marker can start in a text whose plain digits are never markers: a superscript digit. */
const SUPERSCRIPT_START = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

/** A mark after which no space is put back where a marker stood: "Crime ¹, and" gives "Crime, and". */
const CLOSING_MARK = /[,;:.)\]”’]/;

function isPlainSpace(ch: string): boolean {
  return ch === " ";
}

/** A token before a marker that may end in digits: a document symbol ("S/10352") or a year ("1991"). */
const SYMBOL_OR_YEAR = /^(?:[A-Z]{1,4}\/[A-Za-z0-9./-]{1,30}|(?:19|20)\d{2}),?$/;

function isPlainMarker(s: string, start: number, end: number, n: number, state: MarkerState): boolean {
  if (!state.defined.has(n)) return false;
  let rest = end;
  while (rest < s.length && (s[rest] === " " || s[rest] === "/")) rest++;
  const atEnd = rest === s.length;
  if (state.cited.has(n)) {
    // A repeated plain number is a marker only where nothing else can be: at the very end.
    if (!atEnd) return false;
  } else if (n !== state.maxCited + 1 && !(state.maxCited === 0 && n > 0)) {
    // Footnotes are first cited in order: only the next number can be a first citation.
    return false;
  }
  const after = s[end];
  if (after !== undefined && after !== " " && after !== "," && after !== ";" && after !== "." && after !== ":")
    return false;
  // "8.5 trillion", "3,208,080,100": a decimal point or a thousands separator goes on into the number.
  if ((after === "." || after === ",") && isAsciiDigit(s.charCodeAt(end + 1))) return false;
  const wordBefore = lastWordBefore(s, start);
  const before = s[start - 2];
  if (before === undefined) return false;
  // After a marker just read, the next number may follow at once ("the Congo, 21 22").
  const afterMarker = state.lastMarkerEnd === start - 1;
  if (!afterMarker && !/[\p{L},;.)”’"\]]/u.test(before) && !SYMBOL_OR_YEAR.test(wordBefore)) return false;
  if (NUMBER_TAKERS.test(wordBefore.replace(/[,;]$/, "")) && !/[,;]$/.test(wordBefore)) return false;
  const wordAfter = /^\/? ?([^\s,;.:]+)/.exec(s.slice(end, end + 30))?.[1] ?? "";
  if (COUNTED.test(wordAfter) || CONTINUED.test(s.slice(end, end + 8))) return false;
  return true;
}

/** The word that ends one space before `at` ("Effects," in "Effects, 1"), at most 40 characters. */
function lastWordBefore(s: string, at: number): string {
  const end = at - 1;
  if (end < 0 || s[end] !== " ") return "";
  let begin = end;
  while (begin > 0 && end - begin < 40 && s[begin - 1] !== " ") begin--;
  return s.slice(begin, end);
}
