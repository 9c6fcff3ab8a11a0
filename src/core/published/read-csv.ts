import { parseCsv } from "../import/csv";
import { decodePublishedText } from "./decode";
import { failed, succeeded, type Outcome } from "../problems";
import type { PublishedFile } from "./import-plan";

/** A published file read, or why it cannot be (one Problem whose message names the file). */
export type PublishedCsv = Outcome<PublishedFile>;

/** A file that cannot be read as published: `invalid`, its name as the value found. */
export const unreadableFile = (name: string, message: string): PublishedCsv =>
  failed([{ code: "invalid", field: "file", value: name, message }]);

/**
 * A published CSV's bytes as the import reads them, in the CLI (from disk) and in the task pane
 * (from the browser's file picker): decoded (UTF-8 with or without a BOM, else Windows-1252),
 * parsed, and named as given.
 */
export function readPublishedCsv(name: string, bytes: Uint8Array): PublishedCsv {
  const { text, encoding } = decodePublishedText(bytes);
  const csv = parseCsv(text);
  if (!csv.ok) return unreadableFile(name, `${name}: ${csv.message}; expected a CSV file`);
  return succeeded({ name, grid: csv.grid, encoding });
}
