import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { Resolution } from "../../src/schemas/index.js";
import { resolutions } from "./samples.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The path of every object (not array) inside `value`, root included. */
function objectPaths(value: Json, path: PropertyKey[] = []): PropertyKey[][] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  return [path, ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...path, key]))];
}

function withKey(value: Json, path: PropertyKey[], key: string): Json {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  const target = path.reduce<Json>((node, step) => (node as Record<PropertyKey, Json>)[step as string] as Json, copy);
  (target as Record<string, Json>)[key] = "not in the model";
  return copy;
}

describe("strict objects", () => {
  for (const [index, sample] of resolutions().entries()) {
    const paths = objectPaths(sample as unknown as Json);

    it(`reject an unknown key on each of the ${paths.length} objects of sample ${index + 1}, naming key and place`, () => {
      expect(paths.length).toBeGreaterThan(10);
      for (const path of paths) {
        const result = Resolution.safeParse(withKey(sample as unknown as Json, path, "colour"));
        expect(result.success, path.join(".")).toBe(false);
        const issues = result.error?.issues ?? [];
        expect(issues, path.join(".")).toHaveLength(1);
        const issue = issues[0] as z.core.$ZodIssueUnrecognizedKeys;
        expect(issue.code).toBe("unrecognized_keys");
        expect(issue.keys).toEqual(["colour"]);
        expect(issue.path).toEqual(path);
      }
    });
  }

  it("say which key in the message", () => {
    const result = Resolution.safeParse({ ...resolutions()[0], colour: "blue" });
    expect(result.error?.issues[0]?.message).toContain('"colour"');
  });
});
