import { recogniseFile, type PublishedFile } from "../../core/published";

/** A file in a chosen folder that the import passes over, and why. */
export interface PassedOver {
  path: string;
  reason: string;
}

const DATA_FILE = /\.(csv|ods)$/i;

/** Of a chosen folder's files (paths within it), those to read: CSV and .ods files only. */
export function folderDataPaths(paths: readonly string[]): {
  read: string[];
  passedOver: PassedOver[];
} {
  const read: string[] = [];
  const passedOver: PassedOver[] = [];
  for (const path of paths) {
    if (DATA_FILE.test(path)) read.push(path);
    else passedOver.push({ path, reason: "not a CSV or .ods file" });
  }
  return { read, passedOver };
}

/**
 * Of a chosen folder's CSV and .ods files, those TrustTier recognises by their header row (a file chosen
 * on its own is refused instead, naming what was expected: a folder may hold other things).
 */
export function recognisedFolderFiles(files: readonly PublishedFile[]): {
  files: PublishedFile[];
  passedOver: PassedOver[];
} {
  const kept: PublishedFile[] = [];
  const passedOver: PassedOver[] = [];
  for (const file of files) {
    const recognition = recogniseFile(file.grid);
    if (recognition.family === undefined)
      passedOver.push({ path: file.name, reason: recognition.message });
    else kept.push(file);
  }
  return { files: kept, passedOver };
}
