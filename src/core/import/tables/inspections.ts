import * as z from "zod/mini";
import { inspectionAreaOf } from "../../inspections/areas";
import { normaliseInspection, type InspectionField } from "../../inspections/normalise";
import type { InspectionRecord } from "../../inspections/types";
import type { CellGrid, CellValue } from "../../values/cell";
import { readDate, requiredCell } from "../cells";
import { readUrn } from "../school-cells";
import type { ImportProblem } from "../location";
import {
  locateColumns,
  readCanonicalTable,
  type ReadTableOptions,
  type TableDefinition,
} from "../read-table";

const raw = z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()]));

const row = z.object({
  urn: requiredCell(readUrn, "the school's URN"),
  date: requiredCell(readDate, "the inspection date"),
  published: raw,
  type: raw,
  overall: raw,
  safeguarding: raw,
  concern: raw,
  predecessor: raw,
  nextSteps: raw,
});
type InspectionCells = z.infer<typeof row>;

/**
 * One row per academy and inspection, any regime. Every column the definition does not name
 * must be a graded area Ofsted uses ("Quality of education", "Inclusion"...).
 */
export const inspectionsTable: TableDefinition<InspectionCells> = {
  name: "Inspections",
  columns: [
    { key: "urn", header: "URN", required: true },
    { key: "date", header: "Inspection date", aliases: ["Date", "INSPECTIONDT"], required: true },
    {
      key: "published",
      header: "Publication date",
      aliases: ["Published", "Report published", "PUBLICATIONDT"],
      required: false,
    },
    { key: "type", header: "Type", aliases: ["Inspection type"], required: false },
    {
      key: "overall",
      header: "Overall",
      aliases: ["Overall effectiveness", "Outcome"],
      required: false,
    },
    { key: "safeguarding", header: "Safeguarding", required: false },
    { key: "concern", header: "Category of concern", aliases: ["Concern"], required: false },
    { key: "predecessor", header: "Predecessor", aliases: ["Predecessor school"], required: false },
    { key: "nextSteps", header: "Next steps", aliases: ["Areas for improvement"], required: false },
    // Written by an import of Ofsted's management information (src/core/published).
    { key: "predecessorUrn", header: "Predecessor URN", required: false },
    { key: "number", header: "Inspection number", required: false },
    { key: "importedFrom", header: "Imported from", required: false },
  ],
  row,
};

export interface InspectionRow {
  urn: number;
  record: InspectionRecord;
  warnings: string[];
}

export interface InspectionsRead {
  rows: Array<{ row: number; value: InspectionRow }>;
  problems: ImportProblem[];
}

/** A report-card area's own date ("Inclusion - date of grade"), as Ofsted's MI gives it. */
function isAreaDateHeader(header: string): boolean {
  const match = /^(.+?)\s+-\s+date of grade$/i.exec(header.trim());
  return match !== null && inspectionAreaOf(match[1]) !== undefined;
}

/** The definition's column each normaliser field is read from. */
const FIELD_COLUMNS: Record<InspectionField, string> = {
  date: "date",
  published: "published",
  type: "type",
  overall: "overall",
  safeguarding: "safeguarding",
  categoryOfConcern: "concern",
  predecessor: "predecessor",
  nextSteps: "nextSteps",
};

/** Reads the Inspections table and normalises each row into an inspection record. */
export function readInspections(grid: CellGrid, options: ReadTableOptions = {}): InspectionsRead {
  const sheet = options.sheet ?? inspectionsTable.name;
  const table = readCanonicalTable(inspectionsTable, grid, options);
  const problems = [...table.problems];
  const headers = (grid[0] ?? []).map((cell) => (cell === null ? "" : String(cell).trim()));
  const { at } = locateColumns(inspectionsTable, headers, options);
  for (const extra of table.extraColumns) {
    if (!inspectionAreaOf(extra.header) && !isAreaDateHeader(extra.header)) {
      problems.push({
        sheet,
        column: extra.column,
        header: extra.header,
        row: options.headerRow ?? 1,
        message: `'${extra.header}' is not a graded area Ofsted uses; rename or remove the column`,
      });
    }
  }
  const rows: InspectionsRead["rows"] = [];
  for (const read of table.rows) {
    const cells = read.value;
    const areas: Record<string, CellValue> = {};
    for (const [header, value] of Object.entries(read.extras)) {
      if (inspectionAreaOf(header)) areas[header] = value;
    }
    const result = normaliseInspection({
      date: cells.date,
      published: cells.published ?? null,
      type: cells.type ?? null,
      overall: cells.overall ?? null,
      areas,
      safeguarding: cells.safeguarding ?? null,
      categoryOfConcern: cells.concern ?? null,
      predecessor: cells.predecessor ?? null,
      nextSteps: cells.nextSteps ?? null,
    });
    if (!result.ok) {
      for (const { field, area, message } of result.problems) {
        const column =
          field !== undefined
            ? at.get(FIELD_COLUMNS[field])
            : area !== undefined
              ? headers.indexOf(area)
              : undefined;
        problems.push({
          sheet,
          row: read.row,
          ...(column !== undefined && column >= 0 ? { column, header: headers[column] } : {}),
          message,
        });
      }
      continue;
    }
    rows.push({
      row: read.row,
      value: { urn: cells.urn, record: result.value, warnings: result.warnings },
    });
  }
  return { rows, problems };
}
