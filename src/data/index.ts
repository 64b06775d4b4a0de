/**
 * Pre-built resolutions, parsed from their official text and validated. Importing this entry
 * pulls neither the parser nor zod.
 *
 * @module data
 */
export { A_RES_65_190 } from "./a-res-65-190.js";
