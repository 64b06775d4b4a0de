/**
 * Parses one text once, then prints how far the process's resident memory rose above what it was
 * just before the parse (its peak after, less its size before), in kilobytes, for
 * {@link peakMemory}. Arguments: the bundled index entry, the text file.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Library } from "./build.js";

const [bundle, textFile] = process.argv.slice(2);
const lib = (await import(pathToFileURL(bundle as string).href)) as Library;
const text = readFileSync(textFile as string, "utf8");
// The library is loaded and the text read: what the process holds now is not the parse's.
const before = process.memoryUsage().rss / 1024;
lib.parseResolution(text);
console.log(Math.max(0, process.resourceUsage().maxRSS - before));
