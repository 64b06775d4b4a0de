/**
 * A string together with the source offset of each of its UTF-16 code units, so that every
 * clean-up step keeps offsets into the original text (eyecite's token start/end).
 *
 * The offsets are kept as runs, not one number a character: `runs` is a flat list of pairs
 * `[textStart0, source0, textStart1, source1, …]`, and the character at text index `i` of the run
 * starting at `textStartK` maps to `sourceK + (i - textStartK)`. A line copied as it is is one run;
 * a made-up character (a joining space) is a run of length one.
 *
 * Guarantees:
 * - `runs` is empty exactly when `text` is; otherwise `runs[0] === 0`, the text starts increase
 *   and each is below `text.length`, so there is exactly one offset per code unit;
 * - offsets never decrease from one character to the next;
 * - texts built by {@link MappedTextBuilder} and cut by {@link sliceMapped} hold no run that merely
 *   continues the one before it (`sourceK === sourceK-1 + textStartK - textStartK-1`): the list is
 *   as short as the offsets allow.
 *
 * Hint: `runs` is a plain array of small integers (cheaper to make than a small typed array, and
 * garbage-collected with its text); it is never written into once built.
 *
 * @example
 * ```ts
 * // "Urges States" read from offset 100, with the two words joined by a made-up space.
 * const m: MappedText = { text: "Urges States", runs: [0, 100, 5, 104, 6, 106] };
 * sourceAt(m, 6); // 106 ("S")
 * ```
 */
export interface MappedText {
  readonly text: string;
  /** Pairs of (text index where a run starts, source offset of its first character), in text order. */
  readonly runs: readonly number[];
}

/** The empty mapped text: no characters, no runs. */
function empty(): MappedText {
  return { text: "", runs: [] };
}

/**
 * A mapped text whose characters stand one after another in the source, the first at `start`
 * (a line copied as it is).
 *
 * @param text - the characters
 * @param start - the source offset of the first one
 * @returns the mapped text, one run (none when `text` is empty)
 *
 * @example
 * ```ts
 * const m = mappedFrom("Urges", 100);
 * sourceAt(m, 4); // 104
 * ```
 */
export function mappedFrom(text: string, start = 0): MappedText {
  return text.length === 0 ? empty() : { text, runs: [0, start] };
}

/**
 * The index into `runs` (even) of the run holding text index `i`: the last run that starts at or
 * before `i`, found by binary search.
 */
function runAt(runs: readonly number[], i: number): number {
  let low = 0;
  let high = (runs.length >> 1) - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((runs[mid << 1] as number) <= i) low = mid;
    else high = mid - 1;
  }
  return low << 1;
}

/**
 * The source offset of the character at text index `i` (binary search over the runs).
 *
 * @param m - the mapped text
 * @param i - a text index, `0 <= i < m.text.length`
 * @returns its source offset
 *
 * @example
 * ```ts
 * sourceAt({ text: "Urges States", runs: [0, 100, 5, 104, 6, 106] }, 5); // 104 (the made-up space)
 * ```
 *
 * Hint: outside the text the answer means nothing (the first or last run is extended).
 */
export function sourceAt(m: MappedText, i: number): number {
  const runs = m.runs;
  const k = runs.length === 2 ? 0 : runAt(runs, i);
  return (runs[k + 1] as number) + (i - (runs[k] as number));
}

/**
 * The source offset of the first character, or undefined for an empty text.
 *
 * @param m - the mapped text
 * @returns where it starts in the source
 *
 * @example
 * ```ts
 * sourceStart(mappedFrom("Urges", 100)); // 100
 * sourceStart(mappedFrom("")); // undefined
 * ```
 */
export function sourceStart(m: MappedText): number | undefined {
  return m.runs[1];
}

/**
 * The source offset just after the last character (its offset plus one), or undefined for an
 * empty text.
 *
 * @param m - the mapped text
 * @returns where it ends in the source
 *
 * @example
 * ```ts
 * sourceEnd(mappedFrom("Urges", 100)); // 105
 * sourceEnd(mappedFrom("")); // undefined
 * ```
 */
export function sourceEnd(m: MappedText): number | undefined {
  const runs = m.runs;
  const n = runs.length;
  if (n === 0) return undefined;
  return (runs[n - 1] as number) + (m.text.length - (runs[n - 2] as number));
}

/**
 * The first text index whose source offset is at least `source`, or the text's length when none
 * is (the inverse of {@link sourceAt}, by binary search over the runs).
 *
 * @param m - the mapped text
 * @param source - a source offset
 * @returns the text index
 *
 * @example
 * ```ts
 * const m = { text: "Urges States", runs: [0, 100, 5, 104, 6, 106] };
 * indexAtSource(m, 105); // 6: the space maps to 104, "S" to 106
 * indexAtSource(m, 500); // 12
 * ```
 *
 * Hint: relies on offsets never decreasing, as every mapped text guarantees.
 */
export function indexAtSource(m: MappedText, source: number): number {
  const runs = m.runs;
  const n = runs.length >> 1;
  // The first run whose first character is at or after `source`.
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((runs[(mid << 1) + 1] as number) < source) low = mid + 1;
    else high = mid;
  }
  const next = low < n ? (runs[low << 1] as number) : m.text.length;
  if (low > 0) {
    // The run before starts below `source`: it holds the answer if it reaches that far.
    const k = (low - 1) << 1;
    const start = runs[k] as number;
    const first = runs[k + 1] as number;
    if (first + (next - start) - 1 >= source) return start + (source - first);
  }
  return next;
}

/**
 * The part of `m` from `from` to `to`, with its runs.
 *
 * @param m - the mapped text
 * @param from - the first text index kept
 * @param to - the text index just after the last kept (`0 <= from <= to <= m.text.length`)
 * @returns the part, each character at its source offset as in `m`
 *
 * @example
 * ```ts
 * const part = sliceMapped({ text: "Urges States", runs: [0, 100, 5, 104, 6, 106] }, 3, 8);
 * // { text: "es St", runs: [0, 103, 2, 104, 3, 106] }
 * ```
 *
 * Hint: costs the runs it keeps; a text of one run slices in constant time (besides the string).
 */
export function sliceMapped(m: MappedText, from: number, to = m.text.length): MappedText {
  if (from <= 0 && to >= m.text.length) return m;
  const text = m.text.slice(from, to);
  if (text.length === 0) return empty();
  const runs = m.runs;
  if (runs.length === 2) return { text, runs: [0, (runs[1] as number) + from] };
  const end = from + text.length;
  let k = runAt(runs, from);
  const out = [0, (runs[k + 1] as number) + (from - (runs[k] as number))];
  for (k += 2; k < runs.length && (runs[k] as number) < end; k += 2)
    out.push((runs[k] as number) - from, runs[k + 1] as number);
  return { text, runs: out };
}

/**
 * `m` without leading and trailing white space.
 *
 * @param m - the mapped text
 * @returns `m` itself when it has none, else the trimmed part
 *
 * @example
 * ```ts
 * trimMapped(mappedFrom(" a ", 1)); // { text: "a", runs: [0, 2] }
 * ```
 */
export function trimMapped(m: MappedText): MappedText {
  let start = 0;
  let end = m.text.length;
  while (start < end && isSpace(m.text.charCodeAt(start))) start++;
  while (end > start && isSpace(m.text.charCodeAt(end - 1))) end--;
  return start === 0 && end === m.text.length ? m : sliceMapped(m, start, end);
}

/**
 * Builds a {@link MappedText} piece by piece in linear time: text in chunks, offsets as runs, a run
 * that continues the one before it merged into it; trimming the end costs only what it removes.
 *
 * @example
 * ```ts
 * const line = mappedFrom("Urges  States", 100);
 * const b = new MappedTextBuilder();
 * b.appendMapped(line, 0, 5);
 * b.appendSynthetic(" ");
 * b.appendMapped(line, 7);
 * b.build(); // { text: "Urges States", runs: [0, 100, 5, 104, 6, 107] }
 * ```
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly runs: number[] = [];
  private size = 0;
  private lastChar = "";

  /** Adds the run (`textStart`, `source`) unless it continues the last run, which then covers it. */
  private pushRun(textStart: number, source: number): void {
    const runs = this.runs;
    const n = runs.length;
    if (n > 0 && (runs[n - 1] as number) + (textStart - (runs[n - 2] as number)) === source) return;
    runs.push(textStart, source);
  }

  /**
   * Appends the characters `from..to` of `source`, at their source offsets.
   *
   * @param source - the mapped text to copy from
   * @param from - the first index copied
   * @param to - the index just after the last copied
   *
   * @example
   * ```ts
   * b.appendMapped(line, 0, 5);
   * ```
   */
  appendMapped(source: MappedText, from = 0, to = source.text.length): void {
    if (to <= from) return;
    this.parts.push(from === 0 && to === source.text.length ? source.text : source.text.slice(from, to));
    const runs = source.runs;
    let k = runs.length === 2 ? 0 : runAt(runs, from);
    this.pushRun(this.size, (runs[k + 1] as number) + (from - (runs[k] as number)));
    const shift = this.size - from;
    for (k += 2; k < runs.length && (runs[k] as number) < to; k += 2)
      this.pushRun((runs[k] as number) + shift, runs[k + 1] as number);
    this.size += to - from;
    this.lastChar = source.text[to - 1] as string;
  }

  /**
   * Appends characters that stand one after another in the source, the first at `source`.
   *
   * @param text - the characters
   * @param source - the source offset of the first
   *
   * @example
   * ```ts
   * b.appendRun("States", 106);
   * ```
   */
  appendRun(text: string, source: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.pushRun(this.size, source);
    this.size += text.length;
    this.lastChar = text[text.length - 1] as string;
  }

  /**
   * Appends one made-up character (a joining space), mapped to `source`: by default the previous
   * character's offset (0 when there is none).
   *
   * @param char - one UTF-16 code unit
   * @param source - the source offset to map it to
   *
   * @example
   * ```ts
   * b.appendSynthetic(" ");
   * ```
   */
  appendSynthetic(char: string, source = this.lastSource()): void {
    this.appendRun(char, source);
  }

  /** The source offset of the last character appended, or 0 when there is none. */
  private lastSource(): number {
    const runs = this.runs;
    const n = runs.length;
    return n === 0 ? 0 : (runs[n - 1] as number) + (this.size - 1 - (runs[n - 2] as number));
  }

  /**
   * The last character appended, or "" when nothing was.
   *
   * @example
   * ```ts
   * if (b.last === "-") b.trimEnd((c) => c === "-");
   * ```
   */
  get last(): string {
    return this.lastChar;
  }

  /**
   * How many code units were appended (and not trimmed).
   *
   * @example
   * ```ts
   * refs.push({ number, offset: b.length });
   * ```
   */
  get length(): number {
    return this.size;
  }

  /**
   * Whether nothing was appended.
   *
   * @example
   * ```ts
   * if (!b.isEmpty) b.appendSynthetic(" ");
   * ```
   */
  get isEmpty(): boolean {
    return this.size === 0;
  }

  /**
   * Drops the trailing characters while they satisfy `test`; costs what it removes.
   *
   * @param test - whether a character goes
   * @returns how many characters went
   *
   * @example
   * ```ts
   * b.trimEnd((c) => c === " ");
   * ```
   */
  trimEnd(test: (char: string) => boolean): number {
    const before = this.size;
    while (this.parts.length > 0) {
      const part = this.parts[this.parts.length - 1] as string;
      let end = part.length;
      while (end > 0 && test(part[end - 1] as string)) end--;
      this.size -= part.length - end;
      if (end > 0) {
        if (end < part.length) this.parts[this.parts.length - 1] = part.slice(0, end);
        break;
      }
      this.parts.pop();
    }
    const runs = this.runs;
    while (runs.length > 0 && (runs[runs.length - 2] as number) >= this.size) runs.length -= 2;
    const last = this.parts[this.parts.length - 1];
    this.lastChar = last ? (last[last.length - 1] as string) : "";
    return before - this.size;
  }

  /**
   * The mapped text built so far; the builder is not to be used after.
   *
   * @returns the text and its runs
   *
   * @example
   * ```ts
   * const joined = b.build();
   * ```
   */
  build(): MappedText {
    const parts = this.parts;
    return { text: parts.length === 1 ? (parts[0] as string) : parts.join(""), runs: this.runs };
  }
}

/**
 * Whether a UTF-16 code unit is white space (ASCII, no-break and the Unicode spaces).
 *
 * @param code - a code unit, from `charCodeAt`
 * @returns whether it is white space
 *
 * @example
 * ```ts
 * isSpace(0xa0); // true
 * isSpace("a".charCodeAt(0)); // false
 * ```
 */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0c ||
    code === 0x0b ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
