import { parseCsv } from "../import/csv";
import { decodePublishedText } from "./decode";
import type { PublishedFile } from "./import-plan";

export type PublishedCsv = { ok: true; file: PublishedFile } | { ok: false; message: string };

/**
 * A published CSV's bytes as the import reads them, in the CLI (from disk) and in the task pane
 * (from the browser's file picker): decoded (UTF-8 with or without a BOM, else Windows-1252),
 * parsed, and named as given.
 */
export function readPublishedCsv(name: string, bytes: Uint8Array): PublishedCsv {
  const { text, encoding } = decodePublishedText(bytes);
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, message: `${name}: ${csv.message}; expected a CSV file` };
  return { ok: true, file: { name, grid: csv.grid, encoding } };
}
