import type { ImportProblem } from "../../core/import/location";
import { readPublishedCsv, type PublishedFile } from "../../core/published";

export interface ChosenFiles {
  files: PublishedFile[];
  /** Files that could not be read, each named with why. */
  unreadable: ImportProblem[];
}

/**
 * The bytes of files chosen with the browser's picker, read in the pane and decoded as the
 * command line decodes them (readPublishedCsv): nothing leaves the computer. The Import flow's
 * own reading does the same for its data files and school list.
 */
export async function readChosenFiles(chosen: readonly File[]): Promise<ChosenFiles> {
  const files: PublishedFile[] = [];
  const unreadable: ImportProblem[] = [];
  for (const file of chosen) {
    const result = readPublishedCsv(file.name, new Uint8Array(await file.arrayBuffer()));
    if (result.ok) files.push(result.file);
    else unreadable.push({ sheet: file.name, message: result.message });
  }
  return { files, unreadable };
}
