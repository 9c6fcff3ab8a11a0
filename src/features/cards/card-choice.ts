import type { Framework } from "../../core/frameworks/types";
import { locateColumns, schoolsTable } from "../../core/import";
import { sameExcelName } from "../../core/layout/sheet-names";
import type { CellGrid } from "../../core/values/cell";
import { getBuiltinFramework } from "../../core/frameworks/builtin";
import type { WorkbookPort } from "../../port";
import { levelHeaders } from "./card-plan";
import { readCardTables } from "./card-sources";
import { readCardTablesFromPort } from "./read-tables";

/** One academy a card can be made for, with the level the Schools table proposes for it. */
export interface CardAcademy {
  readonly urn: number;
  readonly name: string;
  /** The text of the "<noun> (proposed)" cell, when the Schools table has that column. */
  readonly level?: string;
}

/** How the person picks academies: every one, those at chosen levels, or by hand. */
export type CardSelection =
  | { readonly mode: "all" }
  | { readonly mode: "level"; readonly levels: readonly string[] }
  | { readonly mode: "hand"; readonly urns: readonly number[] };

export interface CardAcademies {
  readonly framework: Framework;
  readonly academies: readonly CardAcademy[];
  /** The Schools column the levels come from, or undefined when the table has none. */
  readonly levelColumn?: string;
}

/**
 * Each academy's proposed level from the Schools grid (header row first), matched by URN.
 * Academies without a level (blank cell, or no such column) have none. Pure.
 */
export function academiesWithLevels(
  grid: CellGrid,
  schools: ReadonlyArray<{ urn: number; name: string }>,
  levelColumn: string
): { academies: CardAcademy[]; found: boolean } {
  const headers = grid[0] ?? [];
  const urnAt = locateColumns(schoolsTable, headers).at.get("urn") ?? -1;
  // The level column is TrustTier's own ("Tier (proposed)"): found as Excel compares headers.
  const levelAt = headers.findIndex((h) => sameExcelName(String(h ?? ""), levelColumn));
  const levels = new Map<number, string>();
  if (urnAt >= 0 && levelAt >= 0) {
    for (const row of grid.slice(1)) {
      const urn = Number(row[urnAt]);
      const level = row[levelAt];
      if (Number.isFinite(urn) && level !== null && level !== undefined && String(level).trim()) {
        levels.set(urn, String(level).trim());
      }
    }
  }
  const academies = schools.map((school) => {
    const level = levels.get(school.urn);
    return { urn: school.urn, name: school.name, ...(level ? { level } : {}) };
  });
  return { academies, found: levelAt >= 0 };
}

/** The Schools table's academies and their proposed levels under a built-in framework. */
export async function listCardAcademies(
  port: WorkbookPort,
  frameworkId: string
): Promise<CardAcademies> {
  const framework = getBuiltinFramework(frameworkId);
  if (!framework) throw new Error(`There is no built-in framework "${frameworkId}".`);
  const tables = await readCardTablesFromPort(port, await port.describe());
  const { schools } = readCardTables(tables);
  const levelColumn = levelHeaders(framework).proposed;
  const { academies, found } = academiesWithLevels(tables.schools.grid, schools, levelColumn);
  return { framework, academies, ...(found ? { levelColumn } : {}) };
}

/** Levels offered for picking, in the framework's order, with how many academies have each. */
export function levelChoices(
  framework: Framework,
  academies: readonly CardAcademy[]
): Array<{ level: string; count: number }> {
  const counts = new Map<string, number>();
  for (const academy of academies) {
    if (academy.level) counts.set(academy.level, (counts.get(academy.level) ?? 0) + 1);
  }
  const known = framework.levels.map((level) => level.name);
  const others = [...counts.keys()].filter((level) => !known.includes(level)).sort();
  return [...known, ...others].map((level) => ({ level, count: counts.get(level) ?? 0 }));
}

/** The URNs a selection picks, in Schools order. */
export function selectedUrns(
  academies: readonly CardAcademy[],
  selection: CardSelection
): number[] {
  switch (selection.mode) {
    case "all":
      return academies.map((a) => a.urn);
    case "level":
      return academies
        .filter((a) => a.level !== undefined && selection.levels.includes(a.level))
        .map((a) => a.urn);
    case "hand":
      return academies.filter((a) => selection.urns.includes(a.urn)).map((a) => a.urn);
  }
}
