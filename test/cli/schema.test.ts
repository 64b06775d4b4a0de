import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildResolutionJsonSchema } from "../../scripts/build-json-schema.js";
import { seedPath } from "../helpers/shared.js";
import { ensureBuilt, root, unres } from "./helpers.js";

beforeAll(ensureBuilt);

describe("unres schema", () => {
  it("prints the schema the build writes (scripts/build-json-schema.ts)", () => {
    const run = unres(["schema"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(buildResolutionJsonSchema());
  });

  const built = join(root, "dist/resolution.schema.json");
  it.skipIf(!existsSync(built))("prints dist/resolution.schema.json byte for byte", () => {
    expect(unres(["schema"]).stdout).toBe(readFileSync(built, "utf8"));
  });

  it("accepts what unres parse writes and refuses a tampered copy (ajv, draft 2020-12)", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true } });
    const validate = ajv.compile(JSON.parse(unres(["schema"]).stdout));
    const resolution = JSON.parse(unres(["parse", relative(root, seedPath)]).stdout);
    expect(validate(resolution), JSON.stringify(validate.errors)).toBe(true);
    resolution.operative[7].actionPhrase = 8;
    expect(validate(resolution)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === "/operative/7/actionPhrase")).toBe(true);
  });
});
