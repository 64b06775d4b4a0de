import { findCitations } from "../citations/index.js";
import type { OperativeClause, PreambularClause, Subparagraph } from "../schemas/clause.js";
import type { FootnoteRef } from "../schemas/footnote.js";
import { refsBetween } from "../text/footnote-refs.js";
import type { Diagnostic } from "./errors.js";
import { healWords } from "./heal.js";
import {
  indexAtSource,
  type MappedText,
  MappedTextBuilder,
  sourceAt,
  sourceEnd,
  sourceStart,
  trimMapped,
} from "./mapped-text.js";
import { extractMarkers, type MarkerState } from "./markers.js";
import { isOperativeHead, isPreambleHead, openingPhrase } from "./phrases.js";
import type { RawParagraph } from "./segment.js";
import type { SourceMap } from "./source-map.js";

/** A dash label, as the UN's XML writes it. */
const DASH_LABEL = "–";

/** A bullet label, as the UN's XML writes it. */
const BULLET_LABEL = "•";

/** The leading dash or bullet of a list item ("— Calls for", "• Protection"). */
const DASH_ITEM = /^[—–•-] ?/;

/** A piece after markers and healing, with its label. */
interface CleanPiece {
  label?: string;
  text: MappedText;
  refs: FootnoteRef[];
  /** Source offsets of the piece before cleaning: markers and Markdown included. */
  rawStart: number;
  rawEnd: number;
}

/**
 * Builds the preambular and operative clauses from the segmented paragraphs (the build stage).
 *
 * After this stage:
 * - the preamble is every paragraph before the first numbered one (or, in texts without numbers,
 *   before the first that opens with an operative verb); the rest is operative;
 * - each clause's `text` is whole, single-spaced, markers removed, with its footnote refs;
 * - labelled pieces are subparagraphs nested by label kind ((a) then (i) then (1)), each with its
 *   `span` in the parent's text;
 * - operative numbers are the printed ones; a gap or a repeat is a diagnostic;
 * - citations found in a clause's text are in its `citations`, with spans into `text` (unless `citations` is false).
 *
 * @param paragraphs - the paragraphs from the segment stage
 * @param markers - the footnote marker state (updated)
 * @param vocabulary - the document's vocabulary, for healing split words
 * @param map - the source map, for positions
 * @param diagnostics - where doubts go
 * @param citations - whether to find the clauses' citations: not for a text that the resolution
 *   adopts, which the model keeps as an annex's text (its clauses' citations would be thrown away)
 */
export function buildClauses(
  paragraphs: readonly RawParagraph[],
  markers: MarkerState,
  vocabulary: ReadonlyMap<string, number> | undefined,
  map: SourceMap,
  diagnostics: Diagnostic[],
  citations = true,
): { preamble: PreambularClause[]; operative: OperativeClause[] } {
  const preamble: PreambularClause[] = [];
  const operative: OperativeClause[] = [];
  let firstOperative = paragraphs.findIndex((p) => p.number !== undefined);
  if (firstOperative < 0) {
    firstOperative = paragraphs.findIndex((p) => {
      const text = p.pieces[0]?.text.text ?? "";
      return isOperativeHead(text) && !isPreambleHead(text);
    });
    if (firstOperative < 0) firstOperative = paragraphs.length;
  }
  let lastNumber = 0;
  const anyNumbered = firstOperative < paragraphs.length && paragraphs.some((p) => p.number !== undefined);
  paragraphs.forEach((paragraph, index) => {
    const pieces = paragraph.pieces.map((piece) => cleanPiece(piece.label, piece.text, markers, vocabulary));
    const whole = joinPieces(pieces);
    const position = map.position(paragraph.start, paragraph.end);
    // A part B of an old resolution opens with a preamble of its own: it joins the preamble.
    const secondPreamble =
      index > firstOperative &&
      paragraph.number === undefined &&
      isPreambleHead(whole.text.text) &&
      !isOperativeHead(whole.text.text);
    if (index < firstOperative || secondPreamble) {
      const clause: PreambularClause = {
        type: "preambular",
        number: preamble.length + 1,
        leadingPhrase: openingPhrase(whole.text.text),
        text: whole.text.text,
        footnoteRefs: whole.refs,
      };
      const found = citations ? findCitations(clause.text) : [];
      if (found.length > 0) clause.citations = found;
      if (position) clause.position = position;
      preamble.push(clause);
      return;
    }
    let number = paragraph.number ?? lastNumber + 1;
    if (paragraph.number !== undefined && paragraph.number !== lastNumber + 1) {
      diagnostics.push({
        code: paragraph.number > lastNumber + 1 ? "MISSING_PARAGRAPH_NUMBER" : "REPEATED_PARAGRAPH_NUMBER",
        message: `expected operative paragraph ${lastNumber + 1}, found ${paragraph.number}`,
        ...(position ? { position } : {}),
      });
    } else if (paragraph.number === undefined && operative.length > 0 && anyNumbered) {
      diagnostics.push({
        code: "MISSING_PARAGRAPH_NUMBER",
        message: `expected operative paragraph number ${number}, found a paragraph without a number`,
        ...(position ? { position } : {}),
      });
    }
    if (paragraph.number === undefined) number = lastNumber + 1;
    lastNumber = Math.max(lastNumber, number);
    const clause: OperativeClause = {
      type: "operative",
      number,
      actionPhrase: openingPhrase(whole.text.text),
      text: whole.text.text,
      subparagraphs: nest(pieces, whole, map),
      footnoteRefs: whole.refs,
    };
    const found = citations ? findCitations(clause.text) : [];
    if (found.length > 0) clause.citations = found;
    if (position) clause.position = position;
    operative.push(clause);
  });
  return { preamble, operative };
}

function cleanPiece(
  label: string | undefined,
  raw: MappedText,
  markers: MarkerState,
  vocabulary: ReadonlyMap<string, number> | undefined,
): CleanPiece {
  const { text, refs } = extractMarkers(raw, markers);
  const healed = trimMapped(healWords(text, vocabulary));
  // Healing removes characters: move each ref back by what was removed before it.
  const fixed = refs.map((ref) => ({ number: ref.number, offset: remap(text, healed, ref.offset) }));
  const rawStart = sourceStart(raw) ?? 0;
  const rawEnd = sourceEnd(raw) ?? rawStart;
  // `label` stays a key when undefined: one shape for every piece, and no spread (six times the cost).
  return { label, text: healed, refs: fixed, rawStart, rawEnd };
}

/** Where `offset` into `before` falls in `after`, a copy of `before` with characters removed. */
function remap(before: MappedText, after: MappedText, offset: number): number {
  if (offset >= before.text.length) return after.text.length;
  return indexAtSource(after, sourceAt(before, offset));
}

/** Joins the pieces with single spaces; records where each piece starts in the whole. */
function joinPieces(pieces: CleanPiece[]): { text: MappedText; refs: FootnoteRef[]; starts: number[] } {
  // Most paragraphs are one piece: it is the whole, nothing to copy.
  const only = pieces.length === 1 ? pieces[0] : undefined;
  if (only)
    return { text: only.text, refs: only.refs.map((r) => ({ number: r.number, offset: r.offset })), starts: [0] };
  const b = new MappedTextBuilder();
  const refs: FootnoteRef[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (length > 0 && piece.text.text.length > 0) {
      b.appendSynthetic(" ");
      length++;
    }
    starts.push(length);
    for (const ref of piece.refs) refs.push({ number: ref.number, offset: ref.offset + length });
    b.appendMapped(piece.text);
    length += piece.text.text.length;
  }
  return { text: b.build(), refs, starts };
}

type LabelKind = "letter" | "roman" | "number" | "dash" | "bullet";

const ROMANS = [
  "i",
  "ii",
  "iii",
  "iv",
  "v",
  "vi",
  "vii",
  "viii",
  "ix",
  "x",
  "xi",
  "xii",
  "xiii",
  "xiv",
  "xv",
  "xvi",
  "xvii",
  "xviii",
  "xix",
  "xx",
  "xxi",
  "xxii",
  "xxiii",
  "xxiv",
  "xxv",
];

/** The label that follows `label` in a list of `kind` ("b" after "a", "aa" after "z", "vi" after "v"). */
function nextLabel(kind: LabelKind, label: string): string | undefined {
  if (kind === "number") return String(Number(label) + 1);
  if (kind === "roman") return ROMANS[ROMANS.indexOf(label) + 1];
  if (kind === "letter") {
    const letter = label.charAt(0);
    if (letter === "z") return "a".repeat(label.length + 1);
    return String.fromCharCode(letter.charCodeAt(0) + 1).repeat(label.length);
  }
  return label;
}

/** The kind of a label that opens a new level: "(i)" opens Roman numerals, "(c)" letters. */
function kindOfFirst(label: string): LabelKind {
  if (label === DASH_LABEL) return "dash";
  if (label === BULLET_LABEL) return "bullet";
  if (/^\d+$/.test(label)) return "number";
  if (label === "i" || (/^[ivxlc]+$/.test(label) && label.length > 1 && !/^(.)\1+$/.test(label))) return "roman";
  return "letter";
}

/**
 * Nests the labelled pieces into subparagraphs: a new label kind opens a deeper level, a kind
 * already open closes the levels below it. A subparagraph's text is its piece and those nested in
 * it, without its own label; its span is where it stands in the parent's text, label included.
 */
function nest(
  pieces: CleanPiece[],
  whole: { text: MappedText; refs: FootnoteRef[]; starts: number[] },
  map: SourceMap,
): Subparagraph[] {
  interface Node {
    kind: LabelKind;
    label: string;
    first: number;
    last: number;
    prefix: number;
    children: Node[];
  }
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (let k = 1; k < pieces.length; k++) {
    const piece = pieces[k] as CleanPiece;
    const text = piece.text.text;
    const label = piece.label ?? DASH_LABEL;
    const prefix =
      label === DASH_LABEL || label === BULLET_LABEL
        ? (DASH_ITEM.exec(text)?.[0].length ?? 0)
        : labelPrefixLength(text, label);
    let kind: LabelKind | undefined;
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const open = stack[depth] as Node;
      if (
        nextLabel(open.kind, open.label) === label ||
        ((open.kind === "dash" || open.kind === "bullet") && kindOfFirst(label) === open.kind)
      ) {
        kind = open.kind;
        stack.length = depth;
        break;
      }
    }
    if (kind === undefined) {
      kind = kindOfFirst(label);
      // Lists nest a few levels deep in print; past MAX_DEPTH a label is a sibling, not a child.
      if (stack.length >= MAX_DEPTH) stack.length = MAX_DEPTH - 1;
    }
    const node: Node = { kind, label, first: k, last: k, prefix, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    for (const open of stack) open.last = k;
    stack.push(node);
  }
  const full = whole.text;
  const finish = (node: Node, parentTextStart: number): Subparagraph => {
    const start = whole.starts[node.first] as number;
    const end = (whole.starts[node.last] as number) + (pieces[node.last] as CleanPiece).text.text.length;
    const textStart = start + node.prefix;
    const sub: Subparagraph = {
      type: "subparagraph",
      label: node.label,
      text: full.text.slice(textStart, end),
      subparagraphs: node.children.map((child) => finish(child, textStart)),
      footnoteRefs: refsBetween(whole.refs, textStart, end).map((r) => ({
        number: r.number,
        offset: r.offset - textStart,
      })),
      span: { start: start - parentTextStart, end: end - parentTextStart },
    };
    const first = pieces[node.first] as CleanPiece;
    const last = pieces[node.last] as CleanPiece;
    sub.position = map.position(first.rawStart, last.rawEnd);
    return sub;
  };
  return roots.map((root) => finish(root, 0));
}

/** How deep subparagraphs nest at most: (a), (i), (1), and a few more. */
const MAX_DEPTH = 8;

/** The length of "(a) " at the start of a labelled piece. */
function labelPrefixLength(text: string, label: string): number {
  const prefix = `(${label})`;
  if (!text.startsWith(prefix)) return 0;
  return text[prefix.length] === " " ? prefix.length + 1 : prefix.length;
}
