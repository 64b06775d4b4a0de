import { describe, expect, it } from "vitest";
import { Resolution } from "../../src/schemas/index.js";
import { gaResolution } from "./samples.js";

/** The sample as JSON text, so that keys such as `__proto__` can be written the way a file would hold them. */
const sampleJson = JSON.stringify(gaResolution());

/** Parses JSON text that has `entry` inserted as the first member of the object opening at `anchor`. */
function jsonWith(anchor: string, entry: string): unknown {
  const at = sampleJson.indexOf(anchor);
  if (at < 0) throw new Error(`${anchor} is not in the sample`);
  const open = at + anchor.length;
  return JSON.parse(`${sampleJson.slice(0, open)}${entry},${sampleJson.slice(open)}`);
}

const ga = () => gaResolution();

interface Case {
  name: string;
  input: () => unknown;
  issues: { code: string; path: PropertyKey[]; message?: RegExp }[];
}

const cases: Case[] = [
  { name: "not an object", input: () => [ga()], issues: [{ code: "invalid_type", path: [], message: /object/ }] },
  { name: "null", input: () => null, issues: [{ code: "invalid_type", path: [] }] },
  {
    name: "a number as a string",
    input: () => ({ ...ga(), operative: [{ ...ga().operative[0], number: "1" }] }),
    issues: [{ code: "invalid_type", path: ["operative", 0, "number"], message: /expected number, received string/ }],
  },
  {
    name: "a string as a number",
    input: () => ({ ...ga(), symbol: 65190 }),
    issues: [{ code: "invalid_type", path: ["symbol"], message: /expected string/ }],
  },
  {
    name: "an object where an array belongs",
    input: () => ({ ...ga(), footnotes: {} }),
    issues: [{ code: "invalid_type", path: ["footnotes"], message: /expected array/ }],
  },
  {
    name: "a missing required field",
    input: () => (({ adoptionDate: _, ...rest }) => rest)(ga()),
    issues: [{ code: "invalid_type", path: ["adoptionDate"] }],
  },
  {
    name: "a missing field deep down",
    input: () => {
      const r = ga();
      const note = r.footnotes[0] as Partial<(typeof r.footnotes)[0]>;
      delete note.text;
      return r;
    },
    issues: [{ code: "invalid_type", path: ["footnotes", 0, "text"] }],
  },
  {
    name: "a wrong node type",
    input: () => ({ ...ga(), preamble: [{ ...ga().preamble[0], type: "operative" }] }),
    issues: [{ code: "invalid_value", path: ["preamble", 0, "type"] }],
  },
  {
    name: "a citation of an unknown type",
    input: () => ({ ...ga(), footnotes: [{ ...ga().footnotes[0], citations: [{ type: "treatise" }] }] }),
    issues: [{ code: "invalid_union", path: ["footnotes", 0, "citations", 0, "type"] }],
  },
  {
    name: "a __proto__ key at the root",
    input: () => jsonWith("{", '"__proto__":{"polluted":true}'),
    issues: [{ code: "unrecognized_keys", path: [], message: /__proto__/ }],
  },
  {
    name: "a __proto__ key in a footnote",
    input: () => jsonWith('"footnotes":[{', '"__proto__":{"polluted":true}'),
    issues: [{ code: "unrecognized_keys", path: ["footnotes", 0], message: /__proto__/ }],
  },
  {
    name: "a constructor key",
    input: () => jsonWith('"session":{', '"constructor":{"prototype":{"polluted":true}}'),
    issues: [{ code: "unrecognized_keys", path: ["session"], message: /constructor/ }],
  },
  {
    name: "a date as printed",
    input: () => ({ ...ga(), adoptionDate: "21 December 2010" }),
    issues: [{ code: "invalid_format", path: ["adoptionDate"], message: /date/i }],
  },
  {
    name: "a day that does not exist",
    input: () => ({ ...ga(), adoptionDate: "2010-12-32" }),
    issues: [{ code: "invalid_format", path: ["adoptionDate"] }],
  },
  {
    name: "29 February of a common year",
    input: () => ({ ...ga(), distribution: { level: "General", date: "2011-02-29" } }),
    issues: [{ code: "invalid_format", path: ["distribution", "date"] }],
  },
  {
    name: "a date with a time",
    input: () => ({ ...ga(), meeting: { ...ga().meeting, date: "2010-12-21T15:00:00Z" } }),
    issues: [{ code: "invalid_format", path: ["meeting", "date"] }],
  },
  {
    name: "a date without leading zeros",
    input: () => ({ ...ga(), adoptionDate: "2010-1-2" }),
    issues: [{ code: "invalid_format", path: ["adoptionDate"] }],
  },
  {
    name: "a span that ends before it starts",
    input: () => {
      const r = ga();
      const citation = r.footnotes[0]?.citations[0];
      if (citation) citation.span = { start: 9, end: 3 };
      return r;
    },
    issues: [{ code: "custom", path: ["footnotes", 0, "citations", 0, "span"], message: /must not end before/ }],
  },
  {
    name: "two faults at once, both reported",
    input: () => ({ ...ga(), symbol: "", adoptionDate: "2010-12-32" }),
    issues: [
      { code: "too_small", path: ["symbol"] },
      { code: "invalid_format", path: ["adoptionDate"] },
    ],
  },
];

describe("invalid resolution JSON", () => {
  it.each(cases)("$name: zod says what and where", ({ input, issues }) => {
    const result = Resolution.safeParse(input());
    expect(result.success).toBe(false);
    const found = result.error?.issues ?? [];
    expect(found.map((i) => ({ code: i.code, path: i.path }))).toEqual(
      issues.map(({ code, path }) => ({ code, path })),
    );
    for (const [i, expected] of issues.entries()) {
      if (expected.message) expect(found[i]?.message).toMatch(expected.message);
    }
  });

  it("leaves Object.prototype alone when the input carries __proto__", () => {
    Resolution.safeParse(jsonWith("{", '"__proto__":{"polluted":true}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts the sample itself (so each case above fails for its own fault)", () => {
    expect(Resolution.safeParse(ga()).success).toBe(true);
  });
});
