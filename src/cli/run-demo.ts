import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { generateCards } from "../features/cards/generate-cards";
import { buildDemoWorkbook } from "../features/demo/build-demo";
import { writeDemoMeetings } from "../features/demo/demo-meetings";
import { writeDemoPlans } from "../features/demo/demo-plans";
import type { CliOutput, WorkbookFiles } from "./io";
import { readDemoTables } from "./demo-data";
import { functionsSheetLayout } from "./functions-sheet";

/** `trusttier demo`: the command-line tool run on the bundled fictional trust. */
export async function runDemo(
  options: { output: string; data: string },
  files: WorkbookFiles,
  io: CliOutput
): Promise<void> {
  const data = resolve(options.data);
  const output = resolve(options.output);
  io.out(`Reading the demo trust from ${data}`);
  const tables = readDemoTables(data);
  const workbook = await files.create("TrustTier-demo.xlsx");
  const built = await buildDemoWorkbook(workbook.port, tables, {
    onProgress: (progress) =>
      io.out(`[${progress.done + 1}/${progress.total}] Writing sheet ${progress.step}`),
  });
  const cards = await generateCards(workbook.port, { generatedOn: built.plan.asOf });
  io.out(
    `Academy cards: ${cards?.written.length ?? 0} sheets (one per academy and the index "Cards")`
  );
  const plans = await writeDemoPlans(workbook.port, built.plan);
  io.out(`Plans: ${plans.map((p) => p.sheet).join(", ")}`);
  const meetings = await writeDemoMeetings(workbook.port, built.plan);
  io.out(
    `Risk meetings: ${meetings.meetings.join(", ")} recorded; sheets ${meetings.sheets.join(", ")} ` +
      "(the xlsx writer cannot draw charts: 'Meeting charts' holds their tables)"
  );
  await workbook.port.writeLayout(functionsSheetLayout(), { mode: "replace" });
  io.out('Functions: every TRUST.* example formula as text beside its result (sheet "Functions")');
  mkdirSync(dirname(output), { recursive: true });
  await workbook.save(output);
  const schools = built.plan.blocks[0]?.results.length ?? 0;
  const sheets = (await workbook.port.describe()).sheets.filter((s) => s.visibility === "visible");
  io.out(
    `Wrote ${output}: ${sheets.length} sheets (${sheets.map((s) => s.name).join(", ")}); ` +
      `${schools} schools classified with ${built.plan.frameworks
        .map((framework) => framework.name)
        .join(", ")} as of ${built.plan.asOf}.`
  );
}
