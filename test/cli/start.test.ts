import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";

/**
 * `npm start` runs `tsx src/cli/main.ts parse --format outline`: right after `npm ci`, with no build,
 * it prints the outline of the bundled A/RES/65/190. Expectations read in seeds/A-RES-65-190.txt.
 */
describe("npm start", () => {
  const outline = execFileSync("npx", ["tsx", "src/cli/main.ts", "parse", "--format", "outline"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines = outline.split("\n");
  /** The lines of one section of the outline, from its heading to the next blank line. */
  const section = (heading: string) => {
    const start = lines.indexOf(heading);
    expect(start, `no "${heading}" section`).toBeGreaterThan(0);
    const end = lines.indexOf("", start);
    return lines.slice(start + 1, end < 0 ? undefined : end);
  };

  it("names the resolution, its dates and its counts", () => {
    // "United Nations A/RES/65/190", "65/190. Trafficking in women and girls"
    expect(lines[0]).toContain("A/RES/65/190");
    expect(lines[0]).toContain("Trafficking in women and girls");
    // "Resolution adopted by the General Assembly on 21 December 2010", "71st plenary meeting",
    // "Distr.: General 11 March 2011", "Sixty-fifth session Agenda item 28 (a)"
    expect(outline).toMatch(/Adopted: 21 December 2010, 71st plenary meeting/);
    expect(outline).toMatch(/General, 11 March 2011/);
    expect(outline).toContain("Sixty-fifth session");
    expect(outline).toContain("28 (a)");
    expect(outline).toMatch(/25 preambular, 33 operative, 16 footnotes/);
  });

  it("gives each paragraph's number and leading or action phrase", () => {
    const preamble = section("Preamble");
    expect(preamble).toHaveLength(25);
    expect(preamble[0]).toMatch(/^ +1 +Reiterating$/);
    // "…Transnational Organized Crime ¹ … of Others, ⁸": the second paragraph carries footnotes 1 to 8.
    expect(preamble[1]).toMatch(/^ +2 +Recalling \[1, 2, 3, 4, 5, 6, 7, 8\]$/);
    expect(preamble[24]).toMatch(/^ +25 +Convinced$/);
    const operative = section("Operative");
    expect(operative).toHaveLength(33);
    expect(operative[0]).toMatch(/^ +1 +Takes note with appreciation \[14\]$/);
    expect(operative[7]).toMatch(/^ +8 +Also calls upon$/);
    expect(operative[32]).toMatch(/^ +33 +Requests$/);
  });

  it("gives each footnote with what it cites", () => {
    const footnotes = section("Footnotes");
    expect(footnotes).toHaveLength(16);
    // "¹ United Nations, Treaty Series, vol. 2225, No. 39574." (the Palermo Convention)
    expect(footnotes[0]).toMatch(
      /^ +1 +.*vol\. 2225, No\. 39574.*United Nations Convention against Transnational Organized Crime/,
    );
    // "¹⁰ Resolution 64/293.", "¹⁴ A/65/209."
    expect(footnotes[9]).toMatch(/^ +10 +resolution 64\/293$/);
    expect(footnotes[13]).toMatch(/^ +14 +A\/65\/209$/);
  });
});
