import type { Point, Position } from "../schemas/position.js";

/**
 * Turns offsets into unist points (line and column from 1) for one source text, by binary search
 * over the line starts: O(log n) a lookup after an O(n) index.
 */
export class SourceMap {
  private readonly lineStarts: number[] = [0];

  /** @param source - the original text */
  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 0x0a) this.lineStarts.push(i + 1);
      else if (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a) this.lineStarts.push(i + 1);
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
