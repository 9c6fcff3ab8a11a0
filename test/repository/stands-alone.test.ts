import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/**
 * The repository stands alone: a test, script or source file that reached a file beside the
 * checkout (the folder of shared data beside it) would pass on the machine that has it and fail on a fresh clone.
 */
const ROOT = resolve(__dirname, "..", "..");
const FOLDERS = ["src", "test", "bench", "scripts"];
const CODE = /\.(ts|tsx|js|mjs|cjs)$/;

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

const outside = (file: string, target: string) =>
  relative(ROOT, resolve(dirname(file), target)).split(sep)[0] === "..";

/** Relative paths in a file that lead out of the repository, as written. */
function pathsOutside(file: string, text: string): string[] {
  const found: string[] = [];
  // "../../../<folder>/data/x.csv" as one string
  for (const [, path] of text.matchAll(/["'`]((?:\.\.\/)+[^"'`\s]*)["'`]/g)) {
    if (outside(file, path)) found.push(path);
  }
  // join(__dirname, "..", "..", "..", "<folder>") as segments
  for (const [call] of text.matchAll(/__dirname((?:,\s*["']\.\.["'])+)/g)) {
    const ups = call.match(/["']\.\.["']/g)?.length ?? 0;
    if (outside(file, "../".repeat(ups))) found.push(call);
  }
  for (const [name] of text.matchAll(
    /\bshared\/(?:data|seeds|docs)\b|\/work\/(?:shared|main)\b/g
  )) {
    found.push(name);
  }
  return found;
}

describe("the repository stands alone", () => {
  it("no file in src/, test/, bench/ or scripts/ names a path outside the repository", () => {
    const offenders = FOLDERS.flatMap((folder) => files(join(ROOT, folder)))
      .filter((file) => file !== __filename)
      .flatMap((file) =>
        pathsOutside(file, readFileSync(file, "utf8")).map((p) => `${relative(ROOT, file)}: ${p}`)
      );
    expect(offenders).toEqual([]);
  });

  it("catches the ways a path can leave it", () => {
    const file = join(ROOT, "test", "core", "x.test.ts");
    // The folder's name is spelt apart so this file does not itself name a path outside.
    const beside = ["sha", "red"].join("");
    expect(pathsOutside(file, `join(__dirname, "../../../${beside}/data/a.csv")`)).not.toEqual([]);
    expect(pathsOutside(file, `resolve(__dirname, "..", "..", "..", "${beside}")`)).not.toEqual([]);
    expect(pathsOutside(file, `join(__dirname, "../../data/demo-trust")`)).toEqual([]);
    expect(pathsOutside(file, `resolve(__dirname, "..", "..")`)).toEqual([]);
    expect(pathsOutside(file, `import { x } from "../../src/core";`)).toEqual([]);
  });
});
