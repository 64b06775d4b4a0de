import { setImmediate as yieldToEvents } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { convertFile } from "./convert-file.js";
import { type BatchOutcome, type BatchTask, type OutputStyle, WORKER_ROLE, type WorkerSettings } from "./tasks.js";

/** Tasks handed to a worker ahead of its answers, so that it never waits for the main thread. */
const IN_FLIGHT_PER_WORKER = 2;

/** How {@link convertAll} runs. */
export interface PoolOptions {
  /** Threads converting at once; 1 converts in the main thread. */
  jobs: number;
  /** URL of the entry file, which a worker thread runs (it dispatches on `workerData.role`). */
  entryUrl: string;
  /** How each document is written. */
  style: OutputStyle;
  /** Whether to keep stacks. */
  debug: boolean;
}

/**
 * Converts every task, with `jobs` worker threads (node:worker_threads) or, for one job, in the
 * main thread, and hands each outcome to `onOutcome` as it comes (in completion order; the
 * caller restores the order from `index`). Each worker takes the next task as soon as it is done
 * with one, so a long document does not hold up the others.
 *
 * @param tasks - the documents
 * @param options - jobs, entry file, output style
 * @param onOutcome - called once per task
 * @returns when every task has an outcome
 * @throws when a worker thread dies (a bug, not a bad file: bad files are outcomes)
 *
 * @example
 * ```ts
 * await convertAll(findDocuments(dir), { jobs: 2, entryUrl: import.meta.url, style: "file", debug: false }, (o) => console.log(o.file, o.ok));
 * ```
 */
export async function convertAll(
  tasks: readonly BatchTask[],
  options: PoolOptions,
  onOutcome: (outcome: BatchOutcome) => void,
): Promise<void> {
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  if (jobs === 1) {
    for (const task of tasks) {
      onOutcome(convertFile(task, options.style, options.debug));
      await yieldToEvents(); // let a progress bar and signals through
    }
    return;
  }
  const settings: WorkerSettings = { role: WORKER_ROLE, style: options.style, debug: options.debug };
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      const feed = (worker: Worker) => {
        const task = tasks[next];
        if (task === undefined) return;
        next++;
        worker.postMessage(task);
      };
      for (let i = 0; i < jobs; i++) {
        const worker = startWorker(options.entryUrl, settings);
        workers.push(worker);
        worker.on("message", (outcome: BatchOutcome) => {
          try {
            onOutcome(outcome);
          } catch (error) {
            reject(error);
            return;
          }
          done++;
          if (done === tasks.length) resolve();
          else feed(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (done < tasks.length) reject(new Error(`a batch worker stopped with exit code ${code}`));
        });
        for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Starts a worker thread on the entry file. Built, that is dist/cli.js. Under tsx (`npm start`,
 * development) it is a .ts file, and Node 20 does not carry tsx's loader into worker threads, so
 * the worker registers it before importing the entry.
 */
function startWorker(entryUrl: string, settings: WorkerSettings): Worker {
  if (!entryUrl.endsWith(".ts")) return new Worker(new URL(entryUrl), { workerData: settings });
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entryUrl)}); });`;
  return new Worker(code, { eval: true, workerData: settings });
}
