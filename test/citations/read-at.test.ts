import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lengthAt, readAt } from "../../src/citations/read-at.js";

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
