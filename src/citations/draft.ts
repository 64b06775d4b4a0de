import type { Citation } from "../schemas/citation.js";

/**
 * A citation as a recognizer found it, before "Ibid." is resolved. `missing` names the part that
 * only the citation before it can supply: the organ of an "Ibid., Sixty-fifth Session, …" whose
 * symbols do not tell it, or the volume of an "Ibid., No. 973.". Such a draft carries a placeholder
 * in that field and never leaves the package unresolved.
 *
 * @example
 * ```ts
 * const draft: Draft = { citation: { type: "document", symbol: "A/65/209", span: { start: 0, end: 8 } } };
 * ```
 */
export interface Draft {
  citation: Citation;
  missing?: "body" | "volume";
}

/** A recognizer's find: where it starts and ends in the text, and the citations it makes. */
export interface Found {
  start: number;
  end: number;
  drafts: Draft[];
}
