/**
 * Renders the demo's five-strategic-area action plan to docs/images/action-plan.png through
 * LibreOffice (xlsx -> pdf -> png). Run: npx tsx test/features/plans/render-action-plan.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { buildDemoWorkbook } from "../../../src/features/demo";
import { writeDemoPlans } from "../../../src/features/demo";
import { demoTables } from "../demo-fixtures";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "trusttier-plan-"));
  const demo = XlsxWorkbook.create("demo.xlsx");
  const { plan } = await buildDemoWorkbook(demo, demoTables());
  const written = await writeDemoPlans(XlsxWorkbook.create("scratch.xlsx"), plan);
  const strategic = written.find((w) => w.template === "strategic");
  if (!strategic) throw new Error("no strategic action plan in the demo");
  // Only the plan sheet, so LibreOffice prints one page.
  const only = XlsxWorkbook.create("plan.xlsx");
  await writeDemoPlans(only, plan);
  for (const sheet of (await only.describe()).sheets) {
    if (sheet.name !== strategic.sheet) await only.deleteSheet(sheet.name);
  }
  const xlsx = join(dir, "plan.xlsx");
  await only.saveAs(xlsx);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, xlsx]);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "160",
    "-f",
    "1",
    "-l",
    "1",
    ...["-x", "100", "-y", "110", "-W", "1500", "-H", "520"],
    join(dir, "plan.pdf"),
    join(dir, "page"),
  ]);
  const page = readdirSync(dir).find((f) => f.startsWith("page") && f.endsWith(".png"));
  if (!page) throw new Error("pdftoppm wrote no page");
  renameSync(join(dir, page), resolve("docs/images/action-plan.png"));
  console.log(`docs/images/action-plan.png from sheet ${strategic.sheet}`);
}

void main();
