/**
 * Bundle sizes, read from dist/ (`npm run build:localhost` or a release build first): what the task pane's first screen
 * loads, gzipped (goal: under 400 KB), and the custom functions bundle, minified (goal: under
 * 150 KB). KB here is 1,000 bytes. Chunks the pane loads later on demand are not first screen.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const DIST_DIR = resolve(__dirname, "..", "dist");
export const PANE_PAGE = "taskpane.html";
export const FUNCTIONS_SCRIPT = "functions.js";

const PANE_GOAL_GZIPPED = 400_000;
const FUNCTIONS_GOAL_MINIFIED = 150_000;

/** The page's own scripts (not Office's CDN), in the order the page runs them. */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)]
    .map((match) => match[1])
    .filter((src) => !/^[a-z]+:\/\//i.test(src));
}

/** The scripts the page runs up to and including the functions bundle (the webpack runtime). */
export function functionsScripts(html: string): string[] {
  const scripts = pageScripts(html);
  const end = scripts.indexOf(FUNCTIONS_SCRIPT);
  if (end < 0) throw new Error(`${PANE_PAGE} does not load ${FUNCTIONS_SCRIPT}`);
  return scripts.slice(0, end + 1);
}

export function readPanePage(distDir: string = DIST_DIR): string {
  const page = join(distDir, PANE_PAGE);
  if (!existsSync(page))
    throw new Error(`${page} is missing: run \`npm run build:localhost\` first.`);
  return readFileSync(page, "utf8");
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

function verdict(bytes: number, goal: number): string {
  return bytes <= goal ? `within the ${kb(goal)} goal` : `OVER the ${kb(goal)} goal`;
}

export async function benchBundles(distDir: string = DIST_DIR): Promise<string[]> {
  const html = readPanePage(distDir);
  const read = (file: string) => readFileSync(join(distDir, file));

  const pane = pageScripts(html).map((file) => ({ file, bytes: gzipSync(read(file)).length }));
  const paneTotal = pane.reduce((sum, { bytes }) => sum + bytes, 0);
  const paneParts = pane.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join(", ");

  const functions = functionsScripts(html).map((file) => ({ file, bytes: read(file).length }));
  const functionsTotal = functions.reduce((sum, { bytes }) => sum + bytes, 0);
  const functionsParts = functions.map(({ file, bytes }) => `${file} ${kb(bytes)}`).join(" + ");

  return [
    `task pane first screen: ${kb(paneTotal)} gzipped (${paneParts}); ` +
      verdict(paneTotal, PANE_GOAL_GZIPPED),
    `functions bundle: ${kb(functionsTotal)} minified (${functionsParts}); ` +
      verdict(functionsTotal, FUNCTIONS_GOAL_MINIFIED),
  ];
}
