import { readFile } from "node:fs/promises";
import { XlsxWorkbook } from "../adapters/xlsx/XlsxWorkbook";
import type { WorkbookFiles } from "./io";
import {
  describeDamaged,
  describeReadError,
  describeUnreadable,
  UnreadableInputError,
} from "./unreadable";

/** Reads a file's bytes (tests inject one that fails, since they run as root). */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

/**
 * Opens an input workbook, or throws an UnreadableInputError whose message is one line naming
 * the file and what was expected: a file that cannot be read, is not an .xlsx, or is damaged.
 */
async function openInput(path: string, readBytes: ReadBytes): Promise<XlsxWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path);
  } catch (error) {
    throw new UnreadableInputError(describeReadError(path, error));
  }
  const unreadable = describeUnreadable(path, bytes);
  if (unreadable) throw new UnreadableInputError(unreadable);
  try {
    // Opened by path, so the adapter refuses to save over the input.
    return await XlsxWorkbook.open(path);
  } catch (error) {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new UnreadableInputError(describeDamaged(path, cause));
  }
}

/** Workbook files through the xlsx adapter: inputs opened to read, outputs saved as new files. */
export function xlsxFilesReading(readBytes: ReadBytes = readFile): WorkbookFiles {
  return {
    open: (path) => openInput(path, readBytes),
    async create(name) {
      const workbook = XlsxWorkbook.create(name);
      return { port: workbook, save: (path) => workbook.saveAs(path) };
    },
    async openCopy(path) {
      const workbook = await openInput(path, readBytes);
      return { port: workbook, save: (to) => workbook.saveAs(to) };
    },
  };
}

export const xlsxFiles: WorkbookFiles = xlsxFilesReading();
