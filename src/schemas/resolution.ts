import { z } from "zod";
import { OperativeClause, PreambularClause } from "./clause.js";
import { Footnote } from "./footnote.js";
import { Position } from "./position.js";

const isoDate = (description: string) => z.iso.date().meta({ description });

/**
 * The session in which a resolution was adopted: "Sixty-fifth session", "Tenth emergency special session".
 *
 * @example
 * ```ts
 * import { Session } from "un-resolutions/schemas";
 *
 * const s: Session = Session.parse({ kind: "regular", number: 65, text: "Sixty-fifth session" });
 * ```
 */
export const Session = z
  .strictObject({
    kind: z
      .enum(["regular", "special", "emergencySpecial"])
      .meta({ description: "Regular, special or emergency special session." }),
    number: z.int().min(1).meta({ description: "The session's number (65 for the sixty-fifth)." }),
    text: z.string().meta({ description: 'The session as printed: "Sixty-fifth session".' }),
  })
  .meta({ id: "Session", description: "The session in which a resolution was adopted." });
/** A session; see the {@link Session} schema. */
export type Session = z.infer<typeof Session>;

/**
 * An agenda item under which a resolution was adopted: "Agenda item 28 (a)".
 *
 * @example
 * ```ts
 * import { AgendaItem } from "un-resolutions/schemas";
 *
 * const item: AgendaItem = AgendaItem.parse({ number: "28 (a)", title: "Advancement of women" });
 * ```
 */
export const AgendaItem = z
  .strictObject({
    number: z.string().min(1).meta({ description: 'The item number as printed: "28 (a)", "99".' }),
    title: z.string().optional().meta({ description: "The item's title, where the document gives it." }),
  })
  .meta({ id: "AgendaItem", description: "An agenda item." });
/** An agenda item; see the {@link AgendaItem} schema. */
export type AgendaItem = z.infer<typeof AgendaItem>;

/**
 * The distribution line of a document: "Distr.: General 11 March 2011".
 *
 * @example
 * ```ts
 * import { Distribution } from "un-resolutions/schemas";
 *
 * const d: Distribution = Distribution.parse({ level: "General", date: "2011-03-11" });
 * ```
 */
export const Distribution = z
  .strictObject({
    level: z.string().min(1).meta({ description: 'The distribution: "General", "Limited", "Restricted".' }),
    date: isoDate("The date of distribution (ISO 8601).").optional(),
  })
  .meta({ id: "Distribution", description: "The distribution line of a document." });
/** A distribution line; see the {@link Distribution} schema. */
export type Distribution = z.infer<typeof Distribution>;

/**
 * The report on which a resolution was adopted: "[on the report of the Third Committee (A/65/449)]".
 *
 * @example
 * ```ts
 * import { Report } from "un-resolutions/schemas";
 *
 * const r: Report = Report.parse({ committee: "Third Committee", symbols: ["A/65/449"] });
 * ```
 */
export const Report = z
  .strictObject({
    committee: z.string().optional().meta({
      description: 'The committee that reported ("Third Committee"); absent "without reference to a Main Committee".',
    }),
    symbols: z.array(z.string()).meta({ description: "Symbols of the report or draft, in order." }),
  })
  .meta({ id: "Report", description: "The report or draft on which a resolution was adopted." });
/** A report; see the {@link Report} schema. */
export type Report = z.infer<typeof Report>;

/**
 * The meeting at which a resolution was adopted: "71st plenary meeting, 21 December 2010".
 *
 * @example
 * ```ts
 * import { Meeting } from "un-resolutions/schemas";
 *
 * const m: Meeting = Meeting.parse({ number: 71, text: "71st plenary meeting", date: "2010-12-21" });
 * ```
 */
export const Meeting = z
  .strictObject({
    number: z.int().min(1).meta({ description: "The meeting's number." }),
    text: z.string().meta({ description: 'The meeting as printed: "71st plenary meeting", "4653rd meeting".' }),
    resumed: z.boolean().optional().meta({ description: 'Whether the meeting was a resumed one ("50th (resumed)").' }),
    date: isoDate("The meeting's date (ISO 8601).").optional(),
    position: Position.optional().meta({ description: "Where the meeting line stands in the source." }),
  })
  .meta({ id: "Meeting", description: "The meeting at which a resolution was adopted." });
/** A meeting; see the {@link Meeting} schema. */
export type Meeting = z.infer<typeof Meeting>;

/**
 * How a resolution was adopted: by a recorded vote, unanimously, or without a vote.
 *
 * @example
 * ```ts
 * import { Vote } from "un-resolutions/schemas";
 *
 * const v: Vote = Vote.parse({ kind: "recorded", inFavour: 13, against: 0, abstentions: 2 });
 * ```
 */
export const Vote = z
  .strictObject({
    kind: z
      .enum(["recorded", "unanimous", "withoutVote", "consensus"])
      .meta({ description: "How the resolution was adopted." }),
    inFavour: z.int().min(0).optional().meta({ description: "Votes in favour." }),
    against: z.int().min(0).optional().meta({ description: "Votes against." }),
    abstentions: z.int().min(0).optional().meta({ description: "Abstentions." }),
    text: z.string().optional().meta({ description: "The vote as printed, where the document states it." }),
    position: Position.optional().meta({ description: "Where the vote stands in the source." }),
  })
  .meta({ id: "Vote", description: "How a resolution was adopted." });
/** A vote; see the {@link Vote} schema. */
export type Vote = z.infer<typeof Vote>;

/**
 * An annex to a resolution: its heading and its text.
 *
 * @example
 * ```ts
 * import { Annex } from "un-resolutions/schemas";
 *
 * const annex: Annex = Annex.parse({ type: "annex", heading: "Annex", text: "Declaration on …" });
 * ```
 */
export const Annex = z
  .strictObject({
    type: z.literal("annex").meta({ description: 'Always "annex".' }),
    heading: z.string().meta({ description: 'The heading as printed ("Annex", "Annex I").' }),
    title: z.string().optional().meta({ description: "The annex's title, where it has one." }),
    text: z.string().meta({ description: "The annex's text, paragraphs separated by blank lines." }),
    position: Position.optional().meta({ description: "Where the annex stands in the source." }),
  })
  .meta({ id: "Annex", description: "An annex to a resolution." });
/** An annex; see the {@link Annex} schema. */
export type Annex = z.infer<typeof Annex>;

/**
 * A United Nations resolution: its header facts, its preamble, its operative part and its
 * footnotes. Plain JSON: `JSON.parse(JSON.stringify(r))` equals `r`.
 *
 * @example
 * ```ts
 * import { Resolution } from "un-resolutions/schemas";
 *
 * const result = Resolution.safeParse(JSON.parse(jsonText));
 * if (!result.success) {
 *   for (const issue of result.error.issues) console.error(issue.path.join("."), issue.message);
 * }
 * ```
 *
 * Hint: objects are strict, so an unknown key is an error with its path.
 */
export const Resolution = z
  .strictObject({
    type: z.literal("resolution").meta({ description: 'Always "resolution".' }),
    symbol: z.string().min(1).meta({ description: 'The document symbol: "A/RES/65/190", "S/RES/1445 (2002)".' }),
    body: z
      .string()
      .min(1)
      .meta({ description: 'The adopting body: "General Assembly", "Security Council", "Human Rights Council".' }),
    number: z
      .string()
      .optional()
      .meta({ description: 'The resolution number as printed: "65/190", "1445 (2002)", "ES-11/1", "75/242 B".' }),
    title: z
      .string()
      .optional()
      .meta({ description: "The title; absent where the resolution has none (most Security Council resolutions)." }),
    adoptionDate: isoDate("The date of adoption (ISO 8601)."),
    session: Session.optional(),
    agendaItems: z.array(AgendaItem).optional().meta({ description: "Agenda items, in order." }),
    distribution: Distribution.optional(),
    report: Report.optional(),
    meeting: Meeting.optional(),
    vote: Vote.optional(),
    preamble: z.array(PreambularClause).meta({ description: "Preambular paragraphs, in order." }),
    operative: z.array(OperativeClause).meta({ description: "Operative paragraphs, in order." }),
    footnotes: z.array(Footnote).meta({ description: "Footnotes, in order of number." }),
    annexes: z.array(Annex).optional().meta({ description: "Annexes, in order." }),
    preface: Position.optional().meta({
      description: "Where the header (from the first line to the enacting formula) stands in the source.",
    }),
    position: Position.optional().meta({ description: "The span of the whole source." }),
  })
  .meta({ id: "Resolution", description: "A United Nations resolution." });
/** A resolution; see the {@link Resolution} schema. */
export type Resolution = z.infer<typeof Resolution>;
