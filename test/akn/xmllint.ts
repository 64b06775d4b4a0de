import { validateXML } from "xmllint-wasm";

/** A libxml2 message of a fatal XML 1.0 error ("doc_3.xml:1: parser error : ..."), not a namespace one. */
const PARSER_ERROR = /^doc_(\d+)\.xml:\d+: parser error :/;

/**
 * Asks xmllint (libxml2, compiled to WebAssembly) whether each document is well-formed XML 1.0: the
 * referee where two readers disagree. Namespace errors (an undeclared prefix) do not count: they
 * break the Namespaces in XML recommendation, not XML 1.0, and no reader here resolves namespaces.
 *
 * @param docs - the documents (encoded as UTF-8, so a lone surrogate reaches xmllint as U+FFFD)
 * @returns for each, whether xmllint found it well-formed
 */
export async function wellFormedForXmllint(docs: readonly string[]): Promise<boolean[]> {
  if (docs.length === 0) return [];
  const files = docs.map((doc, i) => ({ fileName: `doc_${i}.xml`, contents: doc }));
  const result = await validateXML({ xml: files, schema: [], maxMemoryPages: 16384 });
  const verdicts = docs.map(() => true);
  for (const error of result.errors) {
    const match = PARSER_ERROR.exec(error.rawMessage);
    if (match) verdicts[Number(match[1])] = false;
  }
  return verdicts;
}
