import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { treatyNameBefore } from "../../src/citations/index.js";

/** The text before a footnote marker, and the name expected to end there (from the corpus files named). */
const TABLE: ReadonlyArray<[string, string, string | undefined]> = [
  [
    "ga/A-RES-75-158.xml",
    "such as the United Nations Convention against Transnational Organized Crime",
    "United Nations Convention against Transnational Organized Crime",
  ],
  [
    "seed, operative paragraph 4",
    "implement the Convention on the Rights of the Child",
    "Convention on the Rights of the Child",
  ],
  [
    "ga/A-RES-75-164.xml",
    "Reaffirming that the 1951 Convention relating to the Status of Refugees",
    "1951 Convention relating to the Status of Refugees",
  ],
  ["ga/A-RES-75-164.xml", "together with the 1967 Protocol thereto,", "1967 Protocol thereto"],
  [
    "ga/A-RES-76-72.xml",
    "Reaffirming its annual resolutions concerning the United Nations Convention on the Law of the Sea (the Convention)",
    "United Nations Convention on the Law of the Sea",
  ],
  [
    "ga/A-RES-76-92.xml",
    "Recalling the extension by the administering Power to Bermuda of the Convention on the Elimination of All Forms of Discrimination against Women",
    "Convention on the Elimination of All Forms of Discrimination against Women",
  ],
  [
    "ga/A-RES-80-14.xml",
    "Calls upon the African States Parties to the Treaty on the Non-Proliferation of Nuclear Weapons",
    "Treaty on the Non-Proliferation of Nuclear Weapons",
  ],
  [
    "ga/A-RES-75-152.xml",
    "Noting the International Convention on the Protection of the Rights of All Migrant Workers and Members of their Families",
    "International Convention on the Protection of the Rights of All Migrant Workers and Members of their Families",
  ],
  [
    "ga/A-RES-75-158.xml",
    "as well as the Forced Labour Convention, 1930 (No. 29)",
    "Forced Labour Convention, 1930 (No. 29)",
  ],
  // No treaty name ends at the marker.
  ["seed, footnote 10", "the United Nations Global Plan of Action to Combat Trafficking in Persons", undefined],
  [
    "ga/A-RES-78-80.xml",
    "the forty-fifth anniversary of the Convention on the Elimination of All Forms of Discrimination against Women adopted on 18 December 1979,",
    undefined,
  ],
  ["an empty text", "", undefined],
];

describe("treatyNameBefore", () => {
  it.each(TABLE)("%s", (_source, text, name) => {
    expect(treatyNameBefore(text, text.length)).toBe(name);
  });

  it("reads only the text before the offset", () => {
    const text = "the Convention on the Rights of the Child and the Optional Protocols thereto";
    expect(treatyNameBefore(text, text.indexOf(" and the Optional"))).toBe("Convention on the Rights of the Child");
  });

  it("reads a name after a run of more than 80 characters without spaces, which is cut into words", () => {
    const text = `${"x".repeat(170)} the Convention on the Rights of the Child`;
    expect(treatyNameBefore(text, text.length)).toBe("Convention on the Rights of the Child");
  });

  it("gives a name that stands in the text before the offset and holds a treaty word, for any text", () => {
    const word = fc.constantFrom(
      "the",
      "Convention",
      "Protocol",
      "on",
      "of",
      "Rights",
      "Child,",
      "and",
      "1979",
      "(No. 29)",
      "x".repeat(90),
      "States",
      ";",
      "thereto",
      "Statute",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 120 }), fc.nat(), (words, cut) => {
        const text = words.join(" ");
        const offset = cut % (text.length + 1);
        const name = treatyNameBefore(text, offset);
        if (name === undefined) return;
        expect(text.slice(0, offset).includes(name)).toBe(true);
        expect(/Convention|Protocol|Statute/.test(name)).toBe(true);
      }),
    );
  });

  it("accepts any offset without throwing", () => {
    expect(treatyNameBefore("the Convention", -5)).toBeUndefined();
    expect(treatyNameBefore("the Convention", 500)).toBe("Convention");
  });
});

// src/citations/treaty-name.ts clamped the offset with Math.max(0, Math.min(offset, length)), which
// keeps NaN: an offset NaN (or undefined, from a footnote ref that unvalidated JSON lacks) looped
// forever. Offsets outside the text are read as its nearest end.
describe("treatyNameBefore at an offset outside the text", () => {
  const text = "such as the United Nations Convention against Transnational Organized Crime";
  it("reads NaN and undefined as 0, and offsets past either end as that end", () => {
    expect(treatyNameBefore(text, Number.NaN)).toBeUndefined();
    expect(treatyNameBefore(text, undefined as unknown as number)).toBeUndefined();
    expect(treatyNameBefore(text, -5)).toBeUndefined();
    expect(treatyNameBefore(text, 1e9)).toBe("United Nations Convention against Transnational Organized Crime");
  });
});
