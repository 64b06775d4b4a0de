import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meetingNumber, ordinalNumber, ordinalValue } from "../../src/text/ordinals.js";

describe("ordinalValue", () => {
  it("reads the ordinals that sessions and supplements are written in", () => {
    // A/RES/65/190 was adopted at the "Sixty-fifth session"; Official Records cite "Fifty-fifth Session".
    expect(ordinalValue("Sixty-fifth")).toBe(65);
    expect(ordinalValue("Fifty-fifth")).toBe(55);
    expect(ordinalValue("tenth")).toBe(10);
    expect(ordinalValue("Twentieth")).toBe(20);
    expect(ordinalValue("one hundredth")).toBe(100);
    expect(ordinalValue("One  Hundredth")).toBe(100);
  });

  it("reads nothing else, the names of Object.prototype included", () => {
    for (const word of ["constructor", "Constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"])
      expect(ordinalValue(word)).toBeUndefined();
    for (const word of ["sixty-constructor", "constructor-fifth", "one tenth", "sixty-tenth", "sixty", "", "-fifth"])
      expect(ordinalValue(word)).toBeUndefined();
  });

  it("gives a whole number from 1 to 100 or nothing, for any word", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (word) => {
        const value = ordinalValue(word);
        if (value !== undefined) expect(Number.isInteger(value) && value >= 1 && value <= 100).toBe(true);
      }),
    );
  });

  it("reads back every value from 1 to 99 written in words", () => {
    const units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    const teens = [
      "tenth",
      "eleventh",
      "twelfth",
      "thirteenth",
      "fourteenth",
      "fifteenth",
      "sixteenth",
      "seventeenth",
      "eighteenth",
      "nineteenth",
    ];
    const tens = ["twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"];
    for (let n = 1; n < 100; n++) {
      const t = Math.floor(n / 10);
      const u = n % 10;
      const word =
        n < 10
          ? units[n - 1]
          : n < 20
            ? teens[n - 10]
            : u === 0
              ? `${tens[t - 2]}ieth`
              : `${tens[t - 2]}y-${units[u - 1]}`;
      expect(ordinalValue(word as string)).toBe(n);
    }
  });
});

describe("ordinalNumber", () => {
  it("writes the suffix English gives each number", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 53, 111, 9520].map(ordinalNumber)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "53rd",
      "111th",
      "9520th",
    ]);
  });
});

describe("meetingNumber", () => {
  it("reads printed digits with OCR's look-alikes mended: I and l are 1, O is 0", () => {
    expect(meetingNumber("71")).toBe(71);
    expect(meetingNumber("298I")).toBe(2981);
    expect(meetingNumber("l0O5")).toBe(1005);
  });

  it("names no meeting for 0, however written: meetings count from 1", () => {
    expect(meetingNumber("0")).toBeUndefined();
    expect(meetingNumber("000000")).toBeUndefined();
    expect(meetingNumber("O")).toBeUndefined();
  });
});
