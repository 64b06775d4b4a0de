import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { corpusFiles, corpusRoot, hasCorpus, seedPath } from "../test/helpers/shared.js";

export { corpusRoot, hasCorpus, seedPath };

/** The folders of resolution texts in the corpus, by how the text was made. */
export const TEXT_FOLDERS = ["text/pdftotext", "text/pdftotext-layout", "text/sc-ocr"] as const;

/** A text folder of the corpus. */
export type TextFolder = (typeof TEXT_FOLDERS)[number];

/** One file of the corpus, read. */
export interface CorpusFile {
  /** The file's stem ("A-RES-78-241"). */
  name: string;
  /** Its path. */
  path: string;
  /** Its content. */
  text: string;
}

/** The seed, A/RES/65/190 from the text of its official PDF. */
export function readSeed(): string {
  return readFileSync(seedPath, "utf8");
}

/** The texts of one folder of the corpus (none when the corpus is absent). */
export function readTexts(folder: TextFolder): CorpusFile[] {
  return corpusFiles(folder, ".txt").map((path) => ({
    name: basename(path, ".txt"),
    path,
    text: readFileSync(path, "utf8"),
  }));
}

/** The paths of every Akoma Ntoso file of the corpus (General Assembly then Security Council). */
export function aknPaths(): string[] {
  return [...corpusFiles("akn/ga", ".xml"), ...corpusFiles("akn/sc", ".xml")];
}

/** One Akoma Ntoso file of the corpus by its stem ("A-RES-79-154"), or undefined. */
export function readAkn(name: string): CorpusFile | undefined {
  for (const folder of ["akn/ga", "akn/sc"]) {
    const path = join(corpusRoot, folder, `${name}.xml`);
    if (existsSync(path)) return { name, path, text: readFileSync(path, "utf8") };
  }
  return undefined;
}

/** A plain sentence for reports: where the corpus is, or that it is absent and how to give it. */
export function corpusNote(): string {
  return hasCorpus
    ? `corpus: ${corpusRoot}`
    : `corpus absent (looked in ${corpusRoot}; set UNRES_CORPUS to its path): corpus figures are not measured`;
}
