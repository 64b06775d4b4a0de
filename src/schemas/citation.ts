import { z } from "zod";
import { Span } from "./position.js";

const span = Span.optional().meta({
  description: "Where the citation stands in the text it was found in (offsets into that text).",
});
const ibid = z
  .boolean()
  .meta({ description: 'Whether the text wrote it as "Ibid." (resolved from the footnote before).' });

/**
 * A treaty cited by its registration in the United Nations Treaty Series (UNTS):
 * "United Nations, Treaty Series, vol. 2225, No. 39574" is volume 2225, number 39574.
 *
 * @example
 * ```ts
 * import { TreatyReference } from "un-resolutions/schemas";
 *
 * const palermo: TreatyReference = TreatyReference.parse({
 *   type: "treaty",
 *   volume: 2225,
 *   number: 39574,
 *   ibid: false,
 *   name: "United Nations Convention against Transnational Organized Crime",
 * });
 * ```
 *
 * Hint: `name` is the treaty as the text that carries the footnote marker names it;
 * `title` is its canonical title from the treaty registry, where the registry knows it.
 */
export const TreatyReference = z
  .strictObject({
    type: z.literal("treaty").meta({ description: 'Always "treaty".' }),
    volume: z.int().min(1).meta({ description: "Volume of the United Nations Treaty Series." }),
    number: z.int().min(1).meta({ description: "Registration number in the United Nations Treaty Series." }),
    page: z.int().min(1).optional().meta({ description: 'Page in the volume, where the text gives one ("p. 3").' }),
    ibid,
    name: z
      .string()
      .optional()
      .meta({ description: "The treaty's name as the text carrying the footnote marker gives it." }),
    title: z.string().optional().meta({ description: "The treaty's canonical title, from the treaty registry." }),
    span,
  })
  .meta({
    id: "TreatyReference",
    description: "A treaty cited by its United Nations Treaty Series volume and number.",
  });
/** A treaty cited by UNTS volume and number; see the {@link TreatyReference} schema. */
export type TreatyReference = z.infer<typeof TreatyReference>;

/**
 * A reference to a resolution or decision: "resolution 64/293", "Human Rights Council
 * resolution 11/3 of 17 June 2009", "resolution 2200 A (XXI), annex".
 *
 * @example
 * ```ts
 * import { ResolutionReference } from "un-resolutions/schemas";
 *
 * const ref: ResolutionReference = ResolutionReference.parse({
 *   type: "resolution",
 *   number: "11/3",
 *   body: "Human Rights Council",
 *   date: "2009-06-17",
 * });
 * ```
 */
export const ResolutionReference = z
  .strictObject({
    type: z.literal("resolution").meta({ description: 'Always "resolution".' }),
    kind: z
      .enum(["resolution", "decision"])
      .optional()
      .meta({ description: "Whether the text cites a resolution or a decision (resolution when absent)." }),
    number: z.string().min(1).meta({ description: 'The number as written: "64/293", "2200 A (XXI)", "1325 (2000)".' }),
    body: z
      .string()
      .optional()
      .meta({ description: 'The body that adopted it, where the text names it ("Human Rights Council").' }),
    date: z.iso.date().optional().meta({ description: "Adoption date, where the text gives it (ISO 8601)." }),
    annex: z
      .boolean()
      .optional()
      .meta({ description: 'Whether the text cites its annex ("resolution 2200 A (XXI), annex").' }),
    span,
  })
  .meta({ id: "ResolutionReference", description: "A reference to a resolution or decision." });
/** A reference to a resolution or decision; see the {@link ResolutionReference} schema. */
export type ResolutionReference = z.infer<typeof ResolutionReference>;

/**
 * A reference to a United Nations document by its symbol: "A/65/209", "A/C.3/55/3, annex".
 *
 * @example
 * ```ts
 * import { DocumentReference } from "un-resolutions/schemas";
 *
 * const report: DocumentReference = DocumentReference.parse({ type: "document", symbol: "A/65/209" });
 * ```
 */
export const DocumentReference = z
  .strictObject({
    type: z.literal("document").meta({ description: 'Always "document".' }),
    symbol: z.string().min(1).meta({ description: 'The document symbol as written: "A/65/209", "A/65/53/Corr.1".' }),
    annex: z.boolean().optional().meta({ description: "Whether the text cites the document's annex." }),
    span,
  })
  .meta({ id: "DocumentReference", description: "A reference to a United Nations document by its symbol." });
/** A reference to a United Nations document; see the {@link DocumentReference} schema. */
export type DocumentReference = z.infer<typeof DocumentReference>;

/**
 * A reference to the Official Records of a principal organ: "Official Records of the General
 * Assembly, Sixty-fourth Session, Supplement No. 53 (A/64/53), chap. III, sect. A".
 *
 * @example
 * ```ts
 * import { OfficialRecordsReference } from "un-resolutions/schemas";
 *
 * const records: OfficialRecordsReference = OfficialRecordsReference.parse({
 *   type: "officialRecords",
 *   body: "General Assembly",
 *   session: 64,
 *   supplement: "53",
 *   symbols: ["A/64/53"],
 *   ibid: false,
 * });
 * ```
 */
export const OfficialRecordsReference = z
  .strictObject({
    type: z.literal("officialRecords").meta({ description: 'Always "officialRecords".' }),
    body: z.string().min(1).meta({ description: 'The organ whose records these are ("General Assembly").' }),
    session: z.int().min(1).optional().meta({ description: "Session number (64 for Sixty-fourth Session)." }),
    year: z.int().optional().meta({ description: 'Year of the records, for organs that count years ("Eighth Year").' }),
    supplement: z.string().optional().meta({ description: 'Supplement number as written ("53", "53A").' }),
    symbols: z.array(z.string()).meta({ description: "Document symbols given in parentheses, corrigenda apart." }),
    chapter: z.string().optional().meta({ description: 'Chapter, as written ("III").' }),
    section: z.string().optional().meta({ description: 'Section, as written ("A").' }),
    ibid,
    span,
  })
  .meta({ id: "OfficialRecordsReference", description: "A reference to the Official Records of a principal organ." });
/** A reference to Official Records; see the {@link OfficialRecordsReference} schema. */
export type OfficialRecordsReference = z.infer<typeof OfficialRecordsReference>;

/**
 * A United Nations publication cited by its sales number: "Sales No. E.96.IV.13".
 *
 * @example
 * ```ts
 * import { PublicationReference } from "un-resolutions/schemas";
 *
 * const beijing: PublicationReference = PublicationReference.parse({
 *   type: "publication",
 *   salesNumber: "E.96.IV.13",
 * });
 * ```
 */
export const PublicationReference = z
  .strictObject({
    type: z.literal("publication").meta({ description: 'Always "publication".' }),
    salesNumber: z.string().min(1).meta({ description: 'The sales number ("E.96.IV.13").' }),
    title: z.string().optional().meta({ description: "The publication's title, where the text gives it." }),
    span,
  })
  .meta({ id: "PublicationReference", description: "A United Nations publication cited by its sales number." });
/** A United Nations publication; see the {@link PublicationReference} schema. */
export type PublicationReference = z.infer<typeof PublicationReference>;

/**
 * A reference to an Article of the Charter of the United Nations ("Article 22 of the Charter").
 *
 * @example
 * ```ts
 * import { CharterReference } from "un-resolutions/schemas";
 *
 * const art: CharterReference = CharterReference.parse({ type: "charter", article: "22" });
 * ```
 */
export const CharterReference = z
  .strictObject({
    type: z.literal("charter").meta({ description: 'Always "charter".' }),
    article: z.string().min(1).meta({ description: 'The Article, as written ("22", "2, paragraph 7").' }),
    chapter: z.string().optional().meta({ description: 'The Chapter, where cited ("VII").' }),
    span,
  })
  .meta({ id: "CharterReference", description: "A reference to an Article of the Charter of the United Nations." });
/** A reference to the Charter; see the {@link CharterReference} schema. */
export type CharterReference = z.infer<typeof CharterReference>;

/**
 * Any citation, told apart by its `type`: a treaty, a resolution, a document, Official Records,
 * a publication or the Charter.
 *
 * @example
 * ```ts
 * import { Citation } from "un-resolutions/schemas";
 *
 * const c = Citation.parse({ type: "document", symbol: "A/65/209" });
 * if (c.type === "document") console.log(c.symbol);
 * ```
 */
export const Citation = z
  .discriminatedUnion("type", [
    TreatyReference,
    ResolutionReference,
    DocumentReference,
    OfficialRecordsReference,
    PublicationReference,
    CharterReference,
  ])
  .meta({ id: "Citation", description: "A citation, told apart by its type." });
/** Any citation; see the {@link Citation} schema. */
export type Citation = z.infer<typeof Citation>;
