import {
  readOdsSchoolList,
  readPublishedOds,
  unreadableFile,
  type PublishedCsv,
} from "../../core/published";
import { readZipEntry, startsAsZip, zipEntries } from "./zip-entries";

export const isOdsName = (name: string): boolean => /\.ods$/i.test(name);

const EXPECTED = "expected an OpenDocument spreadsheet (.ods) as LibreOffice or Ofsted save it";

const ZIP_FAULT = {
  truncated: "is damaged or incomplete (its end is missing, as when a download stops part-way)",
  zip64: "is too large to read (a zip64 archive)",
  "not a zip": "is not an OpenDocument spreadsheet (it is not a zip archive)",
} as const;

/**
 * The `content.xml` of an OpenDocument spreadsheet (a zip archive; OpenDocument 1.2 part 3,
 * 3.1), or why it cannot be read, naming the file.
 */
async function odsContent(
  name: string,
  bytes: Uint8Array
): Promise<{ xml: string } | { why: string }> {
  const entries = startsAsZip(bytes) ? zipEntries(bytes) : "not a zip";
  if (typeof entries === "string") return { why: `${name} ${ZIP_FAULT[entries]}; ${EXPECTED}` };
  const content = entries.find((entry) => entry.name === "content.xml");
  if (!content) {
    return {
      why: `${name} has no content.xml, so it is not an OpenDocument spreadsheet; ${EXPECTED}`,
    };
  }
  try {
    return { xml: new TextDecoder("utf-8").decode(await readZipEntry(bytes, content)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { why: `${name} is damaged: ${reason}; ${EXPECTED}` };
  }
}

/**
 * A published file saved as .ods, read from its bytes in the CLI (from disk) and in the task
 * pane (from the browser's file picker): the sheet whose headers TrustTier recognises.
 */
export async function readOdsDataBytes(name: string, bytes: Uint8Array): Promise<PublishedCsv> {
  const content = await odsContent(name, bytes);
  return "xml" in content ? readPublishedOds(name, content.xml) : unreadableFile(name, content.why);
}

/** A school list saved as .ods, from its bytes: the first sheet with a URN column. */
export async function readOdsSchoolBytes(name: string, bytes: Uint8Array): Promise<PublishedCsv> {
  const content = await odsContent(name, bytes);
  return "xml" in content
    ? readOdsSchoolList(name, content.xml)
    : unreadableFile(name, content.why);
}
