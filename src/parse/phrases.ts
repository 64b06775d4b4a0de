import { endBeforeTrailingMarks } from "../text/anchored-scan.js";

/**
 * The grammar of leading phrases (preambular, "Noting with appreciation") and action phrases
 * (operative, "Also calls upon"). Print sets them in italics; text extraction loses that, so the
 * phrase is read back with a small grammar: an optional adverb, a head word, and the words that
 * the United Nations editorial style lets follow it inside the italics.
 */

/** Adjectives and participles that open preambular paragraphs without "-ing". */
const PREAMBLE_ADJECTIVES = new Set([
  "Mindful",
  "Aware",
  "Concerned",
  "Convinced",
  "Conscious",
  "Determined",
  "Desirous",
  "Alarmed",
  "Cognizant",
  "Guided",
  "Encouraged",
  "Pleased",
  "Resolved",
  "Disturbed",
  "Appalled",
  "Shocked",
  "Outraged",
  "Dismayed",
  "Heartened",
  "Satisfied",
  "Gratified",
  "Persuaded",
  "Confident",
  "Eager",
  "Anxious",
  "Fully",
  "Deeply",
  "Gravely",
  "Seriously",
  "Strongly",
  "Further",
  "Also",
  "Noting",
  "Reaffirming",
]);

/** Proper nouns that end in "-ing" and may open a line inside a sentence. */
const ING_PROPER_NOUNS = new Set([
  "Beijing",
  "Nanjing",
  "Chongqing",
  "Kunming",
  "Xining",
  "Reading",
  "Wyoming",
  "Sterling",
  "King",
  "Spring",
  "Ming",
  "Viking",
  "Wellington",
  "Bing",
  "Ring",
  "Sing",
  "Thing",
  "Nothing",
  "Everything",
  "Something",
  "Anything",
  "During",
  "Notwithstanding",
  "Including",
  "Following",
  "Regarding",
  "Concerning",
  "Pending",
  "According",
  "Excluding",
]);

/** The first word of a line: letters, with an inner hyphen ("Re-emphasizing"). */
const FIRST_WORD = /^([A-Z][a-z]{1,24}(?:-[a-z]{2,24})?)\b/;

/** Nouns of feeling that follow "with" or "Expressing" inside the italics ("with deep concern"). */
const FEELINGS = new Set(["concern", "appreciation", "satisfaction", "regret", "alarm", "gratitude", "concerns"]);

/** Adjectives that may stand before a feeling ("grave concern"). */
const INTENSIFIERS = new Set([
  "deep",
  "grave",
  "great",
  "serious",
  "profound",
  "deepest",
  "strong",
  "gravest",
  "particular",
]);

/** Heads that take "its" and a noun inside the italics ("Expresses its appreciation", "Reiterates its call upon"). */
const HEADS_WITH_ITS: ReadonlySet<string> = new Set([
  "Expresses",
  "Expressing",
  "Reiterates",
  "Reiterating",
  "Reaffirms",
  "Reaffirming",
  "Renews",
  "Renewing",
]);

/** Adjectives between "its" and its noun inside the italics ("its deep concern"; "its strong commitment" is not). */
const ITS_INTENSIFIERS = new Set(["deep", "grave", "serious", "profound", "deepest", "gravest"]);

/** The nouns that follow "its" inside the italics (the UN's markup leaves "its commitment" and "its intention" out). */
const ITS_OBJECTS = new Set([
  "appreciation",
  "concern",
  "concerns",
  "gratitude",
  "request",
  "call",
  "demand",
  "determination",
  "conviction",
  "condemnation",
  "invitation",
  "satisfaction",
  "regret",
  "readiness",
  "willingness",
]);

/** Words that repeat or extend the head ("Recalling also", "Taking note further"). */
const REPEATERS = new Set(["also", "further", "again"]);

/** Adverbs that may stand before the head ("Further recalling", "Deeply concerned"). */
const ADVERBS = new Set([
  "Also",
  "Further",
  "Again",
  "Deeply",
  "Gravely",
  "Seriously",
  "Strongly",
  "Once",
  "Firmly",
  "Fully",
  "Profoundly",
  "Hereby",
]);

/**
 * Whether a line opens a preambular paragraph: its first word ends in "-ing" ("Recalling",
 * "Re-emphasizing") or is one of the adjectives that do ("Mindful", "Deeply concerned").
 *
 * @param text - the line, cleaned
 */
export function isPreambleHead(text: string): boolean {
  const m = FIRST_WORD.exec(text);
  if (!m) return false;
  const word = m[1] as string;
  if (ING_PROPER_NOUNS.has(word)) return false;
  if (word.endsWith("ing")) return true;
  if (!PREAMBLE_ADJECTIVES.has(word)) return false;
  // "Further" and "Also" open a paragraph only before a participle or an adjective.
  if (
    word === "Further" ||
    word === "Also" ||
    word === "Fully" ||
    word === "Deeply" ||
    word === "Gravely" ||
    word === "Seriously" ||
    word === "Strongly"
  ) {
    const second = /^[A-Z][a-z]+ ([a-z]+)/.exec(text)?.[1] ?? "";
    return (
      second.endsWith("ing") ||
      second.endsWith("ed") ||
      second === "aware" ||
      second === "mindful" ||
      second === "conscious" ||
      second === "convinced"
    );
  }
  return true;
}

/**
 * The verbs that open operative paragraphs: every head verb that the UN's Akoma Ntoso files of
 * sessions 75-80 set in italics at least three times, and the older verbs of the Security
 * Council's first volumes ("Instructs", "Relies", "Censures"). A list, not a suffix rule, so that
 * "States" or "Members" at a line start are not taken for verbs.
 */
const OPERATIVE_VERBS = new Set([
  "Accepts",
  "Acknowledges",
  "Admits",
  "Adopts",
  "Affirms",
  "Agrees",
  "Anticipates",
  "Appeals",
  "Appoints",
  "Appreciates",
  "Appropriates",
  "Approves",
  "Asks",
  "Authorises",
  "Authorizes",
  "Brings",
  "Calls",
  "Censures",
  "Clarifies",
  "Commends",
  "Commits",
  "Condemns",
  "Confirms",
  "Congratulates",
  "Considers",
  "Continues",
  "Decides",
  "Declares",
  "Deems",
  "Deeply",
  "Demands",
  "Deplores",
  "Determines",
  "Directs",
  "Draws",
  "Elects",
  "Emphasises",
  "Emphasizes",
  "Encourages",
  "Endorses",
  "Establishes",
  "Finds",
  "Transmits",
  "Records",
  "Expresses",
  "Extends",
  "Highlights",
  "Insists",
  "Instructs",
  "Invites",
  "Looks",
  "Maintains",
  "Notes",
  "Pays",
  "Proclaims",
  "Proposes",
  "Re-emphasizes",
  "Reaffirms",
  "Recalls",
  "Recognises",
  "Recognizes",
  "Recommends",
  "Recommits",
  "Reconfirms",
  "Regrets",
  "Reiterates",
  "Rejects",
  "Relies",
  "Remains",
  "Reminds",
  "Renews",
  "Requests",
  "Requires",
  "Resolves",
  "Stresses",
  "Supports",
  "Takes",
  "Underlines",
  "Underscores",
  "Urges",
  "Warns",
  "Welcomes",
]);

/**
 * Whether a line opens an operative paragraph without a number (old Security Council texts):
 * a verb in the third person ("Decides", "Calls upon", "Also requests").
 *
 * @param text - the line, cleaned
 */
export function isOperativeHead(text: string): boolean {
  const m = FIRST_WORD.exec(text);
  if (!m) return false;
  let word = m[1] as string;
  if (ADVERBS.has(word)) word = /^[A-Za-z]+ ([A-Za-z-]+)/.exec(text)?.[1] ?? "";
  return OPERATIVE_VERBS.has(word.charAt(0).toUpperCase() + word.slice(1));
}

/** A small-letter word ending in "ing" or "s", joined by "and" ("Welcoming and encouraging"). */
const LOWER_ING_OR_S = /^[a-z]+(?:ing|s)$/;

/** Heads that take words of their own, by what they take (see {@link openingPhrase}). */
const HEAD_KINDS: ReadonlyMap<string, "take" | "bear" | "call" | "express" | "have" | "look" | "condemn"> = new Map([
  ["Taking", "take"],
  ["Takes", "take"],
  ["Take", "take"],
  ["Bearing", "bear"],
  ["Bears", "bear"],
  ["Bear", "bear"],
  ["Calls", "call"],
  ["Calling", "call"],
  ["Call", "call"],
  ["Expressing", "express"],
  ["Expresses", "express"],
  ["Express", "express"],
  ["Having", "have"],
  ["Has", "have"],
  ["Looks", "look"],
  ["Looking", "look"],
  ["Look", "look"],
  ["Condemns", "condemn"],
  ["Condemning", "condemn"],
]);

/**
 * The words of a text's first `limit` characters as `text.slice(0, limit).split(" ", MAX_PHRASE_WORDS)`
 * gives them, cut only when asked for: an opening phrase reads three or four words of a paragraph,
 * not all of them, and neither the text nor a word is copied except a word's bare form.
 */
class LeadingWords {
  // The arrays are made at the size a phrase needs (six words; they grow past it if need be): an
  // empty array would allocate room for seventeen at its first element, a paragraph at a time.
  /** Where each word found so far starts (the first `found`); each but the last ends one space before the next. */
  private readonly starts: number[] = [0, 0, 0, 0, 0, 0];
  /** How many word starts are found. */
  private found = 1;
  /** Whether the last word found is the text's last (no space after it before `limit`). */
  private done = false;
  /** Each word without its trailing punctuation, by index, once cut (undefined before). */
  private readonly bares: Array<string | undefined> = [
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ];
  /** Where the words end: the text's end, or `limit` when the text is longer. */
  private readonly end: number;

  constructor(
    private readonly text: string,
    limit: number,
  ) {
    this.end = Math.min(text.length, limit);
  }

  /** Whether word `k` (from 0) exists. */
  has(k: number): boolean {
    while (this.found <= k && !this.done && this.found < MAX_PHRASE_WORDS) {
      const space = this.spaceAfter(this.starts[this.found - 1] as number);
      if (space < 0) this.done = true;
      else this.starts[this.found++] = space + 1;
    }
    return k < this.found;
  }

  /** Word `k` without the punctuation at its end, or "" when there is no word `k`. */
  bare(k: number): string {
    let bare = this.bares[k];
    if (bare === undefined) {
      bare = this.has(k) ? this.text.slice(this.starts[k], this.bareEnd(k)) : "";
      this.bares[k] = bare;
    }
    return bare;
  }

  /** Whether word `k` ends in punctuation (its bare form is shorter). */
  ends(k: number): boolean {
    return this.has(k) && this.bareEnd(k) !== this.wordEnd(k);
  }

  /** Whether word `k` starts with a small letter a to z. */
  startsLower(k: number): boolean {
    if (!this.has(k)) return false;
    const at = this.starts[k] as number;
    const c = this.text.charCodeAt(at);
    return at < this.wordEnd(k) && c >= 0x61 && c <= 0x7a;
  }

  /** The first `count` words, as the text has them (single spaces between), without the marks at their end. */
  through(count: number): string {
    if (count <= 0 || !this.has(0)) return "";
    return this.text.slice(0, endBeforeTrailingMarks(this.text, 0, this.wordEnd(Math.min(count, this.found) - 1)));
  }

  /** Where word `k` (which exists) ends: one space before the next word, or where the last one can. */
  private wordEnd(k: number): number {
    if (this.has(k + 1)) return (this.starts[k + 1] as number) - 1;
    // `has` found no space after the last word: it ends where the words do.
    if (this.done) return this.end;
    const space = this.spaceAfter(this.starts[k] as number);
    return space < 0 ? this.end : space;
  }

  /** Where word `k` (which exists) ends once the punctuation marks at its end are cut. */
  private bareEnd(k: number): number {
    return endBeforeTrailingMarks(this.text, this.starts[k] as number, this.wordEnd(k));
  }

  /** The first space at or after `from` and before the end, or -1. */
  private spaceAfter(from: number): number {
    const space = this.text.indexOf(" ", from);
    return space < this.end ? space : -1;
  }
}

/** What "Taking into" takes inside the italics ("Taking into account", "into consideration"). */
const TAKEN_INTO: ReadonlySet<string> = new Set(["account", "consideration"]);

/**
 * How many words from word `i` ("its") a head that takes "its" holds in the italics: "its
 * appreciation" (2), "its call upon" (3), "its deep concern" (3), or 0 when "its" starts no such words.
 */
function itsPhraseLength(words: LeadingWords, i: number): number {
  const next = words.bare(i + 1);
  if (ITS_OBJECTS.has(next)) {
    const after = words.bare(i + 2);
    return next === "call" && (after === "upon" || after === "for" || after === "on") ? 3 : 2;
  }
  return ITS_INTENSIFIERS.has(next) && ITS_OBJECTS.has(words.bare(i + 2)) ? 3 : 0;
}

/** Whether a word starts with a capital letter A to Z (so that it is its own capitalized form). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}

/** The most words an opening phrase can have (the longest read from the corpus texts has seven). */
const MAX_PHRASE_WORDS = 24;

/**
 * The italic phrase that opens a paragraph, read back from plain text: "Noting with appreciation
 * the steps…" gives "Noting with appreciation"; "Also calls upon Governments…" gives "Also calls upon".
 *
 * The grammar: an optional adverb ("Also", "Further", "Deeply"), the head word, then any of
 * "also/further/again", "once again", "with [intensifier] feeling", and what some heads take:
 * "note" and "into account" (Taking, Takes), "in mind" (Bearing), "upon/on/for" (Calls),
 * "[intensifier] feeling" (Expressing), a participle (Having considered), "and encouraging",
 * "its [intensifier] noun" (Expresses its appreciation, Reiterates its call upon), "forward" (Looks),
 * "in the strongest (possible) terms" (Condemns).
 * A word that ends in punctuation ends the phrase.
 *
 * @param text - the paragraph's text, markers removed
 * @returns the phrase, a prefix of `text`
 */
export function openingPhrase(text: string): string {
  // A phrase is a few words long: the words of its first 240 characters are cut one at a time,
  // as far as the phrase reads (at most MAX_PHRASE_WORDS), never the whole text.
  const words = new LeadingWords(text, 240);
  let i = 0;
  if (ADVERBS.has(words.bare(0)) && words.startsLower(1)) i = 1;
  const word = words.bare(i);
  const head = startsUpper(word) ? word : word.charAt(0).toUpperCase() + word.slice(1);
  const kind = HEAD_KINDS.get(head);
  const withIts = HEADS_WITH_ITS.has(head);
  const headEndsLikeVerb = head.endsWith("ing") || head.endsWith("s");
  i++;
  while (words.has(i) && !words.ends(i - 1)) {
    const w = words.bare(i);
    // The next word is cut only where a rule reads it (most paragraphs end the phrase at `w`).
    let take = 0;
    if (REPEATERS.has(w)) take = 1;
    else if (w === "once" && words.bare(i + 1) === "again") take = 2;
    else if (w === "with" && FEELINGS.has(words.bare(i + 1))) take = 2;
    else if (w === "with" && INTENSIFIERS.has(words.bare(i + 1)) && FEELINGS.has(words.bare(i + 2))) take = 3;
    else if (kind === "take" && w === "note") take = 1;
    else if (kind === "take" && w === "into" && TAKEN_INTO.has(words.bare(i + 1))) take = 2;
    else if (kind === "bear" && w === "in" && words.bare(i + 1) === "mind") take = 2;
    else if (kind === "call" && (w === "upon" || w === "on" || w === "for")) take = 1;
    else if (kind === "express" && FEELINGS.has(w)) take = 1;
    else if (kind === "express" && INTENSIFIERS.has(w) && FEELINGS.has(words.bare(i + 1))) take = 2;
    else if (kind === "have" && (w.endsWith("ed") || w === "regard")) take = 1;
    else if (withIts && w === "its") take = itsPhraseLength(words, i);
    else if (kind === "look" && w === "forward") take = 1;
    else if (kind === "condemn" && w === "in" && words.bare(i + 1) === "the" && words.bare(i + 2) === "strongest")
      take = words.bare(i + 3) === "possible" ? 5 : 4;
    else if (w === "and" && headEndsLikeVerb) {
      const next = words.bare(i + 1);
      if (LOWER_ING_OR_S.test(next) && next !== "its") take = 2;
    }
    if (take === 0) break;
    for (let k = 0; k < take && words.has(i); k++) {
      i++;
      if (words.ends(i - 1)) break;
    }
  }
  return words.through(i);
}
