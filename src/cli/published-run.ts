import { basename, resolve } from "node:path";
import type { PublishedFile } from "../core/published";
import { readDataFile } from "./csv-files";
import type { NewWorkbook, WorkbookFiles } from "./io";
import { samePath, UsageError } from "./run-classify";

/**
 * What `import` and `baseline` start from: the --data files read, and the workbook they write,
 * a copy of --input (never re-saved over it) or a new one named after --output.
 */
export async function publishedRun(
  command: { input?: string; output: string; data: readonly string[] },
  files: WorkbookFiles
): Promise<{ output: string; data: PublishedFile[]; open: () => Promise<NewWorkbook> }> {
  const output = resolve(command.output);
  const input = command.input === undefined ? undefined : resolve(command.input);
  if (input !== undefined && samePath(input, output)) {
    throw new UsageError(
      "--output is the input file: TrustTier never re-saves a trust's workbook; choose another name"
    );
  }
  const data: PublishedFile[] = [];
  for (const path of command.data) data.push(await readDataFile(path, "--data"));
  return {
    output,
    data,
    open: () => (input ? files.openCopy(input) : files.create(basename(output))),
  };
}
