import { frameworkToTable } from "../../core/frameworks/to-table";
import type { ResultGrid } from "./failure";
import { readBuiltinFramework } from "./readers";

/** TRUST.FRAMEWORK: a built-in framework as a table to copy and edit (blanks as ""). */
export function frameworkTable(framework: unknown): ResultGrid {
  return frameworkToTable(readBuiltinFramework(framework)).map((row) =>
    row.map((cell) => cell ?? "")
  );
}
