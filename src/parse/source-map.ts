import type { Point, Position } from "../schemas/position.js";

/** How many lines after the last lookup's are tried one by one before a binary search. */
const NEAR_LINES = 4;

/**
 * Turns offsets into unist points (line and column from 1) for one source text, by binary search
 * over the line starts: O(log n) a lookup after an O(n) index, and O(1) for a lookup on the line of
 * the one before or a few lines after it (a parse asks for its positions going forward).
 */
export class SourceMap {
  private readonly lineStarts: number[] = [0];
  /** The line (index into `lineStarts`) of the last lookup, where the next one is looked for first. */
  private last = 0;

  /** @param source - the original text */
  constructor(readonly source: string) {
    // A line starts after "\n", and after a "\r" that no "\n" follows; both found by indexOf.
    let feed = source.indexOf("\n");
    let back = source.indexOf("\r");
    while (feed >= 0 || back >= 0) {
      if (back < 0 || (feed >= 0 && feed < back)) {
        this.lineStarts.push(feed + 1);
        feed = source.indexOf("\n", feed + 1);
      } else {
        if (source.charCodeAt(back + 1) !== 0x0a) this.lineStarts.push(back + 1);
        back = source.indexOf("\r", back + 1);
      }
    }
  }

  /** How many lines the source has: one more than its line breaks ("\n", "\r\n" or a lone "\r"). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * Where line `k` (from 0) starts.
   *
   * @param k - a line index, `0 <= k < lineCount`
   * @returns the offset of its first character
   */
  lineStart(k: number): number {
    return this.lineStarts[k] as number;
  }

  /**
   * Where line `k` (from 0) ends: before its line break, or at the end of the source for the last line.
   *
   * @param k - a line index, `0 <= k < lineCount`
   * @returns the offset just after its last character
   */
  lineEnd(k: number): number {
    const starts = this.lineStarts;
    if (k + 1 >= starts.length) return this.source.length;
    const next = starts[k + 1] as number;
    // The break is "\n", "\r\n" or a lone "\r": two code units only for "\r\n".
    const crlf = this.source.charCodeAt(next - 1) === 0x0a && this.source.charCodeAt(next - 2) === 0x0d;
    return crlf ? next - 2 : next - 1;
  }

  /** The point at `offset`. */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.source.length));
    const starts = this.lineStarts;
    // The line is at or after the last lookup's, or before it: the search is bounded on that side.
    const after = (starts[this.last] as number) <= o;
    let low = after ? this.last : 0;
    let high = after ? starts.length - 1 : this.last - 1;
    // A few lines forward are tried one by one before bisecting: most lookups land there.
    for (let k = 0; k < NEAR_LINES && low < high && (starts[low + 1] as number) <= o; k++) low++;
    if (low < high && (starts[low + 1] as number) > o) high = low;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= o) low = mid;
      else high = mid - 1;
    }
    this.last = low;
    return { line: low + 1, column: o - (starts[low] as number) + 1, offset: o };
  }

  /** The position from `start` (inclusive) to `end` (exclusive). */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}
