import { existsSync, readFileSync } from "node:fs";
import { readOdsSchoolList, readPublishedOds, type PublishedFile } from "../core/published";
import { UsageError } from "./run-classify";
import { readZipEntry, zipEntries } from "./zip-entries";

export const isOdsPath = (path: string): boolean => /\.ods$/i.test(path);

/**
 * The `content.xml` of an OpenDocument spreadsheet (a zip archive; OpenDocument 1.2 part 3,
 * 3.1), or a UsageError naming the file and what was expected.
 */
function odsContent(path: string, flag: string): string {
  if (!existsSync(path)) throw new UsageError(`${flag} ${path} does not exist`);
  const bytes = readFileSync(path);
  const expected = "expected an OpenDocument spreadsheet (.ods) as LibreOffice or Ofsted save it";
  const entries =
    bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50 ? zipEntries(bytes) : "not a zip";
  if (typeof entries === "string") {
    const why =
      entries === "truncated"
        ? "is damaged or incomplete (its end is missing, as when a download stops part-way)"
        : entries === "zip64"
          ? "is too large to read (a zip64 archive)"
          : "is not an OpenDocument spreadsheet (it is not a zip archive)";
    throw new UsageError(`${flag} ${path} ${why}; ${expected}`);
  }
  const content = entries.find((entry) => entry.name === "content.xml");
  if (!content) {
    throw new UsageError(
      `${flag} ${path} has no content.xml, so it is not an OpenDocument spreadsheet; ${expected}`
    );
  }
  try {
    return new TextDecoder("utf-8").decode(readZipEntry(bytes, content));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${flag} ${path} is damaged: ${reason}; ${expected}`);
  }
}

/** A published file saved as .ods: the sheet whose headers TrustTier recognises. */
export function readOdsDataFile(path: string, flag: string): PublishedFile {
  const read = readPublishedOds(path, odsContent(path, flag));
  if (!read.ok) throw new UsageError(`${flag} ${read.problems.map((p) => p.message).join("; ")}`);
  return read.value;
}

/** A school list saved as .ods: the first sheet with a URN column. */
export function readOdsSchoolFile(path: string, flag: string): PublishedFile {
  const read = readOdsSchoolList(path, odsContent(path, flag));
  if (!read.ok) throw new UsageError(`${flag} ${read.problems.map((p) => p.message).join("; ")}`);
  return read.value;
}
