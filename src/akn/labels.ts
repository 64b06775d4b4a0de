/**
 * Subparagraph labels: from the printed form ("(a)", "ii.", "•") to the model's label ("a", "ii",
 * "•"), and the kind of a label, used to nest subparagraphs that the markup left flat.
 */

/** The kinds of label a list level uses. */
export type LabelKind = "letter" | "roman" | "digit" | "upper" | "bullet" | "other";

/** The label given to a list item printed without one. */
export const UNLABELLED = "•";

/** A printed label with its brackets or final dot: "(a)", "a)", "a.", "(aa)", "a.1."; the core is captured. */
const PRINTED_LABEL = /^\(?([^()]+?)[.)]?$/;
/** A lower-case roman numeral (letters only; its value is checked separately). */
const ROMAN = /^[ivxlcdm]{1,7}$/;
/** One or two lower-case letters: "a", "aa" (after "z"). */
const LETTER = /^[a-z]{1,2}$/;
/** Arabic digits. */
const DIGITS = /^\d{1,3}$/;
/** One capital letter. */
const UPPER = /^[A-Z]$/;
/** Bullets and dashes that mark unnumbered items. */
const BULLET = /^[•‒–—\-*·▪]$/;

/**
 * The model's label for a printed label: brackets and a final dot removed, so "(a)" → "a", "ii." →
 * "ii", "a.1." → "a.1"; an empty label becomes {@link UNLABELLED}.
 *
 * @param printed - the label as printed (the `num` element's text)
 * @returns the label without brackets
 */
export function labelOf(printed: string): string {
  const trimmed = printed.trim();
  if (trimmed === "") return UNLABELLED;
  return PRINTED_LABEL.exec(trimmed)?.[1]?.trim() || trimmed;
}

/** The value of a lower-case roman numeral, or undefined when it is not one. */
export function romanValue(label: string): number | undefined {
  if (!ROMAN.test(label)) return undefined;
  const values: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < label.length; i += 1) {
    const value = values[label[i] ?? ""] ?? 0;
    const next = values[label[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

/** The letter label before `label` in a lettered list: "h" before "i", "hh" before "ii", "z" before "aa". */
function letterBefore(label: string): string | undefined {
  if (!LETTER.test(label)) return undefined;
  const code = label.charCodeAt(0);
  if (label.length === 1) return code > 97 ? String.fromCharCode(code - 1) : undefined;
  return code > 97 ? String.fromCharCode(code - 1).repeat(2) : "z";
}

/** A list level already open, as far as label kinds are concerned. */
export interface OpenLevel {
  readonly label: string;
  readonly kind: LabelKind;
}

/**
 * The kind of a label, given the list levels open above it (outermost first). Ambiguous letters
 * that are also roman numerals ("i", "v", "x") are read as roman when they continue an open roman
 * level or start one ("i" with no letter "h" open), and as letters when they continue a letter level.
 *
 * @param label - the label without brackets
 * @param open - the open levels, outermost first
 * @returns the label's kind
 */
export function labelKind(label: string, open: readonly OpenLevel[]): LabelKind {
  if (BULLET.test(label)) return "bullet";
  if (DIGITS.test(label)) return "digit";
  if (UPPER.test(label)) return "upper";
  const roman = romanValue(label);
  const letter = LETTER.test(label);
  if (roman !== undefined && !letter) return "roman";
  if (roman === undefined) return letter ? "letter" : "other";
  const continuesRoman = open.some((level) => level.kind === "roman" && romanValue(level.label) === roman - 1);
  if (continuesRoman) return "roman";
  const before = letterBefore(label);
  const continuesLetter = open.some((level) => level.kind === "letter" && level.label === before);
  if (continuesLetter) return "letter";
  return roman === 1 ? "roman" : "letter";
}
