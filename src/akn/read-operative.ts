import type { OperativeClause, Subparagraph } from "../schemas/clause.js";
import { type LabelKind, labelKind, labelOf, type OpenLevel, romanValue } from "./labels.js";
import { appendBlock, HEADINGS } from "./read-blocks.js";
import { type MarkerAt, type NoteNumbers, RunningText } from "./running-text.js";
import { childElement, childElements, plainText, type XmlElement } from "./xml-tree.js";

/** A subparagraph being read: where its label and text stand in the clause's running text. */
interface SubDraft extends OpenLevel {
  labelStart: number;
  textStart: number;
  end: number;
  readonly children: SubDraft[];
}

/** An operative paragraph being read. */
export interface OperativeDraft {
  readonly number: number;
  readonly text: RunningText;
  readonly subs: SubDraft[];
}

/** How a sentence or clause ends: a stop, a semicolon, a colon, a comma, or a closing bracket or quote after one. */
const SENTENCE_END = /[.;:,!?][)\]"”’]?$/;
/** Elements that are list items: subparagraphs. */
const ITEMS: ReadonlySet<string> = new Set(["point", "item", "indent"]);
/** Elements that are lists: their items are subparagraphs. */
const LISTS: ReadonlySet<string> = new Set(["list", "sublist", "blockList"]);
/** Elements that introduce or close a list. */
const LIST_TEXTS: ReadonlySet<string> = new Set(["intro", "wrapUp", "listIntroduction", "listWrapUp"]);
/**
 * A subparagraph label that the markup left in the text of an unnumbered paragraph: "(a) ",
 * "(iv) ", "(12) ", "(aa) ", followed by one space. The space is required, so "(a)To" is not a label.
 */
export const TEXT_LABEL = /^(\((?:[a-z]{1,2}|[ivxlcdm]{1,7}|\d{1,3})\)) /;

/**
 * Starts an operative paragraph and reads the content of a numbered `paragraph` into it: its
 * blocks, its lists (each `point`, at any depth, a subparagraph), its closing words.
 *
 * @param paragraph - the `paragraph` element (its `num` and headings are skipped)
 * @param number - the paragraph's number
 * @param notes - maps note elements to footnote numbers
 * @returns the draft, to which later unnumbered paragraphs may still add
 */
export function startOperative(paragraph: XmlElement, number: number, notes: NoteNumbers): OperativeDraft {
  const draft: OperativeDraft = { number, text: new RunningText(notes), subs: [] };
  appendContent(draft, paragraph, undefined);
  return draft;
}

/** Appends a paragraph's content (not its number or headings) as lines and subparagraphs. */
function appendContent(draft: OperativeDraft, element: XmlElement, parent: SubDraft | undefined): void {
  let lastItem: SubDraft | undefined;
  for (const child of childElements(element)) {
    if (HEADINGS.has(child.name)) continue;
    if (ITEMS.has(child.name)) {
      lastItem = appendItem(draft, child, parent);
    } else if (LISTS.has(child.name)) {
      const owner = child.name === "sublist" && lastItem ? lastItem : parent;
      appendContent(draft, child, owner);
      if (owner && owner === lastItem) owner.end = draft.text.length;
    } else if (LIST_TEXTS.has(child.name) || child.name === "content" || child.name === "alinea") {
      appendContent(draft, child, parent);
    } else {
      appendBlock(draft.text, child);
    }
  }
}

/** Reads a list item (`point`) as a subparagraph of `parent` (or of the clause). */
function appendItem(draft: OperativeDraft, item: XmlElement, parent: SubDraft | undefined): SubDraft {
  const num = childElement(item, "num");
  const printed = num ? plainText(num) : "";
  const siblings = parent ? parent.children : draft.subs;
  const label = labelOf(printed);
  const sub = openSub(draft, printed, label, labelKind(label, openPath(siblings)));
  siblings.push(sub);
  appendContent(draft, item, sub);
  closeSub(draft, sub);
  return sub;
}

/** Writes a subparagraph's label on a new line and opens it. */
function openSub(draft: OperativeDraft, printed: string, label: string, kind: LabelKind): SubDraft {
  const text = draft.text;
  text.newLine();
  const labelStart = text.nextOffset;
  if (printed) {
    text.appendText(`${printed} `);
    text.stayOnLine();
  }
  return { label, kind, labelStart, textStart: text.nextOffset, end: labelStart, children: [] };
}

function closeSub(draft: OperativeDraft, sub: SubDraft): void {
  sub.end = draft.text.length;
  if (sub.textStart > sub.end) sub.textStart = sub.end;
  if (sub.labelStart > sub.end) sub.labelStart = sub.end;
}

/** The open levels: the last subparagraph, its last child, and so on down. */
function openPath(subs: readonly SubDraft[]): SubDraft[] {
  const path: SubDraft[] = [];
  let level = subs;
  for (let last = level.at(-1); last; last = level.at(-1)) {
    path.push(last);
    level = last.children;
  }
  return path;
}

/**
 * Adds a subparagraph that the markup wrote as a paragraph of its own, after the paragraph it
 * belongs to: either a `paragraph` whose `num` is a label ("(a)", "a.", "•"), or an unnumbered one
 * whose text begins with a label ("(a) To cooperate…", see {@link TEXT_LABEL}). It is nested by its
 * label's kind: a sibling of the open level of the same kind, else a child of the deepest open level.
 *
 * @param draft - the operative paragraph it belongs to
 * @param paragraph - the flat `paragraph` element
 */
export function appendFlatSubparagraph(draft: OperativeDraft, paragraph: XmlElement): void {
  const num = childElement(paragraph, "num");
  const path = openPath(draft.subs);
  if (num) {
    const printed = plainText(num);
    const label = labelOf(printed);
    const sub = openSub(draft, printed, label, labelKind(label, path));
    attach(draft, path, sub);
    appendContent(draft, paragraph, sub);
    closeAll(draft, path, sub);
    return;
  }
  const text = draft.text;
  text.newLine();
  const labelStart = text.nextOffset;
  appendContent(draft, paragraph, undefined);
  const match = TEXT_LABEL.exec(text.text().slice(labelStart));
  if (!match?.[1]) return;
  const label = labelOf(match[1]);
  const sub: SubDraft = {
    label,
    kind: labelKind(label, path),
    labelStart,
    textStart: labelStart + match[0].length,
    end: text.length,
    children: [],
  };
  attach(draft, path, sub);
  closeAll(draft, path, sub);
}

/**
 * Whether a printed label continues a list the paragraph has open: "B." after "A.", "(iv)" after
 * "(iii)". Such a label marks a subparagraph even when the markup dresses it as a heading.
 *
 * @param draft - the open operative paragraph
 * @param printed - the printed label
 * @returns whether an open level holds the label just before it
 */
export function continuesList(draft: OperativeDraft, printed: string): boolean {
  const label = labelOf(printed);
  const path = openPath(draft.subs);
  const kind = labelKind(label, path);
  return path.some((level) => level.kind === kind && follows(level.label, label, kind));
}

/** Whether `next` comes right after `previous` in a list of labels of `kind`. */
function follows(previous: string, next: string, kind: LabelKind): boolean {
  if (kind === "digit") return Number(next) === Number(previous) + 1;
  if (kind === "roman") return (romanValue(next) ?? 0) === (romanValue(previous) ?? -1) + 1;
  if (kind === "letter" || kind === "upper") {
    return next.length === previous.length && next.charCodeAt(0) === previous.charCodeAt(0) + 1;
  }
  return kind === "bullet" && next === previous;
}

/** Puts `sub` beside the open level of its kind, or under the deepest open level. */
function attach(draft: OperativeDraft, path: readonly SubDraft[], sub: SubDraft): void {
  const same = path.findLastIndex((level) => level.kind === sub.kind);
  const parent = same >= 0 ? path[same - 1] : path.at(-1);
  (parent ? parent.children : draft.subs).push(sub);
}

/** Closes `sub` and stretches the open levels that now hold it to its end. */
function closeAll(draft: OperativeDraft, path: readonly SubDraft[], sub: SubDraft): void {
  closeSub(draft, sub);
  for (const level of path) if (containsSub(level, sub)) level.end = sub.end;
}

function containsSub(level: SubDraft, sub: SubDraft): boolean {
  return level.children.some((child) => child === sub || containsSub(child, sub));
}

/**
 * Appends unlabelled blocks (a continuation of the paragraph: a table, a line "Thursday, 2 June…")
 * to an operative paragraph. They belong to the last subparagraph when its text is still empty
 * (its words were put in the next paragraph: they go on the label's line), ends with a colon
 * (they are what it announces) or is a title ("(d) Protection of the United Nations", no final
 * stop); otherwise to the paragraph itself, each on a new line.
 *
 * @param draft - the paragraph to continue
 * @param element - the element whose content continues it
 */
export function appendContinuation(draft: OperativeDraft, element: XmlElement): void {
  const text = draft.text;
  const path = openPath(draft.subs);
  const last = path.at(-1);
  const empty = last !== undefined && last.end <= last.textStart;
  const own = last === undefined ? "" : text.text().slice(last.textStart, last.end);
  const announces = last !== undefined && !empty && (own.endsWith(":") || !SENTENCE_END.test(own));
  if (last && empty) {
    text.stayOnLine();
    last.textStart = text.nextOffset;
  }
  if (element.name === "paragraph") appendContent(draft, element, undefined);
  else appendBlock(text, element);
  if (last && (empty || announces)) for (const level of path) level.end = text.length;
}

/**
 * Appends a printed line (a heading above a table that belongs to the paragraph: "A. Pension
 * Administration") to an operative paragraph.
 *
 * @param draft - the paragraph to continue
 * @param line - the line, as printed
 */
export function appendLine(draft: OperativeDraft, line: string): void {
  draft.text.newLine();
  draft.text.appendText(line);
}

/**
 * Finishes a draft into an operative clause: the text, the action phrase that opens it, its
 * subparagraphs (text sliced from the clause's text, spans relative to the parent's text) and the
 * footnote refs of each.
 *
 * @param draft - the finished draft
 * @returns the operative clause
 */
export function finishOperative(draft: OperativeDraft): OperativeClause {
  const text = draft.text.text();
  const markers = draft.text.markersIn();
  return {
    type: "operative",
    number: draft.number,
    actionPhrase: draft.text.leadingPhrase ?? "",
    text,
    subparagraphs: draft.subs.map((sub) => finishSub(sub, 0, text, markers)),
    footnoteRefs: markers.map(({ number, offset }) => ({ number, offset })),
  };
}

function finishSub(sub: SubDraft, parentStart: number, text: string, markers: readonly MarkerAt[]): Subparagraph {
  return {
    type: "subparagraph",
    label: sub.label,
    text: text.slice(sub.textStart, sub.end),
    subparagraphs: sub.children.map((child) => finishSub(child, sub.textStart, text, markers)),
    footnoteRefs: markers
      .filter((m) => m.offset >= sub.textStart && m.offset <= sub.end)
      .map(({ number, offset }) => ({ number, offset: offset - sub.textStart })),
    span: { start: sub.labelStart - parentStart, end: sub.end - parentStart },
  };
}
