import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { formatProblem } from "../core/problems";
import { prepareCards, writeCards } from "../features/cards";
import { ensureLevelColumns } from "../features/classify";
import type { CardsCommand } from "./args";
import type { CliOutput, WorkbookFiles } from "./io";
import { commandFramework, inputAndOutput, todayIso, UsageError } from "./run-classify";

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
  const levels = await ensureLevelColumns(workbook.port, {
    framework,
    asOf,
    onProgress: (progress) => io.out(progress.step),
  });
  if (levels.kind === "present") io.out(`Using the Schools table's own '${levels.header}' column`);
  if (levels.kind === "no evidence") io.err(`warning: ${levels.message}`);
  if (levels.kind === "added") for (const warning of levels.warnings) io.err(`warning: ${warning}`);
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
  for (const problem of prepared.settingProblems) {
    io.err(`warning: TrustTier's record of its cards is rebuilt: ${formatProblem(problem)}`);
  }
  for (const problem of prepared.cellProblems) io.err(`warning: ${formatProblem(problem)}`);
  if (prepared.problems.length > 0) {
    io.err(
      `warning: ${prepared.problems.length} figures are flagged in the cards' Data check column (outside the measure's valid or likely range)`
    );
    for (const problem of prepared.problems) io.err(`  ${formatProblem(problem)}`);
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
