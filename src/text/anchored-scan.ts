/**
 * Finds patterns without unanchored regexes: the caller names where a match may start, and an
 * anchored (`^`) pattern is tried on a bounded window from each such place. Each try costs at most
 * the window, so a scan is linear in the text, whatever the text (no regex here scans unanchored,
 * which is where polynomial backtracking hides).
 */

/** A match found by {@link scanAnchored}: the regex match, with `index` into the whole text. */
export type ScanMatch = RegExpExecArray & { index: number };

/**
 * The first match of `anchored` (a regex starting with `^`) at a place where `startsHere` holds.
 *
 * @param text - the text to scan
 * @param anchored - the pattern, anchored with `^`, without the `g` or `y` flag
 * @param startsHere - whether a match may start at `i` (checked in O(1))
 * @param window - the longest match possible, in characters
 * @param from - where to start scanning
 */
export function scanAnchored(
  text: string,
  anchored: RegExp,
  startsHere: (text: string, i: number) => boolean,
  window: number,
  from = 0,
): ScanMatch | undefined {
  for (let i = from; i < text.length; i++) {
    if (!startsHere(text, i)) continue;
    const m = anchored.exec(text.slice(i, i + window));
    if (m) {
      m.index = i;
      return m as ScanMatch;
    }
  }
  return undefined;
}

/**
 * The match {@link scanAnchored} finds, for a pattern whose every match holds `literal` within its
 * first `lead + literal.length` characters: the scan starts `lead` characters before the first
 * `literal` of the text (no match can start earlier), and there is none when the text lacks it.
 * One native search stands in for trying the pattern at every place before.
 *
 * @param text - the text to scan
 * @param anchored - the pattern, anchored with `^`, without the `g` or `y` flag
 * @param startsHere - whether a match may start at `i` (checked in O(1))
 * @param window - the longest match possible, in characters
 * @param literal - a string every match holds
 * @param lead - the most characters a match holds before `literal`
 * @returns the first match, or undefined
 *
 * @example
 * ```ts
 * // "session" stands at most 44 characters into "Tenth emergency special session".
 * const SESSION = /^([A-Z][a-z]{2,12}(?:-[a-z]{3,10})?) (emergency special |special )?session/;
 * scanAnchoredHolding("United Nations Sixty-fifth session", SESSION, atWordStart, 50, "session", 44)?.[1]; // "Sixty-fifth"
 * ```
 */
export function scanAnchoredHolding(
  text: string,
  anchored: RegExp,
  startsHere: (text: string, i: number) => boolean,
  window: number,
  literal: string,
  lead: number,
): ScanMatch | undefined {
  const at = text.indexOf(literal);
  return at < 0 ? undefined : scanAnchored(text, anchored, startsHere, window, Math.max(0, at - lead));
}

/** Every match of `anchored`, left to right, not overlapping. */
export function scanAllAnchored(
  text: string,
  anchored: RegExp,
  startsHere: (text: string, i: number) => boolean,
  window: number,
): ScanMatch[] {
  const out: ScanMatch[] = [];
  let from = 0;
  for (;;) {
    const m = scanAnchored(text, anchored, startsHere, window, from);
    if (!m) return out;
    out.push(m);
    from = m.index + Math.max(1, m[0].length);
  }
}

/** A match may start at a digit that follows no digit or letter. */
export function atNumberStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x30 || c > 0x39) return false;
  return i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1] as string);
}

/** A match may start at a capital letter that follows no letter, digit or hyphen. */
export function atWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x41 || c > 0x5a) return false;
  return i === 0 || !/[\p{L}\p{N}-]/u.test(text[i - 1] as string);
}

/**
 * Whether `text` ends with one of `marks`, after at most `closers` closing quotes or brackets
 * (" ” ’ ) ]), read back from the end a code unit at a time (no string made).
 *
 * @example
 * ```ts
 * endsWithMark("the “Palermo Protocol”),", ",;:.", 2); // true
 * endsWithMark("Urges States", ".;:"); // false
 * ```
 */
export function endsWithMark(text: string, marks: string, closers = 3): boolean {
  let end = text.length;
  let skipped = 0;
  while (end > 0 && skipped < closers && isClosingQuote(text.charCodeAt(end - 1))) {
    end--;
    skipped++;
  }
  return end > 0 && holdsCodeUnit(marks, text.charCodeAt(end - 1));
}

/** Whether a code unit is a closing quote or bracket: " ” ’ ) ]. */
function isClosingQuote(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d;
}

/** Whether `chars` holds the code unit `code` (a few marks: compared one by one, no string made). */
function holdsCodeUnit(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/**
 * Where the stretch `start..end` of `text` ends once the punctuation marks at its end are cut
 * ("concern," gives the end of "concern"), without copying it or making a string a character.
 *
 * @example
 * ```ts
 * endBeforeTrailingMarks("Noting with concern, the", 0, 20); // 19
 * ```
 */
export function endBeforeTrailingMarks(text: string, start: number, end: number, marks = ",;:."): number {
  let at = end;
  while (at > start && holdsCodeUnit(marks, text.charCodeAt(at - 1))) at--;
  return at;
}
