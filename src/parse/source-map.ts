import type { Point, Position } from "../schemas/position.js";

/**
 * Turns offsets into unist points (line and column from 1) for one source text, by binary search
 * over the line starts: O(log n) a lookup after an O(n) index.
 */
export class SourceMap {
  private readonly lineStarts: number[] = [0];

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

  /** The point at `offset`. */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.source.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= o) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: o - (this.lineStarts[low] as number) + 1, offset: o };
  }

  /** The position from `start` (inclusive) to `end` (exclusive). */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}
