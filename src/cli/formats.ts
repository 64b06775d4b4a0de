import { toAkomaNtoso } from "../akn/index.js";
import { toMarkdown, toOutline, toText } from "../render/index.js";
import type { Resolution } from "../schemas/resolution.js";

/** The output formats of `unres parse --format`. */
export const PARSE_FORMATS = ["json", "akn", "md", "text", "outline"] as const;
/** The output formats of `unres convert --to`. */
export const CONVERT_FORMATS = ["json", "md", "text", "outline"] as const;

/** An output format: JSON, Akoma Ntoso XML, Markdown, plain text, or a short outline. */
export type OutputFormat = (typeof PARSE_FORMATS)[number];

/**
 * Writes a resolution in an output format, ending with a newline.
 *
 * - `json`: the model, indented by two spaces (it validates against `unres schema`);
 * - `akn`: Akoma Ntoso XML (`toAkomaNtoso`);
 * - `md`, `text`: the resolution as a reader sees it (`toMarkdown`, `toText`);
 * - `outline`: symbol, title, dates, counts, each paragraph's number and phrase, each footnote and what it cites (`toOutline`).
 *
 * @param resolution - the resolution
 * @param format - the output format
 * @returns the output
 *
 * @example
 * ```ts
 * formatResolution(A_RES_65_190, "outline"); // "A/RES/65/190 …"
 * ```
 */
export function formatResolution(resolution: Resolution, format: OutputFormat): string {
  const out = render(resolution, format);
  return out.endsWith("\n") ? out : `${out}\n`;
}

function render(resolution: Resolution, format: OutputFormat): string {
  switch (format) {
    case "json":
      return JSON.stringify(resolution, null, 2);
    case "akn":
      return toAkomaNtoso(resolution);
    case "md":
      return toMarkdown(resolution);
    case "text":
      return toText(resolution);
    case "outline":
      return toOutline(resolution);
  }
}
