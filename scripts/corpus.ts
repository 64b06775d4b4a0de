/**
 * `npm run corpus -- <dir> [--out <dir>] [--root <dir>]`: parses every .txt file under <dir> and
 * writes the corpus report (report.json and report.md) into --out (default ./corpus-report/).
 * See docs/corpus.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { fromAkomaNtoso } from "../src/akn/from.js";
import { measureFolder, writeCorpusReport } from "../src/corpus/node.js";

/** The commit measured, "+changes" when src/ has uncommitted changes; undefined outside git. */
function currentCommit(): string | undefined {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const changes = execFileSync("git", ["status", "--porcelain", "--", "src"], { encoding: "utf8" }).trim();
    return changes === "" ? head : `${head}+changes`;
  } catch {
    return undefined;
  }
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number, found ${value}`);
  return n;
}

const program = new Command()
  .name("npm run corpus --")
  .description("Parse every .txt file under <dir> and report: parsed/failed, diagnostics, agreement with the UN's XML.")
  .argument("<dir>", "folder of resolution texts (searched recursively)")
  .option("--out <dir>", "where to write report.json and report.md", "corpus-report")
  .option("--root <dir>", "corpus root holding akn/ga and akn/sc (default: found by walking up from <dir>)")
  .option("--worst <n>", "least similar paragraphs kept per text", positiveInteger, 3)
  .option("--own-reader", "read the XML with the report's own reader only, not with fromAkomaNtoso (checked by it)")
  .option("--quiet", "no progress on stderr")
  .action(
    async (
      dir: string,
      options: { out: string; root?: string; worst: number; ownReader?: boolean; quiet?: boolean },
    ) => {
      if (!existsSync(dir)) program.error(`no folder ${dir}`);
      const readAkn = options.ownReader ? undefined : (xml: string) => fromAkomaNtoso(xml);
      const commit = currentCommit();
      const report = measureFolder(dir, {
        worst: options.worst,
        ...(options.root === undefined ? {} : { root: options.root }),
        ...(commit === undefined ? {} : { commit }),
        ...(readAkn ? { readAkn } : {}),
        onText:
          options.quiet || !process.stderr.isTTY
            ? undefined
            : (_measure, done, total) => {
                if (done % 50 === 0 || done === total) process.stderr.write(`\r${done}/${total} texts`);
                if (done === total) process.stderr.write("\n");
              },
      });
      const written = writeCorpusReport(report, options.out);
      const o = report.overall;
      console.log(
        `${o.files} texts: ${o.parsed} parsed, ${o.failed} failed; ${o.references.compared} compared with the UN's XML (${report.reader} reader)`,
      );
      for (const f of report.folders) console.log(`  ${f.folder}: ${f.parsed}/${f.files} parsed`);
      console.log(`report: ${relative(".", written.markdown)} and ${relative(".", written.json)}`);
    },
  );

await program.parseAsync();
