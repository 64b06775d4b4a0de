import { describe, expect, it } from "vitest";
import { summaryLines } from "../../../src/cli/batch/summary.js";

describe("summaryLines", () => {
  it("gives files, parsed and failed by kind and in all, failures by code (most first), and the rate", () => {
    const lines = summaryLines({
      byKind: { text: { files: 459, parsed: 455, failed: 4 }, akn: { files: 1727, parsed: 1718, failed: 9 } },
      byCode: { NO_ADOPTION_DATE: 4, NOT_ADOPTED: 9 },
      milliseconds: 20_000,
      jobs: 2,
    });
    expect(lines).toEqual([
      "kind           files  parsed  failed",
      "text (.txt)      459     455       4",
      "akn (.xml)      1727    1718       9",
      "all             2186    2173      13",
      "failed: NOT_ADOPTED 9, NO_ADOPTION_DATE 4",
      "time: 20.0 s, 109.3 files/s, 2 jobs",
    ]);
  });

  it("leaves out a kind with no files, and the failure line when none failed", () => {
    const lines = summaryLines({
      byKind: { text: { files: 0, parsed: 0, failed: 0 }, akn: { files: 3, parsed: 3, failed: 0 } },
      byCode: {},
      milliseconds: 1500,
      jobs: 1,
    });
    expect(lines).toEqual([
      "kind           files  parsed  failed",
      "akn (.xml)         3       3       0",
      "all                3       3       0",
      "time: 1.5 s, 2.0 files/s, 1 job",
    ]);
  });
});
