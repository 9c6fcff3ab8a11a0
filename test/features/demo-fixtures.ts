import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/core/import/csv";
import type { CellGrid } from "../../src/core/values/cell";
import { DEMO_TABLE_NAMES, type DemoTables } from "../../src/features/demo/demo-tables";
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
