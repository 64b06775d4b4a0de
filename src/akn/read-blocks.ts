import type { RunningText } from "./running-text.js";
import { childElements, type XmlElement } from "./xml-tree.js";

/** Between the cells of a table row, once a table is written out as lines of text. */
export const CELL_SEPARATOR = " | ";

/** Elements that only group blocks: their children are read, not they themselves. */
const GROUPS: ReadonlySet<string> = new Set([
  "content",
  "intro",
  "wrapUp",
  "alinea",
  "blockContainer",
  "container",
  "div",
  "tblock",
  "listIntroduction",
  "listWrapUp",
]);
/** Headings: printed above a text, not part of it. */
export const HEADINGS: ReadonlySet<string> = new Set(["num", "heading", "subheading", "crossHeading"]);

/**
 * Appends block content to a clause's running text, one line per block: a `p` is a line, a table
 * row is a line with its cells joined by " | ", a `blockList` item is a line that begins with its
 * number. Headings are left out.
 *
 * @param text - the running text to append to
 * @param block - a block element (`p`, `table`, `blockList`…) or a group of blocks (`content`…)
 */
export function appendBlock(text: RunningText, block: XmlElement): void {
  if (HEADINGS.has(block.name)) return;
  if (GROUPS.has(block.name)) {
    for (const child of childElements(block)) appendBlock(text, child);
    return;
  }
  if (block.name === "table") {
    for (const row of rowsOf(block)) {
      text.newLine();
      childElements(row).forEach((cell, index) => {
        if (index > 0) text.appendText(CELL_SEPARATOR);
        text.appendInline(cellContent(cell));
      });
    }
    return;
  }
  if (block.name === "blockList" || block.name === "list") {
    for (const child of childElements(block)) {
      if (child.name === "item" || child.name === "point") {
        text.newLine();
        for (const part of childElements(child)) {
          if (part.name === "num") {
            text.appendInline(part.children);
            text.appendText(" ");
          } else if (GROUPS.has(part.name) || part.name === "p" || part.name === "blockList") {
            appendInlineOrBlocks(text, part);
          }
        }
      } else {
        appendBlock(text, child);
      }
    }
    return;
  }
  text.newLine();
  text.appendInline(block.children);
}

/** Appends a `p` inline on the current line, or the blocks of a group each on a line. */
function appendInlineOrBlocks(text: RunningText, element: XmlElement): void {
  if (element.name === "p") text.appendInline(element.children);
  else appendBlock(text, element);
}

function rowsOf(table: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  for (const child of childElements(table)) {
    if (child.name === "tr") rows.push(child);
    // One at a time: push(...all) passes one argument each, which overflows the stack past about 120,000.
    else for (const row of rowsOf(child)) rows.push(row);
  }
  return rows;
}

/** A cell's content as inline nodes: the children of its paragraphs, separated by spaces. */
function cellContent(cell: XmlElement): XmlElement["children"] {
  const out: XmlElement["children"][number][] = [];
  for (const child of cell.children) {
    if (child.type === "element" && child.name === "p") {
      // One at a time, not push(...children): one argument each overflows the stack past about 120,000.
      out.push({ type: "text", value: " " });
      for (const node of child.children) out.push(node);
      out.push({ type: "text", value: " " });
    } else out.push(child);
  }
  return out;
}
