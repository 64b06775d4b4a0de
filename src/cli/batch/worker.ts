import { parentPort, workerData } from "node:worker_threads";
import { convertFile } from "./convert-file.js";
import { type BatchTask, WORKER_ROLE, type WorkerSettings } from "./tasks.js";

/**
 * Whether this thread is a batch worker: a worker thread started by {@link convertAll} with
 * `workerData.role` set to {@link WORKER_ROLE}.
 *
 * @returns `true` in a batch worker
 *
 * @example
 * ```ts
 * if (isBatchWorker()) runBatchWorker();
 * else await main();
 * ```
 */
export function isBatchWorker(): boolean {
  return parentPort !== null && (workerData as Partial<WorkerSettings> | null)?.role === WORKER_ROLE;
}

/**
 * The loop of a batch worker: converts each task the main thread posts and posts back the
 * outcome. The main thread ends the worker when the batch is done.
 *
 * @example
 * ```ts
 * if (isBatchWorker()) runBatchWorker();
 * ```
 */
export function runBatchWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("runBatchWorker runs in a worker thread only");
  const settings = workerData as WorkerSettings;
  port.on("message", (task: BatchTask) => {
    port.postMessage(convertFile(task, settings.style, settings.debug));
  });
}
