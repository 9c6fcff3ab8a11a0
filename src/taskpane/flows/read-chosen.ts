import type { ImportProblem } from "../../core/import/location";
import { readPublishedCsv, type PublishedCsv, type PublishedFile } from "../../core/published";
import {
  folderDataPaths,
  isOdsName,
  readOdsDataBytes,
  readOdsSchoolBytes,
  recognisedFolderFiles,
  type PassedOver,
} from "../../features/import";

export interface ReadFiles {
  files: PublishedFile[];
  schoolList?: PublishedFile;
  unreadable: ImportProblem[];
  /** Files of a chosen folder left out: not CSV or .ods, or not a layout TrustTier recognises. */
  passedOver: PassedOver[];
}

/** A chosen file's name as the import reads it: its path within a chosen folder, whose names can give the year. */
export const chosenPath = (file: File): string => file.webkitRelativePath || file.name;

const bytes = async (file: File) => new Uint8Array(await file.arrayBuffer());

/** A published data file's bytes as the command line reads them: an .ods by its sheets, else CSV. */
const readData = async (name: string, file: File): Promise<PublishedCsv> =>
  isOdsName(name)
    ? readOdsDataBytes(name, await bytes(file))
    : readPublishedCsv(name, await bytes(file));

/** A school list as the command line reads it: an .ods's first sheet with a URN column, else CSV. */
const readSchools = async (name: string, file: File): Promise<PublishedCsv> =>
  isOdsName(name)
    ? readOdsSchoolBytes(name, await bytes(file))
    : readPublishedCsv(name, await bytes(file));

/**
 * Each chosen file's bytes, read in the pane and decoded as the command line decodes them (CSV,
 * or an .ods by the sheet with the publisher's headers). A file chosen by itself that cannot be
 * read is a problem to correct; in a chosen folder, only the CSV and .ods files TrustTier
 * recognises are read and the others are passed over with a note.
 */
export async function readChosen(
  data: readonly File[],
  schools: readonly File[]
): Promise<ReadFiles> {
  const unreadable: ImportProblem[] = [];
  const passedOver: PassedOver[] = [];
  const files: PublishedFile[] = [];
  const inFolder = data.filter((file) => file.webkitRelativePath !== "");
  const byPath = new Map(inFolder.map((file) => [chosenPath(file), file]));
  const folder = folderDataPaths([...byPath.keys()]);
  passedOver.push(...folder.passedOver);
  const folderFiles: PublishedFile[] = [];
  for (const path of folder.read) {
    const result = await readData(path, byPath.get(path)!);
    if (result.ok) folderFiles.push(result.value);
    else passedOver.push({ path, reason: result.problems.map((p) => p.message).join("; ") });
  }
  const recognised = recognisedFolderFiles(folderFiles);
  files.push(...recognised.files);
  passedOver.push(...recognised.passedOver);

  const read = async (
    file: File,
    as: (name: string, file: File) => Promise<PublishedCsv>
  ): Promise<PublishedFile | undefined> => {
    const result = await as(file.name, file);
    if (result.ok) return result.value;
    unreadable.push(...result.problems.map((problem) => ({ ...problem, sheet: file.name })));
    return undefined;
  };
  for (const file of data.filter((item) => item.webkitRelativePath === "")) {
    const published = await read(file, readData);
    if (published) files.push(published);
  }
  const schoolList = schools[0] ? await read(schools[0], readSchools) : undefined;
  return { files, ...(schoolList ? { schoolList } : {}), unreadable, passedOver };
}
