import type { OperativeClause, PreambularClause, Subparagraph } from "../schemas/clause.js";
import { type Marker, type NoteWriter, paragraphs } from "./build-inline.js";
import { element, type OutNode, text } from "./build-nodes.js";
import { UNLABELLED } from "./labels.js";

/** A subparagraph placed in its clause's text: where its label, its text and its end stand. */
interface Placed {
  readonly sub: Subparagraph;
  readonly printed: string;
  readonly labelStart: number;
  readonly textStart: number;
  readonly end: number;
  readonly children: Placed[];
}

/**
 * The `preamble`: the enacting formula ("The General Assembly,") and one `container` per preambular
 * paragraph, named by its leading phrase, which is written in italics.
 *
 * @param body - the adopting body
 * @param clauses - the preambular paragraphs
 * @param notes - writes footnote markers
 * @returns the `preamble` element
 */
export function buildPreamble(body: string, clauses: readonly PreambularClause[], notes: NoteWriter): OutNode {
  const formula = element("formula", { name: "enactingFormula", eId: "formula_1" }, [
    element("p", {}, [element("span", { class: "italic" }, [text(`The ${body}`)]), text(",")]),
  ]);
  const containers = clauses.map((clause, index) => {
    const phrase = clause.leadingPhrase && clause.text.startsWith(clause.leadingPhrase) ? clause.leadingPhrase : "";
    return element(
      "container",
      { name: clause.leadingPhrase || "preambularParagraph", eId: `container_${index + 2}` },
      paragraphs(clause.text, clause.footnoteRefs, notes, phrase.length),
    );
  });
  return element("preamble", {}, [formula, ...containers]);
}

/**
 * One numbered `paragraph` of the main body: its `num`, then its text in `content`, or, when it has
 * subparagraphs, its opening words, its `list` of `point`s (nested points in a `sublist` after
 * their parent, as the UN writes them), text between points in an `alinea`, closing words in `wrapUp`.
 *
 * @param clause - the operative paragraph
 * @param index - its place in the main body, from 0 (for its `eId`)
 * @param notes - writes footnote markers
 * @returns the `paragraph` element
 */
export function buildOperative(clause: OperativeClause, index: number, notes: NoteWriter): OutNode {
  const id = `para_${index + 1}`;
  const phrase = clause.actionPhrase && clause.text.startsWith(clause.actionPhrase) ? clause.actionPhrase.length : 0;
  const placed = place(clause.subparagraphs, clause.text, 0);
  const markers = allMarkers(clause.footnoteRefs, placed);
  const num = element("num", {}, [text(`${clause.number}.`)]);
  if (placed.length === 0) {
    return element("paragraph", { eId: id }, [
      num,
      element("content", { eId: `${id}__content` }, paragraphs(clause.text, markers, notes, phrase)),
    ]);
  }
  const writer = { text: clause.text, markers, notes };
  const parts = listParts(writer, placed, 0, clause.text.length, `${id}_list`, phrase);
  return element("paragraph", { eId: id }, [num, ...parts]);
}

/** What writing a clause's lists needs: its text, every marker in it, the note writer. */
interface ListWriter {
  readonly text: string;
  readonly markers: readonly Marker[];
  readonly notes: NoteWriter;
}

/**
 * The parts of a text `[start, end)` that holds subparagraphs: opening words (`intro`), runs of
 * points (`list`, or `sublist` below a point), text between them (`alinea`), closing words (`wrapUp`).
 * With no text between the points, intro and wrap-up go inside the one list, as the UN writes them.
 */
function listParts(
  writer: ListWriter,
  subs: readonly Placed[],
  start: number,
  end: number,
  id: string,
  phrase: number,
  listName = "list",
): OutNode[] {
  const first = subs[0];
  const last = subs.at(-1);
  if (!first || !last) return [];
  const intro = span(writer, start, first.labelStart, "intro", `${id}__intro`, phrase);
  const wrapUp = span(writer, last.end, end, "wrapUp", `${id}__wrapUp`, 0);
  const runs: { points: Placed[]; gapAfter: OutNode | undefined }[] = [{ points: [], gapAfter: undefined }];
  subs.forEach((sub, i) => {
    const run = runs.at(-1);
    run?.points.push(sub);
    const next = subs[i + 1];
    const gap = next ? span(writer, sub.end, next.labelStart, "alinea", `${id}__alinea_${i + 1}`, 0) : undefined;
    if (run && gap) {
      run.gapAfter = gap;
      runs.push({ points: [], gapAfter: undefined });
    }
  });
  const lists = runs.map((run, r) =>
    element(
      listName,
      { eId: runs.length > 1 ? `${id}_${r + 1}` : id },
      run.points.flatMap((p, i) => points(writer, p, `${id}_${r + 1}_point_${i + 1}`)),
    ),
  );
  if (runs.length === 1 && lists[0]) {
    const only = lists[0] as Record<string, OutNode[]>;
    const children = only[listName] ?? [];
    only[listName] = [...(intro ? [intro] : []), ...children, ...(wrapUp ? [wrapUp] : [])];
    return [only];
  }
  const out: OutNode[] = intro ? [intro] : [];
  runs.forEach((run, r) => {
    const list = lists[r];
    if (list) out.push(list);
    if (run.gapAfter) out.push(run.gapAfter);
  });
  if (wrapUp) out.push(wrapUp);
  return out;
}

/** A point and, when it has subparagraphs, the `sublist` that follows it. */
function points(writer: ListWriter, placed: Placed, id: string): OutNode[] {
  const children: OutNode[] = placed.printed ? [element("num", {}, [text(placed.printed)])] : [];
  const firstChild = placed.children[0];
  const ownEnd = firstChild ? firstChild.labelStart : placed.end;
  const own = withoutNewlines(writer.text.slice(placed.textStart, ownEnd), false, true);
  children.push(
    element("content", { eId: `${id}__content` }, linesAt(writer, placed.textStart, placed.textStart + own.length, 0)),
  );
  const point = element("point", { eId: id }, children);
  if (!firstChild) return [point];
  const after = writer.text.slice(placed.textStart, placed.end);
  const restStart = placed.textStart + own.length + (after[own.length] === "\n" ? 1 : 0);
  const rest = listParts(writer, placed.children, restStart, placed.end, `${id}_sublist`, 0, "sublist");
  return [point, ...rest];
}

/**
 * `text` without its leading and/or trailing line breaks, by a scan (no regex that could backtrack
 * on a long run of breaks).
 */
function withoutNewlines(text: string, leading: boolean, trailing: boolean): string {
  let start = 0;
  let end = text.length;
  while (leading && start < end && text[start] === "\n") start++;
  while (trailing && end > start && text[end - 1] === "\n") end--;
  return text.slice(start, end);
}

/** A block (`intro`, `alinea`, `wrapUp`) holding `[start, end)` of the text, or undefined when it holds nothing. */
function span(
  writer: ListWriter,
  start: number,
  end: number,
  name: string,
  id: string,
  phrase: number,
): OutNode | undefined {
  const raw = writer.text.slice(start, end);
  const lead = raw.length - withoutNewlines(raw, true, false).length;
  const trimmed = withoutNewlines(raw.slice(lead), false, true);
  if (trimmed.trim() === "") return undefined;
  const from = start + lead;
  const lines = linesAt(writer, from, from + trimmed.length, from === 0 ? phrase : 0);
  return name === "alinea"
    ? element(name, { eId: id }, [element("content", { eId: `${id}__content` }, lines)])
    : element(name, { eId: id }, lines);
}

/** The `p`s of `[start, end)` of the text, with the markers that stand in it. */
function linesAt(writer: ListWriter, start: number, end: number, phrase: number): OutNode[] {
  const markers = writer.markers
    .filter((m) => m.offset >= start && m.offset <= end)
    .map((m) => ({ number: m.number, offset: m.offset - start }));
  return paragraphs(writer.text.slice(start, end), markers, writer.notes, phrase);
}

/**
 * The deepest level of subparagraphs written as points of their own. A subparagraph at this level
 * is written whole (its subparagraphs' labels and words in its content), so that the XML stays
 * within fast-xml-parser's builder (100 nested elements) and the reader's default `maxDepth` (100),
 * and placing never recurses deeper. Print nests four levels at most; the corpus, five.
 */
const MAX_POINT_DEPTH = 64;

/**
 * Places subparagraphs in their parent's text (which starts at `base` in the clause's text): by
 * their spans, or, for subparagraphs without one, by finding their text after the previous one.
 * Subparagraphs below level {@link MAX_POINT_DEPTH} are not placed: their parent is written whole.
 */
function place(subs: readonly Subparagraph[], parentText: string, base: number, depth = 1): Placed[] {
  const out: Placed[] = [];
  let cursor = 0;
  for (const sub of subs) {
    let labelStart: number;
    let textStart: number;
    let end: number;
    const spanned = sub.span ? parentText.slice(sub.span.start, sub.span.end) : undefined;
    if (sub.span && spanned?.endsWith(sub.text)) {
      labelStart = sub.span.start;
      end = sub.span.end;
      textStart = end - sub.text.length;
    } else {
      const found = parentText.indexOf(sub.text, cursor);
      if (found < 0) continue;
      textStart = found;
      end = found + sub.text.length;
      const label = `(${sub.label}) `;
      labelStart = parentText.slice(Math.max(0, found - label.length), found) === label ? found - label.length : found;
    }
    cursor = end;
    const printedRaw = parentText.slice(labelStart, textStart).trim();
    const printed = printedRaw || (sub.label === UNLABELLED ? "" : `(${sub.label})`);
    out.push({
      sub,
      printed,
      labelStart: base + labelStart,
      textStart: base + textStart,
      end: base + end,
      children: depth < MAX_POINT_DEPTH ? place(sub.subparagraphs, sub.text, base + textStart, depth + 1) : [],
    });
  }
  return out;
}

/** Every marker of a clause, in clause offsets: its own and its subparagraphs', each once. */
function allMarkers(own: readonly Marker[], placed: readonly Placed[]): Marker[] {
  const seen = new Set<string>();
  const out: Marker[] = [];
  const add = (marker: Marker): void => {
    const key = `${marker.number}@${marker.offset}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(marker);
  };
  for (const marker of own) add(marker);
  const visit = (list: readonly Placed[]): void => {
    for (const p of list) {
      for (const ref of p.sub.footnoteRefs) add({ number: ref.number, offset: p.textStart + ref.offset });
      visit(p.children);
    }
  };
  visit(placed);
  return out.sort((a, b) => a.offset - b.offset);
}
