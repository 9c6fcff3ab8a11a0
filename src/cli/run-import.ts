import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { PublishedFile } from "../core/published";
import { importPublishedData, importReportLines } from "../features/import";
import type { ImportCommand } from "./args";
import { readSchoolListFile } from "./csv-files";
import type { CliOutput, WorkbookFiles } from "./io";
import { publishedRun } from "./published-run";
import { UsageError } from "./run-classify";

/** The school list from --schools: a CSV or .ods, or a workbook's Schools (or only) table. */
async function readSchoolList(path: string, files: WorkbookFiles): Promise<PublishedFile> {
  if (/\.(csv|ods)$/i.test(path)) return readSchoolListFile(path, "--schools");
  const port = await files.open(path);
  const tables = (await port.describe()).tables;
  const table =
    tables.find((t) => t.name.toLowerCase() === "schools") ??
    (tables.length === 1 ? tables[0] : undefined);
  if (!table)
    throw new UsageError(`--schools ${path} has no Schools table (and not exactly one table)`);
  const data = await port.readTable(table.name);
  return { name: `${path} (${table.name})`, grid: [[...data.headers], ...data.rows] };
}

/** `trusttier import`: published data files into the canonical tables of a new or copied workbook. */
export async function runImport(
  command: ImportCommand,
  files: WorkbookFiles,
  io: CliOutput
): Promise<void> {
  const { output, data, open } = await publishedRun(command, files);
  const schoolList = command.schools ? await readSchoolList(command.schools, files) : undefined;
  const workbook = await open();
  const result = await importPublishedData(workbook.port, {
    files: data,
    ...(schoolList ? { schoolList } : {}),
    ...(command.year ? { year: command.year } : {}),
    onProgress: (progress) => io.out(`[${progress.done + 1}/${progress.total}] ${progress.step}`),
  });
  io.out(`Trust schools: ${result.schools}`);
  for (const line of importReportLines(result)) io.out(line);
  mkdirSync(dirname(output), { recursive: true });
  await workbook.save(output);
  io.out(`Wrote ${output}`);
}
