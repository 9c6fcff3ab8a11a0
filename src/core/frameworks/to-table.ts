import { cadenceText } from "./cadence";
import type { CellGrid, CellValue } from "../values/cell";
import {
  FRAMEWORK_SETTINGS,
  FRAMEWORK_TABLE_COLUMNS,
  FRAMEWORK_TEXT_SETTINGS,
  LIST_SEPARATOR,
  type FrameworkTableColumn,
} from "./table-layout";
import type { Framework } from "./types";

type RowCells = Partial<Record<FrameworkTableColumn, CellValue>>;

const toRow = (cells: RowCells): CellValue[] =>
  FRAMEWORK_TABLE_COLUMNS.map((column) => cells[column] ?? null);

/** A framework as a Framework_<name> sheet: a header row, then one row per piece of data. */
export function frameworkToTable(framework: Framework): CellGrid {
  const rows: RowCells[] = [
    {
      "Row type": "framework",
      Id: framework.id,
      Name: framework.name,
      Text: framework.description,
      Source: framework.source,
    },
    {
      "Row type": "setting",
      Id: FRAMEWORK_SETTINGS.minEvidence,
      Value: framework.minEvidence,
      Text: "fewest pieces of evidence for a best fit (an inspection counts once)",
    },
    {
      "Row type": "setting",
      Id: FRAMEWORK_SETTINGS.secureAt,
      Value: framework.secureAt,
      Text: "agreement at or above this share is Secure",
    },
    {
      "Row type": "setting",
      Id: FRAMEWORK_SETTINGS.borderlineAt,
      Value: framework.borderlineAt,
      Text: "agreement at or above this share is Borderline; below it, Insecure",
    },
    {
      "Row type": "setting",
      Id: FRAMEWORK_SETTINGS.staleAfterDays,
      Value: framework.staleAfterDays,
      Text: "evidence older than this many days is flagged as stale",
    },
    {
      "Row type": "setting",
      Id: FRAMEWORK_TEXT_SETTINGS.levelNoun,
      Value: framework.levelNoun,
      Text: "what a level is called in column headers: 'Tier' gives 'Tier (proposed)'",
    },
    ...framework.levels.map((level): RowCells => ({
      "Row type": "level",
      Id: level.id,
      Name: level.name,
      Value: level.code,
      Text: level.descriptor,
      Support: level.support,
      Cadence: cadenceText(level.cadence),
      Colour: level.colour,
      Source: level.source,
    })),
    ...framework.criteria.map((criterion): RowCells => ({
      "Row type": "criterion",
      Id: criterion.id,
      Name: criterion.label,
      Kind: criterion.kind,
      Group: criterion.group ?? null,
      Value: criterion.staleAfterDays ?? null,
      Aliases: criterion.aliases.join(LIST_SEPARATOR),
      Source: criterion.source,
    })),
    ...framework.mapping.map((row): RowCells => ({
      "Row type": "mapping",
      Kind: row.notApplicable ? "not applicable" : "fits",
      Criterion: row.criterion,
      Value: row.value,
      Aliases: row.aliases.join(LIST_SEPARATOR),
      "From level": row.notApplicable ? null : row.from,
      "To level": row.notApplicable ? null : row.to,
      Source: row.source,
    })),
    ...(framework.ownWords ?? []).map((alias): RowCells => ({
      "Row type": "alias",
      Criterion: alias.criterion,
      Value: alias.value,
      "From level": alias.level,
      Text: "a trust's own word for this level",
      Source: alias.source,
    })),
    ...framework.floors.map((floor): RowCells => ({
      "Row type": "floor",
      Id: floor.id,
      Name: floor.label,
      Kind: floor.trigger.kind,
      Criterion: floor.trigger.kind === "value" ? floor.trigger.criterion : null,
      Value:
        floor.trigger.kind === "value"
          ? floor.trigger.values.join(LIST_SEPARATOR)
          : floor.trigger.fact,
      "From level": floor.level,
      Text: floor.consequence ?? null,
      Source: floor.source,
      Applies: floor.off ? "No" : "Yes",
    })),
  ];
  return [[...FRAMEWORK_TABLE_COLUMNS], ...rows.map(toRow)];
}
