import type { Subparagraph } from "../schemas/clause.js";
import type { FootnoteRef } from "../schemas/footnote.js";
import { refsBetween } from "../text/footnote-refs.js";

/** A piece of a clause to render: running text, or a subparagraph's own words at some depth. */
export type ClauseBlock =
  | { readonly kind: "text"; readonly text: string; readonly refs: readonly FootnoteRef[] }
  | {
      readonly kind: "item";
      readonly depth: number;
      /** The label as printed ("(a)"), or "" for an unlabelled item. */
      readonly printed: string;
      readonly text: string;
      readonly refs: readonly FootnoteRef[];
    };

/** How many line breaks open a piece. */
function leadingNewlines(piece: string): number {
  let n = 0;
  while (piece[n] === "\n") n += 1;
  return n;
}

/** A piece without the line breaks at its ends, which the blocks stand for. */
function trimNewlines(piece: string): string {
  let end = piece.length;
  while (end > 0 && piece[end - 1] === "\n") end -= 1;
  return piece.slice(Math.min(leadingNewlines(piece), end), end);
}

/**
 * Cuts a clause into what a reader sees: its opening words, each subparagraph's own words (at its
 * depth, with its label as printed), the words between and after them. Every footnote marker of
 * the clause lands in exactly one block, at its offset there (markers that a subparagraph and its
 * parent both record are shown once).
 *
 * @param text - the clause's text
 * @param refs - the clause's footnote refs
 * @param subparagraphs - the clause's subparagraphs
 * @returns the blocks, in order
 */
export function clauseBlocks(
  text: string,
  refs: readonly FootnoteRef[],
  subparagraphs: readonly Subparagraph[],
): ClauseBlock[] {
  const markers = new Map<string, FootnoteRef>();
  for (const ref of refs) markers.set(`${ref.number}@${ref.offset}`, ref);
  const placed = place(subparagraphs, text, 0, 1, markers);
  const all = [...markers.values()].sort((a, b) => a.offset - b.offset);
  const blocks: ClauseBlock[] = [];
  const pushText = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    const lead = leadingNewlines(raw);
    const piece = trimNewlines(raw);
    if (piece.trim() === "") return;
    const from = start + lead;
    blocks.push({ kind: "text", text: piece, refs: within(all, from, from + piece.length) });
  };
  const visit = (list: readonly Placed[], start: number, end: number): void => {
    let at = start;
    for (const item of list) {
      pushText(at, item.labelStart);
      const ownEnd = item.children[0]?.labelStart ?? item.end;
      const own = trimNewlines(text.slice(item.textStart, ownEnd));
      blocks.push({
        kind: "item",
        depth: item.depth,
        printed: item.printed,
        text: own,
        refs: within(all, item.textStart, item.textStart + own.length),
      });
      if (item.children.length > 0) visit(item.children, item.textStart + own.length, item.end);
      at = item.end;
    }
    pushText(at, end);
  };
  visit(placed, 0, text.length);
  return blocks;
}

interface Placed {
  readonly depth: number;
  readonly printed: string;
  readonly labelStart: number;
  readonly textStart: number;
  readonly end: number;
  readonly children: Placed[];
}

/**
 * The deepest level of subparagraphs shown as items of their own; a subparagraph at this level is
 * shown whole, its subparagraphs' labels and words in its text, so that placing never recurses
 * deeper (10,000 levels overflowed the stack). Print nests four levels at most.
 */
const MAX_ITEM_DEPTH = 64;

/**
 * Places subparagraphs in the clause's text by their spans, gathering their markers in clause offsets.
 * Subparagraphs below level {@link MAX_ITEM_DEPTH} are not placed: their parent is shown whole.
 */
function place(
  subs: readonly Subparagraph[],
  parentText: string,
  base: number,
  depth: number,
  markers: Map<string, FootnoteRef>,
): Placed[] {
  const out: Placed[] = [];
  let cursor = 0;
  for (const sub of subs) {
    const spanned = sub.span ? parentText.slice(sub.span.start, sub.span.end) : undefined;
    let labelStart: number;
    let textStart: number;
    if (sub.span && spanned?.endsWith(sub.text)) {
      labelStart = sub.span.start;
      textStart = sub.span.end - sub.text.length;
    } else {
      const found = parentText.indexOf(sub.text, cursor);
      if (found < 0) continue;
      labelStart = found;
      textStart = found;
    }
    const end = textStart + sub.text.length;
    cursor = end;
    for (const ref of sub.footnoteRefs) {
      const offset = base + textStart + ref.offset;
      markers.set(`${ref.number}@${offset}`, { number: ref.number, offset });
    }
    const printed = parentText.slice(labelStart, textStart).trim() || (sub.label === "•" ? "" : `(${sub.label})`);
    out.push({
      depth,
      printed,
      labelStart: base + labelStart,
      textStart: base + textStart,
      end: base + end,
      children: depth < MAX_ITEM_DEPTH ? place(sub.subparagraphs, sub.text, base + textStart, depth + 1, markers) : [],
    });
  }
  return out;
}

/** The refs in `[start, end]` (sorted by offset), with offsets from `start`. */
function within(sorted: readonly FootnoteRef[], start: number, end: number): FootnoteRef[] {
  return refsBetween(sorted, start, end).map((r) => ({ number: r.number, offset: r.offset - start }));
}
