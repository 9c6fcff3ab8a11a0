import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { readPublishedCsv, type PublishedFile } from "../core/published";
import { tableSheetLayout } from "../core/layout/table-sheet";
import { typedGrid } from "../core/layout/typed-grid";
import type { NewWorkbook, WorkbookFiles } from "./io";
import { isOdsPath, readOdsDataFile, readOdsSchoolFile } from "./ods-files";
import { UsageError } from "./run-classify";

export const isCsvPath = (path: string): boolean => /\.csv$/i.test(path);

/** A CSV file read as published: UTF-8 with or without a BOM, or Windows-1252. */
export function readCsvFile(path: string, flag: string): PublishedFile {
  if (!existsSync(path)) throw new UsageError(`${flag} ${path} does not exist`);
  const read = readPublishedCsv(path, readFileSync(path));
  if (!read.ok) throw new UsageError(`${flag} ${read.problems.map((p) => p.message).join("; ")}`);
  return read.value;
}

/** A published data file as given with --data: a .csv, or an .ods (the sheet with its headers). */
export async function readDataFile(path: string, flag: string): Promise<PublishedFile> {
  return isOdsPath(path) ? readOdsDataFile(path, flag) : readCsvFile(path, flag);
}

/** A school list as a .csv, or as an .ods (its first sheet with a URN column). */
export async function readSchoolListFile(path: string, flag: string): Promise<PublishedFile> {
  return isOdsPath(path) ? readOdsSchoolFile(path, flag) : readCsvFile(path, flag);
}

const isListPath = (path: string): boolean => isCsvPath(path) || isOdsPath(path);

/** A new in-memory workbook holding the list as a Schools table (numbers and ISO dates typed). */
async function workbookFromCsv(files: WorkbookFiles, path: string): Promise<NewWorkbook> {
  const csv = await readSchoolListFile(path, "--input");
  const workbook = await files.create(basename(path).replace(/\.(csv|ods)$/i, ".xlsx"));
  const typed = typedGrid(
    csv.grid.map((row) => row.map((cell) => (typeof cell === "string" ? cell.trim() : cell)))
  );
  await workbook.port.writeLayout(tableSheetLayout({ name: "Schools", ...typed }), {
    mode: "create",
  });
  return workbook;
}

/** Workbook files that also take a .csv or .ods school list wherever the tool takes a workbook to read. */
export function withCsvInputs(files: WorkbookFiles): WorkbookFiles {
  return {
    open: async (path) =>
      isListPath(path) ? (await workbookFromCsv(files, path)).port : files.open(path),
    openCopy: (path) => (isListPath(path) ? workbookFromCsv(files, path) : files.openCopy(path)),
    create: (name) => files.create(name),
  };
}
