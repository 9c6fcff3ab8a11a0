import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { promisify } from "node:util";
import { parseCsv } from "../../src/core/import/csv";
import type { CellGrid } from "../../src/core/values/cell";

const run = promisify(execFile);

/**
 * LibreOffice trusts the cached results in files that say they come from Excel (exceljs writes
 * that), so a throw-away profile sets OOXMLRecalcMode to 0: always recalculate on load.
 */
const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * CSV export options: comma, double quote, UTF-8, raw values rather than as shown, every sheet to
 * its own file (the last token, -1; LibreOffice 7.2 and later).
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function sofficePath(): string {
  for (const path of ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) {
    if (existsSync(path)) return path;
  }
  throw new Error(
    "LibreOffice is not installed: apt-get install -y libreoffice-calc-nogui (npm test's pretest installs it when it can)"
  );
}

/** A throw-away LibreOffice profile that always recalculates; remove it with the returned function. */
export function throwAwayProfile(): { url: string; dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "trusttier-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALCULATE_ALWAYS);
  return { url: `file://${dir}`, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Opens a workbook in LibreOffice headless, recalculates every formula and returns each sheet's
 * computed values as text, by sheet name.
 */
export async function recalculatedSheets(workbook: string): Promise<Record<string, CellGrid>> {
  const profile = throwAwayProfile();
  const outDir = mkdtempSync(join(tmpdir(), "trusttier-lo-out-"));
  try {
    await run(
      sofficePath(),
      [
        `-env:UserInstallation=${profile.url}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        outDir,
        workbook,
      ],
      { timeout: 120_000 }
    );
    const stem = basename(workbook, extname(workbook));
    const sheets: Record<string, CellGrid> = {};
    for (const file of readdirSync(outDir)) {
      if (!file.startsWith(`${stem}-`) || !file.endsWith(".csv")) continue;
      const parsed = parseCsv(readFileSync(join(outDir, file), "utf8"));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
      sheets[file.slice(stem.length + 1, -4)] = parsed.grid;
    }
    if (Object.keys(sheets).length === 0) {
      throw new Error(
        `LibreOffice wrote no CSV for ${workbook} (files: ${readdirSync(outDir).join(", ")})`
      );
    }
    return sheets;
  } finally {
    profile.remove();
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Spreadsheet error values as LibreOffice writes them into CSV. */
export const ERROR_VALUE = /^(#NAME\?|#REF!|#VALUE!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+|#ERR\d*)$/;

/** Every cell holding an error value, as "Sheet!row,column: value". */
export function errorCells(sheets: Record<string, CellGrid>): string[] {
  const found: string[] = [];
  for (const [sheet, grid] of Object.entries(sheets)) {
    grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell === "string" && ERROR_VALUE.test(cell.trim())) {
          found.push(`${sheet}!R${r + 1}C${c + 1}: ${cell}`);
        }
      })
    );
  }
  return found;
}
