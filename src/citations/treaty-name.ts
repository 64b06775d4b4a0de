import { MONTH_NAMES } from "../text/dates.js";

/** The longest word read: a longer run of non-space characters is cut into words of this length. */
const MAX_WORD = 80;
/** Punctuation at the end of a word ("Children," "Crime)"), not part of the bare word. */
const CLOSING_PUNCTUATION = ",;:()";
/** Punctuation that may follow a name before the marker: space, comma, semicolon, colon. */
const TRAILING_PUNCTUATION = " \t\n\r,;:";
/** Words that make a phrase a treaty's name when one of them is in it. */
const TREATY_WORDS: ReadonlySet<string> = new Set([
  "Convention",
  "Conventions",
  "Covenant",
  "Covenants",
  "Protocol",
  "Protocols",
  "Statute",
  "Charter",
  "Agreement",
  "Treaty",
  "Accord",
  "Pact",
]);
/** Prepositions after which "the" still belongs to a name ("Rights of the Child"). */
const ARTICLE_HOSTS: ReadonlySet<string> = new Set([
  "of",
  "on",
  "for",
  "against",
  "to",
  "in",
  "by",
  "at",
  "from",
  "with",
  "between",
  "relating",
  "concerning",
  "supplementing",
]);
/** Small words that may stand inside a name between capitalized words ("Convention on the Rights of the Child"). */
const JOINING_WORDS: ReadonlySet<string> = new Set([...ARTICLE_HOSTS, "and", "or", "the"]);
/** Words that end a name when met in the words after the treaty word: a clause goes on instead. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  "which",
  "that",
  "who",
  "whose",
  "where",
  "when",
  "while",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "be",
  "been",
  "being",
  "shall",
  "should",
  "would",
  "will",
  "may",
  "entered",
  "adopted",
  "signed",
  "opened",
  "done",
  "including",
  "as",
  "also",
]);
/** Words that may open what follows the treaty word ("Protocol thereto on …", "Convention on …"). */
const TAIL_OPENERS: ReadonlySet<string> = new Set([...ARTICLE_HOSTS, "thereto", "aiming"]);
/** A capitalized word or a year ("United", "1951", "Non‑Proliferation"): it can be part of a name. */
const NAME_WORD = /^(?:[A-Z][A-Za-z'’‑-]{0,40}|(?:1[89]|20)\d\d)$/;
/** A year ("1951" in "1951 Convention relating to the Status of Refugees"). */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A Roman numeral, as of an article ("VI" in "article VI of the Treaty"): not a name's start. */
const ROMAN = /^[IVXL]{1,6}$/;
/** The longest bracketed short form dropped from the end ("(the Convention)"), in characters. */
const MAX_SHORT_FORM = 60;
/**
 * Capitalized words that begin a phrase around a name, not the name: "States Parties to the Rome
 * Statute", "Conference of the Parties to the …", "Administering Power … of the Convention",
 * "December 2005 of the Convention".
 */
const NON_NAME_HEADS: ReadonlySet<string> = new Set([
  "States",
  "State",
  "Parties",
  "Party",
  "Conference",
  "Meeting",
  "Power",
  "Member",
  "Members",
  "Article",
  "Articles",
  "Secretariat",
  ...MONTH_NAMES,
]);
/** A year and an ILO number after a comma: "1930 (No. 29)" in "Forced Labour Convention, 1930 (No. 29)". */
const YEAR_TAIL = /^(?:1[89]|20)\d\d(?: \(No\. \d{1,3}\))?$/;
/** How far back a name is looked for, in characters (the longest names are about 200). */
const MAX_LOOKBACK = 1000;
/** The longest name the function will return, in words. */
const MAX_WORDS = 40;
/** The most words after the last treaty word ("thereto on the sale of children, …"). */
const MAX_TAIL_WORDS = 24;

interface Word {
  text: string;
  bare: string;
  start: number;
  end: number;
}

/**
 * The treaty a clause names right before a footnote marker: the name that ends at the marker's
 * offset and holds a treaty word (Convention, Covenant, Protocol, Statute, Charter, Agreement,
 * Treaty…), as the text writes it.
 *
 * @param text - The clause's text, the marker removed.
 * @param offset - Where the marker stood in `text`.
 * @returns The name as written, or `undefined` when no treaty-like name ends at the marker.
 *
 * @example
 * ```ts
 * import { treatyNameBefore } from "un-resolutions";
 *
 * const text = "Recalling …, such as the United Nations Convention against Transnational Organized Crime and the Protocols thereto";
 * treatyNameBefore(text, text.indexOf(" and the Protocols"));
 * // "United Nations Convention against Transnational Organized Crime"
 * ```
 *
 * Hint: a heuristic over words. The name runs back over capitalized words and the small words
 * that join them ("of the", "against", "supplementing the"), and forward from its last treaty
 * word over at most a few words that continue it ("thereto on the sale of children, child
 * prostitution and child pornography"); "and the" before a capitalized word starts a new name.
 */
export function treatyNameBefore(text: string, offset: number): string | undefined {
  const end = Math.max(0, Math.min(offset, text.length));
  const head = withoutShortForm(trimEnd(text.slice(Math.max(0, end - MAX_LOOKBACK), end), TRAILING_PUNCTUATION));
  const words = new LastWords(head, MAX_WORDS * 2);
  let last = words.length - 1;
  while (last >= 0 && !TREATY_WORDS.has(words.at(last)?.bare ?? "")) last -= 1;
  // More words after the last treaty word than a tail may have: nothing more to read.
  if (last < 0 || words.length - 1 - last > MAX_TAIL_WORDS || !acceptableTail(words.from(last + 1))) return undefined;
  let first = last;
  while (first > 0) {
    const before = words.at(first - 1);
    const word = words.at(first);
    if (before === undefined || word === undefined || !joins(before, word, words.at(first - 2))) break;
    first -= 1;
  }
  first = afterOrganOf(words, first, last);
  while (first < last && !startsName(words.at(first), words.at(first + 1))) first += 1;
  const start = words.at(first)?.start ?? 0;
  const name = head.slice(start).trim();
  return name.length > 0 ? name : undefined;
}

/** `text` without the characters of `chars` at its end (a loop, where a regex would backtrack). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** `text` without the characters of `chars` at its start. */
function trimStart(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start += 1;
  return text.slice(start);
}

/**
 * The text without a bracketed short form at its end: "United Nations Convention on the Law of
 * the Sea (the Convention)" gives "United Nations Convention on the Law of the Sea". An ILO
 * convention's number stays: "Forced Labour Convention, 1930 (No. 29)".
 */
function withoutShortForm(head: string): string {
  if (!head.endsWith(")")) return head;
  const open = head.lastIndexOf("(");
  if (open < 0 || head.length - open > MAX_SHORT_FORM || head.startsWith("(No.", open)) return head;
  return trimEnd(head.slice(0, open), TRAILING_PUNCTUATION);
}

/**
 * Where a name starts once "X of the" is cut from it when X holds no treaty word: "Saint Helena
 * of the Convention …" and "Secretariat of the Convention" name a place or an organ, while
 * "Protocol against the Smuggling of Migrants …" keeps its "of".
 */
function afterOrganOf(words: LastWords, first: number, last: number): number {
  let start = first;
  let sawTreatyWord = false;
  for (let i = first; i < last; i += 1) {
    const bare = words.at(i)?.bare ?? "";
    if (TREATY_WORDS.has(bare)) sawTreatyWord = true;
    if (bare === "of" && !sawTreatyWord) start = i + 1;
  }
  return start;
}

/** Whether `word` can be the first word of a name (`next` is the word after it). */
function startsName(word: Word | undefined, next: Word | undefined): boolean {
  if (word === undefined) return false;
  if (JOINING_WORDS.has(word.bare) || NON_NAME_HEADS.has(word.bare) || ROMAN.test(word.bare)) return false;
  if (word.text.endsWith(",")) return false;
  return !(YEAR.test(word.bare) && JOINING_WORDS.has(next?.bare ?? ""));
}

/**
 * The last `keep` words of a text, as `text.match(/[^\s]{1,80}/g).slice(-keep)` would give them (runs
 * of non-space characters, cut every {@link MAX_WORD} characters from the run's start), each made
 * only when asked for: a name reads a dozen words back from its marker, not the eighty it may.
 */
class LastWords {
  /** How many words there are. */
  readonly length: number;
  /** Where each word starts and ends in the text, first word first. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The words made so far, by index. */
  private readonly made: Array<Word | undefined> = [];

  constructor(
    private readonly text: string,
    keep: number,
  ) {
    // The runs of non-space characters, last first, until they hold `keep` words (a run of n
    // characters is ceil(n / MAX_WORD) words).
    const runs: number[] = [];
    let from = text.length;
    let count = 0;
    while (from > 0 && count < keep) {
      let runEnd = from;
      while (runEnd > 0 && isWhiteSpace(text.charCodeAt(runEnd - 1))) runEnd -= 1;
      let runStart = runEnd;
      while (runStart > 0 && !isWhiteSpace(text.charCodeAt(runStart - 1))) runStart -= 1;
      if (runEnd > runStart) runs.push(runStart, runEnd);
      count += Math.ceil((runEnd - runStart) / MAX_WORD);
      from = runStart;
    }
    for (let r = runs.length - 2; r >= 0; r -= 2) {
      const runEnd = runs[r + 1] as number;
      for (let start = runs[r] as number; start < runEnd; start += MAX_WORD) {
        this.starts.push(start);
        this.ends.push(Math.min(start + MAX_WORD, runEnd));
      }
    }
    const extra = Math.max(0, this.starts.length - keep);
    this.starts.splice(0, extra);
    this.ends.splice(0, extra);
    this.length = this.starts.length;
  }

  /** Word `i` (from 0, first word first), or undefined out of range. */
  at(i: number): Word | undefined {
    if (i < 0 || i >= this.length) return undefined;
    let word = this.made[i];
    if (word === undefined) {
      const start = this.starts[i] as number;
      const end = this.ends[i] as number;
      const text = this.text.slice(start, end);
      word = { text, bare: trimStart(trimEnd(text, CLOSING_PUNCTUATION), "("), start, end };
      this.made[i] = word;
    }
    return word;
  }

  /** The words from `i` to the last. */
  from(i: number): Word[] {
    const out: Word[] = [];
    for (let k = Math.max(0, i); k < this.length; k++) out.push(this.at(k) as Word);
    return out;
  }
}

/** Whether a code unit is white space as `\s` has it. */
function isWhiteSpace(code: number): boolean {
  if (code === 0x20) return true;
  if (code > 0x20 && code < 0x7f) return false;
  return WHITE_SPACE.test(String.fromCharCode(code));
}

/** One white-space character, exactly as `\s` reads it. */
const WHITE_SPACE = /^\s$/;

/** Whether the words after the last treaty word continue the name. */
function acceptableTail(tail: readonly Word[]): boolean {
  if (tail.length === 0) return true;
  if (tail.length > MAX_TAIL_WORDS) return false;
  const joined = tail.map((w) => w.text).join(" ");
  if (YEAR_TAIL.test(joined)) return true;
  const first = tail[0];
  if (first === undefined) return true;
  if (!TAIL_OPENERS.has(first.bare) && !NAME_WORD.test(first.bare)) return false;
  return tail.every((w) => !CLAUSE_WORDS.has(w.bare));
}

/** Whether `before` still belongs to the name that `word` is part of (`earlier` is the word before `before`). */
function joins(before: Word, word: Word, earlier: Word | undefined): boolean {
  if (before.text.endsWith(";") || before.text.endsWith(":")) return false;
  const bare = before.bare;
  if (NON_NAME_HEADS.has(bare)) return false;
  if (bare === "the") return earlier !== undefined && ARTICLE_HOSTS.has(earlier.bare);
  if (bare === "and" || bare === "or") {
    return word.bare !== "the" && NAME_WORD.test(word.bare) && !(earlier?.text.endsWith(",") ?? false);
  }
  if (JOINING_WORDS.has(bare)) return true;
  return NAME_WORD.test(bare) && !before.text.endsWith(")");
}
