import type { SimilarityStats } from "./compare.js";
import type { TextMeasure } from "./measure.js";

/**
 * Totals for one folder of texts, or for all of them.
 *
 * @example
 * ```ts
 * import type { FolderSummary } from "un-resolutions";
 *
 * function rate(summary: FolderSummary): number {
 *   return summary.files === 0 ? 1 : summary.parsed / summary.files;
 * }
 * ```
 */
export interface FolderSummary {
  /** The folder, relative to the measured one ("." for itself); "(all)" for the overall totals. */
  folder: string;
  /** How many texts. */
  files: number;
  /** How many the parser read. Always `files - failed`. */
  parsed: number;
  /** How many it did not read. */
  failed: number;
  /** Failed texts counted by error code. */
  failures: Record<string, number>;
  /** Diagnostics of the parsed texts by code: how many in all, and in how many texts. */
  diagnostics: Record<
    string,
    {
      /** Occurrences in all. */
      count: number;
      /** Texts with at least one. */
      files: number;
    }
  >;
  /** Skipped spans of the parsed texts: how many, how many characters, in how many texts. */
  skipped: {
    /** How many spans. */
    spans: number;
    /** How many characters in all. */
    characters: number;
    /** In how many texts. */
    files: number;
  };
  /** Agreement with the UN's Akoma Ntoso, over the texts that have one. */
  references: ReferenceSummary;
  /** The targets for Security Council texts, over the texts they apply to. */
  ocr: OcrSummary;
  /** Total milliseconds the parser took on the folder (informative only). */
  parseMs: number;
}

/**
 * Agreement with the UN's Akoma Ntoso over several texts: how many agree on each fact.
 *
 * @example
 * ```ts
 * import type { ReferenceSummary } from "un-resolutions";
 *
 * const none: ReferenceSummary = {
 *   files: 0, compared: 0, symbol: 0, adoptionDate: 0, title: 0,
 *   preamble: 0, operative: 0, footnotes: 0,
 *   paragraphs: { pairs: 0, identical: 0, min: 1, mean: 1 },
 * };
 * ```
 */
export interface ReferenceSummary {
  /** Texts that have a reference XML. */
  files: number;
  /** Of those, texts both parsed and compared (the XML was read). */
  compared: number;
  /** Compared texts whose symbol agrees. */
  symbol: number;
  /** Compared texts whose adoption date agrees. */
  adoptionDate: number;
  /** Compared texts whose title agrees (both absent counts). */
  title: number;
  /** Compared texts whose number of preambular paragraphs agrees. */
  preamble: number;
  /** Compared texts whose number of operative paragraphs agrees. */
  operative: number;
  /** Compared texts whose number of footnotes agrees. */
  footnotes: number;
  /** Paragraph similarity over all pairs of all compared texts. */
  paragraphs: SimilarityStats;
}

/**
 * The targets for Security Council texts over several texts: how many meet each.
 *
 * @example
 * ```ts
 * import type { OcrSummary } from "un-resolutions";
 *
 * const summary: OcrSummary = { files: 451, symbol: 440, adoptionDate: 430, operativeRun: 400, all: 390 };
 * ```
 */
export interface OcrSummary {
  /** Texts the targets apply to (Security Council resolutions), parsed or not. */
  files: number;
  /** Texts whose symbol names the file's resolution. */
  symbol: number;
  /** Texts with an adoption date (in the symbol's year). */
  adoptionDate: number;
  /** Texts with a contiguous run of operative paragraphs 1..n. */
  operativeRun: number;
  /** Texts meeting all three. */
  all: number;
}

/**
 * The corpus report: what was measured, when, on what, and the totals per folder and overall, with
 * the measure of each text.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import type { CorpusReport } from "un-resolutions";
 *
 * const report = JSON.parse(readFileSync("corpus-report/report.json", "utf8")) as CorpusReport;
 * console.log(report.overall.parsed, "of", report.overall.files);
 * ```
 */
export interface CorpusReport {
  /** When the measure was taken (ISO 8601 date and time). */
  measuredAt: string;
  /** The version of the code measured ("0f05519", "0f05519+changes"), where known. */
  commit?: string;
  /** The measured folder, as given. */
  input: string;
  /** The corpus root where reference XML was looked up (the folder holding `akn/`), where found. */
  root?: string;
  /** Which reader read the reference XML. */
  reader: "fromAkomaNtoso" | "own";
  /** Totals over all texts. */
  overall: FolderSummary;
  /** Totals per folder, sorted by folder. */
  folders: FolderSummary[];
  /** The measure of each text, sorted by path. */
  texts: TextMeasure[];
}

/**
 * Facts about a measuring run that the texts alone do not tell.
 *
 * @example
 * ```ts
 * import type { ReportContext } from "un-resolutions";
 *
 * const context: ReportContext = { input: "../shared/corpus/text", measuredAt: new Date().toISOString(), reader: "own" };
 * ```
 */
export interface ReportContext {
  /** The measured folder, as given. */
  input: string;
  /** When the measure was taken (ISO 8601). */
  measuredAt: string;
  /** The version of the code measured, where known. */
  commit?: string;
  /** The corpus root, where found. */
  root?: string;
  /** Which reader read the reference XML. */
  reader: "fromAkomaNtoso" | "own";
}

/** The name of the overall totals in {@link CorpusReport.overall}. */
const ALL = "(all)";

/**
 * Builds the corpus report from the measures of the texts: totals per folder and overall.
 *
 * @param measures - the measure of each text ({@link measureText})
 * @param context - the measured folder, the time, the commit, the corpus root and the reader
 * @returns the report, folders and texts sorted by path, numbers by value
 *
 * @example
 * ```ts
 * import { buildCorpusReport, measureText } from "un-resolutions";
 *
 * const report = buildCorpusReport([measureText({ path: "S-RES-1445.txt", text })], {
 *   input: ".",
 *   measuredAt: new Date().toISOString(),
 *   reader: "own",
 * });
 * console.log(report.overall.parsed + report.overall.failed === report.overall.files); // true
 * ```
 */
export function buildCorpusReport(measures: readonly TextMeasure[], context: ReportContext): CorpusReport {
  const texts = [...measures].sort((a, b) => compareStrings(a.path, b.path));
  const folders = [...new Set(texts.map((t) => t.folder))].sort(compareStrings);
  return {
    measuredAt: context.measuredAt,
    ...(context.commit === undefined ? {} : { commit: context.commit }),
    input: context.input,
    ...(context.root === undefined ? {} : { root: context.root }),
    reader: context.reader,
    overall: summarize(ALL, texts),
    folders: folders.map((folder) =>
      summarize(
        folder,
        texts.filter((t) => t.folder === folder),
      ),
    ),
    texts,
  };
}

/**
 * Totals over some texts.
 *
 * @param folder - the name the totals go under
 * @param texts - the measures to total
 * @returns the totals
 *
 * @example
 * ```ts
 * import { summarize } from "un-resolutions";
 *
 * const totals = summarize("sc-ocr", measures.filter((m) => m.folder === "sc-ocr"));
 * console.log(totals.failures);
 * ```
 */
export function summarize(folder: string, texts: readonly TextMeasure[]): FolderSummary {
  const summary: FolderSummary = {
    folder,
    files: texts.length,
    parsed: 0,
    failed: 0,
    failures: {},
    diagnostics: {},
    skipped: { spans: 0, characters: 0, files: 0 },
    references: {
      files: 0,
      compared: 0,
      symbol: 0,
      adoptionDate: 0,
      title: 0,
      preamble: 0,
      operative: 0,
      footnotes: 0,
      paragraphs: { pairs: 0, identical: 0, min: 1, mean: 1 },
    },
    ocr: { files: 0, symbol: 0, adoptionDate: 0, operativeRun: 0, all: 0 },
    parseMs: 0,
  };
  let similaritySum = 0;
  for (const text of texts) {
    summary.parseMs += text.parseMs;
    if (text.parsed) summary.parsed++;
    else {
      summary.failed++;
      const code = text.failure?.code ?? "UNKNOWN";
      summary.failures[code] = (summary.failures[code] ?? 0) + 1;
    }
    for (const [code, count] of Object.entries(text.diagnostics)) {
      const entry = summary.diagnostics[code] ?? { count: 0, files: 0 };
      entry.count += count;
      entry.files++;
      summary.diagnostics[code] = entry;
    }
    summary.skipped.spans += text.skipped.spans;
    summary.skipped.characters += text.skipped.characters;
    if (text.skipped.spans > 0) summary.skipped.files++;
    if (text.reference) {
      const r = summary.references;
      r.files++;
      const a = text.reference.agreement;
      if (a) {
        r.compared++;
        for (const key of ["symbol", "adoptionDate", "title", "preamble", "operative", "footnotes"] as const) {
          if (a[key].agree) r[key]++;
        }
        for (const s of [...a.similarities.preamble, ...a.similarities.operative]) {
          r.paragraphs.pairs++;
          similaritySum += s;
          r.paragraphs.min = Math.min(r.paragraphs.min, s);
          if (s === 1) r.paragraphs.identical++;
        }
      }
    }
    if (text.ocr) {
      const o = summary.ocr;
      o.files++;
      for (const key of ["symbol", "adoptionDate", "operativeRun", "all"] as const) if (text.ocr[key]) o[key]++;
    }
  }
  const pairs = summary.references.paragraphs.pairs;
  if (pairs > 0) summary.references.paragraphs.mean = similaritySum / pairs;
  return summary;
}

/** Paths in natural order, numbers by value ("S-RES-9" before "S-RES-10"), the same on every machine. */
const NATURAL = new Intl.Collator("en", { numeric: true });

function compareStrings(a: string, b: string): number {
  return NATURAL.compare(a, b);
}
