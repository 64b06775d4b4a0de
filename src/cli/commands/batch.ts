import { closeSync, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { failureRecord } from "../batch/convert-file.js";
import { findDocuments, outputPaths } from "../batch/find-documents.js";
import { convertAll } from "../batch/pool.js";
import { Progress } from "../batch/progress.js";
import { type BatchFigures, summaryLines } from "../batch/summary.js";
import type { BatchOutcome } from "../batch/tasks.js";
import type { CliContext, TextSink } from "../context.js";
import { formatErrorLine } from "../describe-error.js";
import { CliError, FileError, UsageError } from "../errors.js";

/** What every error line starts with; the list of failures at the end leaves it out. */
const ERROR_PREFIX = "unres: ";

/** The most jobs `--jobs` defaults to, however many processors the machine has. */
export const MAX_DEFAULT_JOBS = 4;

const EXAMPLES = `
Writes one JSON file per document under --out, mirroring the folders ("ga/A-RES-75-10.xml" becomes
"ga/A-RES-75-10.json"), or one line per document to --jsonl ({"file", "kind", "resolution"} or
{"file", "kind", "error"}), in path order whatever --jobs. A bad file never stops the batch: its error
is listed with file:line:column, and the exit code is 1. Progress goes to standard error (a bar on a
terminal, one line per file elsewhere); the summary to standard output (to standard error with
--jsonl -).

Examples:
  $ unres batch corpus/akn --out json/
  $ unres batch corpus/text --jsonl resolutions.jsonl --jobs 2
  $ unres batch corpus --jsonl - | jq -c 'select(.error) | .file'`;

interface BatchOptions {
  out?: string;
  jsonl?: string;
  jobs?: number;
}

/**
 * Adds `unres batch <dir> (--out <dir> | --jsonl <file>) [--jobs N]`: every .txt and .xml under a
 * folder to JSON, with worker threads.
 *
 * @param program - the `unres` program
 * @param ctx - the outside world
 *
 * @example
 * ```ts
 * registerBatch(program, ctx);
 * ```
 */
export function registerBatch(program: Command, ctx: CliContext): void {
  const defaultJobs = Math.max(1, Math.min(ctx.io.cpus, MAX_DEFAULT_JOBS));
  program
    .command("batch")
    .summary("convert a folder of .txt and .xml files to JSON")
    .description(
      "Convert every resolution text (.txt) and Akoma Ntoso file (.xml) under a folder, at any depth, to JSON.",
    )
    .argument("<dir>", "the folder to read")
    .option("-o, --out <dir>", "write one .json file per document under this folder")
    .option("--jsonl <file>", 'write one JSON line per document to this file ("-" for standard output)')
    .option(
      "-j, --jobs <n>",
      `worker threads converting at once (default: processors, at most ${MAX_DEFAULT_JOBS}; here ${defaultJobs})`,
      parseJobs,
    )
    .addHelpText("after", EXAMPLES)
    .action(async (dir: string, options: BatchOptions, command: Command) => {
      const debug = Boolean(command.optsWithGlobals().debug);
      if ((options.out === undefined) === (options.jsonl === undefined)) {
        throw new UsageError("batch needs one of --out <dir> and --jsonl <file> (see unres batch --help)");
      }
      await runBatch(ctx, dir, { ...options, jobs: options.jobs ?? defaultJobs, debug });
    });
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("expected a whole number from 1 to 64.");
  return n;
}

async function runBatch(
  ctx: CliContext,
  dir: string,
  options: { out?: string; jsonl?: string; jobs: number; debug: boolean },
): Promise<void> {
  const { io } = ctx;
  const root = resolve(io.cwd, dir);
  try {
    if (!statSync(root).isDirectory()) throw new CliError("NOT_A_FOLDER", "expected a folder, found a file");
  } catch (error) {
    throw new FileError(dir, error);
  }
  const tasks = findDocuments(root);
  if (tasks.length === 0) throw new CliError("NO_DOCUMENTS", "expected .txt or .xml files, found none", { file: dir });
  const shown = (file: string) => join(dir, file);

  const toStdout = options.jsonl === "-";
  const summarySink: TextSink = toStdout ? io.stderr : io.stdout;
  const targets = options.out === undefined ? undefined : outputPaths(tasks.map((t) => t.file));
  const outRoot = options.out === undefined ? undefined : resolve(io.cwd, options.out);
  let jsonlFd: number | undefined;
  if (options.jsonl !== undefined && !toStdout) {
    const path = resolve(io.cwd, options.jsonl);
    try {
      mkdirSync(dirname(path), { recursive: true });
      jsonlFd = openSync(path, "w");
    } catch (error) {
      throw new FileError(options.jsonl, error);
    }
  }
  const writeRecord = (text: string) => {
    if (jsonlFd !== undefined) writeSync(jsonlFd, text);
    else io.stdout.write(text);
  };

  const figures: BatchFigures = {
    byKind: { text: { files: 0, parsed: 0, failed: 0 }, akn: { files: 0, parsed: 0, failed: 0 } },
    byCode: {},
    milliseconds: 0,
    jobs: Math.min(options.jobs, tasks.length),
  };
  const failures: string[] = [];
  const progress = new Progress(io.stderr, tasks.length);
  // Outcomes come in completion order; they are written in path order, whatever the number of jobs.
  const waiting = new Map<number, BatchOutcome>();
  let nextIndex = 0;
  const settle = (outcome: BatchOutcome) => {
    const counts = figures.byKind[outcome.kind];
    counts.files++;
    if (outcome.ok) {
      counts.parsed++;
      if (outRoot !== undefined && targets !== undefined) {
        const target = join(outRoot, targets[outcome.index] as string);
        writeOutput(target, outcome.output, options.out as string);
      } else writeRecord(outcome.output);
      progress.report(shown(outcome.file));
      return;
    }
    counts.failed++;
    const code = outcome.error.code ?? "INTERNAL";
    figures.byCode[code] = (figures.byCode[code] ?? 0) + 1;
    const line = formatErrorLine({ ...outcome.error, file: shown(outcome.file) });
    failures.push(line.slice(ERROR_PREFIX.length));
    progress.report(shown(outcome.file), line);
    if (outcome.stack) io.stderr.write(`${outcome.stack}\n`);
    if (options.jsonl !== undefined) writeRecord(failureRecord(outcome));
  };

  const started = performance.now();
  try {
    await convertAll(
      tasks,
      { jobs: options.jobs, entryUrl: ctx.entryUrl, style: outRoot ? "file" : "jsonl", debug: options.debug },
      (outcome) => {
        waiting.set(outcome.index, outcome);
        for (let ready = waiting.get(nextIndex); ready !== undefined; ready = waiting.get(nextIndex)) {
          waiting.delete(nextIndex);
          nextIndex++;
          settle(ready);
        }
      },
    );
  } finally {
    if (jsonlFd !== undefined) closeSync(jsonlFd);
  }
  figures.milliseconds = performance.now() - started;
  progress.finish();

  for (const line of summaryLines(figures)) summarySink.write(`${line}\n`);
  if (failures.length > 0) {
    summarySink.write(`\n${failures.length} failed:\n`);
    for (const line of failures) summarySink.write(`  ${line}\n`);
    ctx.failed = true;
  }
}

function writeOutput(target: string, text: string, shownOut: string): void {
  try {
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, "w");
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new FileError(shownOut, error);
  }
}
