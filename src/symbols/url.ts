import type { DocumentSymbol } from "../schemas/symbol.js";
import { SymbolParseError } from "./errors.js";
import { formatSymbol } from "./format.js";
import { parseSymbol } from "./parse.js";

/**
 * The six official languages of the United Nations, as the Official Document System names them.
 *
 * @example
 * ```ts
 * import { type UnLanguage, undocsUrl } from "un-resolutions";
 *
 * const language: UnLanguage = "fr";
 * undocsUrl("A/RES/65/190", language); // the French text in the Official Document System
 * ```
 */
export type UnLanguage = "en" | "fr" | "es" | "ar" | "zh" | "ru";

/** Spaces, which the Official Document System's addresses leave out ("S/RES/2334(2016)"). */
const SPACES = / /g;

/**
 * The public address of a document in the United Nations Official Document System:
 * `https://docs.un.org/<language>/<symbol>`, the form the UN's own Akoma Ntoso files link to.
 *
 * @param symbol - The symbol, as text or parsed: "A/RES/65/190", "S/RES/2334 (2016)".
 * @param language - The language version; English by default.
 * @returns The address, e.g. "https://docs.un.org/en/A/RES/65/190".
 * @throws {SymbolParseError} When the symbol cannot be read, or is a bare resolution number
 * with no series (code `missing-series`): "65/190" may be the General Assembly's or the Human
 * Rights Council's.
 *
 * @example
 * ```ts
 * import { undocsUrl } from "un-resolutions";
 *
 * undocsUrl("A/RES/65/190"); // "https://docs.un.org/en/A/RES/65/190"
 * undocsUrl("S/RES/2334 (2016)", "fr"); // "https://docs.un.org/fr/S/RES/2334(2016)"
 * undocsUrl("A/RES/2200 A (XXI)"); // "https://docs.un.org/en/A/RES/2200(XXI)"
 * ```
 *
 * Hint: written as the UN's XML writes these links (corpus akn/ga, akn/sc): spaces removed,
 * "A/RES/72/266 B" as "A/RES/72/266B", the letter of an older resolution left out
 * ("A/RES/2200(XXI)" holds parts A, B and C), and no reissue star.
 */
export function undocsUrl(symbol: string | DocumentSymbol, language: UnLanguage = "en"): string {
  const parsed = typeof symbol === "string" ? parseSymbol(symbol) : symbol;
  if (parsed.series === undefined) {
    const text = typeof symbol === "string" ? symbol : formatSymbol(symbol);
    throw new SymbolParseError(
      "missing-series",
      'expected a symbol with a series ("A/RES/65/190"), found a bare number',
      text,
      0,
    );
  }
  const forLink = withoutStar(parsed);
  return `https://docs.un.org/${language}/${formatSymbol(forLink).replace(SPACES, "")}`;
}

function withoutStar(symbol: DocumentSymbol): DocumentSymbol {
  const { reissued: _reissued, letter, joint, ...rest } = symbol;
  return {
    ...rest,
    ...(letter === undefined || symbol.romanSession !== undefined ? {} : { letter }),
    ...(joint === undefined ? {} : { joint: withoutStar(joint) }),
  };
}
