import { z } from "zod";
import { Citation } from "./citation.js";
import { Position } from "./position.js";

/**
 * A reference from a text to a footnote, joined to it by number (mdast's FootnoteReference):
 * the footnote's `number` and the `offset` into the owning node's `text` where the marker stood.
 *
 * @example
 * ```ts
 * import { FootnoteRef } from "un-resolutions/schemas";
 *
 * const ref: FootnoteRef = FootnoteRef.parse({ number: 1, offset: 42 });
 * ```
 */
export const FootnoteRef = z
  .strictObject({
    number: z.int().min(1).meta({ description: "The number of the footnote referred to." }),
    offset: z.int().min(0).meta({
      description: "Offset into the owning node's text where the marker stood (the marker itself is removed).",
    }),
  })
  .meta({ id: "FootnoteRef", description: "A reference from a text to a footnote, by number." });
/** A reference to a footnote; see the {@link FootnoteRef} schema. */
export type FootnoteRef = z.infer<typeof FootnoteRef>;

/**
 * A footnote of the resolution (mdast's FootnoteDefinition), with the citations found in it.
 *
 * @example
 * ```ts
 * import { Footnote } from "un-resolutions/schemas";
 *
 * const note: Footnote = Footnote.parse({
 *   type: "footnote",
 *   number: 10,
 *   text: "Resolution 64/293.",
 *   citations: [{ type: "resolution", number: "64/293", span: { start: 0, end: 17 } }],
 * });
 * ```
 */
export const Footnote = z
  .strictObject({
    type: z.literal("footnote").meta({ description: 'Always "footnote".' }),
    number: z.int().min(1).meta({ description: "The footnote's number, as printed." }),
    text: z.string().meta({ description: "The footnote's text, clean: no marker, single spaces." }),
    citations: z.array(Citation).meta({ description: "Citations found in the text, in order; Ibid. resolved." }),
    position: Position.optional().meta({ description: "Where the footnote stands in the source." }),
  })
  .meta({ id: "Footnote", description: "A footnote of the resolution." });
/** A footnote; see the {@link Footnote} schema. */
export type Footnote = z.infer<typeof Footnote>;
