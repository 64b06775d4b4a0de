import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Readable } from "node:stream";
import type { CliContext } from "./context.js";
import { FileError } from "./errors.js";
import { packageRoot, SEED_FILE } from "./package-root.js";

/** The name shown for standard input in messages. */
export const STDIN_NAME = "<stdin>";

/** A text to work on and the name to show for it in messages. */
export interface InputText {
  /** The file as the user named it, `<stdin>`, or the bundled seed's path relative to the working folder. */
  name: string;
  /** The text, decoded as UTF-8. */
  text: string;
  /** Whether the text is the bundled A/RES/65/190, read because no input was given. */
  isSeed: boolean;
}

/**
 * Reads the input of `parse` and `convert`: the file named, standard input for `-`, standard input
 * when no file is named and it is a pipe or a file, and else the bundled text of A/RES/65/190
 * (seeds/A-RES-65-190.txt in the package): when standard input is a terminal, /dev/null, or a pipe
 * that gives nothing.
 *
 * @param ctx - the outside world
 * @param file - the file argument, if any
 * @param allowSeed - whether to fall back on the bundled seed (only `parse` does)
 * @returns the text and its name
 * @throws {@link FileError} when the file cannot be read
 *
 * @example
 * ```ts
 * const input = await readInput(ctx, undefined, true); // on a terminal: the seed
 * input.name; // "seeds/A-RES-65-190.txt"
 * ```
 */
export async function readInput(ctx: CliContext, file: string | undefined, allowSeed: boolean): Promise<InputText> {
  const { io } = ctx;
  if (file === "-") return { name: STDIN_NAME, text: await readStream(io.stdin), isSeed: false };
  if (file !== undefined) return { name: file, text: await readNamedFile(io.cwd, file), isSeed: false };
  if (io.stdinKind === "stream") {
    const text = await readStream(io.stdin);
    if (text.trim() !== "" || !allowSeed) return { name: STDIN_NAME, text, isSeed: false };
  }
  if (!allowSeed) return { name: STDIN_NAME, text: "", isSeed: false };
  const seed = join(packageRoot(ctx.entryUrl), SEED_FILE);
  const name = relative(io.cwd, seed) || seed;
  return { name, text: await readNamedFile(io.cwd, seed, name), isSeed: true };
}

/**
 * Reads a file named on the command line, as UTF-8.
 *
 * @param cwd - the folder relative names are read from
 * @param file - the name as given
 * @param name - the name to show in a message (the name given, by default)
 * @returns the text
 * @throws {@link FileError} naming the file, when it cannot be read
 *
 * @example
 * ```ts
 * const text = await readNamedFile(process.cwd(), "A-RES-65-190.txt");
 * ```
 */
export async function readNamedFile(cwd: string, file: string, name = file): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), "utf8");
  } catch (error) {
    throw new FileError(name, error);
  }
}

/**
 * Reads a stream to its end, as UTF-8.
 *
 * @param stream - standard input, usually
 * @returns the text
 *
 * @example
 * ```ts
 * const text = await readStream(process.stdin);
 * ```
 */
export async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
