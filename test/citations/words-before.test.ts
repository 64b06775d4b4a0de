import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Word, WordsBefore } from "../../src/citations/words-before.js";

/** Every word of a reader, last first, until it has no more. */
function allWords(words: WordsBefore): Word[] {
  const out: Word[] = [];
  for (let word = words.at(0); word !== undefined; word = words.at(out.length)) out.push(word);
  return out;
}

/** The forward cut the reader must agree with: runs of non-space characters cut every 80, the last `keep`, last first. */
function forwardCut(text: string, from: number, end: number, keep: number): Array<{ text: string; start: number }> {
  const words = [...text.slice(from, end).matchAll(/[^\s]{1,80}/g)].map((m) => ({ text: m[0], start: from + m.index }));
  return words.slice(Math.max(0, words.length - keep)).reverse();
}

describe("WordsBefore", () => {
  it("reads the words of a treaty name back from its end (seed, operative paragraph 4)", () => {
    const text = "implement the Convention on the Rights of the Child";
    const words = new WordsBefore(text, 0, text.length, 80);
    expect(words.at(0)).toEqual({ text: "Child", bare: "Child", start: 46, end: 51 });
    expect(words.at(6)?.text).toBe("Convention");
    expect(words.at(8)?.text).toBe("implement");
    expect(words.at(9)).toBeUndefined();
  });

  it("gives a word without its closing punctuation and opening bracket as bare", () => {
    const words = new WordsBefore("(Crime), (Child,", 0, 16, 80);
    expect(words.at(0)?.bare).toBe("Child");
    expect(words.at(1)?.bare).toBe("Crime");
  });

  it("cuts a run longer than 80 characters from the run's start and stops at `from` and at `keep`", () => {
    const text = `${"a".repeat(170)} b`;
    const words = new WordsBefore(text, 0, text.length, 3);
    expect(allWords(words).map((w) => [w.start, w.end])).toEqual([
      [171, 172],
      [160, 170],
      [80, 160],
    ]);
    expect(allWords(new WordsBefore(text, 100, text.length, 80)).map((w) => [w.start, w.end])).toEqual([
      [171, 172],
      [100, 170],
    ]);
  });

  it("agrees with the forward cut /[^\\s]{1,80}/g of the same stretch, for any text", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        " ",
        "\n",
        "\t",
        "\v",
        "\f",
        "\r",
        "\u0008",
        "\u000e",
        "\u001c",
        "\u007f",
        "\u0085",
        "\u00a0",
        "\u1680",
        "\u2028",
        "\u200b",
        "\ufeff",
        "\u3000",
        "Convention,",
        "(the",
        "x".repeat(85),
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 90 }),
        (pieces, a, b, keep) => {
          const text = pieces.join("");
          const end = a % (text.length + 1);
          const from = b % (end + 1);
          const read = allWords(new WordsBefore(text, from, end, keep));
          expect(read.map((w) => ({ text: w.text, start: w.start }))).toEqual(forwardCut(text, from, end, keep));
          for (const w of read) {
            expect(text.slice(w.start, w.end)).toBe(w.text);
            expect(w.bare).toBe(w.text.replace(/[,;:()]+$/, "").replace(/^\(+/, ""));
          }
        },
      ),
    );
  });
});
