/**
 * Measures findCitations and citeFootnotes over the development corpus's Akoma Ntoso files:
 * citations found by type, and how many of the links the UN's own markup puts on citations
 * (`<a href="https://docs.un.org/…">`) a found citation covers and names the same way.
 *
 *   npx tsx scripts/measure-citations.ts [corpus-root]
 *
 * The figures go into docs/citations.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { citeFootnotes, findCitations } from "../src/citations/index.js";
import type { Citation } from "../src/schemas/index.js";
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
let files = 0;
let paragraphs = 0;
let footnotes = 0;
let chars = 0;
let ms = 0;

for (const folder of ["akn/ga", "akn/sc"]) {
  const dir = join(root, folder);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".xml"))) {
    files += 1;
    const texts = aknTexts(readFileSync(join(dir, name), "utf8"));
    const notes = texts.filter((t) => t.kind === "footnote");
    const t0 = performance.now();
    const noteCitations = citeFootnotes(notes.map((n, i) => ({ number: n.number ?? i + 1, text: n.text })));
    const paraCitations = texts.filter((t) => t.kind === "paragraph").map((t) => findCitations(t.text));
    ms += performance.now() - t0;
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
