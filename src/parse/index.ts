import type { Position } from "../schemas/position.js";
import type { Annex, Resolution } from "../schemas/resolution.js";
import { endsWithMark } from "../text/anchored-scan.js";
import { buildClauses } from "./clauses.js";
import { readConclusion } from "./conclusion.js";
import { type Diagnostic, ResolutionParseError } from "./errors.js";
import { buildFootnotes } from "./footnotes.js";
import { readHeader } from "./header.js";
import { type Vocabulary, vocabularyOf } from "./heal.js";
import { type Line, spansPages, splitLines } from "./lines.js";
import type { MarkerState } from "./markers.js";
import { isPreambleHead } from "./phrases.js";
import { joinLines, type RawParagraph, type RawPiece, segment } from "./segment.js";
import { SourceMap } from "./source-map.js";

export type { Diagnostic, DiagnosticCode, ResolutionParseErrorCode } from "./errors.js";
export { ResolutionParseError } from "./errors.js";

/**
 * Options for {@link parseResolution} and {@link safeParseResolution}.
 *
 * @example
 * ```ts
 * import { parseResolution } from "un-resolutions";
 *
 * // Refuse anything longer than a million characters before doing any work.
 * const resolution = parseResolution(text, { maxLength: 1_000_000 });
 * ```
 */
export interface ParseOptions {
  /**
   * The longest text accepted, in UTF-16 code units; longer input is refused with
   * `INPUT_TOO_LARGE` before any work. Default 10,000,000 (the longest resolutions are under 1,000,000).
   */
  maxLength?: number;
}

/**
 * A non-blank span of the input that went into no field: page furniture, artifacts, footnote
 * numbers printed apart from their texts, header text that no fact was read from.
 *
 * @example
 * ```ts
 * import { safeParseResolution } from "un-resolutions";
 *
 * const result = safeParseResolution(text);
 * if (result.success) for (const s of result.skipped) console.log(s.position.start.line, JSON.stringify(s.text));
 * // 29 "т......п."
 * ```
 */
export interface SkippedSpan {
  /** The text of the span, as in the input. */
  text: string;
  /** Where the span stands in the input. */
  position: Position;
}

/**
 * What {@link safeParseResolution} returns when it could read the text.
 *
 * @example
 * ```ts
 * import { safeParseResolution } from "un-resolutions";
 *
 * const result = safeParseResolution(text);
 * if (result.success) console.log(result.data.symbol, result.diagnostics.length, result.skipped.length);
 * else console.error(result.error.code, result.error.line, result.error.column);
 * ```
 */
export interface SafeParseResolutionSuccess {
  /** Always `true`. */
  success: true;
  /** The resolution. */
  data: Resolution;
  /** What the parser read but doubts, in the order found. */
  diagnostics: Diagnostic[];
  /** Every non-blank span of the input that went into no node, in order. */
  skipped: SkippedSpan[];
}

/**
 * What {@link safeParseResolution} returns when it could not read the text.
 *
 * @example
 * ```ts
 * import { safeParseResolution } from "un-resolutions";
 *
 * const result = safeParseResolution(text);
 * if (result.success) console.log(result.data.symbol, result.diagnostics.length, result.skipped.length);
 * else console.error(result.error.code, result.error.line, result.error.column);
 * ```
 */
export interface SafeParseResolutionFailure {
  /** Always `false`. */
  success: false;
  /** Why: a code, a message, a line and a column. */
  error: ResolutionParseError;
}

/**
 * The result of {@link safeParseResolution}: tell the two apart by `success`.
 *
 * @example
 * ```ts
 * import { type SafeParseResolutionResult, safeParseResolution } from "un-resolutions";
 *
 * const result: SafeParseResolutionResult = safeParseResolution(text);
 * console.log(result.success ? result.data.symbol : result.error.code);
 * ```
 */
export type SafeParseResolutionResult = SafeParseResolutionSuccess | SafeParseResolutionFailure;

/**
 * The enacting formula that ends the header: "The General Assembly,", "The Security Council,".
 * It stands alone on its line; the comma may be missing ("The General Assembly" before "Adopts"),
 * or be a full stop in OCR; old texts write "Therefore the Security Council,".
 */
const FORMULA =
  /^The (General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council) ?,?$/;

const DEFAULT_MAX_LENGTH = 10_000_000;

/** Any character that is not white space (as `String.prototype.trim` has it): a text without one is empty. */
const NON_BLANK = /\S/;

/** A number that ends a line after a word or a mark: a footnote marker on the adoption line ("meeting. 15"). */
const TRAILING_NUMBER = /(?:^|[\p{L}.,;)] ?)(\d{1,3})$/u;

/** A superscript digit, the marker style of texts that kept their typography. */
const SUPERSCRIPT_DIGIT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

const SYMBOL_PREFIX: Readonly<Record<string, string>> = {
  "General Assembly": "A/RES/",
  "Security Council": "S/RES/",
  "Economic and Social Council": "E/RES/",
  "Human Rights Council": "A/HRC/RES/",
};

/**
 * Parses the text of a United Nations resolution, as extracted from its official PDF (pdftotext,
 * default or -layout), from OCR, or with Markdown residue, into a {@link Resolution}.
 *
 * Stages, each a pure function in its own file: split lines and clean them (`lines.ts`), read the
 * header (`header.ts`), segment paragraphs, footnotes, conclusion and annexes (`segment.ts`), find
 * markers (`markers.ts`), heal split words (`heal.ts`), build clauses (`clauses.ts`), resolve
 * footnotes and citations (`footnotes.ts`), read the conclusion (`conclusion.ts`).
 *
 * @param text - the text of one resolution
 * @param options - limits
 * @returns the resolution
 * @throws {@link ResolutionParseError} when the text is not a resolution that can be read
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseResolution } from "un-resolutions";
 *
 * const resolution = parseResolution(readFileSync("A-RES-65-190.txt", "utf8"));
 * console.log(resolution.symbol, resolution.operative.length); // "A/RES/65/190" 33
 * ```
 *
 * Hint: use {@link safeParseResolution} to get the diagnostics and the skipped spans too.
 */
export function parseResolution(text: string, options: ParseOptions = {}): Resolution {
  return run(text, options).data;
}

/**
 * Parses like {@link parseResolution} but never throws: it returns the resolution with the
 * parser's diagnostics (what it read but doubts) and the skipped spans (every non-blank span of the
 * input that went into no field), or the error.
 *
 * @param text - the text of one resolution
 * @param options - limits
 * @returns `{ success: true, data, diagnostics, skipped }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseResolution } from "un-resolutions";
 *
 * const result = safeParseResolution(text);
 * if (result.success) {
 *   for (const d of result.diagnostics) console.warn(`${d.code}: ${d.message}`);
 *   for (const s of result.skipped) console.warn(`skipped ${JSON.stringify(s.text)} at line ${s.position.start.line}`);
 * } else {
 *   console.error(result.error.code, result.error.message);
 * }
 * ```
 */
export function safeParseResolution(text: string, options: ParseOptions = {}): SafeParseResolutionResult {
  try {
    return { success: true, ...run(text, options) };
  } catch (error) {
    if (error instanceof ResolutionParseError) return { success: false, error };
    throw error;
  }
}

function run(
  source: string,
  options: ParseOptions,
): { data: Resolution; diagnostics: Diagnostic[]; skipped: SkippedSpan[] } {
  if (typeof source !== "string")
    throw new ResolutionParseError("NOT_A_RESOLUTION", `expected a string, found ${typeof source}`);
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (source.length > maxLength) {
    throw new ResolutionParseError(
      "INPUT_TOO_LARGE",
      `expected at most ${maxLength} characters, found ${source.length}`,
    );
  }
  const map = new SourceMap(source);
  // Not `source.trim() === ""`, which would copy the whole text to find its first letter.
  if (!NON_BLANK.test(source))
    throw new ResolutionParseError("EMPTY_INPUT", "expected the text of a resolution, found an empty text");

  // Refuses a text with control characters (BINARY_INPUT), reading each line's characters once.
  const lines = splitLines(source, map);
  let formulaIndex = lines.findIndex((l) => FORMULA.test(l.content.text));
  // Some OCR'd texts lost the formula: the header then ends where the first paragraph begins.
  const bodyStart = formulaIndex >= 0 ? formulaIndex + 1 : firstParagraphLine(lines);
  if (formulaIndex < 0 && bodyStart > 0) formulaIndex = bodyStart - 1;
  if (formulaIndex < 0) {
    const first = lines.find((l) => l.raw !== "") as Line;
    throw new ResolutionParseError(
      "NOT_A_RESOLUTION",
      `expected an enacting formula such as "The General Assembly,", found none (the text begins ${JSON.stringify(first.raw.slice(0, 40))})`,
      map.point(first.start + first.indent),
    );
  }
  const formula = lines[formulaIndex] as Line;
  const diagnostics: Diagnostic[] = [];
  const formulaBody = FORMULA.exec(formula.content.text)?.[1];
  const headerEnd = FORMULA.test(formula.content.text) ? formulaIndex : bodyStart;
  const header = readHeader(lines.slice(0, headerEnd));
  const body = header.body ?? formulaBody;
  if (!body) {
    throw new ResolutionParseError(
      "NOT_A_RESOLUTION",
      `expected an enacting formula such as "The General Assembly,", found none (the text begins ${JSON.stringify(formula.raw.slice(0, 40))})`,
      map.point(formula.start + formula.indent),
    );
  }
  const segments = segment(lines.slice(bodyStart), header.symbol, header.title);
  if (segments.paragraphs.length === 0) {
    throw new ResolutionParseError(
      "NO_PARAGRAPHS",
      `expected paragraphs after ${JSON.stringify(formula.raw)}, found none (is the text truncated?)`,
      map.point(formula.end),
    );
  }

  // Plain loops, not flatMap (which makes an array per element): these run once a resolution.
  const defined = new Set<number>();
  for (const f of segments.footnotes) if (f.number !== undefined) defined.add(f.number);
  const markers: MarkerState = {
    defined,
    cited: new Set(),
    maxCited: 0,
    // A text that writes markers in superscript digits never writes them as plain digits.
    plainMarkers: !SUPERSCRIPT_DIGIT.test(source),
  };
  // Words split by justified text ("includi ng") happen in PDF extractions, which have page breaks.
  let vocabulary: Vocabulary | undefined;
  if (spansPages(lines)) {
    const texts: string[] = [];
    for (const p of segments.paragraphs) for (const piece of p.pieces) texts.push(piece.text.text);
    vocabulary = vocabularyOf(texts);
  }
  // "Adopts the following declaration:" ends the resolution's own paragraphs; the declaration that
  // follows is its annex, as the UN's XML has it.
  const split = adoptedTextStart(segments.paragraphs);
  const own = split < 0 ? segments.paragraphs : segments.paragraphs.slice(0, split);
  const { preamble, operative } = buildClauses(own, markers, vocabulary, map, diagnostics);
  // The adopted text becomes an annex's text: its clauses' citations are not looked for.
  const adopted =
    split < 0 ? undefined : buildClauses(segments.paragraphs.slice(split), markers, vocabulary, map, [], false);
  const adoptedClauses = adopted ? [...adopted.preamble, ...adopted.operative] : [];
  // Old volumes mark the adoption line itself ("Adopted at the 840th meeting. 15").
  const citedByConclusion = new Set<number>();
  for (const line of segments.conclusion) {
    const n = Number(TRAILING_NUMBER.exec(line.content.text)?.[1] ?? Number.NaN);
    if (defined.has(n)) citedByConclusion.add(n);
  }
  const footnotes = buildFootnotes(
    segments.footnotes,
    [...preamble, ...operative, ...adoptedClauses],
    map,
    diagnostics,
    citedByConclusion,
  );
  const conclusion = readConclusion(segments.conclusion, map);

  let symbol = header.symbol;
  if (!symbol && header.number) {
    const prefix = SYMBOL_PREFIX[body];
    if (prefix) {
      symbol = `${prefix}${header.number}`;
      diagnostics.push({
        code: "SYMBOL_INFERRED",
        message: `expected a document symbol, found none; made ${symbol} from the resolution number`,
      });
    }
  }
  if (!symbol)
    throw new ResolutionParseError(
      "NO_SYMBOL",
      "expected a document symbol (such as A/RES/65/190) or a resolution number, found neither",
      map.point(0),
    );
  const meeting = conclusion.meeting ?? (header.meeting ? { ...header.meeting } : undefined);
  const adoptionDate = header.adoptionDate ?? meeting?.date;
  // A Security Council number carries the year of adoption: a date of another year was misread,
  // or the number was. Neither can be told for certain, so the date stays as read and says so.
  const numberYear = /\((\d{4})\)$/.exec(header.number ?? symbol)?.[1];
  if (adoptionDate && numberYear && adoptionDate.slice(0, 4) !== numberYear) {
    diagnostics.push({
      code: "DATE_CONFLICT",
      message: `expected an adoption date in ${numberYear}, the year of ${symbol}, found ${adoptionDate}`,
    });
  }
  if (!adoptionDate)
    throw new ResolutionParseError(
      "NO_ADOPTION_DATE",
      `expected the date of adoption of ${symbol}, found none`,
      map.point(0),
    );

  const data: Resolution = { type: "resolution", symbol, body, adoptionDate, preamble, operative, footnotes };
  if (header.number) data.number = header.number;
  if (header.title) data.title = header.title;
  else if (body !== "Security Council")
    diagnostics.push({
      code: "HEADER_FACT_NOT_FOUND",
      message: "expected a title after the resolution number, found none",
    });
  if (header.session) data.session = header.session;
  if (header.agendaItems) data.agendaItems = header.agendaItems;
  if (header.distribution) data.distribution = header.distribution;
  // Documents that print their symbol print their distribution too; old volumes print neither.
  else if (header.symbol)
    diagnostics.push({
      code: "HEADER_FACT_NOT_FOUND",
      message: 'expected a distribution line ("Distr.: General"), found none',
    });
  if (header.report) data.report = header.report;
  if (meeting) data.meeting = meeting;
  else
    diagnostics.push({
      code: "HEADER_FACT_NOT_FOUND",
      message: "expected the meeting at which the resolution was adopted, found none",
    });
  if (conclusion.vote) data.vote = conclusion.vote;
  const annexes = segments.annexes.map((a): Annex => {
    const end = a.lines[a.lines.length - 1] ?? a.heading;
    return {
      type: "annex",
      heading: a.heading.content.text,
      text: joinLines(a.lines).text,
      position: map.position(a.heading.start + a.heading.indent, end.start + end.indent + end.raw.length),
    };
  });
  if (adopted && adoptedClauses.length > 0) {
    const first = segments.paragraphs[split] as RawParagraph;
    const last = segments.paragraphs[segments.paragraphs.length - 1] as RawParagraph;
    const [title, ...rest] = adoptedClauses.map((c) => (c.type === "operative" ? `${c.number}. ${c.text}` : c.text));
    annexes.unshift({
      type: "annex",
      heading: "Annex",
      title: firstSentence(title as string),
      text: [title, ...rest].join("\n\n"),
      position: map.position(first.start, last.end),
    });
  }
  if (annexes.length > 0) data.annexes = annexes;
  const firstLine = lines.find((l) => l.raw !== "") as Line;
  data.preface = map.position(firstLine.start + firstLine.indent, formula.start + formula.indent + formula.raw.length);
  data.position = map.position(0, source.length);

  const skipped = skippedSpans(
    source,
    map,
    lines.slice(0, formulaIndex),
    header.spans,
    segments.skipped,
    segments.conclusion.slice(conclusion.used),
  );
  if (operative.length > 0) {
    const last = operative[operative.length - 1];
    if (last && !endsWithMark(last.text, ".;:")) {
      diagnostics.push({
        code: "UNTERMINATED_PARAGRAPH",
        message: `expected the last paragraph to end with "." or ";", found ${JSON.stringify(last.text.slice(-20))}`,
        ...(last.position ? { position: last.position } : {}),
      });
    }
  }
  return { data, diagnostics, skipped };
}

/**
 * "Adopts the following political declaration …:" — an unnumbered operative paragraph that ends
 * with a colon and announces "the following" text, before numbered paragraphs: the index of the
 * paragraph after it, where the adopted text begins; -1 when there is none.
 */
function adoptedTextStart(paragraphs: readonly RawParagraph[]): number {
  const numbered = paragraphs.findIndex((p) => p.number !== undefined);
  if (numbered <= 0) return -1;
  for (let i = 0; i < numbered; i++) {
    const pieces = (paragraphs[i] as RawParagraph).pieces;
    // Most paragraphs are one piece: its text is the paragraph's, with no copy.
    const text = pieces.length === 1 ? (pieces[0] as RawPiece).text.text : pieces.map((p) => p.text.text).join(" ");
    // The pattern is anchored and at most 20 characters long: it reads the paragraph's start only.
    if (ADOPTS_FOLLOWING.test(text) && text.includes(" following ") && text.endsWith(":")) return i + 1;
  }
  return -1;
}

/** The verbs that adopt a text given after them: "Adopts the following declaration:". */
const ADOPTS_FOLLOWING = /^(?:Adopts|Approves|Endorses|Proclaims|Solemnly proclaims) /;

/** The first sentence or line of a title paragraph, for an annex's title. */
function firstSentence(text: string): string {
  const cut = text.indexOf(" We, ");
  return (cut > 0 ? text.slice(0, cut) : text).slice(0, 300);
}

/**
 * The first line of a paragraph in a text without an enacting formula: a preambular opening
 * ("Recalling …") or an operative number ("1. …"), after at least one header line; -1 if none.
 */
function firstParagraphLine(lines: readonly Line[]): number {
  let seenHeader = false;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).content.text;
    if (text === "") continue;
    if (seenHeader && (isPreambleHead(text) || /^1\. [A-Z]/.test(text))) return i;
    seenHeader = true;
  }
  return -1;
}

function skippedSpans(
  source: string,
  map: SourceMap,
  headerLines: readonly Line[],
  headerSpans: ReadonlyArray<[number, number]>,
  segmentSkipped: ReadonlyArray<[number, number]>,
  extraConclusion: readonly Line[],
): SkippedSpan[] {
  const spans: Array<[number, number]> = [...segmentSkipped];
  const covered = [...headerSpans].sort((a, b) => a[0] - b[0]);
  // Lines and spans both go forward: one pass over each (a span may reach over several lines).
  let first = 0;
  for (const line of headerLines) {
    // The non-blank runs of a header line that no header fact was read from.
    let at = line.start + line.indent;
    const end = at + line.raw.length;
    while (first < covered.length && (covered[first] as [number, number])[1] <= at) first++;
    for (let k = first; k < covered.length; k++) {
      const [s, e] = covered[k] as [number, number];
      if (s >= end) break;
      if (e <= at) continue;
      if (s > at) pushRuns(source, at, s, spans);
      at = Math.max(at, e);
    }
    if (at < end) pushRuns(source, at, end, spans);
  }
  for (const line of extraConclusion)
    spans.push([line.start + line.indent, line.start + line.indent + line.raw.length]);
  return spans
    .sort((a, b) => a[0] - b[0])
    .map(([s, e]) => ({ text: source.slice(s, e), position: map.position(s, e) }));
}

/** Pushes the non-blank runs of `source[from, to)`, each trimmed. */
function pushRuns(source: string, from: number, to: number, out: Array<[number, number]>): void {
  let s = from;
  while (s < to && /\s/.test(source[s] as string)) s++;
  let e = to;
  while (e > s && /\s/.test(source[e - 1] as string)) e--;
  if (e > s) out.push([s, e]);
}
