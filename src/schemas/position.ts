import { z } from "zod";

/**
 * One place in a source text, the unist way: `line` and `column` count from 1, `offset` from 0
 * (in UTF-16 code units, as JavaScript strings index).
 *
 * @example
 * ```ts
 * import { Point } from "un-resolutions/schemas";
 *
 * const start: Point = Point.parse({ line: 1, column: 1, offset: 0 });
 * ```
 */
export const Point = z
  .strictObject({
    line: z.int().min(1).meta({ description: "Line in the source, counted from 1." }),
    column: z.int().min(1).meta({ description: "Column in the source, counted from 1." }),
    offset: z.int().min(0).meta({ description: "Offset into the source, counted from 0, in UTF-16 code units." }),
  })
  .meta({ id: "Point", description: "One place in a source text (unist Point)." });
/** One place in a source text; see the {@link Point} schema. */
export type Point = z.infer<typeof Point>;

/**
 * Where a node stands in its source: from `start` (inclusive) to `end` (exclusive), unist style.
 * A node that the program made up rather than read from a source has no position.
 *
 * @example
 * ```ts
 * import { Position } from "un-resolutions/schemas";
 *
 * const where: Position = Position.parse({
 *   start: { line: 1, column: 1, offset: 0 },
 *   end: { line: 1, column: 13, offset: 12 },
 * });
 * ```
 */
export const Position = z
  .strictObject({
    start: Point.meta({ description: "The first character of the node." }),
    end: Point.meta({ description: "The place just after the last character of the node." }),
  })
  .meta({ id: "Position", description: "Where a node stands in its source (unist Position)." });
/** Where a node stands in its source; see the {@link Position} schema. */
export type Position = z.infer<typeof Position>;

/**
 * A half-open range of offsets `[start, end)` into a string of the model, such as a clause's
 * `text` or a footnote's `text` (not into the source file: that is what {@link Position} is for).
 *
 * @example
 * ```ts
 * import { Span } from "un-resolutions/schemas";
 *
 * const span: Span = Span.parse({ start: 0, end: 17 });
 * "Resolution 64/293.".slice(span.start, span.end); // "Resolution 64/293"
 * ```
 */
export const Span = z
  .strictObject({
    start: z.int().min(0).meta({ description: "Offset of the first character, from 0." }),
    end: z.int().min(0).meta({ description: "Offset just after the last character." }),
  })
  .refine((s) => s.end >= s.start, { message: "a span must not end before it starts" })
  .meta({ id: "Span", description: "A half-open range of offsets into a string of the model." });
/** A half-open range of offsets into a string of the model; see the {@link Span} schema. */
export type Span = z.infer<typeof Span>;
