/**
 * Measures findCitations and citeFootnotes over the development corpus's Akoma Ntoso files:
 * citations found by type, and how many of the links the UN's own markup puts on citations
 * (`<a href="https://docs.un.org/…">`) a found citation covers and names the same way; and how
 * many of the distinct symbol-like strings of the corpus parseSymbol reads and formats back.
 *
 *   npx tsx scripts/measure-citations.ts [corpus-root]
 *
 * The figures go into docs/citations.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { citeFootnotes, findCitations, treatyNameBefore } from "../src/citations/index.js";
import type { Citation } from "../src/schemas/index.js";
import { formatSymbol, safeParseSymbol } from "../src/symbols/index.js";
import { scanSymbol } from "../src/symbols/scan.js";
import { type AknLink, aknTexts } from "../test/citations/akn-paragraphs.js";

const root = resolve(process.argv[2] ?? process.env.UNRES_CORPUS ?? join(import.meta.dirname, "../../shared/corpus"));

/** What a citation names, to compare with a link's text. */
function names(citation: Citation): string[] {
  switch (citation.type) {
    case "document":
      return [citation.symbol];
    case "resolution":
      return [citation.number];
    case "officialRecords":
      return citation.symbols;
    default:
      return [];
  }
}

interface Tally {
  links: number;
  covered: number;
  named: number;
  misses: Map<string, number>;
}
const tally = (): Tally => ({ links: 0, covered: 0, named: 0, misses: new Map() });

function score(t: Tally, text: string, links: readonly AknLink[], citations: readonly Citation[]): void {
  for (const link of links) {
    if (!/^https:\/\/(docs|undocs)\.un\.org\//.test(link.href)) continue;
    t.links += 1;
    const over = citations.filter((c) => c.span !== undefined && c.span.start < link.end && link.start < c.span.end);
    if (over.length > 0) t.covered += 1;
    // The UN's links leave a resolution's letter out: "79/258" links "79/258 A".
    const alike = (name: string) =>
      name === link.text || name.startsWith(`${link.text} `) || link.text.startsWith(`${name}-`);
    if (over.some((c) => names(c).some(alike))) t.named += 1;
    else {
      const context = process.env.RAW
        ? text.slice(Math.max(0, link.start - 120), link.end + 10)
        : text.slice(Math.max(0, link.start - 30), link.end + 10).replace(/\d/g, "9");
      t.misses.set(context, (t.misses.get(context) ?? 0) + 1);
    }
  }
}

const byType = { paragraph: new Map<string, number>(), footnote: new Map<string, number>() };
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const scores = { paragraph: tally(), footnote: tally() };
/** Where a symbol may begin in plain text (as in src/citations/document.ts). */
const SYMBOL_START = /(?<![A-Za-z0-9/.-])[A-Z]{1,8}\//g;
/** The full stop after a printed number. */
const FINAL_STOP = /\.$/;
/** The symbol in a <docNumber>. */
const DOC_NUMBER = /<docNumber[^>]*>([^<]*)</g;
const symbols = new Set<string>();
const names_ = { markers: 0, named: 0, title: 0, thereto: 0 };
let files = 0;
let paragraphs = 0;
let footnotes = 0;
let chars = 0;
let ms = 0;

for (const folder of ["akn/ga", "akn/sc"]) {
  const dir = join(root, folder);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".xml"))) {
    files += 1;
    const xml = readFileSync(join(dir, name), "utf8");
    const texts = aknTexts(xml);
    // A docNumber is printed with the resolution's number and a full stop ("75/10.").
    for (const match of xml.matchAll(DOC_NUMBER)) symbols.add((match[1] ?? "").trim().replace(FINAL_STOP, ""));
    for (const t of texts) {
      for (const match of t.text.matchAll(SYMBOL_START)) {
        const end = scanSymbol(t.text, match.index);
        if (end !== undefined) symbols.add(t.text.slice(match.index, end));
      }
    }
    const notes = texts.filter((t) => t.kind === "footnote");
    const t0 = performance.now();
    const noteCitations = citeFootnotes(notes.map((n, i) => ({ number: n.number ?? i + 1, text: n.text })));
    const paraCitations = texts.filter((t) => t.kind === "paragraph").map((t) => findCitations(t.text));
    ms += performance.now() - t0;
    const byNumber = new Map(notes.map((note, i) => [note.number, noteCitations[i] ?? []]));
    for (const paragraph of texts.filter((t) => t.kind === "paragraph")) {
      for (const mark of paragraph.marks ?? []) {
        const treaties = (byNumber.get(mark.number) ?? []).filter((c) => c.type === "treaty");
        const only = treaties.length === 1 ? treaties[0] : undefined;
        if (only?.type !== "treaty" || only.title === undefined) continue;
        names_.markers += 1;
        const name = treatyNameBefore(paragraph.text, mark.offset);
        if (name === undefined) continue;
        names_.named += 1;
        if (name.includes(only.title) || only.title.includes(name)) names_.title += 1;
        else if (name.includes("thereto")) names_.thereto += 1;
      }
    }
    notes.forEach((note, i) => {
      footnotes += 1;
      chars += note.text.length;
      const cited = noteCitations[i] ?? [];
      for (const c of cited) count(byType.footnote, c.type);
      score(scores.footnote, note.text, note.links, cited);
    });
    texts
      .filter((t) => t.kind === "paragraph")
      .forEach((para, i) => {
        paragraphs += 1;
        chars += para.text.length;
        const cited = paraCitations[i] ?? [];
        for (const c of cited) count(byType.paragraph, c.type);
        score(scores.paragraph, para.text, para.links, cited);
      });
  }
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`files ${files}, paragraphs ${paragraphs}, footnotes ${footnotes}, ${chars} characters`);
console.log(`time in findCitations + citeFootnotes: ${ms.toFixed(0)} ms`);
for (const kind of ["paragraph", "footnote"] as const) {
  const types = [...byType[kind].entries()].sort((a, b) => b[1] - a[1]);
  console.log(`\n${kind} citations: ${types.map(([t, n]) => `${t} ${n}`).join(", ")}`);
  const s = scores[kind];
  console.log(
    `links ${s.links}: covered ${s.covered} (${pct(s.covered, s.links)}), named alike ${s.named} (${pct(s.named, s.links)})`,
  );
  const misses = [...s.misses.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [context, n] of misses) console.log(`  ${n} × …${context}`);
}

console.log(
  `\ntreaty names: ${names_.markers} markers of footnotes citing one registered treaty; named ${names_.named}; name and title contain one another ${names_.title}; "… thereto" ${names_.thereto}`,
);

let parsed = 0;
let roundTrips = 0;
const failures: string[] = [];
for (const symbol of symbols) {
  const result = safeParseSymbol(symbol);
  if (!result.success) {
    failures.push(`${result.error.code}: ${symbol}`);
    continue;
  }
  parsed += 1;
  if (formatSymbol(result.data) === symbol) roundTrips += 1;
}
console.log(
  `\nsymbols: ${symbols.size} distinct (docNumber and scanned from texts); parsed ${parsed} (${pct(parsed, symbols.size)}), formatted back unchanged ${roundTrips}`,
);
for (const failure of failures.slice(0, 30)) console.log(`  ${failure}`);
