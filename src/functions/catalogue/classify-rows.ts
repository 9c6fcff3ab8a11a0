import { classify } from "../../core/classify/classify";
import { explain } from "../../core/classify/explain";
import {
  criteriaColumns,
  criteriaOrderedRow,
  evidenceDatesFromRow,
  evidenceFromRow,
  matchHeadersToCriteria,
  type HeaderMatch,
} from "../../core/classify/headers";
import { classifyLevelOnly, LEVEL_ONLY_NOT_ENOUGH_EVIDENCE } from "../../core/classify/level-only";
import { compileFramework, type CompiledFramework } from "../../core/classify/compile";
import type { Classification } from "../../core/classify/types";
import type { IsoDate } from "../../core/dates/iso";
import type { Framework } from "../../core/frameworks/types";
import type { CellValue } from "../../core/values/cell";
import { describeValue } from "../../core/values/parsed";
import { normaliseText } from "../../core/values/text";
import { zeroAsBlank } from "./blanks";
import {
  ArgumentProblem,
  invalidValue,
  notAvailable,
  type ResultCell,
  type ResultGrid,
} from "./failure";
import {
  isSpecial,
  readGrid,
  specialCellFailure,
  type InputCell,
  type InputGrid,
} from "./excel-input";
import { readPlainGrid } from "./plain-grid";
import { readRequiredDate } from "./readers";

export const AS_OF_HINT = "pass the date the classification is made, e.g. TODAY()";

const problem = (message: string) => new ArgumentProblem("invalidValue", message);

function readHeaderRow(argument: unknown): CellValue[] {
  const grid = readPlainGrid(argument, "headers");
  if (grid.length !== 1)
    throw problem(
      `headers must be one row (the table's header row), not ${grid.length} rows; e.g. Schools[[#Headers],[Ofsted]:[Other reports]]`
    );
  return grid[0];
}

function matchHeaders(framework: Framework, headers: CellValue[]): HeaderMatch {
  const match = matchHeadersToCriteria(framework, headers);
  const [duplicate] = match.duplicates;
  if (duplicate) {
    const label = framework.criteria.find(({ id }) => id === duplicate.criterion)?.label;
    const named = duplicate.columns
      .map((column) => `${describeValue(headers[column])} (column ${column + 1})`)
      .join(" and ");
    throw problem(`headers ${named} both name ${label}; keep one of them in the span`);
  }
  if (Object.keys(match.columnOf).length > 0) return match;
  const expected = framework.criteria
    .slice(0, 6)
    .map((criterion) => criterion.label)
    .join(", ");
  const given = headers.slice(0, 6).map(describeValue).join(", ");
  throw problem(
    `none of the headers (${given}) names a criterion of ${framework.name}; expected headers such as ${expected}`
  );
}

function readValues(argument: unknown, width: number): InputGrid {
  const values = readGrid(argument, "values");
  if (values[0].length !== width)
    throw problem(
      `values has ${values[0].length} columns but headers has ${width}; pass the same column span for both`
    );
  return values;
}

/** "Ofsted value 'Goodish' in row 14 is not recognised...": the core's message, placed in a row. */
function inRow(result: Classification & { status: "invalid" }, rowLabel: string): string {
  if (!rowLabel) return result.message;
  return result.problems
    .map(({ label, value, message }) => {
      const head = `${label} value ${describeValue(value)}`;
      return message.startsWith(head)
        ? `${head} in ${rowLabel}${message.slice(head.length)}`
        : `${rowLabel}: ${message}`;
    })
    .join("; ");
}

/**
 * The columns where a 0 is a blank cell (older desktops pass blanks as 0, see blanks.ts): every
 * evidence date column (serial 0 is no date) and every criterion whose scale has no value "0"
 * (no built-in one has; a trust's own framework may list 0 as a value, and then 0 is evidence).
 */
function columnsWhereZeroIsBlank(compiled: CompiledFramework, match: HeaderMatch): number[] {
  const zero = normaliseText("0");
  const criteria = Object.entries(match.columnOf)
    .filter(([id]) => !compiled.byId.get(id)?.keys.has(zero))
    .map(([, column]) => column);
  return [...new Set([...criteria, ...Object.values(match.dateColumnOf)])];
}

/** The row with a 0 in `columns` read as blank; the row itself (not a copy) when it has none. */
function zerosAsBlank(row: InputCell[], columns: readonly number[]): InputCell[] {
  let copy: InputCell[] | undefined;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    if (row[column] !== 0) continue;
    copy ??= row.slice();
    copy[column] = null;
  }
  return copy ?? row;
}

export type Answer = (result: Classification, rowLabel: string) => ResultCell;

/** TRUST.TIER's answer: the proposed level's name. */
export const levelAnswer: Answer = (result, rowLabel) => {
  if (result.status === "classified") return result.level.name;
  if (result.status === "invalid") return invalidValue(inRow(result, rowLabel));
  return notAvailable(rowLabel ? `${rowLabel}: ${result.message}` : result.message);
};

/** TRUST.EXPLAIN's answer: the readable reason; too little evidence is itself the explanation. */
export const explanationAnswer: Answer = (result, rowLabel) => {
  if (result.status === "invalid") return invalidValue(inRow(result, rowLabel));
  return explain(result);
};

export interface RowsRequest {
  framework: Framework;
  headers: unknown;
  values: unknown;
  asOf: unknown;
  /** True when only the level is needed: the engine's fast path, full classify for failures. */
  levelOnly: boolean;
  answer: Answer;
}

/**
 * Classifies each row of `values` (columns named by `headers`, matched to the framework's
 * criteria and aliases; extra columns ignored): one result per row. An error cell in a matched
 * column fails that row only.
 */
export function classifyRows(request: RowsRequest): ResultGrid {
  const { framework, answer } = request;
  const asOf: IsoDate = readRequiredDate(request.asOf, "asOf", AS_OF_HINT);
  const headers = readHeaderRow(zeroAsBlank(request.headers));
  const values = readValues(request.values, headers.length);
  const match = matchHeaders(framework, headers);
  const compiled = compileFramework(framework);
  const matchedColumns = [
    ...Object.values(match.columnOf),
    ...new Set(Object.values(match.dateColumnOf)),
  ];
  const zeroIsBlank = columnsWhereZeroIsBlank(compiled, match);
  const hasDates = Object.keys(match.dateColumnOf).length > 0;
  // Worked out once per call, not per row: a call can carry 25,000 rows.
  const criteriaAt = criteriaColumns(framework, match);
  const ordered: CellValue[] = new Array<CellValue>(criteriaAt.length).fill(null);
  const labelOf = (index: number): string => (values.length > 1 ? `row ${index + 1}` : "");
  // Rows with too little evidence and one shape (see classifyLevelOnly) share classify's answer.
  const out = { shape: 0 };
  const notEnough = new Map<number, Classification>();
  const shaped = compiled.pieces.length < 27;
  // Rows the fast path answers share one result row per level: nothing downstream mutates them.
  const levelRows: ResultCell[][] = compiled.levels.map((level) => [level.name]);
  const answerRow = (given: InputCell[], index: number): ResultCell[] => {
    const row = zerosAsBlank(given, zeroIsBlank);
    for (let i = 0; i < matchedColumns.length; i++) {
      const column = matchedColumns[i];
      const cell = row[column];
      if (isSpecial(cell)) {
        const header = describeValue(headers[column]);
        const rowLabel = labelOf(index);
        const where = rowLabel ? `the ${header} cell in ${rowLabel}` : `the ${header} cell`;
        return [specialCellFailure(cell, where)];
      }
    }
    const plain = row as CellValue[];
    const badDate = hasDates ? evidenceDatesFromRow(match, plain).problems[0] : undefined;
    if (badDate) {
      const header = describeValue(headers[badDate.column]);
      const rowLabel = labelOf(index);
      return [
        invalidValue(`${header} value${rowLabel ? ` in ${rowLabel}` : ""}: ${badDate.message}`),
      ];
    }
    let key = -1;
    if (request.levelOnly) {
      const rank = classifyLevelOnly(compiled, criteriaOrderedRow(criteriaAt, plain, ordered), out);
      if (rank >= 0) return levelRows[rank];
      if (rank === LEVEL_ONLY_NOT_ENOUGH_EVIDENCE && shaped) key = out.shape;
    }
    let result = notEnough.get(key);
    if (!result) {
      result = classify(framework, evidenceFromRow(match, plain), { asOf });
      if (key >= 0 && result.status === "not enough evidence") notEnough.set(key, result);
    }
    return [answer(result, labelOf(index))];
  };
  const results: ResultGrid = new Array<ResultCell[]>(values.length);
  for (let index = 0; index < values.length; index++)
    results[index] = answerRow(values[index], index);
  return results;
}
