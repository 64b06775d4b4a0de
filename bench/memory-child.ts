/**
 * Parses one text once, then prints the process's peak resident memory in kilobytes, for
 * {@link peakMemory}. Arguments: the bundled index entry, the text file.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Library } from "./build.js";

const [bundle, textFile] = process.argv.slice(2);
const lib = (await import(pathToFileURL(bundle as string).href)) as Library;
const text = readFileSync(textFile as string, "utf8");
lib.parseResolution(text);
console.log(process.resourceUsage().maxRSS);
