import type { Framework } from "../../core/frameworks/types";
import type { ImportProblem } from "../../core/import/location";
import {
  checkMappedValues,
  chooseColumn,
  proposeMapping,
  schoolsTableTargets,
  type MappingProposal,
  type MappingTarget,
} from "../../core/mapping";
import type { WorkbookPort } from "../../port";
import { readSchoolsSource, type SchoolsSource, type SourceChoice } from "../classify/read-source";

/** A schools table read and mapped for one framework, before anything is written. */
export interface Connection {
  choice: SourceChoice;
  source: SchoolsSource;
  framework: Framework;
  targets: MappingTarget[];
  proposal: MappingProposal;
}

/** Reads the chosen table or sheet and proposes a mapping of its columns to the framework. */
export async function connectSource(
  port: WorkbookPort,
  choice: SourceChoice,
  framework: Framework
): Promise<Connection> {
  const source = await readSchoolsSource(port, choice);
  const targets = schoolsTableTargets(framework);
  const proposal = proposeMapping(targets, source.grid, {
    sheet: source.sheet,
    headerRow: source.headerRow,
  });
  return { choice, source, framework, targets, proposal };
}

/** The target a column holds under a mapping, or null. */
export function targetOfColumn(columnOf: Readonly<Record<string, number>>, column: number) {
  return Object.entries(columnOf).find(([, at]) => at === column)?.[0] ?? null;
}

/** Sets one column's target (null: ignore the column); the target leaves any other column. */
export function correctColumn(
  columnOf: Readonly<Record<string, number>>,
  column: number,
  target: string | null
): Record<string, number> {
  return chooseColumn(columnOf, column, target);
}

/** Label of a target id, for drop-downs and messages. */
export function targetLabel(connection: Connection, id: string): string {
  return connection.targets.find((target) => target.id === id)?.label ?? id;
}

/** Every mapped value that will not parse, named by cell, before anything is written. */
export function valueProblems(
  connection: Connection,
  columnOf: Readonly<Record<string, number>>
): ImportProblem[] {
  return checkMappedValues(connection.targets, connection.source.grid, columnOf, {
    sheet: connection.source.sheet,
    headerRow: connection.source.headerRow,
  });
}

/**
 * The disagreements the person has not settled yet: a target whose two columns disagree,
 * while the mapping still has it in the proposed column and its rival holds nothing else.
 */
export function openDisagreements(
  connection: Connection,
  columnOf: Readonly<Record<string, number>>,
  settled: ReadonlySet<string>
) {
  return connection.proposal.disagreements.filter(
    (item) => !settled.has(item.target) && item.target in columnOf
  );
}
