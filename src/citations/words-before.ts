/** The longest word read: a longer run of non-space characters is cut into words of this length. */
export const MAX_WORD = 80;
/** One white-space character, exactly as `\s` reads it. */
const WHITE_SPACE = /^\s$/;

/**
 * A word of a text: a run of non-space characters (or an {@link MAX_WORD}-character piece of a
 * longer run), with where it stands.
 *
 * @example
 * ```ts
 * const word: Word = { text: "Children,", bare: "Children", start: 10, end: 19 };
 * ```
 */
export interface Word {
  /** The word as written. */
  text: string;
  /** The word without closing punctuation (",;:()") at its end and "(" at its start. */
  bare: string;
  /** Where the word starts in the text. */
  start: number;
  /** Where the word ends in the text. */
  end: number;
}

/**
 * The last words of a stretch of text, read backward from its end only as far as they are asked
 * for: word 0 is the last word, word 1 the one before it, and so on.
 *
 * Guarantees: the words are those that `text.slice(from, end).match(/[^\s]{1,80}/g)` gives (runs
 * of non-space characters, each cut every {@link MAX_WORD} characters from the run's start, a run
 * starting no earlier than `from`), at most the last `keep` of them, last first, with offsets into
 * `text`.
 *
 * @example
 * ```ts
 * const words = new WordsBefore("the Convention on the Rights of the Child", 0, 41, 80);
 * words.at(0)?.text; // "Child"
 * words.at(7)?.text; // "the"
 * words.at(8); // undefined
 * ```
 *
 * Hint: internal to the treaty name finder (a name reads a dozen words back from its marker, not
 * the eighty it may); not exported from the package.
 */
export class WordsBefore {
  /** The words read so far, last first. */
  private readonly words: Word[] = [];
  /** Where the text not read yet ends. */
  private cursor: number;

  /**
   * @param text - The text.
   * @param from - Where the stretch starts: no word starts before it.
   * @param end - Where the stretch ends.
   * @param keep - The most words there are.
   */
  constructor(
    private readonly text: string,
    private readonly from: number,
    end: number,
    private readonly keep: number,
  ) {
    this.cursor = end;
  }

  /**
   * Word `k` counted back from the last word (0 is the last), or undefined when the stretch has
   * fewer words (or `k` is at least `keep`).
   */
  at(k: number): Word | undefined {
    // Most words asked for are read already.
    if (k < this.words.length) return this.words[k];
    while (this.words.length <= k && this.readRun()) {
      // Each run read adds its words.
    }
    return this.words[k];
  }

  /** Reads the run of non-space characters before the cursor; false when there is none or enough words are read. */
  private readRun(): boolean {
    if (this.words.length >= this.keep) return false;
    const text = this.text;
    const from = this.from;
    let runEnd = this.cursor;
    while (runEnd > from && isWhiteSpace(text.charCodeAt(runEnd - 1))) runEnd -= 1;
    let runStart = runEnd;
    // A printable ASCII character is never white space: told without a call, as most are.
    while (runStart > from) {
      const code = text.charCodeAt(runStart - 1);
      if ((code <= 0x20 || code >= 0x7f) && isWhiteSpace(code)) break;
      runStart -= 1;
    }
    this.cursor = runStart;
    if (runStart === runEnd) return false;
    const length = runEnd - runStart;
    // Most runs are one word; a longer one is cut every MAX_WORD characters from its start.
    let start = length <= MAX_WORD ? runStart : runStart + MAX_WORD * Math.floor((length - 1) / MAX_WORD);
    for (; start >= runStart && this.words.length < this.keep; start -= MAX_WORD) {
      this.words.push(wordAt(text, start, Math.min(start + MAX_WORD, runEnd)));
    }
    return true;
  }
}

/** The word of `text` from `start` to `end`, with its bare form. */
function wordAt(text: string, start: number, end: number): Word {
  let bareEnd = end;
  while (bareEnd > start && isClosingPunctuation(text.charCodeAt(bareEnd - 1))) bareEnd -= 1;
  let bareStart = start;
  while (bareStart < bareEnd && text.charCodeAt(bareStart) === 0x28) bareStart += 1;
  const word = text.slice(start, end);
  const bare = bareStart === start && bareEnd === end ? word : text.slice(bareStart, bareEnd);
  return { text: word, bare, start, end };
}

/** Whether a code unit is punctuation that may close a word ("Children," "Crime)"), not part of the bare word: ",", ";", ":", "(" or ")". */
function isClosingPunctuation(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x28 || code === 0x29;
}

/** Whether a code unit is white space as `\s` has it. */
function isWhiteSpace(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return false;
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code >= 0x7f && WHITE_SPACE.test(String.fromCharCode(code));
}
