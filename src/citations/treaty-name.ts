import { MONTH_NAMES } from "../text/dates.js";
import { type Word, WordsBefore } from "./words-before.js";

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
  // Written so that NaN (and undefined) gives 0: Math.max(0, Math.min(NaN, …)) is NaN, which looped forever.
  const end = offset > 0 ? Math.min(offset, text.length) : 0;
  const from = Math.max(0, end - MAX_LOOKBACK);
  const headEnd = withoutShortForm(text, from, trimEndAt(text, from, end));
  // Words counted back from the name's end: word 0 is the last.
  const words = new WordsBefore(text, from, headEnd, MAX_WORDS * 2);
  // The last treaty word, with at most MAX_TAIL_WORDS words after it.
  let last = 0;
  for (;;) {
    const word = words.at(last);
    if (word === undefined) return undefined;
    if (TREATY_WORDS.has(word.bare)) break;
    if (last === MAX_TAIL_WORDS) return undefined;
    last += 1;
  }
  if (!acceptableTail(words, last)) return undefined;
  let first = last;
  // The word at `first` and the two before it, moved back one word at a time (each read once).
  let word = words.at(first) as Word;
  let before = words.at(first + 1);
  let earlier = words.at(first + 2);
  while (before !== undefined && joins(before, word, earlier)) {
    first += 1;
    word = before;
    before = earlier;
    earlier = words.at(first + 2);
  }
  first = afterOrganOf(words, first, last);
  while (first > last && !startsName(words.at(first), words.at(first - 1))) first -= 1;
  const start = words.at(first)?.start ?? from;
  const name = text.slice(start, headEnd).trim();
  return name.length > 0 ? name : undefined;
}

/** Where `text` ends once the {@link TRAILING_PUNCTUATION} before `end` (back to `from`) is cut (a loop, where a regex would backtrack). */
function trimEndAt(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && TRAILING_PUNCTUATION.includes(text.charAt(at - 1))) at -= 1;
  return at;
}

/**
 * Where the text from `from` to `end` ends once a bracketed short form at its end is cut:
 * "United Nations Convention on the Law of the Sea (the Convention)" ends after "Sea". An ILO
 * convention's number stays: "Forced Labour Convention, 1930 (No. 29)".
 */
function withoutShortForm(text: string, from: number, end: number): number {
  if (end <= from || text.charCodeAt(end - 1) !== 0x29) return end;
  // The last "(" counts only within MAX_SHORT_FORM characters of the end.
  const limit = Math.max(from, end - MAX_SHORT_FORM);
  let open = end - 1;
  while (open >= limit && text.charCodeAt(open) !== 0x28) open -= 1;
  if (open < limit || text.startsWith("(No.", open)) return end;
  return trimEndAt(text, from, open);
}

/**
 * Where a name starts (a word counted back from the end) once "X of the" is cut from it when X
 * holds no treaty word: "Saint Helena of the Convention …" and "Secretariat of the Convention"
 * name a place or an organ, while "Protocol against the Smuggling of Migrants …" keeps its "of".
 */
function afterOrganOf(words: WordsBefore, first: number, last: number): number {
  let start = first;
  let sawTreatyWord = false;
  for (let k = first; k > last; k -= 1) {
    const bare = words.at(k)?.bare ?? "";
    if (TREATY_WORDS.has(bare)) sawTreatyWord = true;
    if (bare === "of" && !sawTreatyWord) start = k - 1;
  }
  return start;
}

/** Whether `word` can be the first word of a name (`next` is the word after it). */
function startsName(word: Word | undefined, next: Word | undefined): boolean {
  if (word === undefined) return false;
  if (JOINING_WORDS.has(word.bare) || NON_NAME_HEADS.has(word.bare) || ROMAN.test(word.bare)) return false;
  if (endsWithCode(word, 0x2c)) return false;
  return !(YEAR.test(word.bare) && JOINING_WORDS.has(next?.bare ?? ""));
}

/** Whether the `count` last words (after the last treaty word) continue the name. */
function acceptableTail(words: WordsBefore, count: number): boolean {
  if (count === 0) return true;
  // "1930 (No. 29)" is three words at most.
  if (count <= 3) {
    let joined = "";
    for (let k = count - 1; k >= 0; k -= 1) joined += k === count - 1 ? words.at(k)?.text : ` ${words.at(k)?.text}`;
    if (YEAR_TAIL.test(joined)) return true;
  }
  const first = words.at(count - 1);
  if (first === undefined) return true;
  if (!TAIL_OPENERS.has(first.bare) && !NAME_WORD.test(first.bare)) return false;
  for (let k = count - 1; k >= 0; k -= 1) if (CLAUSE_WORDS.has(words.at(k)?.bare ?? "")) return false;
  return true;
}

/** Whether `before` still belongs to the name that `word` is part of (`earlier` is the word before `before`). */
function joins(before: Word, word: Word, earlier: Word | undefined): boolean {
  if (endsWithCode(before, 0x3b) || endsWithCode(before, 0x3a)) return false;
  const bare = before.bare;
  if (NON_NAME_HEADS.has(bare)) return false;
  if (bare === "the") return earlier !== undefined && ARTICLE_HOSTS.has(earlier.bare);
  if (bare === "and" || bare === "or") {
    return word.bare !== "the" && NAME_WORD.test(word.bare) && !(earlier !== undefined && endsWithCode(earlier, 0x2c));
  }
  if (JOINING_WORDS.has(bare)) return true;
  return NAME_WORD.test(bare) && !endsWithCode(before, 0x29);
}

/** Whether a word's last code unit is `code` (as `word.text.endsWith(char)` for a one-unit char, with no string made). */
function endsWithCode(word: Word, code: number): boolean {
  return word.text.charCodeAt(word.text.length - 1) === code;
}
