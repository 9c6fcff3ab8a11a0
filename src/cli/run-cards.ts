import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { IsoDate } from "../core/dates/iso";
import type { Framework } from "../core/frameworks/types";
import { levelHeaders, prepareCards, writeCards } from "../features/cards";
import { classifyWorkbook, resultCells, resultColumns } from "../features/classify";
import type { WorkbookPort } from "../port";
import { NO_CRITERION } from "../features/classify/classify-grid";
import { isInputProblemsError } from "../features/input-problems";
import type { CardsCommand } from "./args";
import type { CliOutput, WorkbookFiles } from "./io";
import { commandFramework, inputAndOutput, todayIso, UsageError } from "./run-classify";

/** The Schools table's level columns for the framework; classifies into the table where absent. */
async function ensureLevelColumns(
  port: WorkbookPort,
  framework: Framework,
  asOf: IsoDate,
  io: CliOutput
): Promise<void> {
  const schools = await port.readTable("Schools");
  const wanted = levelHeaders(framework).proposed;
  const has = (header: string) =>
    schools.headers.some((h) => h.trim().toLowerCase() === header.toLowerCase());
  if (has(wanted)) {
    io.out(`Using the Schools table's own '${wanted}' column`);
    return;
  }
  io.out(`Classifying the Schools table with ${framework.name} (as of ${asOf})`);
  let classified: Awaited<ReturnType<typeof classifyWorkbook>>;
  try {
    classified = await classifyWorkbook(port, {
      frameworks: [framework],
      asOf,
      source: { kind: "table", name: "Schools" },
    });
  } catch (error) {
    // Schools from an import hold no evidence columns yet: the cards show the data, no level.
    if (
      !isInputProblemsError(error) ||
      !error.problems.every((p) => p.message.startsWith(NO_CRITERION))
    ) {
      throw error;
    }
    io.err(
      `warning: the Schools table has no evidence column for ${framework.name}; the cards show no proposed level`
    );
    return;
  }
  for (const warning of classified.warnings) io.err(`warning: ${warning}`);
  const byIndex = new Map(classified.blocks[0].results.map((r) => [r.index, r]));
  // Proposed level, security, next review and reason: the formula text stays out of the table.
  const columns = resultColumns(framework).slice(0, 4);
  for (const [i, column] of columns.entries()) {
    const values = Array.from({ length: schools.rowCount }, (_, row) => {
      const result = byIndex.get(row);
      return result ? resultCells(result.classification, "")[i] : null;
    });
    await port.setTableColumn("Schools", {
      header: column.header,
      values,
      ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
    });
  }
}

/** `trusttier cards`: a copy of the trust's workbook with an academy card per academy. */
export async function runCards(
  command: CardsCommand,
  files: WorkbookFiles,
  io: CliOutput
): Promise<void> {
  const { input, output } = inputAndOutput(command, "cards");
  const asOf = command.asOf ?? todayIso();

  io.out(`Reading ${input}`);
  const workbook = await files.openCopy(input);
  const framework = await commandFramework(workbook.port, command.framework, io);
  await ensureLevelColumns(workbook.port, framework, asOf, io);
  const prepared = await prepareCards(workbook.port, {
    frameworkId: framework.id,
    generatedOn: asOf,
    overwriteEdited: command.edited === "replace",
    ...(command.urns ? { urns: command.urns } : {}),
  });
  const built = new Set(prepared.plan.steps.map((step) => step.urn));
  const unknown = (command.urns ?? []).filter((urn) => !built.has(urn));
  if (unknown.length > 0) {
    throw new UsageError(
      `--urn ${unknown.join(",")}: no academy with that URN in the Schools table`
    );
  }
  if (prepared.settingProblem) io.err(`warning: ${prepared.settingProblem}`);
  for (const problem of prepared.cellProblems) io.err(`warning: ${problem}`);
  if (prepared.problems.length > 0) {
    io.err(
      `warning: ${prepared.problems.length} figures are flagged in the cards' Data check column (outside the measure's valid or likely range)`
    );
  }
  io.out(prepared.plan.summary);
  const written = await writeCards(workbook.port, prepared, {
    generatedOn: asOf,
    onProgress: (progress) => io.out(`[${progress.done + 1}/${progress.total}] ${progress.step}`),
  });
  mkdirSync(dirname(output), { recursive: true });
  await workbook.save(output);
  io.out(`Wrote ${output}: ${written.written.length} sheets`);
  if (written.skipped.length > 0) {
    io.out(
      `Kept as they are (edited since generated; --edited replace overwrites them): ${written.skipped.join(", ")}`
    );
  }
}
