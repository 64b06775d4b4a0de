import fc from "fast-check";

/** A lone surrogate: half of a UTF-16 pair, which no well-formed text holds. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any UTF-16 code unit, control characters and lone surrogates included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Random Unicode: any code point, any code unit, lone surrogates. */
export const unicode = fc.oneof(
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: codeUnit, maxLength: 8 }),
  loneSurrogate,
);

/** Pieces a resolution is made of, so that random text goes past the parser's first checks. */
export const token = fc.constantFrom(
  "The General Assembly,",
  "The Security Council,",
  "\n",
  "\n\n",
  "\r\n",
  "\f",
  " ",
  "1.",
  "12. ",
  "(a) ",
  "(iv)",
  "— ",
  "¹",
  "²³",
  "A/RES/65/190",
  "65/190. Title",
  "Resolution 1445 (2002)",
  "Distr.: General",
  "21 December 2010",
  "Sixty-fifth session",
  "Agenda item 28 (a)",
  "Resolution adopted by the General Assembly on 21 December 2010",
  "[on the report of the Third Committee (A/65/449)]",
  "Recalling",
  "Decides",
  "Also calls upon",
  "71st plenary meeting",
  "Adopted unanimously at the 631st meeting.",
  "____________",
  "Annex",
  "Ibid., vol. 96, No. 1342.",
  "United Nations, Treaty Series, vol. 2225, No. 39574.",
  "23-26252 (E)",
  "*2326252*",
  ",;:.",
  "“",
  "-",
);

/**
 * A random text of `pieces` with {@link unicode} among them (one Unicode part for every `weight`
 * pieces), at most `maxLength` parts, joined by `separator`.
 */
export function mixedText(
  pieces: fc.Arbitrary<string>,
  weight: number,
  maxLength: number,
  separator = "",
): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight, arbitrary: pieces }, { weight: 1, arbitrary: unicode }), { maxLength })
    .map((parts) => parts.join(separator));
}

/** A random text of resolution pieces and Unicode. */
export const resolutionLike = mixedText(token, 4, 120);

/** One change to a text's lines, at places given as fractions of the text. */
export type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "swap"; at: number; other: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "truncate"; at: number };

/** A long run of one piece: a long line, a long word, runs of punctuation, digits, labels or line breaks. */
export const longRun = fc
  .tuple(
    fc.constantFrom("x", "a ", ".", ",;", "1", "¹", "(a) ", "\n", "\n\n", " ", "-\n"),
    fc.integer({ min: 500, max: 5000 }),
  )
  .map(([piece, times]) => piece.repeat(times));

export const place = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: place }),
  fc.record({ kind: fc.constant("duplicate" as const), at: place }),
  fc.record({ kind: fc.constant("swap" as const), at: place, other: place }),
  fc.record({ kind: fc.constant("insert" as const), at: place, text: fc.oneof(unicode, token, longRun) }),
  fc.record({ kind: fc.constant("truncate" as const), at: place }),
);

/** Applies the mutations in turn: lines deleted, duplicated, swapped; Unicode inserted; the text cut. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const lines = out.split("\n");
    const line = Math.floor(m.at * lines.length);
    if (m.kind === "delete") lines.splice(line, 1);
    else if (m.kind === "duplicate") lines.splice(line, 0, lines[line] ?? "");
    else if (m.kind === "swap") {
      const other = Math.floor(m.other * lines.length);
      [lines[line], lines[other]] = [lines[other] ?? "", lines[line] ?? ""];
    }
    if (m.kind === "insert") {
      const at = Math.floor(m.at * (out.length + 1));
      out = out.slice(0, at) + m.text + out.slice(at);
    } else if (m.kind === "truncate") out = out.slice(0, Math.floor(m.at * out.length));
    else out = lines.join("\n");
  }
  return out;
}
