/**
 * un-resolutions: typed, validated data from United Nations resolutions.
 *
 * @module un-resolutions
 */
export * from "./schemas/index.js";
