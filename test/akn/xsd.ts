import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import { hasXsd, xsdDir } from "../helpers/shared.js";

/** Everything in a file name but its digits ("doc_12.xml" → "12"). */
const NON_DIGITS = /\D/g;

/** One document to validate: a name to report it by, and its XML. */
export interface NamedXml {
  name: string;
  xml: string;
}

/**
 * Validates documents against the OASIS Akoma Ntoso 3.0 schema (akomantoso30.xsd and the xml.xsd it
 * imports, from `xsdDir`) with xmllint-wasm, many documents per xmllint run so that the schema is
 * compiled once per batch.
 *
 * @returns the schema errors of each invalid document, by name (empty when all are valid)
 */
export async function validateAkomaNtoso(docs: readonly NamedXml[], batch = 400): Promise<Map<string, string[]>> {
  if (!hasXsd) throw new Error(`no akomantoso30.xsd in ${xsdDir}`);
  const schema = { fileName: "akomantoso30.xsd", contents: readFileSync(join(xsdDir, "akomantoso30.xsd"), "utf8") };
  const preload = { fileName: "xml.xsd", contents: readFileSync(join(xsdDir, "xml.xsd"), "utf8") };
  const invalid = new Map<string, string[]>();
  for (let start = 0; start < docs.length; start += batch) {
    const slice = docs.slice(start, start + batch);
    const files = slice.map((doc, i) => ({ fileName: `doc_${start + i}.xml`, contents: doc.xml }));
    const result = await validateXML({ xml: files, schema, preload, maxMemoryPages: 16384 });
    for (const error of result.errors) {
      const index = Number(error.loc?.fileName.replace(NON_DIGITS, "") ?? Number.NaN);
      const name = docs[index]?.name ?? error.loc?.fileName ?? "?";
      invalid.set(name, [...(invalid.get(name) ?? []), error.message]);
    }
    if (!result.valid && result.errors.length === 0) invalid.set(`batch ${start}`, [result.rawOutput]);
  }
  return invalid;
}
