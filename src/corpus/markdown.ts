import type { ParagraphPair, SimilarityStats } from "./compare.js";
import type { TextMeasure } from "./measure.js";
import type { CorpusReport, FolderSummary } from "./summarize.js";

/**
 * Options of {@link renderCorpusReport}.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from "un-resolutions";
 *
 * const options: RenderOptions = { examples: 5 };
 * ```
 */
export interface RenderOptions {
  /** How many example texts to list per failure code, diagnostic code and unmet target. Default 3. */
  examples?: number;
}

/** A table cell's enemies: the column bar and line breaks. */
const CELL_BREAKERS = /[|\n\r]/g;

/** A line break inside a quoted paragraph, continued as a quote line. */
const LINE_BREAK = /\n/g;

/**
 * Renders the corpus report as Markdown for people: totals per folder, failures grouped by code
 * with example texts, diagnostics by code, agreement with the UN's Akoma Ntoso with the worst
 * paragraphs (where they part, and both texts in full), and the targets for Security Council texts.
 *
 * @param report - the report ({@link buildCorpusReport})
 * @param options - how many examples per group
 * @returns the Markdown
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { renderCorpusReport } from "un-resolutions";
 *
 * writeFileSync("corpus-report/report.md", renderCorpusReport(report));
 * ```
 */
export function renderCorpusReport(report: CorpusReport, options: RenderOptions = {}): string {
  const examples = options.examples ?? 3;
  const all = [report.overall, ...report.folders];
  const out: string[] = [];
  out.push("# Corpus report", "");
  out.push(`- measured: ${report.measuredAt}${report.commit ? ` at commit ${report.commit}` : ""}`);
  out.push(`- texts: \`${report.input}\` (every .txt file, recursively)`);
  out.push(
    report.root
      ? `- reference XML: \`${report.root}/akn/{ga,sc}/<same stem>.xml\`, read by ${report.reader === "own" ? "the report's own reader" : "fromAkomaNtoso (checked by the report's own reader)"}`
      : "- reference XML: none (no folder with akn/ above the texts)",
  );
  out.push("");

  out.push("## Parsed and failed", "");
  out.push("| folder | files | parsed | failed | failures by code |", "|---|---:|---:|---:|---|");
  for (const s of all) {
    out.push(`| ${cell(s.folder)} | ${s.files} | ${s.parsed} | ${s.failed} | ${countsText(s.failures)} |`);
  }
  out.push("");

  const failedTexts = report.texts.filter((t) => !t.parsed);
  if (failedTexts.length > 0) {
    out.push("## Failures by code", "");
    for (const folder of report.folders.filter((f) => f.failed > 0)) {
      out.push(`### ${folder.folder}`, "");
      for (const [code, count] of sortedEntries(folder.failures)) {
        out.push(`- **${code}** (${count}):`);
        for (const t of failedTexts
          .filter((x) => x.folder === folder.folder && x.failure?.code === code)
          .slice(0, examples)) {
          out.push(`  - \`${t.path}\`${placeOf(t)}: ${t.failure?.message ?? ""}`);
        }
      }
      out.push("");
    }
  }

  const codes = [...new Set(all.flatMap((s) => Object.keys(s.diagnostics)))].sort();
  out.push("## Diagnostics of parsed texts", "");
  if (codes.length === 0) out.push("None.", "");
  else {
    out.push("Occurrences (texts).", "");
    out.push(`| folder | ${codes.join(" | ")} |`, `|---|${codes.map(() => "---:").join("|")}|`);
    for (const s of all) {
      out.push(
        `| ${cell(s.folder)} | ${codes.map((c) => (s.diagnostics[c] ? `${s.diagnostics[c].count} (${s.diagnostics[c].files})` : "0")).join(" | ")} |`,
      );
    }
    out.push("");
    for (const code of codes) {
      const withCode = report.texts.filter((t) => (t.diagnostics[code] ?? 0) > 0).slice(0, examples);
      out.push(`- ${code}: e.g. ${withCode.map((t) => `\`${t.path}\` (${t.diagnostics[code]})`).join(", ")}`);
    }
    out.push("");
  }

  out.push(
    "## Skipped text",
    "",
    "Spans of parsed texts that went into no field (page furniture, unread header lines).",
    "",
  );
  out.push("| folder | spans | characters | texts with any |", "|---|---:|---:|---:|");
  for (const s of all)
    out.push(`| ${cell(s.folder)} | ${s.skipped.spans} | ${s.skipped.characters} | ${s.skipped.files} |`);
  out.push("");

  renderAgreement(report, all, out);
  renderOcr(report, all, examples, out);

  const slowest = [...report.texts].sort((a, b) => b.parseMs - a.parseMs).slice(0, 5);
  out.push("## Slowest texts", "", "Informative only: the machine may be busy.", "");
  for (const t of slowest) out.push(`- \`${t.path}\`: ${t.parseMs.toFixed(1)} ms`);
  out.push("");
  return out.join("\n");
}

function renderAgreement(report: CorpusReport, all: readonly FolderSummary[], out: string[]): void {
  const withReference = report.texts.filter((t) => t.reference);
  out.push("## Agreement with the UN's Akoma Ntoso", "");
  if (withReference.length === 0) {
    out.push("No text has a reference XML.", "");
    return;
  }
  out.push(
    "Texts agreeing on each fact, of those parsed and compared; paragraph similarity is 1 − normalized",
    "Levenshtein distance per paragraph pair, pairs by order, a missing paragraph scoring 0 (docs/corpus.md).",
    "",
  );
  out.push(
    "| folder | with XML | compared | symbol | date | title | preamble count | operative count | footnotes | paragraph pairs | identical | min | mean |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const s of all.filter((x) => x.references.files > 0)) {
    const r = s.references;
    out.push(
      `| ${cell(s.folder)} | ${r.files} | ${r.compared} | ${r.symbol} | ${r.adoptionDate} | ${r.title} | ${r.preamble} | ${r.operative} | ${r.footnotes} | ${r.paragraphs.pairs} | ${r.paragraphs.identical} | ${fixed(r.paragraphs.min)} | ${fixed(r.paragraphs.mean)} |`,
    );
  }
  out.push("");
  out.push(
    "| text | XML | symbol | date | title | preamble | operative | footnotes | min | mean |",
    "|---|---|---|---|---|---|---|---|---:|---:|",
  );
  for (const t of withReference) {
    const ref = t.reference as NonNullable<TextMeasure["reference"]>;
    const a = ref.agreement;
    if (!a) {
      const why = ref.error ? `XML not read: ${ref.error}` : `not parsed: ${t.failure?.code ?? ""}`;
      out.push(`| \`${t.path}\` | \`${ref.path}\` | ${cell(why)} | | | | | | | |`);
      continue;
    }
    const fact = (f: { parsed?: string; reference?: string; agree: boolean }) =>
      f.agree ? "✓" : `✗ ${cell(JSON.stringify(f.parsed ?? null))} vs ${cell(JSON.stringify(f.reference ?? null))}`;
    const count = (c: { parsed: number; reference: number; agree: boolean }) =>
      `${c.agree ? "✓" : "✗"} ${c.parsed}/${c.reference}`;
    out.push(
      `| \`${t.path}\` | \`${ref.path}\` | ${fact(a.symbol)} | ${fact(a.adoptionDate)} | ${fact(a.title)} | ${count(a.preamble)} | ${count(a.operative)} | ${count(a.footnotes)} | ${fixed(a.paragraphs.min)} | ${fixed(a.paragraphs.mean)} |`,
    );
  }
  out.push("", "Counts are parsed/XML.", "");
  for (const t of withReference) {
    const ref = t.reference as NonNullable<TextMeasure["reference"]>;
    if (ref.readerCheck && !ref.readerCheck.agree) {
      out.push(`- readers disagree on \`${ref.path}\`: ${ref.readerCheck.differences.slice(0, 5).join("; ")}`);
    }
  }
  for (const t of withReference) {
    const a = t.reference?.agreement;
    if (!a || a.worst.length === 0) continue;
    out.push("", `### Worst paragraphs of \`${t.path}\``, "");
    out.push(`Preamble ${statsText(a.preambleParagraphs)}; operative ${statsText(a.operativeParagraphs)}.`, "");
    for (const pair of a.worst) renderPair(pair, out);
  }
  out.push("");
}

function renderPair(pair: ParagraphPair, out: string[]): void {
  out.push(`#### ${pair.part} ${pair.index}: similarity ${fixed(pair.similarity)}`, "");
  if (pair.difference) {
    out.push(`Parts at character ${pair.difference.offset}:`, "");
    out.push(`- parsed: \`${code(pair.difference.left)}\``, `- XML:    \`${code(pair.difference.right)}\``, "");
  }
  out.push(`Parsed:`, "", quote(pair.parsed), "", "XML:", "", quote(pair.reference), "");
}

function renderOcr(report: CorpusReport, all: readonly FolderSummary[], examples: number, out: string[]): void {
  const subject = report.texts.filter((t) => t.ocr);
  if (subject.length === 0) return;
  out.push("## Security Council texts: the OCR target", "");
  out.push(
    "Symbol naming the file's resolution; adoption date (in the symbol's year where it gives one);",
    "operative paragraphs numbered 1..n without gaps or repeats. Failed texts meet none.",
    "",
  );
  out.push(
    "| folder | texts | symbol | adoption date | operative 1..n | all three |",
    "|---|---:|---:|---:|---:|---:|",
  );
  for (const s of all.filter((x) => x.ocr.files > 0)) {
    const o = s.ocr;
    out.push(`| ${cell(s.folder)} | ${o.files} | ${o.symbol} | ${o.adoptionDate} | ${o.operativeRun} | ${o.all} |`);
  }
  out.push("");
  const parsedMisses = subject.filter((t) => t.parsed && !t.ocr?.all);
  for (const target of ["symbol", "adoptionDate", "operativeRun"] as const) {
    const misses = parsedMisses.filter((t) => !t.ocr?.[target]);
    if (misses.length === 0) continue;
    out.push(`- parsed but missing **${target}** (${misses.length}):`);
    for (const t of misses.slice(0, examples)) out.push(`  - \`${t.path}\`: ${(t.ocr?.problems ?? []).join("; ")}`);
  }
  out.push("");
}

function placeOf(t: TextMeasure): string {
  return t.failure?.line === undefined ? "" : ` ${t.failure.line}:${t.failure.column}`;
}

function countsText(counts: Readonly<Record<string, number>>): string {
  const entries = sortedEntries(counts);
  return entries.length === 0 ? "" : entries.map(([code, n]) => `${code} ${n}`).join(", ");
}

/** Entries by count, most first, then by key. */
function sortedEntries(counts: Readonly<Record<string, number>>): Array<[string, number]> {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function statsText(s: SimilarityStats): string {
  return `${s.pairs} pairs, ${s.identical} identical, min ${fixed(s.min)}, mean ${fixed(s.mean)}`;
}

function fixed(n: number): string {
  return n.toFixed(3);
}

function cell(text: string): string {
  return text.replace(CELL_BREAKERS, (c) => (c === "|" ? "\\|" : " "));
}

/** Inline code that cannot be closed early: backticks become a look-alike. */
function code(text: string): string {
  return text.replaceAll("`", "ˋ");
}

function quote(text: string): string {
  return text === "" ? "> (none)" : `> ${text.replace(LINE_BREAK, "\n> ")}`;
}
