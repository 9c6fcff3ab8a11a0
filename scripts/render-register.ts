/**
 * Renders the demo's projected risk register to docs/images/risk-register.png through
 * LibreOffice (xlsx -> pdf -> png), as the README shows it. Needs soffice and pdftoppm.
 * Run: npx tsx scripts/render-register.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XlsxWorkbook } from "../src/adapters/xlsx";
import { readDemoTables } from "../src/cli/demo-data";
import { buildDemoWorkbook } from "../src/features/demo";
import { PROJECTED_SHEET } from "../src/core/meeting";
import { writeDemoMeetings } from "../src/features/demo";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "trusttier-register-"));
  const port = XlsxWorkbook.create("register.xlsx");
  const { plan } = await buildDemoWorkbook(port, readDemoTables(resolve("data/demo-trust")));
  await writeDemoMeetings(port, plan);
  // Only the projected sheet, so LibreOffice prints just it.
  for (const sheet of (await port.describe()).sheets) {
    if (sheet.name !== PROJECTED_SHEET && sheet.visibility === "visible")
      await port.deleteSheet(sheet.name);
  }
  const xlsx = join(dir, "register.xlsx");
  await port.saveAs(xlsx);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, xlsx]);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    join(dir, "register.pdf"),
    join(dir, "register"),
  ]);
  renameSync(join(dir, "register.png"), resolve("docs/images/risk-register.png"));
  console.log(`docs/images/risk-register.png from sheet ${PROJECTED_SHEET}`);
}

void main();
