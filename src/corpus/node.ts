/**
 * Node.js side of the corpus report: walking folders, finding the reference XML, writing the
 * report. Kept apart from `index.ts`, whose modules are pure, so that bundles for the browser never
 * meet `node:fs`.
 *
 * @module corpus/node
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { renderCorpusReport } from "./markdown.js";
import { type MeasureOptions, measureText, type TextMeasure } from "./measure.js";
import { buildCorpusReport, type CorpusReport } from "./summarize.js";

/** The reference folders under a corpus root, tried in this order for a text's stem. */
export const REFERENCE_FOLDERS: readonly string[] = ["akn/ga", "akn/sc"];

/** The extension of the texts measured. */
const TEXT_EXTENSION = ".txt";

/**
 * Every `.txt` file under a folder, at any depth, sorted. Symbolic links to folders are followed
 * once (a link back up the tree is not walked twice).
 *
 * @param dir - the folder
 * @returns absolute paths of the text files
 *
 * @example
 * ```ts
 * import { listTextFiles } from "./src/corpus/node.js";
 *
 * console.log(listTextFiles("../shared/corpus/text").length); // 459
 * ```
 */
export function listTextFiles(dir: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (folder: string): void => {
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory());
      if (isDirectory) visit(path);
      else if (entry.name.endsWith(TEXT_EXTENSION)) found.push(path);
    }
  };
  visit(resolve(dir));
  return found.sort();
}

/**
 * The corpus root of a folder of texts: the folder itself or the nearest one above it that holds
 * an `akn/` folder.
 *
 * @param dir - the folder of texts
 * @returns the absolute path of the root, or `undefined` when no folder up to the file system's root has `akn/`
 *
 * @example
 * ```ts
 * import { findCorpusRoot } from "./src/corpus/node.js";
 *
 * findCorpusRoot("../shared/corpus/text/sc-ocr"); // "/work/shared/corpus"
 * ```
 */
export function findCorpusRoot(dir: string): string | undefined {
  let at = resolve(dir);
  for (;;) {
    if (existsSync(join(at, "akn")) && statSync(join(at, "akn")).isDirectory()) return at;
    const up = dirname(at);
    if (up === at) return undefined;
    at = up;
  }
}

/**
 * The UN's Akoma Ntoso of the resolution a text is of: `akn/ga/<stem>.xml` or `akn/sc/<stem>.xml`
 * under the corpus root, the first that exists.
 *
 * @param root - the corpus root
 * @param stem - the text's file name without extension ("A-RES-78-241")
 * @returns the path relative to the root, with "/", or `undefined` when there is none
 *
 * @example
 * ```ts
 * import { referenceFor } from "./src/corpus/node.js";
 *
 * referenceFor("../shared/corpus", "S-RES-1445"); // "akn/sc/S-RES-1445.xml"
 * ```
 */
export function referenceFor(root: string, stem: string): string | undefined {
  for (const folder of REFERENCE_FOLDERS) {
    const path = `${folder}/${stem}.xml`;
    if (existsSync(join(root, path))) return path;
  }
  return undefined;
}

/**
 * Options of {@link measureFolder}.
 *
 * @example
 * ```ts
 * import type { MeasureFolderOptions } from "./src/corpus/node.js";
 *
 * const options: MeasureFolderOptions = { root: "../shared/corpus", commit: "0f05519" };
 * ```
 */
export interface MeasureFolderOptions extends MeasureOptions {
  /** The corpus root (the folder holding `akn/`). Default: found by {@link findCorpusRoot}. */
  root?: string;
  /** The version of the code measured, to record in the report. */
  commit?: string;
  /** The time of the measure. Default: now. */
  now?: Date;
  /** Called after each text, for progress. */
  onText?: (measure: TextMeasure, done: number, total: number) => void;
}

/**
 * Measures every `.txt` file under a folder ({@link measureText}) and builds the report: each text
 * parsed, counted, compared with the UN's Akoma Ntoso of the same resolution where the corpus root
 * has it, and checked against the OCR target when it is a Security Council resolution.
 *
 * @param dir - the folder of texts
 * @param options - corpus root, commit, time, reader, parser, progress
 * @returns the report
 *
 * @example
 * ```ts
 * import { measureFolder, writeCorpusReport } from "./src/corpus/node.js";
 *
 * const report = measureFolder("../shared/corpus/text");
 * writeCorpusReport(report, "corpus-report");
 * ```
 */
export function measureFolder(dir: string, options: MeasureFolderOptions = {}): CorpusReport {
  const base = resolve(dir);
  const root = options.root === undefined ? findCorpusRoot(base) : resolve(options.root);
  const files = listTextFiles(base);
  const measures: TextMeasure[] = [];
  for (const file of files) {
    const path = relative(base, file).split(sep).join("/");
    const stem = basename(file, TEXT_EXTENSION);
    const referencePath = root === undefined ? undefined : referenceFor(root, stem);
    const measure = measureText(
      {
        path,
        text: readFileSync(file, "utf8"),
        ...(referencePath && root
          ? { reference: { path: referencePath, xml: readFileSync(join(root, referencePath), "utf8") } }
          : {}),
      },
      options,
    );
    measures.push(measure);
    options.onText?.(measure, measures.length, files.length);
  }
  return buildCorpusReport(measures, {
    input: dir,
    measuredAt: (options.now ?? new Date()).toISOString(),
    ...(options.commit === undefined ? {} : { commit: options.commit }),
    ...(root === undefined ? {} : { root }),
    reader: options.readAkn ? "fromAkomaNtoso" : "own",
  });
}

/**
 * Writes the report as `report.json` and `report.md` into a folder, made if need be.
 *
 * @param report - the report
 * @param outDir - the folder
 * @returns the paths written
 *
 * @example
 * ```ts
 * import { measureFolder, writeCorpusReport } from "./src/corpus/node.js";
 *
 * const { markdown } = writeCorpusReport(measureFolder("texts"), "corpus-report");
 * console.log(`see ${markdown}`);
 * ```
 */
export function writeCorpusReport(report: CorpusReport, outDir: string): { json: string; markdown: string } {
  mkdirSync(outDir, { recursive: true });
  const json = join(outDir, "report.json");
  const markdown = join(outDir, "report.md");
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, renderCorpusReport(report));
  return { json, markdown };
}
