import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { A_RES_65_190 } from "../../src/data/index.js";
import { parseResolution } from "../../src/parse/index.js";
import { Resolution } from "../../src/schemas/resolution.js";
import { seedPath } from "../helpers/shared.js";

describe("A_RES_65_190 (pre-built)", () => {
  it("equals a fresh parse of the shipped seed text (run `npm run build:data` after a parser change)", () => {
    expect(A_RES_65_190).toEqual(parseResolution(readFileSync(seedPath, "utf8")));
  });

  it("passes Resolution.parse unchanged", () => {
    expect(Resolution.parse(A_RES_65_190)).toEqual(A_RES_65_190);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(A_RES_65_190))).toEqual(A_RES_65_190);
  });

  it("is the resolution the document says it is", () => {
    expect(A_RES_65_190.symbol).toBe("A/RES/65/190");
    expect(A_RES_65_190.title).toBe("Trafficking in women and girls");
    expect([A_RES_65_190.preamble.length, A_RES_65_190.operative.length, A_RES_65_190.footnotes.length]).toEqual([
      25, 33, 16,
    ]);
  });
});
