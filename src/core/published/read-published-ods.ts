import type { CellGrid } from "../values/cell";
import { normaliseText } from "../values/text";
import { cleanHeader } from "./headers";
import { succeeded } from "../problems";
import { unreadableFile, type PublishedCsv } from "./read-csv";
import { readOdsContent, type OdsSheet } from "./read-ods";
import { recogniseFile } from "./recognise";

/** How far down a sheet its header row is looked for (title and note lines come first in some). */
const HEADER_SEARCH_ROWS = 20;

/** The first sheet, and the row in it, where a header row `accepts`; the grid from that row. */
function findTable(
  sheets: readonly OdsSheet[],
  accepts: (grid: CellGrid) => boolean
): { sheet: string; headerRow: number; grid: CellGrid } | undefined {
  for (const sheet of sheets) {
    const last = Math.min(HEADER_SEARCH_ROWS, sheet.grid.length);
    for (let row = 0; row < last; row++) {
      const grid = sheet.grid.slice(row);
      if (accepts(grid)) return { sheet: sheet.name, headerRow: row + 1, grid };
    }
  }
  return undefined;
}

const named = (name: string, found: { sheet: string; headerRow: number }): string =>
  `${name} (sheet '${found.sheet}'${found.headerRow > 1 ? `, headers on row ${found.headerRow}` : ""})`;

function sheetsOf(name: string, contentXml: string): OdsSheet[] | string {
  const content = readOdsContent(contentXml);
  return content.ok
    ? content.sheets
    : `${name}: ${content.message}; expected an OpenDocument spreadsheet (.ods)`;
}

/**
 * A published file saved as an OpenDocument spreadsheet (Ofsted publishes its management
 * information as .ods with a notes sheet before the data): the first sheet whose header row
 * TrustTier recognises (DfE, Ofsted or GIAS headers), looked for in each sheet's first rows;
 * a sheet of edition metadata only when no sheet holds data.
 * The file is named with its sheet, so the report says which sheet was read.
 */
export function readPublishedOds(name: string, contentXml: string): PublishedCsv {
  const sheets = sheetsOf(name, contentXml);
  if (typeof sheets === "string") return unreadableFile(name, sheets);
  // A notes sheet listing "Field name, Description" reads as edition metadata: data sheets first.
  const found =
    findTable(sheets, (grid) => !["meta", undefined].includes(recogniseFile(grid).family)) ??
    findTable(sheets, (grid) => recogniseFile(grid).family === "meta");
  if (!found) {
    return unreadableFile(
      name,
      `${name}: none of its sheets (${sheets.map((s) => `'${s.name}'`).join(", ")}) has a header row TrustTier recognises in its first ${HEADER_SEARCH_ROWS} rows; expected a sheet with the publisher's own headers (DfE performance tables, Ofsted management information or GIAS)`
    );
  }
  return succeeded({ name: named(name, found), grid: found.grid, encoding: "OpenDocument" });
}

/** A school list saved as .ods: the first sheet with a URN column and URNs under it. */
export function readOdsSchoolList(name: string, contentXml: string): PublishedCsv {
  const sheets = sheetsOf(name, contentXml);
  if (typeof sheets === "string") return unreadableFile(name, sheets);
  // A header row with a URN column whose next row holds a URN: a notes sheet's "URN | Unique
  // reference number" line is not a school list. A sheet of published data is preferred.
  const isList = (grid: CellGrid): boolean => {
    const at = (grid[0] ?? []).findIndex((cell) => normaliseText(cleanHeader(cell)) === "urn");
    return at >= 0 && /^\d{5,7}$/.test(cleanHeader(grid[1]?.[at]));
  };
  const found =
    findTable(sheets, (grid) => isList(grid) && recogniseFile(grid).family !== undefined) ??
    findTable(sheets, isList);
  if (!found) {
    return unreadableFile(
      name,
      `${name}: none of its sheets (${sheets.map((s) => `'${s.name}'`).join(", ")}) has a URN column; expected a school list with a URN column`
    );
  }
  return succeeded({ name: named(name, found), grid: found.grid, encoding: "OpenDocument" });
}
