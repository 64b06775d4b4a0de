/**
 * Citations in resolution texts: find them, resolve "Ibid." across footnotes, name the treaty
 * before a footnote marker, and look treaties up by their Treaty Series registration.
 *
 * @module citations
 */

export {
  type CitationPlace,
  type ClausePlace,
  citationsOf,
  type FootnotePlace,
  type PlacedCitation,
} from "./citations-of.js";
export { findCitations } from "./find.js";
export { citeFootnotes } from "./footnotes.js";
export { TREATIES, type TreatyRecord, treatiesByUnts, treatyByUnts } from "./registry.js";
export { treatyNameBefore } from "./treaty-name.js";
