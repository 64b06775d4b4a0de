import { locateDifference, type TextDifference } from "./difference.js";
import type { ResolutionFacts } from "./facts.js";
import { normalizeForComparison, textSimilarity } from "./similarity.js";

/**
 * Whether one header fact agrees: the parser's value, the reference's, and whether they are equal
 * after {@link normalizeForComparison} (both absent counts as agreeing). Symbols are compared without
 * any white space, since the XML sometimes prints "S/RES/1310(2000)".
 *
 * @example
 * ```ts
 * import type { FactAgreement } from "un-resolutions";
 *
 * const title: FactAgreement = { parsed: undefined, reference: "Lethal autonomous weapons systems", agree: false };
 * ```
 */
export interface FactAgreement {
  /** The parser's value; absent when the parser found none. */
  parsed?: string;
  /** The reference's value; absent when the reference has none. */
  reference?: string;
  /** Whether the two are equal after normalization, or both absent. */
  agree: boolean;
}

/**
 * Whether a count agrees between the parser and the reference.
 *
 * @example
 * ```ts
 * import type { CountAgreement } from "un-resolutions";
 *
 * const operative: CountAgreement = { parsed: 24, reference: 25, agree: false };
 * ```
 */
export interface CountAgreement {
  /** The parser's count. */
  parsed: number;
  /** The reference's count. */
  reference: number;
  /** Whether they are equal. */
  agree: boolean;
}

/**
 * One paragraph of the parser paired with the paragraph at the same place in the reference.
 *
 * @example
 * ```ts
 * import type { ParagraphPair } from "un-resolutions";
 *
 * const pair: ParagraphPair = {
 *   part: "operative",
 *   index: 25,
 *   similarity: 0,
 *   parsed: "",
 *   reference: "Decides to remain actively seized of the matter.",
 * };
 * ```
 */
export interface ParagraphPair {
  /** Which part the paragraphs are in. */
  part: "preamble" | "operative";
  /** Place in the part, from 1. */
  index: number;
  /** {@link textSimilarity} of the two texts, in [0, 1]. */
  similarity: number;
  /** The parser's text; "" when the parser has no paragraph at this place. */
  parsed: string;
  /** The reference's text; "" when the reference has no paragraph at this place. */
  reference: string;
  /** Where the two texts differ; absent when they agree. */
  difference?: TextDifference;
}

/**
 * Summary of paragraph similarities.
 *
 * @example
 * ```ts
 * import type { SimilarityStats } from "un-resolutions";
 *
 * const stats: SimilarityStats = { pairs: 33, identical: 30, min: 0.91, mean: 0.997 };
 * ```
 */
export interface SimilarityStats {
  /** How many paragraph pairs were compared. */
  pairs: number;
  /** How many pairs were identical after normalization (similarity 1). */
  identical: number;
  /** The lowest similarity; 1 when there are no pairs. */
  min: number;
  /** The mean similarity; 1 when there are no pairs. */
  mean: number;
}

/**
 * How far a parsed resolution agrees with a reference reading of the same resolution.
 *
 * @example
 * ```ts
 * import { compareFacts, type FactsAgreement } from "un-resolutions";
 *
 * const agreement: FactsAgreement = compareFacts(parsedFacts, referenceFacts);
 * console.log(agreement.operative.agree, agreement.paragraphs.mean);
 * ```
 */
export interface FactsAgreement {
  /** The symbol. */
  symbol: FactAgreement;
  /** The adoption date. */
  adoptionDate: FactAgreement;
  /** The title. */
  title: FactAgreement;
  /** The number of preambular paragraphs. */
  preamble: CountAgreement;
  /** The number of operative paragraphs. */
  operative: CountAgreement;
  /** The number of footnotes. */
  footnotes: CountAgreement;
  /** Similarities of all paragraph pairs, preamble and operative. */
  paragraphs: SimilarityStats;
  /** Similarities of the preambular pairs. */
  preambleParagraphs: SimilarityStats;
  /** Similarities of the operative pairs. */
  operativeParagraphs: SimilarityStats;
  /** The similarity of each pair, in order: preamble, then operative. */
  similarities: {
    /** The similarity of each preambular pair, in order. */
    preamble: number[];
    /** The similarity of each operative pair, in order. */
    operative: number[];
  };
  /** The least similar pairs, worst first (ties in document order), only those below 1. */
  worst: ParagraphPair[];
}

/**
 * Options of {@link compareFacts}.
 *
 * @example
 * ```ts
 * import type { CompareOptions } from "un-resolutions";
 *
 * const options: CompareOptions = { worst: 5 };
 * ```
 */
export interface CompareOptions {
  /** How many of the least similar paragraph pairs to keep, with both texts. Default 3. */
  worst?: number;
}

/**
 * Compares a parsed resolution's facts with a reference's (the UN's XML of the same resolution):
 * symbol, adoption date and title; the numbers of preambular and operative paragraphs and of
 * footnotes; and the text of each paragraph.
 *
 * Paragraphs are paired by order within their part: the parser's third preambular paragraph with the
 * reference's third. Where one side has more paragraphs, each extra one is paired with the empty text
 * and scores 0, so a missing or surplus paragraph lowers the mean as well as the count.
 *
 * @param parsed - the facts the parser read from the text
 * @param reference - the facts of the reference
 * @param options - how many of the worst pairs to keep
 * @returns the agreement, field by field, with paragraph similarity statistics and the worst pairs
 *
 * @example
 * ```ts
 * import { compareFacts, factsOfResolution, parseResolution, readAknFacts } from "un-resolutions";
 *
 * const agreement = compareFacts(factsOfResolution(parseResolution(text)), readAknFacts(xml));
 * for (const pair of agreement.worst) console.log(pair.part, pair.index, pair.similarity.toFixed(3));
 * ```
 *
 * Hint: pairing by order is blunt on purpose: once the parser merges or splits a paragraph, every
 * later pair of that part disagrees, which is how much a user reading by paragraph number would be misled.
 */
export function compareFacts(
  parsed: ResolutionFacts,
  reference: ResolutionFacts,
  options: CompareOptions = {},
): FactsAgreement {
  const preamble = pairUp("preamble", parsed.preamble, reference.preamble);
  const operative = pairUp("operative", parsed.operative, reference.operative);
  const all = [...preamble, ...operative];
  const worst = all
    .filter((pair) => pair.similarity < 1)
    .sort((a, b) => a.similarity - b.similarity)
    .slice(0, options.worst ?? 3)
    .map((pair) => {
      const difference = locateDifference(pair.parsed, pair.reference);
      return difference ? { ...pair, difference } : pair;
    });
  return {
    symbol: fact(parsed.symbol, reference.symbol, withoutSpaces),
    adoptionDate: fact(parsed.adoptionDate, reference.adoptionDate),
    title: fact(parsed.title, reference.title),
    preamble: count(parsed.preamble.length, reference.preamble.length),
    operative: count(parsed.operative.length, reference.operative.length),
    footnotes: count(parsed.footnotes, reference.footnotes),
    paragraphs: statsOf(all),
    preambleParagraphs: statsOf(preamble),
    operativeParagraphs: statsOf(operative),
    similarities: { preamble: preamble.map((p) => p.similarity), operative: operative.map((p) => p.similarity) },
    worst,
  };
}

/** White space anywhere: a symbol is the same with or without it ("S/RES/1310(2000)" as the XML of 1310 prints it). */
const ANY_WHITE_SPACE = /\s+/g;

function withoutSpaces(text: string): string {
  return text.replace(ANY_WHITE_SPACE, "");
}

function fact(
  parsed: string | undefined,
  reference: string | undefined,
  normalize: (text: string) => string = normalizeForComparison,
): FactAgreement {
  const agree =
    parsed === undefined || reference === undefined ? parsed === reference : normalize(parsed) === normalize(reference);
  return {
    ...(parsed === undefined ? {} : { parsed }),
    ...(reference === undefined ? {} : { reference }),
    agree,
  };
}

function count(parsed: number, reference: number): CountAgreement {
  return { parsed, reference, agree: parsed === reference };
}

function pairUp(part: ParagraphPair["part"], parsed: readonly string[], reference: readonly string[]): ParagraphPair[] {
  const pairs: ParagraphPair[] = [];
  for (let i = 0; i < Math.max(parsed.length, reference.length); i++) {
    const left = parsed[i] ?? "";
    const right = reference[i] ?? "";
    pairs.push({ part, index: i + 1, similarity: textSimilarity(left, right), parsed: left, reference: right });
  }
  return pairs;
}

function statsOf(pairs: readonly ParagraphPair[]): SimilarityStats {
  if (pairs.length === 0) return { pairs: 0, identical: 0, min: 1, mean: 1 };
  let sum = 0;
  let min = 1;
  let identical = 0;
  for (const pair of pairs) {
    sum += pair.similarity;
    min = Math.min(min, pair.similarity);
    if (pair.similarity === 1) identical++;
  }
  return { pairs: pairs.length, identical, min, mean: sum / pairs.length };
}
