/**
 * Akoma Ntoso in and out, in the UN's AKN4UN profile: read the XML the UN publishes for its
 * resolutions into the model, and write the model back as XML of the same shape.
 *
 * @module akn
 */
export { AkomaNtosoError, type AkomaNtosoErrorCode } from "./errors.js";
export {
  AKN_NAMESPACE,
  type FromAkomaNtosoOptions,
  fromAkomaNtoso,
  type SafeFromAkomaNtosoResult,
  safeFromAkomaNtoso,
} from "./from.js";
export { toAkomaNtoso } from "./to.js";
