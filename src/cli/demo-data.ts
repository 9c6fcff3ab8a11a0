import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../core/import/csv";
import { DEMO_TABLE_NAMES, type DemoTables } from "../features/demo/demo-tables";
import { UsageError } from "./run-classify";

/** Reads the demo trust's CSV files from `dir`, one per canonical table. */
export function readDemoTables(dir: string): DemoTables {
  const tables: Partial<DemoTables> = {};
  for (const name of DEMO_TABLE_NAMES) {
    const file = join(dir, `${name}.csv`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new UsageError(`--data: cannot read ${file}: ${(error as Error).message}`);
    }
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new UsageError(`--data: ${file}: ${parsed.message}`);
    tables[name] = parsed.grid;
  }
  return tables as DemoTables;
}
