import type { ResolutionReference } from "../schemas/citation.js";
import type { Span } from "../schemas/position.js";
import { isAsciiDigit } from "../text/ascii.js";
import { isoDate } from "../text/dates.js";
import type { Draft, Found } from "./draft.js";
import { lengthAt, letterBefore, readAt } from "./read-at.js";

/** Any whitespace character, to write a line break inside a number or symbol as one space. */
const ANY_WHITESPACE = /\s/g;
/**
 * The word that introduces resolution or decision numbers, read where a word starts:
 * "resolution", "Resolution", "resolutions", "decision(s)", then one space. That no letter stands
 * before it ("irresolution") is checked by hand, where a lookbehind would keep the search from
 * skipping ahead to a literal.
 */
const RESOLUTION_WORD = /(?:[Rr]esolution|[Dd]ecision)s?\s/y;
/** The end of "resolution" looked for first ("u" is its rarest letter): the word starts 5 characters before. */
const RESOLUTION_TAIL = "ution";
/** The end of "decision" looked for first: the word starts 2 characters before. */
const DECISION_TAIL = "cision";
/**
 * A special or emergency special session prefix of a number: "ES-" in "ES-11/1", "S-" in
 * "S-26/2", with a hyphen or the non-breaking hyphen (U+2011) the UN's XML often has.
 */
const SESSION_PREFIX = /(?:ES|S)[-‑]/y;
/** The leading digits of a number: "64" in "64/293", "2200" in "2200 A (XXI)". */
const LEADING_DIGITS = /\d{1,4}(?!\d)/y;
/**
 * The part after the slash: "/293" in "64/293", "/35" in "2004/35", "/CMP.8" in "1/CMP.8".
 * The lookahead refuses a longer symbol ("64/293/Add.1" is a document, not a resolution).
 */
const SLASH_PART = /\/(?:\d{1,4}|[A-Z]{2,4}\.\d{1,3})(?![\d/A-Za-z])/y;
/** A letter suffix: " B" in "75/242 B"; never the first letter of a word ("60/1 A new"). */
const LETTER_SUFFIX = /\s[A-Z]{1,2}(?![A-Za-z0-9])/y;
/**
 * The bracketed part of an older or Security Council number: " A (XXI)" in "2200 A (XXI)",
 * " (XV)", " (S-VI)" and " (2000)" in "1325 (2000)".
 */
const BRACKETED_PART = /(?:\s[A-Z])?\s\((?:[IVXL]{1,7}|E?S-[IVX]{1,5}|(?:19|20)\d\d)\)/y;
/** A date of adoption after a number: " of 17 June 2009". */
const OF_DATE =
  /\sof\s(\d{1,2})\s(January|February|March|April|May|June|July|August|September|October|November|December)\s(\d{4})/y;
/** A section between a number and its date: ", section VI," in "45/248 B, section VI, of 21 December 1990". */
const SECTION = /,\ssections?\s[IVXL]{1,6}(?:\sand\s[IVXL]{1,6})?,/y;
/** ", annex" after a number (also the start of ", annex I"), never ", annexes". */
const ANNEX = /,\sannex(?![A-Za-z])/y;
/** A second letter: " and B" in "60/1 A and B". */
const AND_LETTER = /\sand\s([A-Z])(?![A-Za-z0-9])/y;
/** A range of letters: " to C" in "79/259 A to C" (the citation is then of "79/259" as a whole). */
const LETTER_RANGE = /\sto\s[A-Z](?![A-Za-z0-9])/y;
/** The start of a complement that names a listed resolution's subject: " on …", ", entitled …". */
const COMPLEMENT = /\son\s|,?\s(?:entitled|containing|concerning|regarding)\s|,\s(?:in|by)\swhich\s/y;
/** Words where a skipped complement ends: another citation begins there, with its own body. */
const STOP_WORDS: readonly string[] = ["resolution", "Resolution", "decision", "Decision"];

/** Whether one of {@link STOP_WORDS} starts at `at` (their first letters checked before any word). */
function startsStopWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 0x20;
  return (c === 0x72 || c === 0x64) && STOP_WORDS.some((w) => text.startsWith(w, at));
}
/** The farthest a list is followed across a complement, in characters. */
const MAX_COMPLEMENT = 400;
/** What may stand between two coordinated citations ("decision 18/120 … and resolutions 24/14"). */
const COORDINATION: ReadonlySet<string> = new Set([" and ", ", and "]);
/** A separator between numbers in a list: ", ", " and ", ", and ". */
const LIST_SEPARATOR = /,\sand\s|,\s|\sand\s/y;

/**
 * Organs and subsidiary bodies that the text may name just before "resolution": "Human Rights
 * Council resolution 11/3". Only full names: "Council resolution" alone names no body for certain.
 *
 * @example
 * ```ts
 * BODIES.includes("Human Rights Council"); // true
 * ```
 *
 * Hint: internal to the resolution finder and its tests; not exported from the package.
 */
export const BODIES: readonly string[] = [
  "General Assembly",
  "Security Council",
  "Economic and Social Council",
  "Trusteeship Council",
  "Human Rights Council",
  "Commission on Human Rights",
  "Commission on the Status of Women",
  "Commission for Social Development",
  "Commission on Narcotic Drugs",
  "Commission on Crime Prevention and Criminal Justice",
  "Commission on Population and Development",
  "Commission on Sustainable Development",
  "Statistical Commission",
  "Sub-Commission on the Promotion and Protection of Human Rights",
  "Trade and Development Board",
  "United Nations Environment Assembly",
  "World Health Assembly",
];

/** The last code unit of each of {@link BODIES}, with the names that end in it, in their order. */
const BODIES_BY_LAST: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ groupByLast(BODIES);

/** Names grouped by their last code unit, each group in the names' order. */
function groupByLast(names: readonly string[]): Map<number, string[]> {
  const byLast = new Map<number, string[]>();
  for (const name of names) {
    const last = name.charCodeAt(name.length - 1);
    const group = byLast.get(last);
    if (group === undefined) byLast.set(last, [name]);
    else group.push(name);
  }
  return byLast;
}

/**
 * The first of {@link BODIES} that ends at `end` of a text and starts no earlier than `from`, as
 * `BODIES.find((name) => text.slice(from, end).endsWith(name))` would give it: only the names
 * that end in the code unit before `end` are tried.
 *
 * @param text - The text.
 * @param end - Where the name must end.
 * @param from - Where the name may start at the earliest.
 * @returns The name, or `undefined`.
 *
 * @example
 * ```ts
 * bodyEndingAt("Human Rights Council resolution 11/3", 20); // "Human Rights Council"
 * ```
 */
export function bodyEndingAt(text: string, end: number, from = 0): string | undefined {
  const names = BODIES_BY_LAST.get(text.charCodeAt(end - 1));
  if (names === undefined) return undefined;
  for (const name of names) if (end - name.length >= from && text.startsWith(name, end - name.length)) return name;
  return undefined;
}

/**
 * Finds references to resolutions and decisions: "resolution 64/293", "Human Rights Council
 * resolution 11/3 of 17 June 2009", "resolution 2200 A (XXI), annex", "Security Council resolution
 * 1325 (2000)", "decision 64/555", and lists ("resolutions 47/19 of 24 November 1992, 48/19 and
 * 72/4": one citation per number, the body named once applying to all).
 *
 * @param text - The text to search.
 * @returns The finds, in order; one draft per number.
 *
 * @example
 * ```ts
 * findResolutions("Resolution 64/293.")[0]?.drafts[0]?.citation;
 * // { type: "resolution", number: "64/293", span: { start: 0, end: 17 } }
 * ```
 *
 * Hint: a number must have a slash or a bracket ("64/293", "1325 (2000)"): "resolution 1" of a
 * conference report is not taken for a United Nations resolution.
 */
export function findResolutions(text: string): Found[] {
  const found: Found[] = [];
  // Where the scope openers stand, found once per text and only when a body is looked for.
  let openers: readonly Opener[] | undefined;
  const words = resolutionWords(text);
  for (const word of words) {
    // The word is "resolution(s)" or "decision(s)", capitalized or not, and one white-space character.
    const kind = (text.charCodeAt(word.start) | 0x20) === 0x64 ? "decision" : "resolution";
    const plural = text.charCodeAt(word.end - 2) === 0x73;
    const named =
      word.start > 0 && text.charCodeAt(word.start - 1) === 0x20 ? bodyEndingAt(text, word.start - 1) : undefined;
    let body = named ?? coordinatedBody(text, word.start, found);
    if (body === undefined) {
      // A scope serves only words after it: no opener past the last word is looked for.
      openers ??= scopeOpeners(text, (words.at(-1) as { start: number }).start);
      body = scopedBody(text, word.start, openers);
    }
    const start = named === undefined ? word.start : word.start - named.length - 1;
    const drafts: Draft[] = [];
    let cursor = word.end;
    let end = cursor;
    const first = readItem(text, cursor) ?? (plural ? laterDatedItem(text, cursor) : undefined);
    for (let item = first; item !== undefined; item = nextItem(text, item)) {
      for (const one of item.numbers) {
        const span = {
          start: drafts.length === 0 ? start : one.start,
          end: one === item.numbers.at(-1) ? item.end : one.end,
        };
        drafts.push({ citation: resolutionCitation(kind, one.number, body, item, span) });
      }
      end = item.end;
      cursor = end;
    }
    if (drafts.length > 0) found.push({ start, end, drafts });
  }
  return found;
}

/**
 * A resolution citation with only the optional parts it has, its keys in the schema's order. Built
 * by assignment: a literal of conditional spreads (`...(body ? { body } : {})`) costs about six
 * times as much, and a document cites dozens of resolutions.
 */
function resolutionCitation(
  kind: "resolution" | "decision",
  number: string,
  body: string | undefined,
  item: Item,
  span: Span,
): ResolutionReference {
  const citation: Partial<ResolutionReference> = { type: "resolution" };
  if (kind === "decision") citation.kind = kind;
  citation.number = number;
  if (body !== undefined) citation.body = body;
  if (item.date !== undefined) citation.date = item.date;
  if (item.annex) citation.annex = true;
  citation.span = span;
  // Every required key is set above.
  return citation as ResolutionReference;
}

/**
 * Every resolution or decision word of a text, in order, as a global search for
 * {@link RESOLUTION_WORD} after no letter would find them: the places of "ution" and "cision"
 * (found with `indexOf`, which skips ahead fast to a rare letter) give where a word may start.
 *
 * @param text - The text to search.
 * @returns Where each word starts and where its white space ends (no match arrays are made).
 *
 * @example
 * ```ts
 * resolutionWords("decisions 1/2 and resolution 3/4").map((w) => w.start); // [0, 18]
 * ```
 */
export function resolutionWords(text: string): Array<{ start: number; end: number }> {
  const words: Array<{ start: number; end: number }> = [];
  let ution = text.indexOf(RESOLUTION_TAIL);
  let cision = text.indexOf(DECISION_TAIL);
  while (ution >= 0 || cision >= 0) {
    let start: number;
    if (cision < 0 || (ution >= 0 && ution - 5 < cision - 2)) {
      start = ution - 5;
      ution = text.indexOf(RESOLUTION_TAIL, ution + 1);
    } else {
      start = cision - 2;
      cision = text.indexOf(DECISION_TAIL, cision + 1);
    }
    // Words never overlap: one ends in a space, and the next starts after no letter.
    const first = text.charCodeAt(start) | 0x20;
    if (start < 0 || (first !== 0x72 && first !== 0x64) || letterBefore(text, start)) continue;
    const length = lengthAt(RESOLUTION_WORD, text, start);
    if (length >= 0) words.push({ start, end: start + length });
  }
  return words;
}

/**
 * The body of a resolution word coordinated with the citation just before it: "Human Rights
 * Council decision 18/120 of 30 September 2011 and resolutions 24/14 …" (only " and " or
 * ", and " between them).
 */
function coordinatedBody(text: string, at: number, before: readonly Found[]): string | undefined {
  const previous = before.at(-1);
  if (previous === undefined || !COORDINATION.has(text.slice(previous.end, at))) return undefined;
  const last = previous.drafts.at(-1)?.citation;
  return last?.type === "resolution" ? last.body : undefined;
}

/**
 * The first dated item after a plural word that a phrase separates from its numbers:
 * "resolutions related to culture and sustainable development, in particular 41/187 of 8 December
 * 1986, …". Only a dated number counts, within {@link MAX_COMPLEMENT} characters of the same
 * sentence, before any other resolution or decision word.
 */
function laterDatedItem(text: string, from: number): Item | undefined {
  const limit = Math.min(text.length, from + MAX_COMPLEMENT);
  for (let at = from; at < limit; at += 1) {
    const char = text.charAt(at);
    if (char === ";" || char === "." || startsStopWord(text, at)) return undefined;
    const item = char === " " ? readItem(text, at + 1) : undefined;
    if (item?.date !== undefined) return item;
  }
  return undefined;
}

/**
 * The item after `item` in a list: right after a separator ("64/293, 65/1 and 65/2"), or, when
 * `item` is dated, after a complement that names its subject ("74/214 of 19 December 2019 on
 * sustainable tourism …, 77/10 of 10 November 2022"), if the next item is dated too.
 */
function nextItem(text: string, item: Item): Item | undefined {
  const separator = lengthAt(LIST_SEPARATOR, text, item.end);
  const direct = separator < 0 ? undefined : readItem(text, item.end + separator);
  if (direct !== undefined || item.date === undefined || lengthAt(COMPLEMENT, text, item.end) < 0) return direct;
  const limit = Math.min(text.length, item.end + MAX_COMPLEMENT);
  for (let at = item.end + 1; at < limit; at += 1) {
    const char = text.charAt(at);
    if (char === ";" || char === "." || startsStopWord(text, at)) return undefined;
    const gap = char === "," || char === " " ? lengthAt(LIST_SEPARATOR, text, at) : -1;
    const next = gap < 0 ? undefined : readItem(text, at + gap);
    if (next?.date !== undefined) return next;
  }
  return undefined;
}

/** Phrases after a body's name that put the resolutions that follow under it: ", in particular ". */
const SCOPE_OPENERS: readonly string[] = [", in particular ", ", including ", ", notably ", ", especially "];
/** The farthest back a scope is looked for, in characters (a scope stays within a clause). */
const MAX_SCOPE = 600;
/** What ends a scope: a semicolon, a sentence's end, or a possessive naming the text's own body. */
const SCOPE_BREAKERS: readonly string[] = [";", ". ", " its ", " their ", " own "];

/** A scope opener of a text ({@link SCOPE_OPENERS}): where it starts and how long it is. */
export interface Opener {
  at: number;
  length: number;
}

/**
 * Every scope opener of a text ({@link SCOPE_OPENERS}) that ends by `end`, in text order: found
 * once per text, for all its resolution words, with forward searches that skip ahead.
 *
 * @param text - The text.
 * @param end - Where the openers must end at the latest: the last resolution word's start, as no
 * opener after it governs a word (the text's end when not given).
 * @returns The openers, by where they start.
 *
 * @example
 * ```ts
 * scopeOpeners("adopted by the Human Rights Council, in particular resolution 11/3"); // [{ at: 35, length: 16 }]
 * scopeOpeners("adopted by the Human Rights Council, in particular resolution 11/3", 50); // []
 * ```
 */
export function scopeOpeners(text: string, end = text.length): Opener[] {
  const openers: Opener[] = [];
  // The head of the text is searched alone: a Security Council clause names its resolution early.
  const head = end < text.length ? text.slice(0, end) : text;
  for (const opener of SCOPE_OPENERS) {
    for (let at = head.indexOf(opener); at >= 0; at = head.indexOf(opener, at + 1)) {
      openers.push({ at, length: opener.length });
    }
  }
  // Two openers never start at one place: they differ after ", ", which none holds again.
  if (openers.length > 1) openers.sort((a, b) => a.at - b.at);
  return openers;
}

/**
 * The body that governs a resolution cited without one, from a scope such as "the resolutions
 * adopted by the Human Rights Council, in particular resolution 11/3 …, and resolution 14/2":
 * the last "<body>, in particular " (or including, notably, especially) within
 * {@link MAX_SCOPE} characters before `at`, with no semicolon, sentence end, possessive or other
 * body's name in between.
 *
 * @param text - The text.
 * @param at - Where the word "resolution" stands.
 * @param openers - The text's scope openers, as {@link scopeOpeners} gives them.
 * @returns The body, or `undefined` when no scope covers `at` for certain.
 *
 * @example
 * ```ts
 * const text = "adopted by the Human Rights Council, in particular resolution 11/3";
 * scopedBody(text, 51, scopeOpeners(text)); // "Human Rights Council"
 * ```
 *
 * Hint: the last opener that ends by `at` with a body's name right before it is the scope (of two
 * openers, the later also ends later: no opener holds another's ", ").
 */
export function scopedBody(text: string, at: number, openers: readonly Opener[]): string | undefined {
  const from = Math.max(0, at - MAX_SCOPE);
  let best: { body: string; end: number } | undefined;
  for (let i = openers.length - 1; i >= 0; i -= 1) {
    const opener = openers[i] as Opener;
    if (opener.at < from) break;
    const end = opener.at + opener.length;
    if (end > at) continue;
    const body = bodyEndingAt(text, opener.at, from);
    if (body === undefined) continue;
    best = { body, end };
    break;
  }
  if (best === undefined) return undefined;
  const between = text.slice(best.end, at);
  if (SCOPE_BREAKERS.some((breaker) => between.includes(breaker))) return undefined;
  if (BODIES.some((body) => between.includes(body))) return undefined;
  return best.body;
}

/** One item of a list of resolution numbers: its number or numbers, date of adoption, annex, and end. */
export interface Item {
  /** One number, or one per letter ("60/1 A and B"), each with where it stands. */
  numbers: Array<{ number: string; start: number; end: number }>;
  /** The ISO date of " of 17 June 2009", when the item has one. */
  date: string | undefined;
  /** Whether ", annex" follows. */
  annex: boolean;
  /** Where the item ends. */
  end: number;
}

/**
 * Reads one item of a resolution list at `at`: "64/293", "2200 A (XXI), annex", "60/1 A and B",
 * "242 (1967) of 22 November 1967", "45/248 B, section VI, of 21 December 1990".
 *
 * @param text - The text.
 * @param at - Where the number would start.
 * @returns The item, or `undefined` when no number starts at `at`.
 *
 * @example
 * ```ts
 * readItem("resolution 242 (1967) of 22 November 1967", 11)?.date; // "1967-11-22"
 * ```
 *
 * Hint: each optional part is tried only where its first character stands ("/", ",", the "o" of
 * " of "): the patterns cannot match elsewhere, so no regex is run in vain. Internal to the finder
 * and its tests.
 */
export function readItem(text: string, at: number): Item | undefined {
  // A number starts with a digit or with the "S-" or "ES-" of a session: nothing else is tried.
  const first = text.charCodeAt(at);
  let end = at;
  if (!isAsciiDigit(first)) {
    if (first !== 0x45 && first !== 0x53) return undefined;
    end += Math.max(0, lengthAt(SESSION_PREFIX, text, at));
  }
  const digits = lengthAt(LEADING_DIGITS, text, end);
  if (digits < 0) return undefined;
  end += digits;
  const numbers: Item["numbers"] = [];
  const slash = text.charCodeAt(end) === 0x2f ? lengthAt(SLASH_PART, text, end) : -1;
  if (slash >= 0) {
    end += slash;
    const base = text.slice(at, end);
    const letter = readAt(LETTER_SUFFIX, text, end);
    const range = letter === null ? -1 : lengthAt(LETTER_RANGE, text, end + letter[0].length);
    if (letter === null) numbers.push({ number: base, start: at, end });
    else if (range >= 0) {
      end += letter[0].length + range;
      numbers.push({ number: base, start: at, end });
    } else {
      end += letter[0].length;
      numbers.push({ number: `${base} ${letter[0].trim()}`, start: at, end });
      const second = readAt(AND_LETTER, text, end);
      if (second !== null) {
        numbers.push({
          number: `${base} ${second[1] ?? ""}`,
          start: end + second[0].length - 1,
          end: end + second[0].length,
        });
        end += second[0].length;
      }
    }
  } else {
    const bracketed = lengthAt(BRACKETED_PART, text, end);
    if (bracketed < 0) return undefined;
    end += bracketed;
    numbers.push({ number: text.slice(at, end).replace(ANY_WHITESPACE, " "), start: at, end });
  }
  const afterSection = text.charCodeAt(end) === 0x2c ? end + Math.max(0, lengthAt(SECTION, text, end)) : end;
  const of =
    afterSection + 1 < text.length && text.charCodeAt(afterSection + 1) === 0x6f
      ? readAt(OF_DATE, text, afterSection)
      : null;
  const date = of === null ? undefined : isoDate(of[1] ?? "", of[2] ?? "", of[3] ?? "");
  if (of !== null && date !== undefined) end = afterSection + of[0].length;
  const annex = text.charCodeAt(end) === 0x2c ? lengthAt(ANNEX, text, end) : -1;
  if (annex >= 0) end += annex;
  return { numbers, date, annex: annex >= 0, end };
}
