import type { DescribedError } from "../describe-error.js";
import type { DocumentKind } from "../read-document.js";

/** One document of a batch. */
export interface BatchTask {
  /** Place of the document in the batch (sorted by path), from 0: outcomes are written in this order. */
  index: number;
  /** Absolute path of the document. */
  path: string;
  /** Path relative to the batch folder, with "/" between folders: "ga/A-RES-75-10.xml". */
  file: string;
  /** Text (.txt) or Akoma Ntoso (.xml). */
  kind: DocumentKind;
}

/** How a converted document is written: as a file of its own, or as one line of a JSONL file. */
export type OutputStyle = "file" | "jsonl";

/** What came of one document. */
export type BatchOutcome =
  | {
      index: number;
      file: string;
      kind: DocumentKind;
      ok: true;
      /** The JSON to write: the resolution indented (`file`) or the JSONL record on one line (`jsonl`). */
      output: string;
    }
  | {
      index: number;
      file: string;
      kind: DocumentKind;
      ok: false;
      /** Why it failed, with line and column when known (the file name is added by the caller). */
      error: DescribedError;
      /** The stack, with `--debug`. */
      stack?: string;
    };

/** Marks the batch worker threads, which run the entry file with this `workerData.role`. */
export const WORKER_ROLE = "unres-batch-worker";

/** The `workerData` a batch worker starts with. */
export interface WorkerSettings {
  /** Always {@link WORKER_ROLE}. */
  role: typeof WORKER_ROLE;
  /** How to write each document. */
  style: OutputStyle;
  /** Whether to keep stacks. */
  debug: boolean;
}
