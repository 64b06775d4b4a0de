import type { Readable } from "node:stream";

/** Somewhere the command writes text: standard output or standard error. */
export interface TextSink {
  /** Writes `text` as is (add the newline yourself). */
  write(text: string): void;
  /** Whether the sink is a terminal (progress bars only go to terminals). */
  isTTY: boolean;
}

/**
 * Everything the command touches outside itself, so the core can run against fakes in a test
 * and against the real process in `main.ts`.
 */
export interface CliIo {
  /** Standard output: the result. */
  stdout: TextSink;
  /** Standard error: errors, diagnostics, progress. */
  stderr: TextSink;
  /** Standard input. */
  stdin: Readable;
  /** What standard input is: a terminal, nothing to read (a character device such as /dev/null), or a stream to read. */
  stdinKind: "tty" | "empty" | "stream";
  /** The working folder, against which relative paths are read and shown. */
  cwd: string;
  /** The number of logical processors, for `batch`'s default `--jobs`. */
  cpus: number;
}

/** What every command receives: the outside world and the place of the running program. */
export interface CliContext {
  /** The outside world. */
  io: CliIo;
  /** URL of the running entry file (`src/cli/main.ts` under tsx, `dist/cli.js` once built): batch workers start from it. */
  entryUrl: string;
  /** Set by a command that finished but found bad input (exit code 1 without an error to throw). */
  failed: boolean;
}
