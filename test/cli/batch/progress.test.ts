import { describe, expect, it } from "vitest";
import { Progress } from "../../../src/cli/batch/progress.js";

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { written, write: (text: string) => void written.push(text), isTTY };
}

describe("Progress", () => {
  it("writes one plain line per document when not on a terminal", () => {
    const s = sink(false);
    const progress = new Progress(s, 2);
    progress.report("a.txt");
    progress.report("b.txt", "unres: b.txt:1:1: expected x [C]");
    progress.finish();
    expect(s.written.join("")).toBe("ok a.txt\nunres: b.txt:1:1: expected x [C]\n");
  });

  it("redraws one bar on a terminal, with errors above it", () => {
    const s = sink(true);
    let now = 0;
    const progress = new Progress(s, 4, () => now);
    now = 100;
    progress.report("a.txt");
    now = 120; // too soon to redraw
    progress.report("b.txt");
    now = 500;
    progress.report("c.txt", "unres: c.txt:1:1: expected x [C]");
    now = 1500;
    progress.report("d.txt");
    progress.finish();
    expect(s.written).toEqual([
      "\r\x1b[K[######------------------] 1/4  25%  0.1 s",
      "\r\x1b[Kunres: c.txt:1:1: expected x [C]\n",
      "\r\x1b[K[##################------] 3/4  75%  0.5 s  1 failed",
      "\r\x1b[K[########################] 4/4 100%  1.5 s  1 failed",
      "\r\x1b[K",
    ]);
  });
});
