import { compileFramework } from "../classify/compile";
import {
  INVALID,
  invalidValueMessage,
  NOT_APPLICABLE,
  resolveNamed,
  resolveValue,
  UNAVAILABLE,
} from "../classify/resolve";
import type { Framework } from "../frameworks/types";
import { readDate } from "../import/cells";
import { readText } from "../import/text-cells";
import { readFigure, readPhase, readUrn } from "../import/school-cells";
import { schoolsTable } from "../import/tables/schools";
import { measureValueProblem } from "../measures/check";
import { measures as catalogue } from "../measures/catalogue";
import type { Measure } from "../measures/types";
import type { CellValue } from "../values/cell";
import { blank, invalid, parsed, suppressed, type Parsed } from "../values/parsed";
import { suppressionOf } from "../values/suppression";
import type { MappingTarget } from "./types";

export const SCHOOL_TARGET_PREFIX = "school:";
export const CRITERION_TARGET_PREFIX = "criterion:";
export const MEASURE_TARGET_PREFIX = "measure:";

/** The Ofsted inspection date a schools table may carry beside the grade (GIAS's INSPECTIONDT). */
export const OFSTED_DATE_TARGET = `${SCHOOL_TARGET_PREFIX}ofstedDate`;

const SCHOOL_READERS: Record<string, { read: MappingTarget["read"]; sniff: boolean }> = {
  urn: { read: readUrn, sniff: false },
  name: { read: readText, sniff: false },
  phase: { read: readPhase, sniff: true },
  joined: { read: readDate, sniff: false },
  predecessorUrn: { read: readUrn, sniff: false },
  localAuthority: { read: readText, sniff: false },
};

/** The Schools table's own fields (URN, name, phase...) as mapping targets. */
export function schoolTargets(): MappingTarget[] {
  const fields = schoolsTable.columns.map((column) => ({
    id: `${SCHOOL_TARGET_PREFIX}${column.key}`,
    label: column.header,
    aliases: [column.key, ...(column.aliases ?? [])],
    ...SCHOOL_READERS[column.key],
    required: column.required,
  }));
  return [
    ...fields,
    {
      id: OFSTED_DATE_TARGET,
      label: "Ofsted inspection date",
      aliases: ["INSPECTIONDT", "Inspection date", "Last inspection date", "Ofsted date"],
      read: readDate,
      sniff: false,
    },
  ];
}

/** A framework's criteria as targets: a value fits when a mapping row of the criterion accepts it. */
export function criterionTargets(framework: Framework): MappingTarget[] {
  const compiled = compileFramework(framework);
  return compiled.criteria.map((entry) => ({
    id: `${CRITERION_TARGET_PREFIX}${entry.criterion.id}`,
    label: entry.criterion.label,
    aliases: [entry.criterion.id, ...entry.criterion.aliases],
    sniff: true,
    // A level read by the own-words rule alone does not identify the column: only named values fit
    // (without running that rule over every distinct school name or note of a national table).
    fits: (value: CellValue): boolean => resolveNamed(entry, value) !== INVALID,
    read: (value: CellValue): Parsed<unknown> => {
      const resolved = resolveValue(entry, value);
      if (resolved >= 0) return parsed(entry.rows[resolved].value);
      if (resolved === NOT_APPLICABLE) return parsed("not applicable");
      if (resolved === UNAVAILABLE) {
        const code = suppressionOf(value)?.code ?? String(value);
        return suppressed(code, "not available");
      }
      if (resolved === INVALID) return invalid(invalidValueMessage(entry, value));
      return blank();
    },
  }));
}

function measureReader(measure: Measure): (value: CellValue) => Parsed<unknown> {
  return (value) => {
    const figure = readFigure(value);
    if (!figure.ok) return figure;
    if ("suppressed" in figure.value) {
      const code = figure.value.suppressed;
      return suppressed(code, "not available");
    }
    const problem = measureValueProblem(measure, figure.value.value);
    return problem?.severity === "invalid" ? invalid(problem.message) : parsed(figure.value.value);
  };
}

/** Measures of the catalogue as targets; numbers never identify a measure by values alone. */
export function measureTargets(list: readonly Measure[] = catalogue): MappingTarget[] {
  return list.map((measure) => ({
    id: `${MEASURE_TARGET_PREFIX}${measure.code}`,
    label: measure.label,
    aliases: [measure.code, ...measure.aliases],
    read: measureReader(measure),
    sniff: false,
  }));
}

/** What a schools table is mapped to for one framework: school fields, criteria, measures. */
export function schoolsTableTargets(framework: Framework): MappingTarget[] {
  return [...schoolTargets(), ...criterionTargets(framework), ...measureTargets()];
}
