import type { SheetLayout } from "../../core/layout/types";
import { safeSheetName, sameSheetName } from "../../core/layout/sheet-names";
import type { WorkbookPort, WriteResult } from "../../port/WorkbookPort";

export interface VersionOptions {
  /** Overwrite the sheet named `base` instead of adding a new version beside it. */
  replace?: boolean;
}

/**
 * The sheet name for a new plan: `base` when free, else "base v2", "base v3"… so a plan a
 * person started is never overwritten unless the caller asks for an explicit replace.
 */
export function versionedSheetName(
  base: string,
  existing: readonly string[],
  replace = false
): string {
  const first = safeSheetName(base);
  if (replace || !existing.some((name) => sameSheetName(name, first))) return first;
  for (let n = 2; ; n++) {
    const suffix = ` v${n}`;
    const candidate = safeSheetName(first.slice(0, 31 - suffix.length).trimEnd() + suffix);
    if (!existing.some((name) => sameSheetName(name, candidate))) return candidate;
  }
}

/** Writes the layout `build` makes for the chosen name: a new version, or a replace. */
export async function writeVersioned(
  port: WorkbookPort,
  base: string,
  build: (sheetName: string) => SheetLayout,
  options: VersionOptions = {}
): Promise<WriteResult> {
  const existing = (await port.describe()).sheets.map((sheet) => sheet.name);
  const name = versionedSheetName(base, existing, options.replace);
  const replacing = existing.some((sheet) => sameSheetName(sheet, name));
  return port.writeLayout(build(name), { mode: replacing ? "replace" : "create" });
}
