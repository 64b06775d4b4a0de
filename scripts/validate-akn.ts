/**
 * Reads every Akoma Ntoso file of the corpus, writes each resolution back with `toAkomaNtoso`,
 * checks that the XML reads back to the same resolution and that it validates against the OASIS
 * Akoma Ntoso 3.0 schema (xmllint-wasm), and prints the figures and the time per file.
 *
 * Usage: `npx tsx scripts/validate-akn.ts [corpus folder] [xsd folder]`; the folders default to
 * `UNRES_CORPUS` / `UNRES_AKN_XSD`, else `../shared/corpus` and `../shared/akn` beside the project.
 * Exits with 1 when a file fails to read back or to validate.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { validateXML } from "xmllint-wasm";
import { fromAkomaNtoso, safeFromAkomaNtoso, toAkomaNtoso } from "../src/akn/index.js";
import { A_RES_65_190 } from "../src/data/index.js";
import type { Resolution } from "../src/schemas/index.js";

const here = import.meta.dirname;
const corpus = resolve(process.argv[2] ?? process.env.UNRES_CORPUS ?? join(here, "../../shared/corpus"));
const xsdDir = resolve(process.argv[3] ?? process.env.UNRES_AKN_XSD ?? join(here, "../../shared/akn"));
/** How many documents one xmllint run validates (the schema is compiled once per run). */
const BATCH = 400;
/** Everything in a file name but its digits ("doc_12.xml" → "12"). */
const NON_DIGITS = /\D/g;

function withoutPositions(r: Resolution): Resolution {
  return JSON.parse(JSON.stringify(r, (key, v) => (key === "position" || key === "preface" ? undefined : v)));
}

const files: string[] = [];
for (const folder of ["akn/ga", "akn/sc"]) {
  const dir = join(corpus, folder);
  if (existsSync(dir))
    for (const name of readdirSync(dir).sort()) if (name.endsWith(".xml")) files.push(join(dir, name));
}
if (files.length === 0) console.warn(`no Akoma Ntoso files under ${corpus}: only A/RES/65/190 is checked`);

const docs: { name: string; xml: string }[] = [];
const refused = new Map<string, string>();
const notBack: string[] = [];
const readMs: number[] = [];
const writeMs: number[] = [];
let bytes = 0;

for (const file of files) {
  const name = file.slice(corpus.length + 1);
  const xml = readFileSync(file, "utf8");
  bytes += Buffer.byteLength(xml);
  const t0 = performance.now();
  const result = safeFromAkomaNtoso(xml);
  readMs.push(performance.now() - t0);
  if (!result.success) {
    refused.set(name, `${result.error.code}: ${result.error.message}`);
    continue;
  }
  const t1 = performance.now();
  const out = toAkomaNtoso(result.data);
  writeMs.push(performance.now() - t1);
  if (!isDeepStrictEqual(fromAkomaNtoso(out), result.data)) notBack.push(name);
  docs.push({ name, xml: out });
}
const seedXml = toAkomaNtoso(A_RES_65_190);
if (!isDeepStrictEqual(fromAkomaNtoso(seedXml), withoutPositions(A_RES_65_190))) notBack.push("A/RES/65/190");
docs.push({ name: "A/RES/65/190 (src/data)", xml: seedXml });

const invalid = new Map<string, string[]>();
let validationMs = 0;
if (existsSync(join(xsdDir, "akomantoso30.xsd"))) {
  const schema = { fileName: "akomantoso30.xsd", contents: readFileSync(join(xsdDir, "akomantoso30.xsd"), "utf8") };
  const preload = { fileName: "xml.xsd", contents: readFileSync(join(xsdDir, "xml.xsd"), "utf8") };
  const t0 = performance.now();
  for (let start = 0; start < docs.length; start += BATCH) {
    const xml = docs
      .slice(start, start + BATCH)
      .map((doc, i) => ({ fileName: `doc_${start + i}.xml`, contents: doc.xml }));
    const result = await validateXML({ xml, schema, preload, maxMemoryPages: 16384 });
    for (const error of result.errors) {
      const name = docs[Number(error.loc?.fileName.replace(NON_DIGITS, ""))]?.name ?? "?";
      invalid.set(name, [...(invalid.get(name) ?? []), error.message]);
    }
  }
  validationMs = performance.now() - t0;
} else {
  console.warn(`no akomantoso30.xsd in ${xsdDir}: schema validation skipped`);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`files:            ${files.length} (${(bytes / 1e6).toFixed(1)} MB) in ${corpus}`);
console.log(`read:             ${files.length - refused.size}; refused ${refused.size}`);
for (const [name, why] of refused) console.log(`  refused ${name}: ${why}`);
console.log(`round trip equal: ${docs.length - notBack.length} of ${docs.length} (corpus + A/RES/65/190)`);
for (const name of notBack) console.log(`  differs ${name}`);
console.log(
  `XSD valid:        ${docs.length - invalid.size} of ${docs.length} in ${(validationMs / 1000).toFixed(1)} s`,
);
for (const [name, errors] of invalid) console.log(`  invalid ${name}: ${errors[0]}`);
console.log(
  `fromAkomaNtoso:   mean ${ms(sum(readMs) / Math.max(1, readMs.length))}, median ${ms(median(readMs))}, max ${ms(Math.max(0, ...readMs))} per file`,
);
console.log(
  `toAkomaNtoso:     mean ${ms(sum(writeMs) / Math.max(1, writeMs.length))}, median ${ms(median(writeMs))}, max ${ms(Math.max(0, ...writeMs))} per file`,
);
process.exitCode = notBack.length > 0 || invalid.size > 0 ? 1 : 0;
