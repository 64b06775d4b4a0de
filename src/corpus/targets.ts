import type { Diagnostic } from "../parse/errors.js";
import type { Resolution } from "../schemas/resolution.js";

/**
 * The target for texts of Security Council resolutions from OCR (1946-2002): the parser reads the
 * resolution's symbol, its adoption date and a contiguous run of operative paragraphs. Each target is
 * `true` when met; `problems` says why each unmet one is not.
 *
 * @example
 * ```ts
 * import type { OcrTargets } from "un-resolutions";
 *
 * const targets: OcrTargets = {
 *   symbol: true,
 *   adoptionDate: true,
 *   operativeRun: false,
 *   all: false,
 *   problems: ["operative paragraphs numbered 1, 2, 4: expected 1..3"],
 * };
 * ```
 */
export interface OcrTargets {
  /** A symbol was read, and it names the file's resolution (S-RES-798.txt ↔ S/RES/798 (1992)). */
  symbol: boolean;
  /** An adoption date was read, in the year the symbol gives ("(1992)"), where it gives one. */
  adoptionDate: boolean;
  /**
   * At least one operative paragraph, numbered 1..n without gaps or repeats. A number the parser
   * supplied for a paragraph printed without one (a `MISSING_PARAGRAPH_NUMBER` diagnostic) counts
   * when it fits the run: the run is what a reader citing "paragraph 7" relies on.
   */
  operativeRun: boolean;
  /** All three. */
  all: boolean;
  /** Why each unmet target is not met, in words. */
  problems: string[];
}

/**
 * The year a Security Council symbol or number ends with: "S/RES/798 (1992)" → 1992. Anchored at
 * the end, so a year inside a title is not taken.
 */
const SYMBOL_YEAR = /\((\d{4})\)$/;

/** The year in parentheses and the space before it, removed from a symbol before it is compared with a file name. */
const YEAR_SUFFIX = / ?\(\d{4}\)$/;

/** Slashes and spaces of a symbol, written "-" in a file name (README of the corpus). One class, one quantifier. */
const SYMBOL_SEPARATORS = /[/ ]+/g;

/** A file stem that is a resolution's symbol: "S-RES-798", "A-RES-75-242-B"; other names are not checked. */
const SYMBOL_STEM = /^[A-Z]+(?:-[A-Z]+)*-RES-/i;

/** The diagnostics that say why the operative numbering has a gap or a repeat, quoted when the run is broken. */
const NUMBERING_DIAGNOSTICS: ReadonlySet<string> = new Set(["MISSING_PARAGRAPH_NUMBER", "REPEATED_PARAGRAPH_NUMBER"]);

/**
 * Checks a parsed text against the target for OCR'd Security Council resolutions: its symbol, its
 * adoption date and a contiguous run of operative paragraphs (1..n without gaps).
 *
 * @param stem - the file's name without folder and extension ("S-RES-798"); the symbol must match it
 *   when it is itself a symbol
 * @param resolution - what the parser read, or `undefined` when it failed (then no target is met)
 * @param diagnostics - the parser's diagnostics for the text
 * @returns each target and why the unmet ones are not met
 *
 * @example
 * ```ts
 * import { checkOcrTargets, safeParseResolution } from "un-resolutions";
 *
 * const result = safeParseResolution(text);
 * const targets = result.success
 *   ? checkOcrTargets("S-RES-798", result.data, result.diagnostics)
 *   : checkOcrTargets("S-RES-798", undefined, []);
 * console.log(targets.all, targets.problems);
 * ```
 *
 * Hint: the symbol is compared with the file name after removing its year and writing "/" and
 * spaces as "-", case aside; a file not named by a symbol only needs some symbol.
 */
export function checkOcrTargets(
  stem: string,
  resolution: Resolution | undefined,
  diagnostics: readonly Diagnostic[],
): OcrTargets {
  if (!resolution) {
    return {
      symbol: false,
      adoptionDate: false,
      operativeRun: false,
      all: false,
      problems: ["the text was not parsed"],
    };
  }
  const problems: string[] = [];
  const symbolStem = resolution.symbol.replace(YEAR_SUFFIX, "").replace(SYMBOL_SEPARATORS, "-");
  const symbol = !SYMBOL_STEM.test(stem) || symbolStem.toLowerCase() === stem.toLowerCase();
  if (!symbol) problems.push(`symbol ${resolution.symbol} does not name the file's resolution ${stem}`);

  const year = SYMBOL_YEAR.exec(resolution.symbol)?.[1] ?? SYMBOL_YEAR.exec(resolution.number ?? "")?.[1];
  const adoptionDate = year === undefined || resolution.adoptionDate.startsWith(`${year}-`);
  if (!adoptionDate)
    problems.push(`adoption date ${resolution.adoptionDate} is not in ${year}, the year of the symbol`);

  const numbers = resolution.operative.map((clause) => clause.number);
  const operativeRun = numbers.length > 0 && numbers.every((n, i) => n === i + 1);
  if (numbers.length === 0) problems.push("no operative paragraph");
  else if (!operativeRun) {
    problems.push(`operative paragraphs numbered ${numbers.join(", ")}: expected 1..${numbers.length}`);
    for (const d of diagnostics) if (NUMBERING_DIAGNOSTICS.has(d.code)) problems.push(`${d.code}: ${d.message}`);
  }

  return { symbol, adoptionDate, operativeRun, all: symbol && adoptionDate && operativeRun, problems };
}
