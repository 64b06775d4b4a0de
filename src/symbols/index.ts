/**
 * United Nations document symbols: read them into their parts, write them back, and link them
 * to the Official Document System.
 *
 * @module symbols
 */
export { type SymbolErrorCode, SymbolParseError } from "./errors.js";
export { formatSymbol } from "./format.js";
export { parseSymbol, safeParseSymbol } from "./parse.js";
export { type UnLanguage, undocsUrl } from "./url.js";
