import { isAsciiLetter } from "../text/ascii.js";
import { type MappedText, MappedTextBuilder } from "./mapped-text.js";

/** A letter of any script. */
const LETTER = /^\p{L}$/u;

/**
 * The spaces that justified text put inside a hyphenated word or before an apostrophe:
 * "high -level", "non -proliferation", "Women ’s" (one space between a letter and the mark),
 * found by looking at each " -" and " ’" / " '" rather than trying a pattern at every place.
 */
function spacesBeforeJoiners(text: string, drop: number[]): void {
  JOINER.lastIndex = 0;
  for (let m = JOINER.exec(text); m !== null; m = JOINER.exec(text)) spaceBeforeJoiner(text, m.index, drop);
}

/** A space before a hyphen or an apostrophe, where {@link spaceBeforeJoiner} looks (one native scan). */
const JOINER = / [-’']/g;

/** Adds the space at `i` (before a joiner) to `drop` when it splits a word or a possessive. */
function spaceBeforeJoiner(text: string, i: number, drop: number[]): void {
  if (i === 0 || !LETTER.test(text[i - 1] as string)) return;
  const after = text[i + 2] ?? "";
  if (text[i + 1] === "-" ? LETTER.test(after) : after === "s" && !LETTER.test(text[i + 3] ?? "")) drop.push(i);
}

/**
 * How many code units of `text` from `i` make one letter of any script (`\p{L}`): 0 when none,
 * 2 for a letter outside the Basic Multilingual Plane. ASCII is decided without a regex.
 */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, i + 2);
    return pair.length === 2 && LETTER.test(pair) ? 2 : 0;
  }
  return LETTER.test(text[i] as string) ? 1 : 0;
}

/**
 * Calls `visit` with the start and end of each word of `text` (a run of letters of any script, as
 * `/\p{L}+/u` would match), in order, without making a match object per word; `lower` says the
 * word is all ASCII small letters (its own lower case, so nothing needs converting).
 */
function forEachWord(text: string, visit: (start: number, end: number, lower: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const first = letterAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    let lower = c >= 0x61 && c <= 0x7a;
    i += first;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d >= 0x61 && d <= 0x7a) i++;
      else if (d >= 0x41 && d <= 0x5a) {
        lower = false;
        i++;
      } else if (d < 0x80) break;
      else {
        const k = letterAt(text, i);
        if (k === 0) break;
        lower = false;
        i += k;
      }
    }
    visit(start, i, lower);
  }
}

/**
 * The words of a document and how often each stands alone (lower case → count), for healing words
 * that justified text split in two ("includi ng", "Confere nce"); built by {@link vocabularyOf}.
 *
 * Besides the counts it keeps, for each text it was built from, where the words stand that first
 * appear in that text ({@link Vocabulary.firstWords}): a word that stands only once in the document
 * is one of those, so healing a text of the document reads only them.
 *
 * @example
 * ```ts
 * const vocabulary = vocabularyOf(["including the", "includi ng"]);
 * vocabulary.get("including"); // 1
 * ```
 */
export class Vocabulary extends Map<string, number> {
  /** The texts read, in reading order. */
  readonly #texts: string[] = [];
  /** For each text read (same index): the words first seen in it, in text order. */
  readonly #firsts: FirstWords[] = [];
  /** Where each text was last read, by text: made when first needed (hashing every text costs). */
  #byText: Map<string, number> | undefined;
  /** The index of the text that {@link Vocabulary.nextFirstWords} expects next. */
  #next = 0;

  /**
   * The words that first appear in `text`, when the vocabulary was built from `text`.
   *
   * @param text - a text, compared by its characters
   * @returns where those words stand and their lower case, or undefined for a text not read
   */
  firstWords(text: string): FirstWords | undefined {
    const k = this.#indexOf(text);
    return k < 0 ? undefined : this.#firsts[k];
  }

  /**
   * The words that first appear in `text`, for healing a document's texts in the order they were
   * read: `text` is looked for first at the next text in that order (after the last one found
   * here) and at the one after it (a text in between was changed, by taking its markers out), and
   * only then among all texts, which hashes them all once.
   *
   * @param text - a text, compared by its characters
   * @returns what {@link Vocabulary.firstWords} gives, or the record of an earlier reading of the
   *   same text
   *
   * Hint: a text read twice may be found at its first reading, where {@link Vocabulary.firstWords}
   * gives the second (empty) record; either heals the same, since every word of it stands twice.
   */
  nextFirstWords(text: string): FirstWords | undefined {
    const next = this.#next;
    const texts = this.#texts;
    const k = texts[next] === text ? next : texts[next + 1] === text ? next + 1 : this.#indexOf(text);
    if (k < 0) return undefined;
    this.#next = k + 1;
    return this.#firsts[k];
  }

  /** Where `text` was last read (its index), or -1 for a text not read. */
  #indexOf(text: string): number {
    if (this.#byText === undefined) {
      this.#byText = new Map();
      for (let k = 0; k < this.#texts.length; k++) this.#byText.set(this.#texts[k] as string, k);
    }
    return this.#byText.get(text) ?? -1;
  }

  /**
   * Counts the words of `text` (runs of letters of any script, as `/\p{L}+/u` matches them) by their
   * lower case, and records where those first seen in it stand.
   *
   * @param text - one paragraph text of the document
   *
   * Hint: a later text of the same characters replaces the record of an earlier one; it holds no
   * word first seen there, and every word of it stands at least twice, which is all healing needs.
   */
  read(text: string): void {
    const bounds: number[] = [];
    const keys: string[] = [];
    forEachWord(text, (start, end, lower) => {
      const w = lower ? text.slice(start, end) : text.slice(start, end).toLowerCase();
      const n = this.get(w);
      if (n === undefined) {
        this.set(w, 1);
        bounds.push(start, end);
        keys.push(w);
      } else this.set(w, n + 1);
    });
    this.#byText?.set(text, this.#texts.length);
    this.#texts.push(text);
    this.#firsts.push({ bounds, keys });
  }
}

/**
 * The words that first appear in one text of a document: `bounds` holds a start and an end for each
 * (indices into the text), `keys` its lower case (the key of {@link Vocabulary}), in text order.
 */
export interface FirstWords {
  readonly bounds: readonly number[];
  readonly keys: readonly string[];
}

/**
 * Counts the words of a document (runs of letters of any script, as `/\p{L}+/u` matches them) by
 * their lower case, for {@link healWords}.
 *
 * @param texts - every paragraph text of the document
 * @returns the vocabulary: lower-case word → how many times it stands in `texts`
 *
 * @example
 * ```ts
 * vocabularyOf(["The Conference", "the conference"]).get("the"); // 2
 * ```
 */
export function vocabularyOf(texts: Iterable<string>): Vocabulary {
  const vocabulary = new Vocabulary();
  for (const text of texts) vocabulary.read(text);
  return vocabulary;
}

/**
 * Adds to `drop` the space inside each word split in two (see {@link healWords}), reading every word
 * of `s`.
 */
function splitWords(s: string, vocabulary: ReadonlyMap<string, number>, drop: number[]): void {
  // The word before the one visited: where it starts and ends (-1 before the first word).
  let aStart = -1;
  let aEnd = -1;
  let aLower = false;
  forEachWord(s, (start, end, lower) => {
    // The right piece is looked up first: it is most often a common word, and the left one is then not cut.
    if (aEnd >= 0 && followsAcrossSpace(s, aEnd, start)) {
      const right = lower ? s.slice(start, end) : s.slice(start, end).toLowerCase();
      if (standsOnce(vocabulary, right)) {
        const left = aLower ? s.slice(aStart, aEnd) : s.slice(aStart, aEnd).toLowerCase();
        if (joinsSplitWord(vocabulary, left, right)) drop.push(aEnd);
      }
    }
    aStart = start;
    aEnd = end;
    aLower = lower;
  });
}

/**
 * {@link splitWords} for a text the vocabulary was built from, reading only the words that first
 * appear in it: both pieces of a split word stand once in the document, so both are such words,
 * and two adjacent words of the text that are both first seen there follow each other in `first`.
 */
function splitFirstWords(s: string, first: FirstWords, vocabulary: ReadonlyMap<string, number>, drop: number[]): void {
  const { bounds, keys } = first;
  for (let k = 1; k < keys.length; k++) {
    const aEnd = bounds[2 * k - 1] as number;
    if (!followsAcrossSpace(s, aEnd, bounds[2 * k] as number)) continue;
    const right = keys[k] as string;
    if (standsOnce(vocabulary, right) && joinsSplitWord(vocabulary, keys[k - 1] as string, right)) drop.push(aEnd);
  }
}

/**
 * Whether the word starting at `start` follows the word ending at `aEnd` across one space and
 * starts with a small letter a to z: where the two pieces of a split word stand ("includi ng").
 */
function followsAcrossSpace(s: string, aEnd: number, start: number): boolean {
  if (start !== aEnd + 1 || s.charCodeAt(aEnd) !== 0x20) return false;
  const c = s.charCodeAt(start);
  return c >= 0x61 && c <= 0x7a;
}

/** Whether a word (lower case) stands at most once in the document: a piece of a split word is no word of it. */
function standsOnce(vocabulary: ReadonlyMap<string, number>, word: string): boolean {
  return (vocabulary.get(word) ?? 0) <= 1;
}

/**
 * Whether `left` and `right` (lower case; `right` standing once) are the pieces of one split word:
 * `left` stands once too, and the two joined are a word of the document.
 */
function joinsSplitWord(vocabulary: ReadonlyMap<string, number>, left: string, right: string): boolean {
  return standsOnce(vocabulary, left) && (vocabulary.get(left + right) ?? 0) > 0;
}

/**
 * Heals the breaks that PDF text extraction leaves inside words (the heal stage):
 * "high -level" becomes "high-level", "Women ’s" becomes "Women’s", and "includi ng" becomes
 * "including" where the document uses "including" elsewhere and neither "includi" nor "ng" stands
 * anywhere else in the document.
 *
 * After this stage no space stands between a letter and a hyphen or "’s", and every removed
 * character is gone from the offsets too.
 *
 * @param text - a paragraph's text
 * @param vocabulary - the document's words, from {@link vocabularyOf}; undefined where the text is
 *   not justified PDF text (no page breaks), so that "road map" is never taken for a split "roadmap"
 */
export function healWords(text: MappedText, vocabulary: ReadonlyMap<string, number> | undefined): MappedText {
  // The spaces to drop, in any order (an array: a Set a piece cost more than the reading).
  const drop: number[] = [];
  spacesBeforeJoiners(text.text, drop);
  if (vocabulary) {
    // A text not found in reading order is healed by reading all its words, which heals the same.
    const first = vocabulary instanceof Vocabulary ? vocabulary.nextFirstWords(text.text) : undefined;
    if (first) splitFirstWords(text.text, first, vocabulary, drop);
    else splitWords(text.text, vocabulary, drop);
  }
  if (drop.length === 0) return text;
  const out = new MappedTextBuilder();
  let from = 0;
  // A space listed twice would append nothing the second time (the run before it is empty).
  for (const index of drop.sort((x, y) => x - y)) {
    out.appendMapped(text, from, index);
    from = index + 1;
  }
  out.appendMapped(text, from);
  return out.build();
}
