import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Where the real material lives. Tests read it from `../shared` (beside the project) or from the
 * paths in `UNRES_CORPUS` / `UNRES_AKN_XSD`; nothing of it is copied into the project.
 */
export const corpusRoot = resolve(process.env.UNRES_CORPUS ?? join(import.meta.dirname, "../../../shared/corpus"));
export const xsdDir = resolve(process.env.UNRES_AKN_XSD ?? join(import.meta.dirname, "../../../shared/akn"));
export const seedPath = resolve(import.meta.dirname, "../../seeds/A-RES-65-190.txt");

/** Whether the development corpus is present; when not, corpus tests skip and say so plainly. */
export const hasCorpus = existsSync(join(corpusRoot, "akn"));
/** Whether the OASIS Akoma Ntoso XSD is present. */
export const hasXsd = existsSync(join(xsdDir, "akomantoso30.xsd"));

if (!hasCorpus) {
  console.warn(`corpus tests skipped: no corpus at ${corpusRoot} (set UNRES_CORPUS to its path)`);
}
if (!hasXsd) {
  console.warn(`XSD validation skipped: no akomantoso30.xsd in ${xsdDir} (set UNRES_AKN_XSD to its folder)`);
}

/** The files of one corpus folder (e.g. `akn/ga`), sorted; empty when the corpus is absent. */
export function corpusFiles(folder: string, extension: string): string[] {
  const dir = join(corpusRoot, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The text of one corpus file (`text/sc-ocr/S-RES-1445.txt`), or "" when the corpus is absent: for
 * the body of a `describe.skipIf(!hasCorpus)` block, which vitest still runs to collect its tests.
 */
export function readCorpusFile(path: string): string {
  return hasCorpus ? readFileSync(join(corpusRoot, path), "utf8") : "";
}
