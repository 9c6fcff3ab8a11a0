import type { SheetLayout, RangeFormat } from "../../layout/types";
import type { IsoDate } from "../../dates/iso";
import { CRITERION_TARGET_PREFIX } from "../../mapping";
import type { CellGrid } from "../../values/cell";
import type { ClassifiedSchools } from "../schools-grid";
import { DATE_FORMAT } from "../../layout/number-formats";
import { resultCells, resultColumns, trustTierFormula, type EvidenceSpan } from "./result-columns";

export interface SchoolsSheetInput {
  sheetName: string;
  tableName: string;
  /**
   * The schools grid as read (header row first), written back at A1; result columns of an
   * earlier TrustTier run are dropped, blank or repeated headers made unique.
   */
  grid: CellGrid;
  /** 0-based input columns that hold dates as serials. */
  dateColumns: readonly number[];
  /** One block of result columns per framework, all over the same grid. */
  blocks: readonly ClassifiedSchools[];
  asOf: IsoDate;
}

/** Where each framework's level column ended up, for the Summary's formulas. */
export interface SchoolsSheetPlan {
  layout: SheetLayout;
  /** 0-based first and last data rows on the sheet. */
  firstRow: number;
  lastRow: number;
  /** Framework id -> 0-based column of its "(proposed)" level. */
  levelColumn: Record<string, number>;
  /** 0-based column of the phase, when mapped. */
  phaseColumn?: number;
}

function evidenceSpan(block: ClassifiedSchools, position: Map<number, number>): EvidenceSpan {
  const columns = Object.entries(block.columnOf)
    .filter(([id]) => id.startsWith(CRITERION_TARGET_PREFIX))
    .map(([, column]) => position.get(column) ?? column);
  return { headerRow: 0, firstCol: Math.min(...columns), lastCol: Math.max(...columns) };
}

/** Headers an Excel table accepts: none blank, none repeated (compared without case). */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header, column) => {
    const base = header.trim() === "" ? `Column ${column + 1}` : header.trim();
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * The schools table with each framework's proposed level, security, next review and reason as
 * values, and the equivalent TRUST.TIER formula as text beside them.
 */
export function schoolsSheetPlan(input: SchoolsSheetInput): SchoolsSheetPlan {
  const [headerCells = [], ...dataRows] = input.grid;
  const first = input.blocks[0];
  if (!first) throw new Error("schoolsSheetPlan needs at least one framework's results");
  const keptRows = first.results.map((result) => result.index);

  // Result columns from an earlier run (classifying TrustTier's own output) are replaced.
  const resultHeaders = new Set(
    input.blocks.flatMap((block) =>
      resultColumns(block.framework).map((column) => column.header.toLowerCase())
    )
  );
  const keptColumns = headerCells
    .map((cell, column) => ({ header: cell === null ? "" : String(cell), column }))
    .filter(({ header }) => !resultHeaders.has(header.trim().toLowerCase()));
  const position = new Map(keptColumns.map(({ column }, index) => [column, index]));
  const headers = uniqueHeaders(keptColumns.map(({ header }) => header));
  const rows: CellGrid = keptRows.map((index) => {
    const cells = dataRows[index] ?? [];
    return keptColumns.map(({ column }) => cells[column] ?? null);
  });
  const formats: RangeFormat[] = input.dateColumns
    .filter((col) => position.has(col))
    .map((col) => ({
      range: { row: 1, col: position.get(col) as number, rows: Math.max(1, rows.length), cols: 1 },
      numberFormat: DATE_FORMAT,
    }));
  const levelColumn: Record<string, number> = {};
  for (const block of input.blocks) {
    const span = evidenceSpan(block, position);
    const columns = resultColumns(block.framework);
    const start = headers.length;
    levelColumn[block.framework.id] = start;
    headers.push(...columns.map((column) => column.header));
    block.results.forEach((result, position) => {
      const formula = trustTierFormula(block.framework, span, position + 1, input.asOf);
      rows[position].push(...resultCells(result.classification, formula));
    });
    columns.forEach((column, offset) => {
      if (column.numberFormat) {
        formats.push({
          range: { row: 1, col: start + offset, rows: Math.max(1, rows.length), cols: 1 },
          numberFormat: column.numberFormat,
        });
      }
    });
  }
  const phaseInput = first.columnOf["school:phase"];
  const phaseColumn = phaseInput === undefined ? undefined : position.get(phaseInput);
  return {
    layout: {
      name: input.sheetName,
      cells: [],
      tables: [
        {
          name: input.tableName,
          row: 0,
          col: 0,
          headers,
          rows,
          style: "TableStyleMedium2",
        },
      ],
      formats,
      columnWidths: headers.map((header, col) => ({
        col,
        width: Math.min(40, Math.max(10, header.length + 2)),
      })),
      frozen: { rows: 1, cols: Math.min(2, keptColumns.length) },
    },
    firstRow: 1,
    lastRow: rows.length,
    levelColumn,
    ...(phaseColumn !== undefined ? { phaseColumn } : {}),
  };
}
