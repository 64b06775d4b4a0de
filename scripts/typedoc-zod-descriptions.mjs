// @ts-check
/**
 * A TypeDoc plugin: documents the properties of the types inferred from zod schemas
 * (`type Vote = z.infer<typeof Vote>`) with the descriptions the schemas carry in `.meta()`,
 * the same text the JSON Schema shows. TypeScript cannot carry a TSDoc comment through
 * `z.infer`, so without this every field of the model would be "not documented".
 *
 * It imports the documented entry points (through tsx), turns each exported zod schema into
 * JSON Schema, and for each undocumented property walks the JSON Schema along the property's
 * path (following `$ref`, `items`, `anyOf`/`oneOf`) to its description. A property the schema
 * does not describe stays undocumented, so TypeDoc's `notDocumented` validation still reports it.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { Comment, Converter, ReflectionKind } from "typedoc";

/** @typedef {{ [key: string]: unknown }} JsonObject */

/**
 * @param {unknown} value
 * @returns {value is JsonObject}
 */
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The schemas a JSON Schema node stands for: itself, what its `$ref` points to, and the members of
 * its `anyOf`/`oneOf`/`allOf` (each followed in turn).
 *
 * @param {JsonObject} root
 * @param {unknown} node
 * @param {Set<unknown>} seen
 * @returns {JsonObject[]}
 */
function alternatives(root, node, seen = new Set()) {
  if (!isObject(node) || seen.has(node)) return [];
  seen.add(node);
  const found = [node];
  const ref = node.$ref;
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
    const defs = isObject(root.$defs) ? root.$defs : {};
    found.push(...alternatives(root, defs[ref.slice("#/$defs/".length)], seen));
  }
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const members = node[key];
    if (Array.isArray(members)) for (const member of members) found.push(...alternatives(root, member, seen));
  }
  if (node.items !== undefined) found.push(...alternatives(root, node.items, seen));
  return found;
}

/**
 * The description of the property reached from `schema` along `path`, if the schema gives one.
 *
 * @param {JsonObject} root
 * @param {string[]} path
 * @returns {string | undefined}
 */
function describe(root, path) {
  /** @type {unknown[]} */
  let nodes = [root];
  for (const [index, name] of path.entries()) {
    const last = index === path.length - 1;
    const parents = nodes.flatMap((node) => alternatives(root, node));
    // z.enum(["a", "b"]) infers as `{ a: "a"; b: "b" }[…]`, so TypeDoc shows its values as properties.
    if (last && parents.some((alt) => Array.isArray(alt.enum) && alt.enum.includes(name))) {
      return `The value ${JSON.stringify(name)} of \`${path[index - 1] ?? "the enum"}\`.`;
    }
    nodes = parents.flatMap((alt) => {
      const properties = alt.properties;
      return isObject(properties) && name in properties ? [properties[name]] : [];
    });
  }
  for (const node of nodes) {
    for (const alt of alternatives(root, node)) {
      if (typeof alt.description === "string") return alt.description;
    }
  }
  return undefined;
}

/**
 * Whether a value is a zod 4 schema.
 *
 * @param {unknown} value
 * @returns {boolean}
 */
const isZodSchema = (value) => typeof value === "object" && value !== null && "_zod" in value && "~standard" in value;

/** @param {import("typedoc").Application} app */
export async function load(app) {
  /** @type {Map<string, JsonObject>} */
  const jsonSchemas = new Map();

  const loadSchemas = async () => {
    const { z } = await import("zod");
    for (const entry of app.options.getValue("entryPoints")) {
      const url = pathToFileURL(resolve(entry)).href;
      /** @type {Record<string, unknown>} */
      const module = await tsImport(url, import.meta.url);
      for (const [name, value] of Object.entries(module)) {
        if (!isZodSchema(value) || jsonSchemas.has(name)) continue;
        const generated = z.toJSONSchema(/** @type {import("zod").ZodType} */ (value), {
          io: "output",
          unrepresentable: "any",
        });
        jsonSchemas.set(name, /** @type {JsonObject} */ (generated));
      }
    }
  };
  await loadSchemas();

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      if (reflection.hasComment()) continue;
      /** @type {string[]} */
      const path = [];
      /** @type {import("typedoc").Reflection | undefined} */
      let at = reflection;
      while (at && !at.kindOf(ReflectionKind.TypeAlias | ReflectionKind.Variable)) {
        if (at.kindOf(ReflectionKind.Property)) path.unshift(at.name);
        at = at.parent;
      }
      const schema = at ? jsonSchemas.get(at.name) : undefined;
      const description = schema ? describe(schema, path) : undefined;
      if (description) reflection.comment = new Comment([{ kind: "text", text: description }]);
    }
  });
}
