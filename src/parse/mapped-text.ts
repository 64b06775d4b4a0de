/**
 * A string together with the source offset of each of its UTF-16 code units, so that every
 * clean-up step keeps offsets into the original text (eyecite's token start/end).
 *
 * Guarantees: `offsets.length === text.length`, and offsets never decrease.
 */
export interface MappedText {
  readonly text: string;
  /** Kept in a typed array: off the garbage-collected heap, four bytes a character. */
  readonly offsets: Int32Array;
}

/** How many offsets one block of {@link newOffsets} holds: 64 K, 256 KB. */
const BLOCK = 1 << 16;

/** The block that {@link newOffsets} cuts arrays from, and how much of it is handed out. */
let block = new Int32Array(0);
let used = 0;

/**
 * A new array of `length` offsets, zeroed. Arrays are cut from a block of 64 K offsets as views
 * (a view costs a fifteenth of a new typed array): every array handed out is a region never handed
 * out before, so this is as pure as `new Int32Array(length)`. A block is freed when the last view
 * of it is.
 *
 * @param length - how many offsets
 */
export function newOffsets(length: number): Int32Array {
  if (length > BLOCK / 4) return new Int32Array(length);
  if (used + length > block.length) {
    block = new Int32Array(BLOCK);
    used = 0;
  }
  const view = block.subarray(used, used + length);
  used += length;
  return view;
}

/**
 * Builds a {@link MappedText} piece by piece in linear time: text in chunks, offsets in a typed
 * array that doubles when full; trimming the end costs only what it removes.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private offsets: Int32Array;
  private length = 0;
  private lastChar = "";

  /** @param capacity - how many characters are expected (the builder grows past it if need be) */
  constructor(capacity = 0) {
    this.offsets = newOffsets(capacity);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.offsets.length) return;
    const grown = newOffsets(Math.max(this.offsets.length * 2, this.length + extra, 16));
    grown.set(this.offsets.subarray(0, this.length));
    this.offsets = grown;
  }

  /** Appends the characters `from..to` of `source`, whose offsets are `offsets`. */
  appendMapped(source: MappedText, from = 0, to = source.text.length): void {
    if (to <= from) return;
    this.parts.push(from === 0 && to === source.text.length ? source.text : source.text.slice(from, to));
    this.reserve(to - from);
    this.offsets.set(source.offsets.subarray(from, to), this.length);
    this.length += to - from;
    this.lastChar = source.text[to - 1] as string;
  }

  /** Appends one made-up character (a joining space), mapped to the previous character's offset. */
  appendSynthetic(char: string): void {
    this.parts.push(char);
    this.reserve(1);
    this.offsets[this.length] = this.length > 0 ? (this.offsets[this.length - 1] as number) : 0;
    this.length++;
    this.lastChar = char;
  }

  /** The last character appended, or "" when nothing was. */
  get last(): string {
    return this.lastChar;
  }

  /** Whether nothing was appended. */
  get isEmpty(): boolean {
    return this.length === 0;
  }

  /** Drops the trailing characters while they satisfy `test`; costs what it removes. */
  trimEnd(test: (char: string) => boolean): void {
    while (this.parts.length > 0) {
      const part = this.parts[this.parts.length - 1] as string;
      let end = part.length;
      while (end > 0 && test(part[end - 1] as string)) end--;
      this.length -= part.length - end;
      if (end > 0) {
        if (end < part.length) this.parts[this.parts.length - 1] = part.slice(0, end);
        break;
      }
      this.parts.pop();
    }
    const last = this.parts[this.parts.length - 1];
    this.lastChar = last ? (last[last.length - 1] as string) : "";
  }

  /** The mapped text built so far; the builder is not to be used after. */
  build(): MappedText {
    return { text: this.parts.join(""), offsets: this.offsets.subarray(0, this.length) };
  }
}

/** The part of `m` from `from` to `to`. */
export function sliceMapped(m: MappedText, from: number, to = m.text.length): MappedText {
  return { text: m.text.slice(from, to), offsets: m.offsets.subarray(from, to) };
}

/** `m` without leading and trailing white space. */
export function trimMapped(m: MappedText): MappedText {
  let start = 0;
  let end = m.text.length;
  while (start < end && isSpace(m.text.charCodeAt(start))) start++;
  while (end > start && isSpace(m.text.charCodeAt(end - 1))) end--;
  return start === 0 && end === m.text.length ? m : sliceMapped(m, start, end);
}

/** Whether a UTF-16 code unit is white space (ASCII, no-break and the Unicode spaces). */
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
