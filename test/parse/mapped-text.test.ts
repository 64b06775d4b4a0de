import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  indexAtSource,
  type MappedText,
  MappedTextBuilder,
  mappedFrom,
  sliceMapped,
  sourceAt,
  sourceEnd,
  sourceStart,
  trimMapped,
} from "../../src/parse/mapped-text.js";

/** The offsets of `m` one a character, read through {@link sourceAt}. */
function offsetsOf(m: MappedText): number[] {
  return Array.from(m.text, (_, i) => sourceAt(m, i));
}

/**
 * A plain model of the builder as it was before runs: one offset a character, pushed one by one,
 * a made-up character at the previous character's offset.
 */
class PlainBuilder {
  text = "";
  offsets: number[] = [];
  appendMapped(source: { text: string; offsets: number[] }, from: number, to: number): void {
    if (to <= from) return;
    this.text += source.text.slice(from, to);
    this.offsets.push(...source.offsets.slice(from, to));
  }
  appendRun(text: string, start: number): void {
    this.text += text;
    for (let i = 0; i < text.length; i++) this.offsets.push(start + i);
  }
  appendSynthetic(char: string, source?: number): void {
    this.text += char;
    this.offsets.push(source ?? (this.offsets.length > 0 ? (this.offsets[this.offsets.length - 1] as number) : 0));
  }
  trimEnd(test: (c: string) => boolean): number {
    let end = this.text.length;
    while (end > 0 && test(this.text[end - 1] as string)) end--;
    const removed = this.text.length - end;
    this.text = this.text.slice(0, end);
    this.offsets.length = end;
    return removed;
  }
}

/** One step of building: an operation of the builder, with its arguments. */
type Step =
  | { op: "mapped"; source: number; from: number; to: number }
  | { op: "run"; text: string; start: number }
  | { op: "synthetic"; char: string; source?: number }
  | { op: "trim"; char: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant("mapped" as const),
    source: fc.nat({ max: 3 }),
    from: fc.nat({ max: 12 }),
    to: fc.nat({ max: 12 }),
  }),
  fc.record({
    op: fc.constant("run" as const),
    text: fc.string({ unit: fc.constantFrom("a", "b", " ", "-"), maxLength: 6 }),
    start: fc.nat({ max: 60 }),
  }),
  fc.record(
    { op: fc.constant("synthetic" as const), char: fc.constantFrom(" ", "-", "\n"), source: fc.nat({ max: 60 }) },
    { requiredKeys: ["op", "char"] },
  ),
  fc.record({ op: fc.constant("trim" as const), char: fc.constantFrom(" ", "-", "a") }),
);

/** A source to copy from: a text with offsets one a character, and the same as runs. */
const source = fc
  .array(fc.tuple(fc.constantFrom("a", "b", " ", "-"), fc.integer({ min: -2, max: 5 })), { maxLength: 12 })
  .map((chars) => {
    const text = chars.map(([c]) => c).join("");
    let at = 10;
    const offsets = chars.map(([, gap]) => {
      at += gap === 0 ? 1 : gap;
      return at;
    });
    const b = new MappedTextBuilder();
    for (const [i, c] of [...text].entries()) b.appendRun(c, offsets[i] as number);
    return { plain: { text, offsets }, mapped: b.build() };
  });

/** Runs one after another: no run merely continues the one before it. */
function expectCanonical(m: MappedText): void {
  const runs = m.runs;
  expect(runs.length % 2).toBe(0);
  expect(runs.length === 0).toBe(m.text.length === 0);
  if (runs.length > 0) expect(runs[0]).toBe(0);
  for (let k = 2; k < runs.length; k += 2) {
    const start = runs[k] as number;
    expect(start).toBeGreaterThan(runs[k - 2] as number);
    expect(start).toBeLessThan(m.text.length);
    expect(runs[k + 1]).not.toBe((runs[k - 1] as number) + start - (runs[k - 2] as number));
  }
}

describe("MappedTextBuilder", () => {
  it("keeps each character's source offset through appends, made-up spaces and trimming", () => {
    const line = mappedFrom("Urges States", 100);
    const b = new MappedTextBuilder();
    b.appendMapped(line, 0, 5);
    b.appendSynthetic(" ");
    b.appendMapped(line, 6);
    b.appendSynthetic(" ");
    expect(b.trimEnd((c) => c === " ")).toBe(1);
    const out = b.build();
    expect(out.text).toBe("Urges States");
    expect(offsetsOf(out)).toEqual([100, 101, 102, 103, 104, 104, 106, 107, 108, 109, 110, 111]);
    // "Urges", the space at 104, "States": three runs.
    expect(out.runs).toEqual([0, 100, 5, 104, 6, 106]);
  });

  it("merges a run that continues the one before it", () => {
    const b = new MappedTextBuilder();
    b.appendRun("multidrug", 50);
    // A hyphen put where the next line's first character stood, less one, joins that line's run.
    b.appendSynthetic("-", 60);
    b.appendRun("resistant", 61);
    expect(b.build().runs).toEqual([0, 50, 9, 60]);
  });

  it("gives, for any steps, the offsets a builder of one offset a character gives", () => {
    fc.assert(
      fc.property(
        fc.array(source, { minLength: 4, maxLength: 4 }),
        fc.array(step, { maxLength: 25 }),
        (sources, steps) => {
          const b = new MappedTextBuilder();
          const plain = new PlainBuilder();
          for (const s of steps) {
            if (s.op === "mapped") {
              const from = sources[s.source] as (typeof sources)[number];
              const to = Math.min(s.to, from.plain.text.length);
              const start = Math.min(s.from, to);
              b.appendMapped(from.mapped, start, to);
              plain.appendMapped(from.plain, start, to);
            } else if (s.op === "run") {
              b.appendRun(s.text, s.start);
              plain.appendRun(s.text, s.start);
            } else if (s.op === "synthetic") {
              b.appendSynthetic(s.char, s.source);
              plain.appendSynthetic(s.char, s.source);
            } else {
              expect(b.trimEnd((c) => c === s.char)).toBe(plain.trimEnd((c) => c === s.char));
            }
            expect(b.length).toBe(plain.text.length);
            expect(b.isEmpty).toBe(plain.text.length === 0);
            expect(b.last).toBe(plain.text.slice(-1));
          }
          const out = b.build();
          expect(out.text).toBe(plain.text);
          expect(offsetsOf(out)).toEqual(plain.offsets);
          expectCanonical(out);
        },
      ),
    );
  });
});

describe("sliceMapped and trimMapped", () => {
  it("cut the runs with the text", () => {
    const m: MappedText = { text: "Urges States", runs: [0, 100, 5, 104, 6, 106] };
    expect(sliceMapped(m, 3, 8)).toEqual({ text: "es St", runs: [0, 103, 2, 104, 3, 106] });
    expect(sliceMapped(m, 6)).toEqual({ text: "States", runs: [0, 106] });
    expect(sliceMapped(m, 4, 4)).toEqual({ text: "", runs: [] });
    expect(trimMapped(mappedFrom(" a ", 1))).toEqual({ text: "a", runs: [0, 2] });
    expect(trimMapped(mappedFrom("   ", 1))).toEqual({ text: "", runs: [] });
  });

  it("keep, for any slice, the offsets the slice of a plain array keeps", () => {
    fc.assert(
      fc.property(source, fc.nat({ max: 14 }), fc.nat({ max: 14 }), ({ plain, mapped }, a, b) => {
        const to = Math.min(Math.max(a, b), plain.text.length);
        const from = Math.min(a, b, to);
        const part = sliceMapped(mapped, from, to);
        expect(part.text).toBe(plain.text.slice(from, to));
        expect(offsetsOf(part)).toEqual(plain.offsets.slice(from, to));
        expectCanonical(part);
        const trimmed = trimMapped(mapped);
        const start = plain.text.length - plain.text.trimStart().length;
        expect(trimmed.text).toBe(plain.text.trim());
        expect(offsetsOf(trimmed)).toEqual(plain.offsets.slice(start, start + trimmed.text.length));
      }),
    );
  });
});

describe("sourceStart, sourceEnd and indexAtSource", () => {
  it("read the ends of a text and find a source offset in it", () => {
    const m: MappedText = { text: "Urges States", runs: [0, 100, 5, 104, 6, 106] };
    expect(sourceStart(m)).toBe(100);
    expect(sourceEnd(m)).toBe(112);
    expect(sourceStart(mappedFrom(""))).toBeUndefined();
    expect(sourceEnd(mappedFrom(""))).toBeUndefined();
    expect(indexAtSource(m, 0)).toBe(0);
    expect(indexAtSource(m, 104)).toBe(4);
    expect(indexAtSource(m, 105)).toBe(6);
    expect(indexAtSource(m, 112)).toBe(12);
  });

  it("agree with a linear scan of the offsets, for any text whose offsets never decrease", () => {
    const monotone = fc
      .array(fc.tuple(fc.constantFrom("a", " "), fc.constantFrom(0, 1, 1, 1, 2, 7)), { maxLength: 30 })
      .map((chars) => {
        let at = 5;
        const offsets = chars.map(([, gap]) => {
          at += gap;
          return at;
        });
        const b = new MappedTextBuilder();
        chars.forEach(([c], i) => {
          b.appendRun(c, offsets[i] as number);
        });
        return { offsets, mapped: b.build() };
      });
    fc.assert(
      fc.property(monotone, fc.integer({ min: 0, max: 120 }), ({ offsets, mapped }, target) => {
        const first = offsets.findIndex((o) => o >= target);
        expect(indexAtSource(mapped, target)).toBe(first < 0 ? offsets.length : first);
        expect(sourceStart(mapped)).toBe(offsets[0]);
        expect(sourceEnd(mapped)).toBe(offsets.length > 0 ? (offsets[offsets.length - 1] as number) + 1 : undefined);
        // Every offset of the text is found at its first place.
        for (const o of offsets) expect(indexAtSource(mapped, o)).toBe(offsets.indexOf(o));
      }),
    );
  });
});
