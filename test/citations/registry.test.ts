import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TREATIES, treatiesByUnts, treatyByUnts } from "../../src/citations/index.js";
import { corpusFiles, hasCorpus } from "../helpers/shared.js";

describe("the treaty registry", () => {
  it("keys every treaty by (volume, number), one treaty per key but for volume 999, No. 14668", () => {
    const keys = TREATIES.map((t) => `${t.volume}/${t.number}`);
    const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(repeated).toEqual(["999/14668"]);
    expect(treatyByUnts(999, 14668)).toBeUndefined();
    expect(treatiesByUnts(999, 14668)).toHaveLength(2);
  });

  it("tells a protocol from its convention by volume: the Palermo instruments share No. 39574", () => {
    expect([2225, 2237, 2241, 2326].map((volume) => treatyByUnts(volume, 39574)?.title.split(" ")[0])).toEqual([
      "United",
      "Protocol",
      "Protocol",
      "Protocol",
    ]);
    expect(treatyByUnts(2225, 1)).toBeUndefined();
  });

  it("knows the core human rights treaties and their protocols", () => {
    const core: Array<[number, number]> = [
      [999, 14668], // ICCPR and its first Optional Protocol, both
      [1642, 14668],
      [993, 14531],
      [2922, 14531],
      [660, 9464],
      [1249, 20378],
      [2131, 20378],
      [1465, 24841],
      [2375, 24841],
      [1577, 27531],
      [2171, 27531],
      [2173, 27531],
      [2983, 27531],
      [2515, 44910],
      [2518, 44910],
      [2220, 39481],
      [2716, 48088],
    ];
    for (const [volume, number] of core) expect(treatiesByUnts(volume, number).length).toBeGreaterThan(0);
  });

  it("gives by treatyByUnts the one treaty treatiesByUnts lists, for every registered pair and others (law)", () => {
    const pairs: Array<[number, number]> = TREATIES.map((t) => [t.volume, t.number]);
    pairs.push([2225, 1], [1, 39574], [0, 0], [-0, 0], [Number.NaN, 14668]);
    for (const t of TREATIES) pairs.push([t.volume + 1, t.number], [t.volume, t.number - 1]);
    for (const [volume, number] of pairs) {
      const listed = treatiesByUnts(volume, number);
      expect(treatyByUnts(volume, number)).toBe(listed.length === 1 ? listed[0] : undefined);
    }
  });
});

/** "Treaty Series, vol. X, No. Y" with the treaty name before the footnote: the corpus's own pairs. */
const SERIES_CITATION = /vol\. (\d{1,5}), No\. (\d{1,6})\./g;
/** An XML tag, dropped to read the text. */
const TAG = /<[^>]*>/g;
/** Runs of whitespace, collapsed. */
const SPACES = /\s+/g;

describe.skipIf(!hasCorpus)("the treaty registry against the corpus", () => {
  it("has every registry entry the corpus cites by number cited right after a name with its title's words", () => {
    // For each registered treaty the corpus cites alone in a footnote, some such footnote stands right after a
    // clause text naming it: the title's distinctive last words appear in the 200 characters
    // before the footnote (the XML keeps the footnote where its marker stands).
    const seen = new Map<string, boolean>();
    for (const file of [...corpusFiles("akn/ga", ".xml"), ...corpusFiles("akn/sc", ".xml")]) {
      const xml = readFileSync(file, "utf8");
      for (const match of xml.matchAll(SERIES_CITATION)) {
        const key = `${match[1]}/${match[2]}`;
        const record = treatyByUnts(Number(match[1]), Number(match[2]));
        if (record === undefined || seen.get(key) === true) continue;
        const note = xml.lastIndexOf("<authorialNote", match.index);
        // Only footnotes that cite one treaty: a list ("the optional protocols thereto") names none.
        const noteText = xml.slice(note, xml.indexOf("</authorialNote>", match.index));
        if (noteText.split("No. ").length !== 2) continue;
        const before = xml
          .slice(Math.max(0, note - 2000), note)
          .replace(TAG, "")
          .replace(SPACES, " ")
          .slice(-200);
        const tail = record.title.split(" ").slice(-3).join(" ");
        seen.set(key, (seen.get(key) ?? false) || before.includes(tail));
      }
    }
    const cited = [...seen.keys()];
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((key) => seen.get(key) !== true)).toEqual([]);
  });
});
