import type { DocumentKind } from "../read-document.js";

/** The figures of a finished batch. */
export interface BatchFigures {
  /** Per kind of document: how many, how many parsed, how many failed. */
  byKind: Record<DocumentKind, { files: number; parsed: number; failed: number }>;
  /** Failures per error code. */
  byCode: Record<string, number>;
  /** Wall-clock time of the conversion, in milliseconds. */
  milliseconds: number;
  /** Threads that converted. */
  jobs: number;
}

/** Names of the kinds in the table. */
const KIND_NAMES: Readonly<Record<DocumentKind, string>> = { text: "text (.txt)", akn: "akn (.xml)" };

/**
 * The summary table printed at the end of `unres batch`: files, parsed and failed by kind of
 * document and in all, failures by code, and the time.
 *
 * @param figures - the batch's figures
 * @returns the lines, without newlines
 *
 * @example
 * ```ts
 * summaryLines({ byKind: { text: { files: 2, parsed: 1, failed: 1 }, akn: { files: 0, parsed: 0, failed: 0 } }, byCode: { NO_SYMBOL: 1 }, milliseconds: 1200, jobs: 2 });
 * // kind          files  parsed  failed
 * // text (.txt)       2       1       1
 * // all               2       1       1
 * // failed: NO_SYMBOL 1
 * // time: 1.2 s, 1.7 files/s, 2 jobs
 * ```
 */
export function summaryLines(figures: BatchFigures): string[] {
  const rows: Array<[string, number, number, number]> = [];
  let files = 0;
  let parsed = 0;
  let failed = 0;
  for (const kind of ["text", "akn"] as const) {
    const k = figures.byKind[kind];
    if (k.files === 0) continue;
    rows.push([KIND_NAMES[kind], k.files, k.parsed, k.failed]);
    files += k.files;
    parsed += k.parsed;
    failed += k.failed;
  }
  rows.push(["all", files, parsed, failed]);
  const lines = [`${"kind".padEnd(12)}  ${"files".padStart(6)}  ${"parsed".padStart(6)}  ${"failed".padStart(6)}`];
  for (const [name, f, p, x] of rows) {
    lines.push(`${name.padEnd(12)}  ${String(f).padStart(6)}  ${String(p).padStart(6)}  ${String(x).padStart(6)}`);
  }
  const codes = Object.entries(figures.byCode).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (codes.length > 0) lines.push(`failed: ${codes.map(([code, n]) => `${code} ${n}`).join(", ")}`);
  const seconds = figures.milliseconds / 1000;
  const rate = seconds > 0 ? files / seconds : 0;
  lines.push(
    `time: ${seconds.toFixed(1)} s, ${rate.toFixed(1)} files/s, ${figures.jobs} job${figures.jobs === 1 ? "" : "s"}`,
  );
  return lines;
}
