/**
 * A string together with the source offset of each of its UTF-16 code units, so that every
 * clean-up step keeps offsets into the original text (eyecite's token start/end).
 *
 * Guarantees: `offsets.length === text.length`, and offsets never decrease.
 */
export interface MappedText {
  readonly text: string;
  readonly offsets: readonly number[];
}

/** The empty mapped text. */
export const emptyMapped: MappedText = { text: "", offsets: [] };

/**
 * Builds a {@link MappedText} piece by piece in linear time: characters go into an array, so
 * trimming the end costs only what it removes.
 */
export class MappedTextBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];

  /** Appends the characters `from..to` of `source`, whose offsets are `offsets`. */
  appendMapped(source: MappedText, from = 0, to = source.text.length): void {
    for (let i = from; i < to; i++) {
      this.chars.push(source.text[i] as string);
      this.offsets.push(source.offsets[i] as number);
    }
  }

  /** Appends one made-up character (a joining space), mapped to the previous character's offset. */
  appendSynthetic(char: string): void {
    this.chars.push(char);
    this.offsets.push(this.offsets.length > 0 ? (this.offsets[this.offsets.length - 1] as number) : 0);
  }

  /** The last character appended, or "" when nothing was. */
  get last(): string {
    return this.chars[this.chars.length - 1] ?? "";
  }

  /** Whether nothing was appended. */
  get isEmpty(): boolean {
    return this.chars.length === 0;
  }

  /** Drops the trailing characters while they satisfy `test`. */
  trimEnd(test: (char: string) => boolean): void {
    while (this.chars.length > 0 && test(this.chars[this.chars.length - 1] as string)) {
      this.chars.pop();
      this.offsets.pop();
    }
  }

  /** The mapped text built so far. */
  build(): MappedText {
    return { text: this.chars.join(""), offsets: this.offsets.slice() };
  }
}

/** The part of `m` from `from` to `to`. */
export function sliceMapped(m: MappedText, from: number, to = m.text.length): MappedText {
  return { text: m.text.slice(from, to), offsets: m.offsets.slice(from, to) };
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
