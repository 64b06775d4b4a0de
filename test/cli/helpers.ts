import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The project root. */
export const root = join(import.meta.dirname, "../..");
/** The built command. */
export const cliPath = join(root, "dist/cli.js");

/** What a run of the command gave. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The newest modification time of the .ts files under a folder. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  return !existsSync(cliPath) || statSync(cliPath).mtimeMs < newestSource(join(root, "src"));
}

/**
 * Makes sure dist/cli.js exists and is newer than every file of src/ (`npm test` builds first;
 * a lone `vitest run test/cli` may not have). Test files run in parallel, so one builds under a
 * lock folder while the others wait.
 */
export function ensureBuilt(): void {
  if (!isStale()) return;
  const lock = join(tmpdir(), `unres-cli-build-${Buffer.from(root).toString("hex").slice(-24)}.lock`);
  const deadline = Date.now() + 170_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}; remove it if no build runs`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (isStale()) execFileSync("npx", ["tsup"], { cwd: root, stdio: "pipe" });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Runs `node dist/cli.js …` and waits for it. Standard input is `input` through a pipe when given,
 * else /dev/null (what a terminal-less caller gives).
 */
export function unres(args: readonly string[], options: { input?: string; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A line of Node's stack trace ("    at run (…)"): its absence shows that no stack was printed. */
export const STACK_LINE = /^ {4}at /m;
