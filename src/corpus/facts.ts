import type { Resolution } from "../schemas/resolution.js";

/**
 * The facts of a resolution that the corpus report compares between the parser's reading of a
 * text and the UN's Akoma Ntoso of the same resolution: the header facts, the paragraph texts in
 * order and the number of footnotes.
 *
 * @example
 * ```ts
 * import type { ResolutionFacts } from "un-resolutions";
 *
 * const facts: ResolutionFacts = {
 *   symbol: "A/RES/78/241",
 *   adoptionDate: "2023-12-22",
 *   title: "Lethal autonomous weapons systems",
 *   preamble: ["Affirming that international law … applies to autonomous weapons systems,"],
 *   operative: ["Stresses the urgent need …;"],
 *   footnotes: 2,
 * };
 * ```
 */
export interface ResolutionFacts {
  /** The document symbol: "A/RES/78/241", "S/RES/1445 (2002)". */
  symbol: string;
  /** The date of adoption, ISO 8601 ("2023-12-22"). */
  adoptionDate: string;
  /** The title, where the resolution has one (most Security Council resolutions have none). */
  title?: string;
  /** The text of each preambular paragraph, in order, leading phrase included, footnote markers left out. */
  preamble: string[];
  /**
   * The text of each operative paragraph, in order, without its number but with its subparagraphs
   * and their labels ("(a)"), footnote markers left out.
   */
  operative: string[];
  /** How many footnotes the resolution has. */
  footnotes: number;
}

/**
 * Takes from a {@link Resolution} the facts the corpus report compares.
 *
 * @param resolution - a resolution, parsed from a text or read from XML
 * @returns its symbol, adoption date, title, paragraph texts and footnote count
 *
 * @example
 * ```ts
 * import { factsOfResolution, parseResolution } from "un-resolutions";
 *
 * const facts = factsOfResolution(parseResolution(text));
 * console.log(facts.operative.length, facts.footnotes);
 * ```
 */
export function factsOfResolution(resolution: Resolution): ResolutionFacts {
  return {
    symbol: resolution.symbol,
    adoptionDate: resolution.adoptionDate,
    ...(resolution.title === undefined ? {} : { title: resolution.title }),
    preamble: resolution.preamble.map((clause) => clause.text),
    operative: resolution.operative.map((clause) => clause.text),
    footnotes: resolution.footnotes.length,
  };
}
