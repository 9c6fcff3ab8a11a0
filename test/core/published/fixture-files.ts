import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../../src/core/import/csv";
import { decodePublishedText, type PublishedFile } from "../../../src/core/published";

export const FIXTURES = join(__dirname, "..", "..", "fixtures", "published");

/** A fixture file read as the CLI reads it: bytes decoded, CSV parsed, named by its path. */
export function fixture(path: string): PublishedFile {
  const { text, encoding } = decodePublishedText(readFileSync(join(FIXTURES, path)));
  const csv = parseCsv(text);
  if (!csv.ok) throw new Error(`${path}: ${csv.message}`);
  return { name: path, grid: csv.grid, encoding };
}
