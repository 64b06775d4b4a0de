import { type SafeParseResolutionResult, safeParseResolution } from "../parse/index.js";
import type { Resolution } from "../schemas/resolution.js";
import { readAknFacts } from "./akn-facts.js";
import { compareFacts, type FactsAgreement } from "./compare.js";
import { factsOfResolution, type ResolutionFacts } from "./facts.js";
import { checkOcrTargets, type OcrTargets } from "./targets.js";

/**
 * One text to measure: where it is (a path relative to the measured folder, with "/") and what it
 * says, with the UN's Akoma Ntoso of the same resolution where there is one.
 *
 * @example
 * ```ts
 * import type { TextToMeasure } from "un-resolutions";
 *
 * const input: TextToMeasure = {
 *   path: "sc-ocr/S-RES-1445.txt",
 *   text: "United Nations S/RES/1445 (2002) …",
 *   reference: { path: "akn/sc/S-RES-1445.xml", xml: "<akomaNtoso …" },
 * };
 * ```
 */
export interface TextToMeasure {
  /** The text's path relative to the measured folder, with "/" between folders. */
  path: string;
  /** The text itself. */
  text: string;
  /** The UN's Akoma Ntoso of the same resolution: its path (relative to the corpus root) and its XML. */
  reference?: {
    /** The XML's path, relative to the corpus root. */
    path: string;
    /** The XML itself. */
    xml: string;
  };
}

/**
 * Why a text was not parsed: the parser's error code, message and place; or `INTERNAL_ERROR` when
 * the parser threw something else than its typed error (a bug).
 *
 * @example
 * ```ts
 * import type { ParseFailure } from "un-resolutions";
 *
 * const failure: ParseFailure = {
 *   code: "NO_ADOPTION_DATE",
 *   message: "expected the date of adoption of S/RES/22 (1947), found none (1:1)",
 *   line: 1,
 *   column: 1,
 * };
 * ```
 */
export interface ParseFailure {
  /** The parser's error code, or `INTERNAL_ERROR`. */
  code: string;
  /** The error's message. */
  message: string;
  /** Line of the problem, from 1; absent for an internal error. */
  line?: number;
  /** Column of the problem, from 1; absent for an internal error. */
  column?: number;
}

/**
 * A second reading of the reference XML, by the library's own Akoma Ntoso reader, compared with the
 * corpus report's small reader: where the two readers disagree, one of them is wrong.
 *
 * @example
 * ```ts
 * import type { ReaderCheck } from "un-resolutions";
 *
 * const check: ReaderCheck = { agree: false, differences: ["operative: 24 vs 25"] };
 * ```
 */
export interface ReaderCheck {
  /** Whether the two readers found the same facts and identical paragraph texts. */
  agree: boolean;
  /** What differs, in words ("footnotes: 3 vs 4", "operative 5: similarity 0.981"). */
  differences: string[];
}

/**
 * What measuring one text found.
 *
 * @example
 * ```ts
 * import { measureText, type TextMeasure } from "un-resolutions";
 *
 * const measure: TextMeasure = measureText({ path: "S-RES-1445.txt", text });
 * console.log(measure.parsed, measure.diagnostics);
 * ```
 */
export interface TextMeasure {
  /** The text's path relative to the measured folder. */
  path: string;
  /** The folder part of `path` ("." for the measured folder itself). */
  folder: string;
  /** The file name without extension ("S-RES-1445"). */
  stem: string;
  /** Whether the parser read a resolution. */
  parsed: boolean;
  /** Why it did not. */
  failure?: ParseFailure;
  /** The symbol read. */
  symbol?: string;
  /** The adoption date read. */
  adoptionDate?: string;
  /** How many preambular and operative paragraphs, footnotes and annexes were read. */
  counts?: {
    /** Preambular paragraphs. */
    preamble: number;
    /** Operative paragraphs. */
    operative: number;
    /** Footnotes. */
    footnotes: number;
    /** Annexes. */
    annexes: number;
  };
  /** The parser's diagnostics, counted by code. */
  diagnostics: Record<string, number>;
  /** The spans of the text that went into no field: how many, and how many characters in all. */
  skipped: {
    /** How many spans. */
    spans: number;
    /** How many characters in all. */
    characters: number;
  };
  /** Milliseconds the parser took (informative only; the machine may be busy). */
  parseMs: number;
  /** The comparison with the UN's Akoma Ntoso of the same resolution, where there is one. */
  reference?: {
    /** The XML's path, relative to the corpus root. */
    path: string;
    /** Which reader read the XML: the library's `fromAkomaNtoso`, or the report's own small reader. */
    reader: "fromAkomaNtoso" | "own";
    /** Why the XML could not be read (then there is no agreement). */
    error?: string;
    /** How far the parsed text agrees with the XML (absent when either failed). */
    agreement?: FactsAgreement;
    /** The two readers of the XML compared, when the library's reader was given. */
    readerCheck?: ReaderCheck;
  };
  /** For a Security Council resolution: the targets for OCR'd texts. */
  ocr?: OcrTargets;
}

/**
 * Options of {@link measureText}.
 *
 * @example
 * ```ts
 * import { fromAkomaNtoso, type MeasureOptions } from "un-resolutions";
 *
 * const options: MeasureOptions = { worst: 5, readAkn: fromAkomaNtoso };
 * ```
 */
export interface MeasureOptions {
  /** How many of the least similar paragraph pairs to keep per text. Default 3. */
  worst?: number;
  /**
   * The library's Akoma Ntoso reader (`fromAkomaNtoso`). When given, the reference facts come from
   * it and the report's own reader checks it; when not, the report's own reader is the reference.
   */
  readAkn?: (xml: string) => Resolution;
  /** The parser to measure. Default `safeParseResolution`. */
  parse?: (text: string) => SafeParseResolutionResult;
}

/** The bodies whose resolutions are checked against the OCR targets. */
const SECURITY_COUNCIL = "Security Council";
/** A file stem that is a Security Council resolution's symbol ("S-RES-798"). */
const SECURITY_COUNCIL_STEM = /^S-RES-/i;

/**
 * Measures one text: parses it, counts what the parser read and doubted, compares it with the UN's
 * Akoma Ntoso of the same resolution where given, and checks a Security Council text against the
 * targets for OCR.
 *
 * @param input - the text, its path, and its reference XML if any
 * @param options - how many worst paragraphs to keep, the Akoma Ntoso reader, the parser
 * @returns the measure of the text; never throws for a text the parser cannot read (nor for a parser bug)
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { measureText } from "un-resolutions";
 *
 * const measure = measureText({
 *   path: "sc-ocr/S-RES-1445.txt",
 *   text: readFileSync("text/sc-ocr/S-RES-1445.txt", "utf8"),
 *   reference: { path: "akn/sc/S-RES-1445.xml", xml: readFileSync("akn/sc/S-RES-1445.xml", "utf8") },
 * });
 * console.log(measure.reference?.agreement?.paragraphs.mean);
 * ```
 *
 * Hint: a parser that throws anything but its typed error is recorded as `INTERNAL_ERROR` with the
 * error's name and message, so that one bug does not stop a corpus run.
 */
export function measureText(input: TextToMeasure, options: MeasureOptions = {}): TextMeasure {
  const parse = options.parse ?? safeParseResolution;
  const slash = input.path.lastIndexOf("/");
  const folder = slash < 0 ? "." : input.path.slice(0, slash);
  const name = input.path.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const started = performance.now();
  let result: SafeParseResolutionResult | { success: false; internal: unknown };
  try {
    result = parse(input.text);
  } catch (error) {
    result = { success: false, internal: error };
  }
  const parseMs = performance.now() - started;
  const measure: TextMeasure = {
    path: input.path,
    folder,
    stem,
    parsed: result.success,
    diagnostics: {},
    skipped: { spans: 0, characters: 0 },
    parseMs,
  };
  let resolution: Resolution | undefined;
  if (result.success) {
    resolution = result.data;
    measure.symbol = resolution.symbol;
    measure.adoptionDate = resolution.adoptionDate;
    measure.counts = {
      preamble: resolution.preamble.length,
      operative: resolution.operative.length,
      footnotes: resolution.footnotes.length,
      annexes: resolution.annexes?.length ?? 0,
    };
    for (const d of result.diagnostics) measure.diagnostics[d.code] = (measure.diagnostics[d.code] ?? 0) + 1;
    measure.skipped = {
      spans: result.skipped.length,
      characters: result.skipped.reduce((sum, s) => sum + s.text.length, 0),
    };
  } else {
    measure.failure = "internal" in result ? internalFailure(result.internal) : parseFailure(result.error);
  }
  if (input.reference) measure.reference = compareWithReference(input.reference, resolution, options);
  if (SECURITY_COUNCIL_STEM.test(stem) || resolution?.body === SECURITY_COUNCIL) {
    measure.ocr = checkOcrTargets(stem, resolution, result.success ? result.diagnostics : []);
  }
  return measure;
}

function parseFailure(error: { code: string; message: string; line: number; column: number }): ParseFailure {
  return { code: error.code, message: error.message, line: error.line, column: error.column };
}

function internalFailure(error: unknown): ParseFailure {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: "INTERNAL_ERROR", message };
}

function compareWithReference(
  reference: { path: string; xml: string },
  resolution: Resolution | undefined,
  options: MeasureOptions,
): NonNullable<TextMeasure["reference"]> {
  let own: ResolutionFacts | undefined;
  let ownError: string | undefined;
  try {
    own = readAknFacts(reference.xml);
  } catch (error) {
    ownError = messageOf(error);
  }
  let library: ResolutionFacts | undefined;
  let libraryError: string | undefined;
  if (options.readAkn) {
    try {
      library = factsOfResolution(options.readAkn(reference.xml));
    } catch (error) {
      libraryError = messageOf(error);
    }
  }
  const facts = library ?? own;
  const out: NonNullable<TextMeasure["reference"]> = {
    path: reference.path,
    reader: library ? "fromAkomaNtoso" : "own",
  };
  if (!facts) out.error = ownError ?? libraryError ?? "the XML could not be read";
  else if (resolution) {
    out.agreement = compareFacts(factsOfResolution(resolution), facts, { worst: options.worst ?? 3 });
  }
  if (options.readAkn) out.readerCheck = checkReaders(library, libraryError, own, ownError);
  return out;
}

function checkReaders(
  library: ResolutionFacts | undefined,
  libraryError: string | undefined,
  own: ResolutionFacts | undefined,
  ownError: string | undefined,
): ReaderCheck {
  if (!library || !own) {
    const differences = [];
    if (libraryError) differences.push(`fromAkomaNtoso failed: ${libraryError}`);
    if (ownError) differences.push(`own reader failed: ${ownError}`);
    return { agree: false, differences };
  }
  const a = compareFacts(library, own, { worst: 0 });
  const differences: string[] = [];
  for (const key of ["symbol", "adoptionDate", "title"] as const) {
    const f = a[key];
    if (!f.agree) differences.push(`${key}: ${JSON.stringify(f.parsed)} vs ${JSON.stringify(f.reference)}`);
  }
  for (const key of ["preamble", "operative", "footnotes"] as const) {
    const c = a[key];
    if (!c.agree) differences.push(`${key}: ${c.parsed} vs ${c.reference}`);
  }
  for (const part of ["preamble", "operative"] as const) {
    a.similarities[part].forEach((s, i) => {
      if (s < 1) differences.push(`${part} ${i + 1}: similarity ${s.toFixed(3)}`);
    });
  }
  return { agree: differences.length === 0, differences };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${error.message}` : `${error.name}: ${error.message}`;
  }
  return String(error);
}
