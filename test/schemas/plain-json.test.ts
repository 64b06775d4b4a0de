import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Resolution } from "../../src/schemas/index.js";
import { resolutions } from "./samples.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a string or number leaf of `value`. */
function leaves(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string" || typeof value === "number") return [path];
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => leaves(child, [...path, key]));
}

/** A copy of `value` with the leaf at `path` replaced by a new string (for a string) or a new number. */
function replaceLeaf(value: Json, path: (string | number)[], text: string, count: number): Json {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key] as Json, copy);
  const key = path.at(-1) as string;
  const old = (parent as Record<string, Json>)[key];
  (parent as Record<string, Json>)[key] = typeof old === "string" ? text : count;
  return copy;
}

describe("plain-JSON law: JSON.parse(JSON.stringify(x)) equals x for every parsed resolution", () => {
  it("holds for the real-shaped samples, and parsing changes nothing", () => {
    for (const sample of resolutions()) {
      const parsed = Resolution.parse(sample);
      expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
      expect(parsed).toStrictEqual(sample);
    }
  });

  it("holds for samples whose strings and numbers are replaced at random (property)", () => {
    const samples = resolutions() as unknown as Json[];
    let parsedCount = 0;
    fc.assert(
      fc.property(
        fc.nat(samples.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.string({ unit: "binary" }), fc.integer({ min: 0, max: 2 ** 40 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (which, changes) => {
          let value = samples[which] as Json;
          for (const [pick, text, count] of changes) {
            const paths = leaves(value);
            value = replaceLeaf(value, paths[pick % paths.length] ?? [], text, count);
          }
          const result = Resolution.safeParse(value);
          if (!result.success) return;
          parsedCount += 1;
          expect(JSON.parse(JSON.stringify(result.data))).toStrictEqual(result.data);
          expect(result.data).toStrictEqual(value);
        },
      ),
      { numRuns: 600 },
    );
    expect(parsedCount).toBeGreaterThan(100);
  });

  it("holds no Date, Map or class instance: every object in a parsed value is plain", () => {
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(node));
      for (const child of Object.values(node)) walk(child);
    };
    for (const sample of resolutions()) walk(Resolution.parse(sample));
  });
});
