import type { Citation } from "../schemas/citation.js";
import { ordinalNumber } from "../text/ordinals.js";

/**
 * One line that says what a citation cites: "UNTS vol. 2225, No. 39574 — United Nations Convention
 * against Transnational Organized Crime", "resolution 64/293", "A/65/209",
 * "Official Records of the General Assembly, 64th session, Supplement No. 53 (A/64/53)",
 * "Sales No. E.96.IV.13", "Charter, Article 22".
 *
 * @param citation - any citation
 * @returns the summary
 *
 * @example
 * ```ts
 * import { citationSummary } from "un-resolutions";
 *
 * citationSummary({ type: "treaty", volume: 2225, number: 39574, ibid: false });
 * // "UNTS vol. 2225, No. 39574"
 * ```
 *
 * Hint: a treaty is named by its registry title where known, else by the name the text gives it;
 * "(ibid.)" says the footnote wrote "Ibid.".
 */
export function citationSummary(citation: Citation): string {
  switch (citation.type) {
    case "treaty": {
      const page = citation.page ? `, p. ${citation.page}` : "";
      const ibid = citation.ibid ? " (ibid.)" : "";
      const name = citation.title ?? citation.name;
      return `UNTS vol. ${citation.volume}, No. ${citation.number}${page}${ibid}${name ? ` — ${name}` : ""}`;
    }
    case "resolution": {
      const body = citation.body ? `${citation.body} ` : "";
      const date = citation.date ? ` of ${citation.date}` : "";
      return `${body}${citation.kind ?? "resolution"} ${citation.number}${date}${citation.annex ? ", annex" : ""}`;
    }
    case "document":
      return `${citation.symbol}${citation.annex ? ", annex" : ""}`;
    case "officialRecords": {
      const when = citation.session
        ? `, ${ordinalNumber(citation.session)} session`
        : citation.year
          ? `, ${citation.year}`
          : "";
      const supplement = citation.supplement ? `, Supplement No. ${citation.supplement}` : "";
      const symbols = citation.symbols.length > 0 ? ` (${citation.symbols.join(", ")})` : "";
      const chapter = citation.chapter ? `, chap. ${citation.chapter}` : "";
      const section = citation.section ? `, sect. ${citation.section}` : "";
      const ibid = citation.ibid ? " (ibid.)" : "";
      return `Official Records of the ${citation.body}${when}${supplement}${symbols}${chapter}${section}${ibid}`;
    }
    case "publication":
      return `Sales No. ${citation.salesNumber}${citation.title ? ` — ${citation.title}` : ""}`;
    case "charter":
      return `Charter, Article ${citation.article}${citation.chapter ? ` (Chapter ${citation.chapter})` : ""}`;
  }
}
