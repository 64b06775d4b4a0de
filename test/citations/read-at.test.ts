import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lengthAt, letterBefore, readAt } from "../../src/citations/read-at.js";

describe("lengthAt", () => {
  it("reads the white space after an Article word and refuses a head without its comma", () => {
    expect(lengthAt(/s?\s/y, "Articles 41", 7)).toBe(2);
    expect(lengthAt(/,\s/y, "Ibid., vol. 96", 4)).toBe(-1);
    expect(lengthAt(/,\s/y, "Ibid., vol. 96", 5)).toBe(2);
  });

  it("is the length of readAt's match, or -1 where it finds none, and leaves no state behind", () => {
    const patterns = [/s?\s/y, /,\s/y, /\d{1,3}/y, /(?:)/y];
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.stringMatching(/^[as ,0-9]{0,12}$/),
        fc.nat({ max: 13 }),
        (pattern, text, at) => {
          const match = readAt(pattern, text, at);
          expect(lengthAt(pattern, text, at)).toBe(match === null ? -1 : match[0].length);
          expect(pattern.lastIndex).toBe(0);
        },
      ),
    );
  });
});

describe("letterBefore", () => {
  it("sees no letter before the start of a footnote that opens with its citation (seed footnote 2)", () => {
    expect(letterBefore("Ibid., vol. 2237, No. 39574.", 0)).toBe(false);
    expect(letterBefore("See Official Records", 4)).toBe(false);
    expect(letterBefore("xIbid.,", 1)).toBe(true);
  });

  it("is whether the code unit before the offset is an ASCII letter, for every offset of any text (law)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "Z", "é", " ", "1", "[", "`", "@", "{"), maxLength: 6 }),
        (text) => {
          for (let at = 0; at <= text.length; at += 1) {
            expect(letterBefore(text, at)).toBe(/[A-Za-z]/.test(text.charAt(at - 1)));
          }
        },
      ),
    );
  });
});
