import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The name in the package.json of this package, which marks its root. */
const PACKAGE_NAME = "un-resolutions";

/** The bundled text of A/RES/65/190, relative to the package root (package.json ships `seeds`). */
export const SEED_FILE = "seeds/A-RES-65-190.txt";

/**
 * The root folder of the un-resolutions package: the nearest folder, going up from `fromUrl`, that
 * holds a package.json named "un-resolutions". It works from `src/cli/*.ts` under tsx, from
 * `dist/cli.js` once built, and from `node_modules/un-resolutions/dist/cli.js` once installed.
 *
 * @param fromUrl - URL of a file inside the package (the running module's `import.meta.url`)
 * @returns the absolute path of the root
 * @throws Error when no such folder is found above `fromUrl`
 *
 * @example
 * ```ts
 * const root = packageRoot(import.meta.url); // "/work/main"
 * ```
 */
export function packageRoot(fromUrl: string): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readManifest(manifest).name === PACKAGE_NAME) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

/**
 * The version of the package, from its package.json.
 *
 * @param root - the package root, from {@link packageRoot}
 * @returns the version, such as "0.1.0"
 *
 * @example
 * ```ts
 * packageVersion(packageRoot(import.meta.url)); // "0.1.0"
 * ```
 */
export function packageVersion(root: string): string {
  const version = readManifest(join(root, "package.json")).version;
  return typeof version === "string" ? version : "0.0.0";
}

function readManifest(path: string): { name?: unknown; version?: unknown } {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as { name?: unknown; version?: unknown };
  } catch {
    return {};
  }
}
