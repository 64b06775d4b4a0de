/**
 * Measuring the parser on a corpus: paragraph similarity, a small reader of the UN's Akoma Ntoso
 * for the facts compared, agreement of a parsed text with that XML, the target for OCR'd Security
 * Council texts, and the report (JSON and Markdown). Pure functions only; walking folders and writing
 * files is in `node.ts`.
 *
 * @module corpus
 */

export { AknFactsError, type AknFactsErrorCode, readAknFacts } from "./akn-facts.js";
export {
  type CompareOptions,
  type CountAgreement,
  compareFacts,
  type FactAgreement,
  type FactsAgreement,
  type ParagraphPair,
  type SimilarityStats,
} from "./compare.js";
export { locateDifference, type TextDifference } from "./difference.js";
export { factsOfResolution, type ResolutionFacts } from "./facts.js";
export { type RenderOptions, renderCorpusReport } from "./markdown.js";
export {
  type MeasureOptions,
  measureText,
  type ParseFailure,
  type ReaderCheck,
  type TextMeasure,
  type TextToMeasure,
} from "./measure.js";
export { editDistance, normalizeForComparison, textSimilarity } from "./similarity.js";
export {
  buildCorpusReport,
  type CorpusReport,
  type FolderSummary,
  type OcrSummary,
  type ReferenceSummary,
  type ReportContext,
  summarize,
} from "./summarize.js";
export { checkOcrTargets, type OcrTargets } from "./targets.js";
