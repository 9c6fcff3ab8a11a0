import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { PlanTemplateId } from "../core/plans";
import { baselineSheetLine, joinSchool, writeBaseline } from "../features/baseline";
import { importReportLines } from "../features/import";
import type { BaselineCommand, JoinCommand } from "./args";
import type { CliOutput, WorkbookFiles } from "./io";
import { publishedRun } from "./published-run";
import { commandFramework, inputAndOutput, todayIso } from "./run-classify";

/** `trusttier baseline`: one school's due-diligence baseline from the public files. */
export async function runBaseline(
  command: BaselineCommand,
  files: WorkbookFiles,
  io: CliOutput
): Promise<void> {
  const { output, data, open } = await publishedRun(command, files);
  const workbook = await open();
  const framework = await commandFramework(workbook.port, command.framework, io);
  const result = await writeBaseline(workbook.port, {
    urn: command.urn,
    files: data,
    framework,
    asOf: command.asOf ?? todayIso(),
    ...(command.year ? { year: command.year } : {}),
    onProgress: (progress) => io.out(`[${progress.done + 1}/${progress.total}] ${progress.step}`),
  });
  const { school } = result.assessment;
  io.out(`${school.name} (URN ${school.urn}), ${school.phase}`);
  io.out(
    `Figures: ${result.assessment.figures.length}; inspections: ${result.assessment.inspections.length}`
  );
  // The import's report: per file, rows matched, columns, codes counted, unreadable cells located.
  const report = { schools: 1, tables: result.tables, reports: result.reports };
  const forSchool = { kind: "school", urn: command.urn } as const;
  for (const line of importReportLines(
    { ...report, derived: { written: {}, keptTyped: [] } },
    forSchool
  )) {
    io.out(line);
  }
  io.out(result.proposal.text);
  if (result.proposal.kind === "missing") {
    for (const item of result.proposal.gather) io.out(`  to gather: ${item}`);
  }
  mkdirSync(dirname(output), { recursive: true });
  await workbook.save(output);
  io.out(`Wrote ${output}: sheet ${result.sheet}`);
}

/** `trusttier join`: a baselined school joins; its rows are re-keyed and its first plan written. */
export async function runJoin(
  command: JoinCommand,
  files: WorkbookFiles,
  io: CliOutput
): Promise<void> {
  const { input, output } = inputAndOutput(command, "joined");
  io.out(`Reading ${input}`);
  const workbook = await files.openCopy(input);
  const result = await joinSchool(workbook.port, {
    urn: command.urn,
    newUrn: command.newUrn,
    joined: command.joined,
    ...(command.asOf ? { asOf: command.asOf } : {}),
    ...(command.plan ? { plan: command.plan as PlanTemplateId } : {}),
  });
  io.out(
    `URN ${command.urn} joined as URN ${command.newUrn} on ${command.joined}: ${result.join.rekeyed.Measures} Measures rows and ${result.join.rekeyed.Inspections} Inspections rows re-keyed (inspections kept as the predecessor's, linked)`
  );
  for (const line of result.join.kept) io.out(`  kept: ${line}`);
  io.out(result.proposal.text);
  const sheetLine = baselineSheetLine(result.baselineSheet);
  if (sheetLine) io.out(sheetLine);
  if (result.capacity) io.out(`Trust's judgement of capacity: ${result.capacity}`);
  if (result.plan) {
    io.out(
      `First plan: ${result.plan.sheet} (${result.plan.why}), ${result.plan.prefilled} rows prefilled from the baseline`
    );
  }
  if (result.noPlan) io.err(`warning: ${result.noPlan}`);
  mkdirSync(dirname(output), { recursive: true });
  await workbook.save(output);
  io.out(`Wrote ${output}`);
}
