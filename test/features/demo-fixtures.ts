import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/core/import/csv";
import type { CellGrid } from "../../src/core/values/cell";
import type { SheetLayout } from "../../src/core/layout/types";
import { DEMO_TABLE_NAMES, type DemoTables } from "../../src/features/demo/demo-tables";
import { planDemoWorkbook } from "../../src/features/demo/plan-demo";
import { REAL_TRUST_SAMPLE_CSV } from "../fixtures/paths";

const ROOT = join(__dirname, "../..");

export function csvGrid(path: string): CellGrid {
  const parsed = parseCsv(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.message}`);
  return parsed.grid;
}

/** The bundled demo trust's tables, as the CLI reads them. */
export function demoTables(): DemoTables {
  const tables = {} as DemoTables;
  for (const name of DEMO_TABLE_NAMES) {
    tables[name] = csvGrid(join(ROOT, "data/demo-trust", `${name}.csv`));
  }
  return tables;
}

/** The real trust sample with the publishers' own headers. */
export function realSample(): CellGrid {
  return csvGrid(REAL_TRUST_SAMPLE_CSV);
}

/** The demo's data tables with Schools cut back to the trust's own columns (no results). */
export function demoDataTablesOnly(): SheetLayout[] {
  const width = demoTables().Schools[0].length;
  return planDemoWorkbook(demoTables())
    .layouts.filter((layout) => layout.tables?.length)
    .map((layout) => {
      if (layout.name !== "Schools") return { ...layout, cells: [] };
      const table = layout.tables![0];
      return {
        name: "Schools",
        cells: [],
        tables: [
          {
            ...table,
            headers: table.headers.slice(0, width),
            rows: table.rows.map((row) => row.slice(0, width)),
          },
        ],
      };
    });
}
