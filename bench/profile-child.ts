/**
 * Parses one text over and over, to be profiled by {@link profileParse} (`node --cpu-prof`).
 * Arguments: the bundled index entry, the text file, how many parses.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Library } from "./build.js";

const [bundle, textFile, times] = process.argv.slice(2);
const lib = (await import(pathToFileURL(bundle as string).href)) as Library;
const text = readFileSync(textFile as string, "utf8");
for (let i = 0; i < Number(times); i++) lib.parseResolution(text);
