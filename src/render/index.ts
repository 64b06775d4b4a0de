/**
 * Renderings of a resolution for readers: Markdown, plain text, and a short outline.
 *
 * @module render
 */
export { citationSummary } from "./citation-summary.js";
export { toMarkdown } from "./markdown.js";
export { footnoteSummary, toOutline } from "./outline.js";
export { toText } from "./text.js";
