/**
 * The `unres` command. Run with tsx (`npm start`, `tsx src/cli/main.ts …`) or built (`dist/cli.js`,
 * the package's bin). The same file is the entry of `batch`'s worker threads.
 *
 * @module
 */
import { isBatchWorker, runBatchWorker } from "./batch/worker.js";
import { nodeIo } from "./node-io.js";
import { runCli } from "./run.js";

if (isBatchWorker()) {
  runBatchWorker();
} else {
  // `unres … | head` closes the pipe early: stop quietly rather than with an EPIPE stack.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await runCli(process.argv, nodeIo(), import.meta.url);
}
