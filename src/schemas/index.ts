/**
 * The typed model of a United Nations resolution: zod schemas and their inferred types, which
 * share one name. Importing this entry pulls neither the parser nor the data.
 *
 * @module schemas
 */
export {
  CharterReference,
  Citation,
  DocumentReference,
  OfficialRecordsReference,
  PublicationReference,
  ResolutionReference,
  TreatyReference,
} from "./citation.js";
export { OperativeClause, PreambularClause, Subparagraph } from "./clause.js";
export { Footnote, FootnoteRef } from "./footnote.js";
export { RESOLUTION_SCHEMA_ID, resolutionJsonSchema } from "./json-schema.js";
export { Point, Position, Span } from "./position.js";
export { AgendaItem, Annex, Distribution, Meeting, Report, Resolution, Session, Vote } from "./resolution.js";
export { DocumentSymbol, SymbolModifier } from "./symbol.js";
