import { fromAkomaNtoso } from "../akn/index.js";
import { type Diagnostic, type SkippedSpan, safeParseResolution } from "../parse/index.js";
import type { Resolution } from "../schemas/resolution.js";
import { CliError } from "./errors.js";

/** What a document is: the text of a resolution, or Akoma Ntoso XML. */
export type DocumentKind = "text" | "akn";

/** A resolution read from a document, with what the reader doubts. */
export interface ReadDocument {
  /** The resolution. */
  resolution: Resolution;
  /** What the text parser read but doubts (none for Akoma Ntoso). */
  diagnostics: Diagnostic[];
  /** Non-blank spans of a text that went into no field (none for Akoma Ntoso). */
  skipped: SkippedSpan[];
}

/** A file name ending in .txt (any case): the text of a resolution. */
const TEXT_FILE = /\.txt$/i;
/** A file name ending in .xml (any case): Akoma Ntoso. */
const XML_FILE = /\.xml$/i;
/**
 * The start of an XML document once white space (and a byte order mark) is trimmed: "<?xml", or "<"
 * and a letter (a root element). A text starting with "<" and a space or a digit does not match.
 */
const XML_START = /^<(?:\?xml|[A-Za-z])/;

/**
 * The kind of a document, from its file name: `.txt` is text, `.xml` is Akoma Ntoso.
 *
 * @param file - a file name or path
 * @returns its kind, or `undefined` for any other file
 *
 * @example
 * ```ts
 * documentKind("ga/A-RES-75-10.xml"); // "akn"
 * documentKind("A-RES-65-190.txt"); // "text"
 * documentKind("notes.md"); // undefined
 * ```
 */
export function documentKind(file: string): DocumentKind | undefined {
  if (TEXT_FILE.test(file)) return "text";
  if (XML_FILE.test(file)) return "akn";
  return undefined;
}

/**
 * Whether a document looks like XML, from its first characters.
 *
 * @param source - the document
 * @returns `true` when it starts (after white space) with an XML declaration or an element
 *
 * @example
 * ```ts
 * looksLikeXml('<?xml version="1.0"?><akomaNtoso/>'); // true
 * looksLikeXml("United Nations A/RES/65/190"); // false
 * ```
 */
export function looksLikeXml(source: string): boolean {
  return XML_START.test(source.trimStart());
}

/**
 * Reads a resolution from a document of the given kind: text with the parser
 * (`safeParseResolution`), Akoma Ntoso with `fromAkomaNtoso`. XML given as text, and text given as
 * XML, are refused with a message that names the right command.
 *
 * @param source - the document
 * @param kind - what the caller expects it to be
 * @returns the resolution, diagnostics and skipped spans
 * @throws the parser's `ResolutionParseError` or the reader's `AkomaNtosoError` (a code, a line, a
 *   column), or a {@link CliError} for a document of the other kind
 *
 * @example
 * ```ts
 * const { resolution } = readDocument(readFileSync("A-RES-65-190.txt", "utf8"), "text");
 * resolution.symbol; // "A/RES/65/190"
 * ```
 */
export function readDocument(source: string, kind: DocumentKind): ReadDocument {
  if (kind === "text") {
    if (looksLikeXml(source)) {
      throw new CliError(
        "XML_INPUT",
        'expected the text of a resolution, found XML (use "unres convert" for Akoma Ntoso)',
        { line: 1, column: 1 },
      );
    }
    const result = safeParseResolution(source);
    if (!result.success) throw result.error;
    return { resolution: result.data, diagnostics: result.diagnostics, skipped: result.skipped };
  }
  if (!looksLikeXml(source)) {
    throw new CliError("TEXT_INPUT", 'expected Akoma Ntoso XML, found text (use "unres parse" for a text)', {
      line: 1,
      column: 1,
    });
  }
  return { resolution: fromAkomaNtoso(source), diagnostics: [], skipped: [] };
}
