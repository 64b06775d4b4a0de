import { type MappedText, MappedTextBuilder } from "./mapped-text.js";

/** A letter of any script. */
const LETTER = /^\p{L}$/u;

/**
 * The spaces that justified text put inside a hyphenated word or before an apostrophe:
 * "high -level", "non -proliferation", "Women ’s" (one space between a letter and the mark),
 * found by looking at each " -" and " ’" / " '" rather than trying a pattern at every place.
 */
function spacesBeforeJoiners(text: string, drop: Set<number>): void {
  for (let i = text.indexOf(" "); i > 0; i = text.indexOf(" ", i + 1)) {
    const next = text[i + 1];
    if (next !== "-" && next !== "’" && next !== "'") continue;
    if (!LETTER.test(text[i - 1] as string)) continue;
    const after = text[i + 2] ?? "";
    if (next === "-" ? LETTER.test(after) : after === "s" && !LETTER.test(text[i + 3] ?? "")) drop.add(i);
  }
}

/** A word of letters, for the document's vocabulary. */
const WORD = /\p{L}+/gu;

/**
 * The words of a document and how often each stands alone, for healing words that justified
 * text split in two ("includi ng", "Confere nce").
 *
 * @param texts - every paragraph text of the document
 */
export function vocabularyOf(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Heals the breaks that PDF text extraction leaves inside words (the heal stage):
 * "high -level" becomes "high-level", "Women ’s" becomes "Women’s", and "includi ng" becomes
 * "including" where the document uses "including" elsewhere and neither "includi" nor "ng" stands
 * anywhere else in the document.
 *
 * After this stage no space stands between a letter and a hyphen or "’s", and every removed
 * character is gone from the offsets too.
 *
 * @param text - a paragraph's text
 * @param vocabulary - the document's words, from {@link vocabularyOf}; undefined where the text is
 *   not justified PDF text (no page breaks), so that "road map" is never taken for a split "roadmap"
 */
export function healWords(text: MappedText, vocabulary: ReadonlyMap<string, number> | undefined): MappedText {
  const drop = new Set<number>();
  spacesBeforeJoiners(text.text, drop);
  const words = vocabulary ? [...text.text.matchAll(WORD)] : [];
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k] as RegExpMatchArray;
    const b = words[k + 1] as RegExpMatchArray;
    const aEnd = (a.index as number) + a[0].length;
    if (b.index !== aEnd + 1 || text.text[aEnd] !== " ") continue;
    if (!/^[a-z]/.test(b[0])) continue;
    const left = a[0].toLowerCase();
    const right = b[0].toLowerCase();
    // Each fragment stands only here (count 1): it is no word of the document.
    if ((vocabulary?.get(left) ?? 0) > 1 || (vocabulary?.get(right) ?? 0) > 1) continue;
    if ((vocabulary?.get(left + right) ?? 0) > 0) drop.add(aEnd);
  }
  if (drop.size === 0) return text;
  const out = new MappedTextBuilder(text.text.length);
  let from = 0;
  for (const index of [...drop].sort((x, y) => x - y)) {
    out.appendMapped(text, from, index);
    from = index + 1;
  }
  out.appendMapped(text, from);
  return out.build();
}
