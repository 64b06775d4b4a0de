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

  it("reads the phrase the grammar gives, read plainly from the words split at spaces (law, any text)", () => {
    /** The grammar of openingPhrase's comment, read from `split(" ")` with nothing cut lazily. */
    function plainPhrase(text: string): string {
      const words = text.slice(0, 240).split(" ", 24);
      const bare = (k: number) => (words[k] ?? "").replace(/[,;:.]+$/, "");
      const ends = (k: number) => k < words.length && bare(k) !== words[k];
      let i = ADVERBS.includes(bare(0)) && /^[a-z]/.test(words[1] ?? "") ? 1 : 0;
      const word = bare(i);
      const head = word.charAt(0).toUpperCase() + word.slice(1);
      const kinds: Record<string, string> = { Taking: "take", Takes: "take", Take: "take", Bearing: "bear" };
      Object.assign(kinds, { Bears: "bear", Bear: "bear", Calls: "call", Calling: "call", Call: "call" });
      Object.assign(kinds, { Expressing: "express", Expresses: "express", Express: "express", Having: "have" });
      Object.assign(kinds, { Has: "have", Looks: "look", Looking: "look", Look: "look", Condemns: "condemn" });
      Object.assign(kinds, { Condemning: "condemn" });
      const kind = kinds[head];
      const withIts = /^(?:Expresses|Expressing|Reiterates|Reiterating|Reaffirms|Reaffirming|Renews|Renewing)$/.test(
        head,
      );
      const feeling = (w: string) => /^(?:concerns?|appreciation|satisfaction|regret|alarm|gratitude)$/.test(w);
      const intensifier = (w: string) =>
        /^(?:deep|grave|great|serious|profound|deepest|strong|gravest|particular)$/.test(w);
      const itsObject = (w: string) =>
        /^(?:appreciation|concerns?|gratitude|request|call|demand|determination|conviction|condemnation|invitation|satisfaction|regret|readiness|willingness)$/.test(
          w,
        );
      i++;
      while (i < words.length && !ends(i - 1)) {
        const [w, next, after] = [bare(i), bare(i + 1), bare(i + 2)];
        let take = 0;
        if (w === "also" || w === "further" || w === "again") take = 1;
        else if (w === "once" && next === "again") take = 2;
        else if (w === "with" && feeling(next)) take = 2;
        else if (w === "with" && intensifier(next) && feeling(after)) take = 3;
        else if (kind === "take" && w === "note") take = 1;
        else if (kind === "take" && w === "into" && (next === "account" || next === "consideration")) take = 2;
        else if (kind === "bear" && w === "in" && next === "mind") take = 2;
        else if (kind === "call" && ["upon", "on", "for"].includes(w)) take = 1;
        else if (kind === "express" && feeling(w)) take = 1;
        else if (kind === "express" && intensifier(w) && feeling(next)) take = 2;
        else if (kind === "have" && (w.endsWith("ed") || w === "regard")) take = 1;
        else if (withIts && w === "its" && itsObject(next))
          take = next === "call" && ["upon", "for", "on"].includes(after) ? 3 : 2;
        else if (
          withIts &&
          w === "its" &&
          /^(?:deep|grave|serious|profound|deepest|gravest)$/.test(next) &&
          itsObject(after)
        )
          take = 3;
        else if (kind === "look" && w === "forward") take = 1;
        else if (kind === "condemn" && w === "in" && next === "the" && after === "strongest")
          take = bare(i + 3) === "possible" ? 5 : 4;
        else if (w === "and" && /^[a-z]+(?:ing|s)$/.test(next) && /(?:ing|s)$/.test(head) && next !== "its") take = 2;
        if (take === 0) break;
        for (let k = 0; k < take && i < words.length; k++) {
          i++;
          if (ends(i - 1)) break;
        }
      }
      return words
        .slice(0, i)
        .join(" ")
        .replace(/[,;:.]+$/, "");
    }
    const ADVERBS = ["Also", "Further", "Again", "Deeply", "Gravely", "Seriously", "Strongly", "Once", "Firmly"];
    ADVERBS.push("Fully", "Profoundly", "Hereby");
    const word = fc.constantFrom(
      ...["Also", "Further", "Deeply", "calls", "Calls", "upon", "on", "for", "with", "deep", "grave", "concern"],
      ...["appreciation", "its", "Its", "call", "and", "encouraging", "Welcoming", "Taking", "taking", "Takes"],
      ...["note", "into", "account", "Bearing", "in", "mind", "once", "again", "also", "further", "Expresses"],
      ...["Expressing", "expresses", "Reiterates", "Having", "considered", "regard", "Looks", "forward"],
      ...["Condemns", "the", "strongest", "possible", "terms", "Noting", "Recalling", "", "é", "x"],
    );
    const mark = fc.constantFrom("", "", "", ",", ".", ";", ":", ",.");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, mark), { maxLength: 12 }), fc.nat({ max: 250 }), (parts, pad) => {
        const text = parts.map(([w, m]) => w + m).join(" ");
        for (const t of [text, `${"x".repeat(pad)} ${text}`, `Also ${text}`])
          expect(openingPhrase(t)).toBe(plainPhrase(t));
      }),
      { numRuns: 2000 },
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
