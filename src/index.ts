/**
 * un-resolutions: typed, validated data from United Nations resolutions.
 *
 * @module un-resolutions
 */

export * from "./citations/index.js";
export * from "./schemas/index.js";
