import { existsSync, readFileSync } from "node:fs";
import type { PublishedCsv, PublishedFile } from "../core/published";
import { readOdsDataBytes, readOdsSchoolBytes } from "../features/import";
import { UsageError } from "./run-classify";

export { isOdsName as isOdsPath } from "../features/import";

async function readOds(
  path: string,
  flag: string,
  read: (name: string, bytes: Uint8Array) => Promise<PublishedCsv>
): Promise<PublishedFile> {
  if (!existsSync(path)) throw new UsageError(`${flag} ${path} does not exist`);
  const result = await read(path, readFileSync(path));
  if (!result.ok) {
    throw new UsageError(`${flag} ${result.problems.map((p) => p.message).join("; ")}`);
  }
  return result.value;
}

/** A published file saved as .ods: the sheet whose headers TrustTier recognises. */
export const readOdsDataFile = (path: string, flag: string): Promise<PublishedFile> =>
  readOds(path, flag, readOdsDataBytes);

/** A school list saved as .ods: the first sheet with a URN column. */
export const readOdsSchoolFile = (path: string, flag: string): Promise<PublishedFile> =>
  readOds(path, flag, readOdsSchoolBytes);
