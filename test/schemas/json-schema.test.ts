import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildResolutionJsonSchema } from "../../scripts/build-json-schema.js";
import { Resolution } from "../../src/schemas/index.js";
import { gaResolution, resolutions } from "./samples.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const schema = buildResolutionJsonSchema();

/** Ajv for draft 2020-12, strict about the schema itself; `format: date` is left to the schema's `pattern`. */
function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { date: true } });
  return ajv.compile(schema);
}

/** The message of the one refinement JSON Schema cannot express: a span's end must not be before its start. */
const SPAN_ORDER_MESSAGE = "a span must not end before it starts";

/**
 * Whether ajv should accept `value`, going by zod: yes when zod accepts it, and also when zod's only
 * complaints are span-order refinements (JSON Schema cannot compare two properties, so the schema
 * states the bounds of each offset but not their order).
 */
function ajvShouldAccept(value: unknown): boolean {
  const result = Resolution.safeParse(value);
  return result.success || result.error.issues.every((i) => i.code === "custom" && i.message === SPAN_ORDER_MESSAGE);
}

describe("JSON Schema of Resolution", () => {
  it("is draft 2020-12, with Resolution as its root", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$ref).toBe("#/$defs/Resolution");
    expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(["Resolution", "Citation", "Footnote"]));
  });

  it("describes every property (on the property or on the definition it refers to)", () => {
    const defs = schema.$defs as Record<string, { description?: string }>;
    const undescribed: string[] = [];
    const described = (node: Record<string, unknown>): boolean => {
      if (typeof node.description === "string" && node.description.length > 0) return true;
      const ref = node.$ref;
      return typeof ref === "string" && Boolean(defs[ref.replace("#/$defs/", "")]?.description);
    };
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== "object" || node === null) return;
      const object = node as Record<string, unknown>;
      const properties = object.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (!described(property)) undescribed.push(`${path}/properties/${name}`);
      }
      for (const [key, child] of Object.entries(object)) walk(child, `${path}/${key}`);
    };
    walk(schema, "#");
    expect(undescribed).toEqual([]);
    // The walk reached the model: every definition and dozens of properties.
    const count = JSON.stringify(schema).match(/"description":/g)?.length ?? 0;
    expect(count).toBeGreaterThan(80);
    for (const [name, def] of Object.entries(defs)) expect(def.description, name).toBeTruthy();
  });

  it("forbids unknown keys on every object", () => {
    const defs = schema.$defs as Record<string, { type?: string; additionalProperties?: unknown }>;
    const objects = Object.entries(defs).filter(([, def]) => def.type === "object");
    expect(objects.length).toBeGreaterThan(10);
    for (const [name, def] of objects) expect(def.additionalProperties, name).toBe(false);
  });

  it("compiles with ajv's draft 2020-12 validator in strict mode", () => {
    expect(() => compile()).not.toThrow();
  });

  it("accepts the real-shaped samples, as zod does", () => {
    const validate = compile();
    for (const sample of resolutions()) {
      expect(Resolution.safeParse(sample).success).toBe(true);
      expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("rejects a span whose end comes before its start only in zod (the one known difference)", () => {
    const validate = compile();
    const sample = gaResolution();
    const citation = sample.footnotes[0]?.citations[0];
    if (!citation) throw new Error("the sample lost its first citation");
    citation.span = { start: 10, end: 2 };
    expect(Resolution.safeParse(sample).success).toBe(false);
    expect(validate(sample)).toBe(true);
    expect(ajvShouldAccept(sample)).toBe(true);
  });
});

/** A place in a JSON value: the path of keys and indexes from the root. */
type Path = (string | number)[];

/** Every path into `value` that leads to an object or array, root included. */
function containers(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [path, ...entries.flatMap(([key, child]) => containers(child, [...path, key]))];
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, value);
}

/** One change to one container of a sample. */
type Mutation =
  | { kind: "delete"; pick: number }
  | { kind: "set"; pick: number; value: Json }
  | { kind: "add"; key: string; value: Json }
  | { kind: "date"; value: string };

/** Keys an attacker or a careless producer might add, with JSON-ish values. */
const oddKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "extra", "", "type");
const dateLike = fc.oneof(
  fc.constantFrom("2010-12-21", "2010-02-29", "2012-02-29", "2010-13-01", "2010-12-32", "21 December 2010"),
  fc.constantFrom("2010-12-21T00:00:00Z", "2010-1-2", "20101221", "0000-01-01", "9999-12-31", ""),
  fc.string(),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("set" as const),
    pick: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({
    kind: fc.constant("add" as const),
    key: oddKey,
    value: fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant("date" as const), value: dateLike }),
);

/** Applies a mutation to a copy of `sample`, at the container chosen by `where`. */
function mutate(sample: Json, where: number, change: Mutation): Json {
  const copy = JSON.parse(JSON.stringify(sample)) as Json;
  const places = containers(copy);
  const path = places[where % places.length] ?? [];
  const target = at(copy, path) as Record<string, Json> | Json[];
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[("pick" in change ? change.pick : 0) % keys.length] : undefined;
  switch (change.kind) {
    case "delete":
      if (key === undefined) return copy;
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
      return copy;
    case "set":
      if (key !== undefined) (target as Record<string, Json>)[key] = change.value;
      return copy;
    case "add":
      if (!Array.isArray(target)) Object.defineProperty(target, change.key, { value: change.value, enumerable: true });
      return copy;
    case "date":
      (copy as Record<string, Json>).adoptionDate = change.value;
      return copy;
  }
}

describe("ajv (from the JSON Schema) and zod agree", () => {
  const validate = compile();
  const samples = resolutions() as unknown as Json[];

  it("on mutations of the real-shaped samples (property)", () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.nat(), mutation, (which, where, change) => {
        const value = mutate(samples[which] as Json, where, change);
        const accepted = ajvShouldAccept(value);
        seen[accepted ? "accepted" : "rejected"] += 1;
        expect(validate(value)).toBe(accepted);
      }),
      { numRuns: 1500 },
    );
    // The mutations are neither all harmless nor all fatal, so both directions were compared.
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.rejected).toBeGreaterThan(100);
  });

  it("on a table of hand-picked mutations, in both directions", () => {
    const ga = () => gaResolution() as unknown as Record<string, Json> & { footnotes: Record<string, Json>[] };
    const table: [string, Json, boolean][] = [
      ["the sample as is", ga() as Json, true],
      ["adoptionDate on 29 February of a leap year", { ...ga(), adoptionDate: "2012-02-29" }, true],
      ["adoptionDate on 29 February of a common year", { ...ga(), adoptionDate: "2010-02-29" }, false],
      ["adoptionDate as printed", { ...ga(), adoptionDate: "21 December 2010" }, false],
      ["adoptionDate with a time", { ...ga(), adoptionDate: "2010-12-21T10:00:00Z" }, false],
      ["symbol empty", { ...ga(), symbol: "" }, false],
      ["type of another node", { ...ga(), type: "footnote" }, false],
      ["preamble missing", (({ preamble: _, ...rest }) => rest)(ga()), false],
      ["an optional field left out", (({ title: _, ...rest }) => rest)(ga()), true],
      ["a footnote number 0", { ...ga(), footnotes: [{ ...ga().footnotes[0], number: 0 }] }, false],
      ["a footnote number 1.5", { ...ga(), footnotes: [{ ...ga().footnotes[0], number: 1.5 }] }, false],
      ["a number beyond the safe integers", { ...ga(), footnotes: [{ ...ga().footnotes[0], number: 2 ** 53 }] }, false],
      [
        "a citation of an unknown type",
        { ...ga(), footnotes: [{ ...ga().footnotes[0], citations: [{ type: "x" }] }] },
        false,
      ],
      ["null for an optional field", { ...ga(), title: null }, false],
    ];
    for (const [name, value, accepted] of table) {
      expect(Resolution.safeParse(value).success, `zod: ${name}`).toBe(accepted);
      expect(validate(value), `ajv: ${name}`).toBe(accepted);
    }
  });
});
