import { z } from "zod";
import { Citation } from "./citation.js";
import { FootnoteRef } from "./footnote.js";
import { Position, Span } from "./position.js";

const position = Position.optional().meta({ description: "Where the node stands in the source." });
const footnoteRefs = z
  .array(FootnoteRef)
  .meta({ description: "Footnote markers in this node's text, in order; offsets into `text`." });
const citations = z
  .array(Citation)
  .optional()
  .meta({ description: "Citations found in this node's text, with spans into `text`." });

/**
 * A lettered or numbered subparagraph of an operative paragraph: "(a)", "(i)", and deeper.
 * Its `text` is the whole subparagraph as a reader sees it, its own subparagraphs included,
 * without its label; `span` says where the subparagraph (label included) stands in its parent's text.
 *
 * @example
 * ```ts
 * import { Subparagraph } from "un-resolutions/schemas";
 *
 * const sub: Subparagraph = Subparagraph.parse({
 *   type: "subparagraph",
 *   label: "a",
 *   text: "To strengthen national programmes;",
 *   subparagraphs: [],
 *   footnoteRefs: [],
 * });
 * ```
 */
export const Subparagraph = z
  .strictObject({
    type: z.literal("subparagraph").meta({ description: 'Always "subparagraph".' }),
    label: z.string().min(1).meta({ description: 'The label without brackets: "a", "ii", "1".' }),
    text: z.string().meta({ description: "The whole subparagraph as a reader sees it, without its label." }),
    get subparagraphs(): z.ZodArray<typeof Subparagraph> {
      return z.array(Subparagraph).meta({ description: "Nested subparagraphs, in order." });
    },
    footnoteRefs,
    span: Span.optional().meta({
      description: "Where the subparagraph, label included, stands in the parent's text.",
    }),
    position,
  })
  .meta({ id: "Subparagraph", description: "A labelled subparagraph: (a), (i), and deeper." });
/** A subparagraph; see the {@link Subparagraph} schema. */
export type Subparagraph = z.infer<typeof Subparagraph>;

/**
 * A preambular paragraph: it begins with an italic leading phrase ("Noting with appreciation")
 * and ends with a comma.
 *
 * @example
 * ```ts
 * import { PreambularClause } from "un-resolutions/schemas";
 *
 * const clause: PreambularClause = PreambularClause.parse({
 *   type: "preambular",
 *   number: 1,
 *   leadingPhrase: "Convinced",
 *   text: "Convinced of the need to protect and assist all victims of trafficking,",
 *   footnoteRefs: [],
 * });
 * ```
 */
export const PreambularClause = z
  .strictObject({
    type: z.literal("preambular").meta({ description: 'Always "preambular".' }),
    number: z.int().min(1).meta({
      description: "Place in the preamble, counted from 1 (preambular paragraphs are not numbered in print).",
    }),
    leadingPhrase: z.string().meta({ description: 'The italic leading phrase: "Noting with appreciation".' }),
    text: z
      .string()
      .meta({ description: "The whole paragraph as a reader sees it, leading phrase included, markers removed." }),
    footnoteRefs,
    citations,
    position,
  })
  .meta({ id: "PreambularClause", description: "A preambular paragraph." });
/** A preambular paragraph; see the {@link PreambularClause} schema. */
export type PreambularClause = z.infer<typeof PreambularClause>;

/**
 * An operative paragraph: numbered, it begins with an action phrase ("Also calls upon") and may
 * hold subparagraphs. Its `text` is the whole paragraph, subparagraphs included.
 *
 * @example
 * ```ts
 * import { OperativeClause } from "un-resolutions/schemas";
 *
 * const clause: OperativeClause = OperativeClause.parse({
 *   type: "operative",
 *   number: 32,
 *   actionPhrase: "Invites",
 *   text: "Invites States to continue to contribute to the United Nations Voluntary Trust Fund;",
 *   subparagraphs: [],
 *   footnoteRefs: [],
 * });
 * ```
 */
export const OperativeClause = z
  .strictObject({
    type: z.literal("operative").meta({ description: 'Always "operative".' }),
    number: z.int().min(1).meta({ description: "The paragraph number, as printed." }),
    actionPhrase: z.string().meta({ description: 'The italic action phrase: "Also calls upon".' }),
    text: z
      .string()
      .meta({ description: "The whole paragraph as a reader sees it, action phrase and subparagraphs included." }),
    subparagraphs: z.array(Subparagraph).meta({ description: "Subparagraphs (a), (b)… in order." }),
    footnoteRefs,
    citations,
    position,
  })
  .meta({ id: "OperativeClause", description: "An operative paragraph." });
/** An operative paragraph; see the {@link OperativeClause} schema. */
export type OperativeClause = z.infer<typeof OperativeClause>;
