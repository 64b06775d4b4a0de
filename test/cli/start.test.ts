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

  it("names the resolution, its dates and its counts", () => {
    expect(lines[0]).toBe("A/RES/65/190: Trafficking in women and girls");
    // "Sixty-fifth session Agenda item 28 (a)"; "Resolution adopted by the General Assembly on 21 December 2010";
    // "[on the report of the Third Committee (A/65/449)]"; "Distr.: General 11 March 2011"; "71st plenary meeting".
    expect(outline).toContain("General Assembly resolution 65/190, Sixty-fifth session, agenda item 28 (a)\n");
    expect(outline).toContain("Adopted 21 December 2010, 71st plenary meeting");
    expect(outline).toContain("On the report of the Third Committee (A/65/449)\n");
    expect(outline).toContain("Distribution: General, 11 March 2011\n");
    expect(outline).toContain("25 preambular paragraphs, 33 operative paragraphs, 16 footnotes\n");
  });

  it("gives each paragraph's number and phrase, with its footnotes", () => {
    const preamble = lines.slice(lines.indexOf("Preamble") + 1, lines.indexOf("Operative") - 1);
    expect(preamble).toHaveLength(25);
    expect(preamble[0]).toBe("   1  Reiterating");
    // "…the United Nations Convention against Transnational Organized Crime ¹ … of Others, ⁸"
    expect(preamble[1]).toBe("   2  Recalling [1, 2, 3, 4, 5, 6, 7, 8]");
    expect(preamble[24]).toBe("  25  Convinced");
    const operative = lines.slice(lines.indexOf("Operative") + 1, lines.indexOf("Footnotes") - 1);
    expect(operative).toHaveLength(33);
    expect(operative[0]).toBe("   1. Takes note with appreciation [14]");
    expect(operative[7]).toBe("   8. Also calls upon");
    expect(operative[32]).toBe("  33. Requests");
  });

  it("gives each footnote with what it cites", () => {
    const footnotes = lines.slice(lines.indexOf("Footnotes") + 1).filter((l) => l !== "");
    expect(footnotes).toHaveLength(16);
    // "¹ United Nations, Treaty Series, vol. 2225, No. 39574." (the Palermo Convention)
    expect(footnotes[0]).toBe(
      "   1  treaty: United Nations Convention against Transnational Organized Crime (UNTS vol. 2225, No. 39574)",
    );
    // "¹⁰ Resolution 64/293.", "¹⁴ A/65/209."
    expect(footnotes[9]).toBe("  10  resolution 64/293");
    expect(footnotes[13]).toBe("  14  document A/65/209");
  });
});
