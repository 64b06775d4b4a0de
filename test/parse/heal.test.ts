import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { healWords, Vocabulary, vocabularyOf } from "../../src/parse/heal.js";
import { type MappedText, mappedFrom, sourceAt } from "../../src/parse/mapped-text.js";
import { hasCorpus, readCorpusFile } from "../helpers/shared.js";

function mapped(text: string): MappedText {
  return mappedFrom(text, 0);
}

describe("vocabularyOf", () => {
  it("counts each word in lower case, letters of any script, as /\\p{L}+/u cuts them", () => {
    const counts = vocabularyOf(["Côte d’Ivoire and the côte", "IPHONE iPhone, 𝐀𝐁 x2y"]);
    expect(counts.get("côte")).toBe(2);
    expect(counts.get("d")).toBe(1);
    expect(counts.get("ivoire")).toBe(1);
    expect(counts.get("iphone")).toBe(2);
    expect(counts.get("𝐀𝐁".toLowerCase())).toBe(1);
    expect(counts.get("x")).toBe(1);
    expect(counts.get("y")).toBe(1);
  });

  it("agrees with counting the matches of /\\p{L}+/gu, on any text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 30 }), { maxLength: 5 }), (texts) => {
        const expected = new Map<string, number>();
        for (const t of texts)
          for (const m of t.matchAll(/\p{L}+/gu)) {
            const w = m[0].toLowerCase();
            expected.set(w, (expected.get(w) ?? 0) + 1);
          }
        expect(new Map(vocabularyOf(texts))).toEqual(expected);
      }),
    );
  });
});

describe("healWords", () => {
  it("removes the space justified text puts before a hyphen or a possessive, vocabulary or not", () => {
    expect(healWords(mapped("a high -level meeting of Women ’s groups"), undefined).text).toBe(
      "a high-level meeting of Women’s groups",
    );
  });

  it("joins a word split in two when the document has the whole word and neither piece", () => {
    const document = ["including the Conference", "States, includi ng the Confere nce"];
    const vocabulary = vocabularyOf(document);
    const out = healWords(mapped(document[1] as string), vocabulary);
    expect(out.text).toBe("States, including the Conference");
    // The offsets still point at the source: "ng" is where it was.
    expect(sourceAt(out, out.text.indexOf("ng "))).toBe((document[1] as string).indexOf("ng "));
  });

  it("joins exactly the pairs that the rule names, for any document (law against a plain reading of it)", () => {
    /** The rule, read plainly: words by /\p{L}+/gu, counts by lower case, no shortcut. */
    function plainJoins(document: string[], text: string): number[] {
      const counts = new Map<string, number>();
      for (const t of document)
        for (const m of t.matchAll(/\p{L}+/gu))
          counts.set(m[0].toLowerCase(), (counts.get(m[0].toLowerCase()) ?? 0) + 1);
      const words = [...text.matchAll(/\p{L}+/gu)];
      const joins: number[] = [];
      for (let k = 0; k + 1 < words.length; k++) {
        const a = words[k] as RegExpMatchArray;
        const b = words[k + 1] as RegExpMatchArray;
        const aEnd = (a.index as number) + a[0].length;
        if (b.index !== aEnd + 1 || text[aEnd] !== " " || !/^[a-z]/.test(b[0])) continue;
        const left = a[0].toLowerCase();
        const right = b[0].toLowerCase();
        if ((counts.get(left) ?? 0) <= 1 && (counts.get(right) ?? 0) <= 1 && (counts.get(left + right) ?? 0) > 0)
          joins.push(aEnd);
      }
      return joins;
    }
    const word = fc.constantFrom(
      "includi",
      "ng",
      "including",
      "Confere",
      "nce",
      "Conference",
      "the",
      "The",
      "é",
      "Côte",
      "cô",
      "te",
      "road",
      "map",
    );
    const sentence = fc.array(word, { maxLength: 12 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (document) => {
        const vocabulary = vocabularyOf(document);
        for (const text of document) {
          const expected = plainJoins(document, text);
          let healed = text;
          for (const at of [...expected].reverse()) healed = healed.slice(0, at) + healed.slice(at + 1);
          expect(healWords(mapped(text), vocabulary).text).toBe(healed);
        }
      }),
    );
  });

  it("leaves two words apart when a piece is a word of the document, or without a vocabulary", () => {
    const document = ["including a road map", "the road map", "includi ng"];
    expect(healWords(mapped("the road map"), vocabularyOf(document)).text).toBe("the road map");
    expect(healWords(mapped("includi ng"), undefined).text).toBe("includi ng");
    const common = vocabularyOf(["including", "ng", "includi ng"]);
    expect(healWords(mapped("includi ng"), common).text).toBe("includi ng");
  });
});

describe("Vocabulary.firstWords", () => {
  it("lists, for each text read, the words first seen there, in lower case and in text order", () => {
    const vocabulary = vocabularyOf(["The road", "the Road map", "map"]);
    expect(vocabulary).toBeInstanceOf(Vocabulary);
    expect(vocabulary.firstWords("The road")).toEqual({ bounds: [0, 3, 4, 8], keys: ["the", "road"] });
    expect(vocabulary.firstWords("the Road map")).toEqual({ bounds: [9, 12], keys: ["map"] });
    expect(vocabulary.firstWords("map")).toEqual({ bounds: [], keys: [] });
    expect(vocabulary.firstWords("road map")).toBeUndefined();
  });

  it("heals a text of the document exactly as reading all its words does (law, texts in and out of it)", () => {
    const word = fc.constantFrom("includi", "ng", "including", "NG", "o", "n", "on", "Cô", "te", "côte");
    const gap = fc.constantFrom(" ", " ", " ", "-", "  ", "\n", "1 ");
    const sentence = fc
      .array(fc.tuple(word, gap), { maxLength: 10 })
      .map((parts) => parts.map(([w, g]) => w + g).join(""));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), sentence, (document, other) => {
        const vocabulary = vocabularyOf(document);
        // A plain Map of the same counts has no first words: healWords reads every word.
        const plain = new Map(vocabulary);
        for (const text of [...document, other])
          expect(healWords(mapped(text), vocabulary).text).toBe(healWords(mapped(text), plain).text);
      }),
      { numRuns: 500 },
    );
  });

  it("heals texts asked for in any order, changed or not, as reading all their words does (law)", () => {
    const word = fc.constantFrom("includi", "ng", "including", "o", "n", "on", "Cô", "te", "côte", "1");
    const sentence = fc.array(word, { maxLength: 8 }).map((w) => w.join(" "));
    // Each ask: a text of the document by index, or that text with its first character cut.
    const ask = fc.tuple(fc.nat(), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 4 }),
        fc.array(ask, { maxLength: 12 }),
        fc.boolean(),
        (more, asks, inOrderFirst) => {
          // Texts with split words ("includi ng", "Confere nce") among random ones, so that some heal.
          const doc = ["States, includi ng the Confere nce", ...more, "including the conference", "Cô te"];
          const vocabulary = vocabularyOf(doc);
          const plain = new Map(vocabulary);
          // Asked in reading order first, or not: each ask is a text of the document, cut or not.
          const inOrder = doc.map((_, k) => [k, false] as [number, boolean]);
          for (const [k, cut] of inOrderFirst ? [...inOrder, ...asks] : asks) {
            const full = doc[k % doc.length] as string;
            const text = cut ? full.slice(1) : full;
            expect(healWords(mapped(text), vocabulary).text).toBe(healWords(mapped(text), plain).text);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds the texts of a document in reading order, past changed texts, and out of that order", () => {
    const document = ["including the", "includi ng", "the road", "includi ng", "map"];
    const vocabulary = vocabularyOf(document);
    expect(vocabulary.nextFirstWords("including the")?.keys).toEqual(["including", "the"]);
    // The second text was changed (a marker taken out): it was not read; the third is found after it.
    expect(vocabulary.nextFirstWords("includi  ng")).toBeUndefined();
    expect(vocabulary.nextFirstWords("the road")?.keys).toEqual(["road"]);
    // The first reading of a text read twice holds its first words; firstWords gives the last reading.
    expect(vocabularyOf(document).nextFirstWords("includi ng")?.keys).toEqual(["includi", "ng"]);
    expect(vocabulary.nextFirstWords("includi ng")).toEqual({ bounds: [], keys: [] });
    expect(vocabulary.firstWords("includi ng")).toEqual({ bounds: [], keys: [] });
    // Out of reading order (two changed texts in a row, say): found among all texts.
    expect(vocabulary.nextFirstWords("including the")?.keys).toEqual(["including", "the"]);
    expect(vocabulary.nextFirstWords("map")?.keys).toEqual(["map"]);
    expect(vocabulary.nextFirstWords("the map")).toBeUndefined();
  });

  it("joins first words only across one space, before a small letter", () => {
    const document = ["including on côte mapping", "includi-ng o  n", "Cô te mapp Ing"];
    const vocabulary = vocabularyOf(document);
    expect(vocabulary.firstWords(document[1] as string)?.keys).toEqual(["includi", "ng", "o", "n"]);
    // Each piece stands once and the whole word elsewhere, but a hyphen or two spaces part them.
    expect(healWords(mapped(document[1] as string), vocabulary).text).toBe("includi-ng o  n");
    // "te" starts with a small letter: joined; "Ing" with a capital: left apart.
    expect(healWords(mapped(document[2] as string), vocabulary).text).toBe("Côte mapp Ing");
  });
});

describe.skipIf(!hasCorpus)("healWords on a pdftotext extraction (A/RES/73/3)", () => {
  const source = readCorpusFile("text/pdftotext/A-RES-73-3.txt");
  // Paragraphs as blank lines part them, their lines joined by a space.
  const paragraphs = source
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p !== "");
  const vocabulary = vocabularyOf(paragraphs);

  it('joins "framew ork", which the resolution writes whole elsewhere', () => {
    const split = paragraphs.find((p) => p.includes("accountability framew ork,")) as string;
    expect(healWords(mapped(split), vocabulary).text).toContain("multisectoral accountability framework, which");
  });

  it("heals every paragraph as reading all its words does", () => {
    const plain = new Map(vocabulary);
    for (const p of paragraphs) expect(healWords(mapped(p), vocabulary).text).toBe(healWords(mapped(p), plain).text);
  });
});
