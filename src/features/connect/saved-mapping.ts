import { sameExcelName } from "../../core/layout/sheet-names";
import { readSetting, type SettingRead } from "../../core/layout/settings";
import {
  columnsFromSaved,
  mappingByHeader,
  savedMappingSchema,
  type SavedMapping,
} from "../../core/mapping";
import type { WorkbookPort } from "../../port";
import type { Connection } from "./connection";

/** The settings key holding the column mapping (read by the functions and the CLI too). */
export const MAPPING_SETTING = "mapping";

/** The saved mapping, checked; a damaged one is a message to show with a Reset button. */
export async function loadSavedMapping(port: WorkbookPort): Promise<SettingRead<SavedMapping>> {
  return readSetting(await port.readSettings(), MAPPING_SETTING, savedMappingSchema);
}

/** The mapping to save for a connection: target id -> header text (headers survive moves). */
export function mappingToSave(
  connection: Connection,
  columnOf: Readonly<Record<string, number>>
): SavedMapping {
  return {
    version: 1,
    source: { kind: connection.choice.kind, name: connection.choice.name },
    framework: connection.framework.id,
    columns: mappingByHeader(columnOf, connection.source.grid[0] ?? []),
  };
}

/** Writes the mapping and the chosen framework to the workbook's settings sheet. */
export async function saveMapping(
  port: WorkbookPort,
  connection: Connection,
  columnOf: Readonly<Record<string, number>>
): Promise<SavedMapping> {
  const saved = mappingToSave(connection, columnOf);
  await port.writeSettings({ [MAPPING_SETTING]: saved, framework: connection.framework.id });
  return saved;
}

/** Removes a damaged (or unwanted) saved mapping. */
export async function resetSavedMapping(port: WorkbookPort): Promise<void> {
  await port.writeSettings({ [MAPPING_SETTING]: undefined });
}

/**
 * The saved mapping applied to this connection when it was saved for the same table and
 * framework; otherwise the proposal. Headers no longer present fall back to the proposal.
 */
export function startingColumns(connection: Connection, saved: SavedMapping | undefined) {
  const sameSource =
    saved &&
    saved.source.kind === connection.choice.kind &&
    sameExcelName(saved.source.name, connection.choice.name) &&
    saved.framework === connection.framework.id;
  if (!sameSource) return { ...connection.proposal.columnOf };
  const { columnOf } = columnsFromSaved(saved.columns, connection.source.grid[0] ?? []);
  return columnOf;
}
