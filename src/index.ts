/**
 * un-resolutions: typed, validated data from United Nations resolutions.
 *
 * @module un-resolutions
 */

export * from "./akn/index.js";
export * from "./citations/index.js";
export * from "./corpus/index.js";
export * from "./data/index.js";
export * from "./parse/index.js";
export * from "./render/index.js";
export * from "./schemas/index.js";
export * from "./symbols/index.js";
