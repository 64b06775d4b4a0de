/**
 * What went wrong while reading Akoma Ntoso, as a stable code that programs can switch on.
 *
 * - `INPUT_TOO_LARGE`: the XML is longer than `maxLength`.
 * - `NOT_WELL_FORMED`: the XML is not well-formed (an unclosed tag, a repeated attribute, an unknown
 *   entity, two root elements…).
 * - `DOCTYPE_FORBIDDEN`: the XML carries a document type declaration; Akoma Ntoso has none, and
 *   refusing it rules out entity-expansion ("billion laughs") and external-entity attacks.
 * - `TOO_DEEP`: elements nest deeper than `maxDepth`.
 * - `NOT_AKOMA_NTOSO`: the root element is not `akomaNtoso` in the Akoma Ntoso 3.0 namespace.
 * - `UNSUPPORTED_DOCUMENT`: Akoma Ntoso, but not a resolution (`statement` or `documentCollection`
 *   of resolutions): an act, a bill, a debate…
 * - `NOT_ADOPTED`: a draft resolution (`statement name="draftResolution"`), which has no adoption date.
 * - `NO_SYMBOL`: no document symbol (`docNumber refersTo="#symbol"`, or an FRBR work URI to make one from).
 * - `NO_ADOPTION_DATE`: no adoption date (FRBR work date, conclusions or cover page).
 *
 * @example
 * ```ts
 * import { type AkomaNtosoErrorCode, safeFromAkomaNtoso } from "un-resolutions";
 *
 * const result = safeFromAkomaNtoso(xml);
 * const code: AkomaNtosoErrorCode | undefined = result.success ? undefined : result.error.code;
 * if (code === "NOT_ADOPTED") console.log("a draft: skipped");
 * ```
 */
export type AkomaNtosoErrorCode =
  | "INPUT_TOO_LARGE"
  | "NOT_WELL_FORMED"
  | "DOCTYPE_FORBIDDEN"
  | "TOO_DEEP"
  | "NOT_AKOMA_NTOSO"
  | "UNSUPPORTED_DOCUMENT"
  | "NOT_ADOPTED"
  | "NO_SYMBOL"
  | "NO_ADOPTION_DATE";

/**
 * The error `fromAkomaNtoso` throws: a stable code, a message that says what was expected and what
 * was found, and, where known, the line and column (from 1) in the XML.
 *
 * @example
 * ```ts
 * import { AkomaNtosoError, fromAkomaNtoso } from "un-resolutions";
 *
 * try {
 *   fromAkomaNtoso("<html><body/></html>");
 * } catch (error) {
 *   if (error instanceof AkomaNtosoError) console.error(error.code, error.message); // NOT_AKOMA_NTOSO …
 * }
 * ```
 *
 * Hint: `line` and `column` are absent when the problem is not at one place (a missing symbol).
 */
export class AkomaNtosoError extends Error {
  /** The stable error code. */
  readonly code: AkomaNtosoErrorCode;
  /** Line of the problem in the XML, from 1, where known. */
  readonly line: number | undefined;
  /** Column of the problem in the XML, from 1, where known. */
  readonly column: number | undefined;

  /**
   * @param code - the stable error code
   * @param message - what was expected and what was found
   * @param where - the place in the XML, where known
   */
  constructor(code: AkomaNtosoErrorCode, message: string, where?: { line: number; column: number }) {
    super(where ? `${message} (${where.line}:${where.column})` : message);
    this.name = "AkomaNtosoError";
    this.code = code;
    this.line = where?.line;
    this.column = where?.column;
  }
}
