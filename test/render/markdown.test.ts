import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromAkomaNtoso } from "../../src/akn/index.js";
import { A_RES_65_190 } from "../../src/data/index.js";
import { toMarkdown } from "../../src/render/index.js";
import type { Resolution } from "../../src/schemas/index.js";
import { corpusRoot, hasCorpus } from "../helpers/shared.js";

describe("toMarkdown", () => {
  const md = toMarkdown(A_RES_65_190);

  it("heads A/RES/65/190 with its symbol, its facts as a list, its number and title", () => {
    expect(md.startsWith("# A/RES/65/190\n\n- **Body:** General Assembly\n- **Session:** Sixty-fifth session\n")).toBe(
      true,
    );
    expect(md).toContain("\n\n## 65/190. Trafficking in women and girls\n\n*The General Assembly*,\n\n");
  });

  it("puts phrases in italics, printed numbers without renumbering, markers as [^n]", () => {
    expect(md).toContain("\n\n*Recalling* all international conventions that deal specifically with");
    expect(md).toContain("Transnational Organized Crime[^1] and the Protocols thereto");
    expect(md).toContain("\n\n1\\. *Takes note with appreciation* of the report of the Secretary-General,[^14] which");
    expect(md).toContain("\n\n33\\. *Requests* the Secretary-General to submit to the General Assembly");
  });

  it("ends with the footnotes as Markdown footnote definitions", () => {
    expect(md).toContain(
      "\n\n[^1]: United Nations, Treaty Series, vol. 2225, No. 39574.\n\n[^2]: Ibid., vol. 2237, No. 39574.",
    );
    expect(md.endsWith("[^16]: Resolution 2200 A (XXI), annex.\n")).toBe(true);
  });

  it("escapes what Markdown would read as markup", () => {
    const r: Resolution = {
      ...A_RES_65_190,
      preamble: [
        {
          type: "preambular",
          number: 1,
          leadingPhrase: "Noting",
          text: "Noting *stars*, [brackets] and <tags>,",
          footnoteRefs: [],
        },
      ],
      operative: [],
      footnotes: [],
    };
    expect(toMarkdown(r)).toContain("\n\n*Noting* \\*stars\\*, \\[brackets\\] and \\<tags\\>,\n");
  });

  it.skipIf(!hasCorpus)("writes subparagraphs as nested list items with their labels (A/RES/76/248)", () => {
    const r = fromAkomaNtoso(readFileSync(join(corpusRoot, "akn/ga/A-RES-76-248.xml"), "utf8"));
    const out = toMarkdown(r);
    expect(out).toContain("\n- (b) Such commitments as the President of the International Court of Justice certifies");
    expect(out).toContain(
      "\n  - (i) The designation of ad hoc judges (Statute of the International Court of Justice, Article 31)",
    );
  });
});
