import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/context.js";
import { runCli } from "../../src/cli/run.js";
import { resolutionJsonSchema } from "../../src/schemas/json-schema.js";
import { seedPath } from "../helpers/shared.js";
import { root } from "./helpers.js";

/** runCli is the pure core: it takes its world as an argument, so it runs here without a subprocess. */
const entryUrl = pathToFileURL(join(root, "src/cli/main.ts")).href;

function fakeIo(stdin: { kind: CliIo["stdinKind"]; text?: string }): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text) => void out.push(text), isTTY: false },
    stderr: { write: (text) => void err.push(text), isTTY: false },
    stdin: Readable.from(stdin.text === undefined ? [] : [Buffer.from(stdin.text)]),
    stdinKind: stdin.kind,
    cwd: root,
    cpus: 2,
  };
  return { io, out, err };
}

const argv = (...args: string[]) => ["node", "unres", ...args];

describe("runCli", () => {
  it("returns 0 and writes the schema", async () => {
    const { io, out, err } = fakeIo({ kind: "tty" });
    expect(await runCli(argv("schema"), io, entryUrl)).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual(resolutionJsonSchema());
    expect(err).toEqual([]);
  });

  it("reads the seed on a terminal, and standard input from a stream", async () => {
    const seed = readFileSync(seedPath, "utf8");
    const tty = fakeIo({ kind: "tty" });
    expect(await runCli(argv("parse"), tty.io, entryUrl)).toBe(0);
    const piped = fakeIo({ kind: "stream", text: seed.replace("Trafficking in women and girls", "Trafficking") });
    expect(await runCli(argv("parse"), piped.io, entryUrl)).toBe(0);
    expect(JSON.parse(tty.out.join("")).title).toBe("Trafficking in women and girls");
    expect(JSON.parse(piped.out.join("")).title).toBe("Trafficking");
  });

  it("returns 1 for bad input, with one line on standard error", async () => {
    const { io, out, err } = fakeIo({ kind: "stream", text: "Not a resolution\n" });
    expect(await runCli(argv("parse"), io, entryUrl)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join("")).toMatch(/^unres: <stdin>:1:1: expected an enacting formula .* \[NOT_A_RESOLUTION\]\n$/);
  });

  it("returns 2 for wrong usage, and 0 for --help and --version", async () => {
    expect(await runCli(argv("parse", "--nope"), fakeIo({ kind: "tty" }).io, entryUrl)).toBe(2);
    expect(await runCli(argv("nope"), fakeIo({ kind: "tty" }).io, entryUrl)).toBe(2);
    expect(await runCli(argv("--help"), fakeIo({ kind: "tty" }).io, entryUrl)).toBe(0);
    expect(await runCli(argv("--version"), fakeIo({ kind: "tty" }).io, entryUrl)).toBe(0);
  });
});
