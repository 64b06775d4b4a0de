import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOperativeHead, isPreambleHead, openingPhrase } from "../../src/parse/phrases.js";
import { corpusFiles, hasCorpus } from "../helpers/shared.js";

describe("openingPhrase", () => {
  // Each row: a paragraph's opening as printed, and the phrase the UN's XML sets in italics.
  it.each([
    ["Noting with appreciation the steps taken, including the reports", "Noting with appreciation"],
    ["Also calls upon Governments to take appropriate measures", "Also calls upon"],
    ["Takes note with appreciation of the report of the Secretary-General,", "Takes note with appreciation"],
    ["Bearing in mind that all States have an obligation", "Bearing in mind"],
    ["Taking note also of the mandate of the Special Rapporteur", "Taking note also"],
    ["Recalling all international conventions that deal specifically", "Recalling"],
    ["Seriously concerned that an increasing number of women", "Seriously concerned"],
    ["Expresses its deep concern at the continued", "Expresses its deep concern"],
    ["Noting with deep concern the humanitarian situation", "Noting with deep concern"],
    ["Taking into account that the lack of unanimity", "Taking into account"],
    ["Having considered the item on the agenda", "Having considered"],
    ["Welcoming and encouraging the efforts of", "Welcoming and encouraging"],
    ["Condemns in the strongest terms all acts", "Condemns in the strongest terms"],
    ["Decides:", "Decides"],
    ["Looks forward to the report", "Looks forward"],
  ])("%s → %s", (text, phrase) => {
    expect(openingPhrase(text)).toBe(phrase);
  });

  it("gives a prefix of the text that ends where a word ends, for any text", () => {
    const word = fc.constantFrom(
      "Also",
      "calls",
      "upon",
      "with",
      "deep",
      "concern",
      "its",
      "call",
      "and",
      "x,",
      "",
      "Taking",
      "note",
      "once",
      "again",
      "further",
      "in",
      "the",
      "strongest",
      "possible",
      "terms",
      "Having",
      "regard",
      "é",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (words) => {
        const text = words.join(" ");
        const phrase = openingPhrase(text);
        expect(text.startsWith(phrase)).toBe(true);
        expect(phrase.length === text.length || /[ ,;:.]/.test(text[phrase.length] as string)).toBe(true);
        expect(phrase.split(" ").length).toBeLessThanOrEqual(24);
      }),
    );
  });

  it("reads only the first 240 characters: the phrase of a text is that of its first 240, for any text", () => {
    // A long head word and words the phrase takes ("also", "once again", "with deep concern"), so
    // that the cut at 240 falls inside the phrase, on a space, or inside a word.
    const word = fc.constantFrom("also", "further", "once", "again", "with", "deep", "concern", "concern,", "", "its");
    fc.assert(
      fc.property(fc.nat({ max: 260 }), fc.array(word, { maxLength: 30 }), (length, words) => {
        const text = [`X${"x".repeat(length)}`, ...words].join(" ");
        expect(openingPhrase(text)).toBe(openingPhrase(text.slice(0, 240)));
      }),
    );
  });

  it("takes an adverb only before a word that starts with a small letter, not before a doubled space", () => {
    // A doubled space makes an empty word, which is no small-letter word after "Also".
    expect(openingPhrase("Also  calls upon States")).toBe("Also");
    expect(openingPhrase("Also calls upon States")).toBe("Also calls upon");
  });
});

describe("paragraph heads", () => {
  it.each([
    "Recalling its resolutions",
    "Re-emphasizing the",
    "Mindful of",
    "Deeply concerned by",
    "Further recalling",
  ])("%s opens a preambular paragraph", (text) => expect(isPreambleHead(text)).toBe(true));
  it.each(["Beijing Declaration", "Including the", "States parties", "International humanitarian law", "Further to"])(
    "%s does not",
    (text) => expect(isPreambleHead(text)).toBe(false),
  );
  it.each(["Decides to", "Calls upon", "Also requests", "Recommends to the General Assembly"])(
    "%s opens an operative one",
    (text) => expect(isOperativeHead(text)).toBe(true),
  );
  it.each(["States parties", "Members of", "Governments of", "Nations"])("%s does not", (text) =>
    expect(isOperativeHead(text)).toBe(false),
  );
});

describe.skipIf(!hasCorpus)("openingPhrase against the UN's italics", () => {
  it("agrees with the italic span of at least 95% of the corpus's paragraphs", () => {
    let total = 0;
    let agree = 0;
    for (const file of [...corpusFiles("akn/ga", ".xml"), ...corpusFiles("akn/sc", ".xml")]) {
      const xml = readFileSync(file, "utf8");
      for (const p of xml.match(
        /<(?:container|content)[^>]{0,200}>\s{0,40}<p[^>]{0,100}>\s{0,40}<span class="italic">[\s\S]*?<\/p>/g,
      ) ?? []) {
        const italic =
          /<span class="italic">([^<]*)<\/span>/
            .exec(p)?.[1]
            ?.trim()
            .replace(/[,;:.]$/, "") ?? "";
        if (italic === "" || italic.startsWith("The ")) continue;
        const text = p
          .replace(/<authorialNote[\s\S]*?<\/authorialNote>/g, "")
          .replace(/<[^>]+>/g, "")
          .replace(/&amp;/g, "&")
          .replace(/\s+/g, " ")
          .trim();
        total++;
        if (openingPhrase(text) === italic) agree++;
      }
    }
    expect(total).toBeGreaterThan(10_000);
    expect(agree / total).toBeGreaterThanOrEqual(0.95);
  });
});
