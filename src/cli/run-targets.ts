import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { targetsColumns } from "../core/targets";
import { proposeTargets, writeTargets } from "../features/targets";
import type { TargetsCommand } from "./args";
import type { CliOutput, WorkbookFiles } from "./io";
import { inputAndOutput } from "./run-classify";

const SHOWN = 40;

/** `trusttier targets`: shows the year's proposed targets, then writes them into a copy. */
export async function runTargets(
  command: TargetsCommand,
  files: WorkbookFiles,
  io: CliOutput
): Promise<void> {
  const { input, output } = inputAndOutput(command, "targets");
  io.out(`Reading ${input}`);
  const workbook = await files.openCopy(input);
  const proposed = await proposeTargets(workbook.port, command.year ? { year: command.year } : {});
  const [headers, ...rows] = proposed.grid;
  // By the Targets definition's column matching: a table headed "Measure" / "Year" reads alike.
  const at = targetsColumns(headers);
  const mine = rows.filter(
    (row) =>
      row[at("Academic year")] === proposed.year &&
      row[at("Method")] !== null &&
      row[at("Reviewed by LGB")] === null &&
      row[at("Agreed by Trust Board")] === null
  );
  io.out(
    `Targets for ${proposed.year} by ${proposed.method.method}${proposed.methodAdded ? " (no TargetMethod table: the default, written beside)" : ""}:`
  );
  for (const row of mine.slice(0, SHOWN)) {
    io.out(
      `  ${row[at("URN")]} ${row[at("Measure code")]}: ${row[at("Target")]} (${row[at("How set")]}; data ${row[at("Data status")]})`
    );
  }
  if (mine.length > SHOWN)
    io.out(`  ...and ${mine.length - SHOWN} more (all in the Targets sheet)`);
  io.out(
    `${proposed.proposed} proposed; ${proposed.kept} rows a person typed, reviewed or agreed kept as they are; ${proposed.replaced} earlier proposals of ${proposed.year} replaced`
  );
  for (const line of proposed.skipped) io.err(`warning: ${line}`);
  const written = await writeTargets(workbook.port, proposed);
  if (written.leftRows.length > 0)
    io.err(
      `warning: Targets rows ${written.leftRows.join(", ")} are earlier proposals of ${proposed.year} no longer proposed (their figures went, or the method skips them); left as they are: delete them if they no longer apply`
    );
  mkdirSync(dirname(output), { recursive: true });
  await workbook.save(output);
  io.out(`Wrote ${output}`);
}
