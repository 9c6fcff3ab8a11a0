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
  readCellKeepingEmptyText,
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

/** The values grid; "" stays "" (answerRow reads it as blank), so rows holding it are not copied. */
function readValues(argument: unknown, width: number): InputGrid {
  const values = readGrid(argument, "values", readCellKeepingEmptyText);
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

/** The row with "" read as blank (null), as readCell reads it; the row itself when it holds none. */
function emptyTextAsBlank(row: CellValue[]): CellValue[] {
  let copy: CellValue[] | undefined;
  for (let c = 0; c < row.length; c++) {
    if (row[c] !== "") continue;
    copy ??= row.slice();
    copy[c] = null;
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
 * What every row of one call shares, worked out once per call (a call can carry 25,000 rows).
 * The row function below is a module function taking this, not a closure made per call, so the
 * engine's optimised code for it survives from one call to the next.
 */
interface RowsCall {
  request: RowsRequest;
  asOf: IsoDate;
  headers: CellValue[];
  rowCount: number;
  match: HeaderMatch;
  compiled: CompiledFramework;
  /** The criteria's columns, then the evidence date columns: an error cell there fails the row. */
  matchedColumns: number[];
  zeroIsBlank: number[];
  hasDates: boolean;
  criteriaAt: number[];
  /** Scratch row for classifyLevelOnly, reused by every row. */
  ordered: CellValue[];
  out: { shape: number };
  /** Rows with too little evidence and one shape (see classifyLevelOnly) share classify's answer. */
  notEnough: Map<number, Classification>;
  shaped: boolean;
  /** The fast path's answers: one result row per level, shared (nothing downstream mutates them). */
  levelRows: ResultCell[][];
}

const rowLabel = (call: RowsCall, index: number): string =>
  call.rowCount > 1 ? `row ${index + 1}` : "";

function answerRow(call: RowsCall, given: InputCell[], index: number): ResultCell[] {
  const { headers, match, matchedColumns } = call;
  const row = zerosAsBlank(given, call.zeroIsBlank);
  for (let i = 0; i < matchedColumns.length; i++) {
    const column = matchedColumns[i];
    const cell = row[column];
    if (isSpecial(cell)) {
      const header = describeValue(headers[column]);
      const label = rowLabel(call, index);
      const where = label ? `the ${header} cell in ${label}` : `the ${header} cell`;
      return [specialCellFailure(cell, where)];
    }
  }
  // "" reads as blank: the fast path's resolveValue does so itself; the rest sees null, as
  // readCell gives it.
  let plain = row as CellValue[];
  if (call.hasDates) plain = emptyTextAsBlank(plain);
  const badDate = call.hasDates ? evidenceDatesFromRow(match, plain).problems[0] : undefined;
  if (badDate) {
    const header = describeValue(headers[badDate.column]);
    const label = rowLabel(call, index);
    return [invalidValue(`${header} value${label ? ` in ${label}` : ""}: ${badDate.message}`)];
  }
  let key = -1;
  if (call.request.levelOnly) {
    const ordered = criteriaOrderedRow(call.criteriaAt, plain, call.ordered);
    const rank = classifyLevelOnly(call.compiled, ordered, call.out);
    if (rank >= 0) return call.levelRows[rank];
    if (rank === LEVEL_ONLY_NOT_ENOUGH_EVIDENCE && call.shaped) key = call.out.shape;
  }
  let result = call.notEnough.get(key);
  if (!result) {
    const evidence = evidenceFromRow(match, emptyTextAsBlank(plain));
    result = classify(call.request.framework, evidence, { asOf: call.asOf });
    if (key >= 0 && result.status === "not enough evidence") call.notEnough.set(key, result);
  }
  return [call.request.answer(result, rowLabel(call, index))];
}

/**
 * Classifies each row of `values` (columns named by `headers`, matched to the framework's
 * criteria and aliases; extra columns ignored): one result per row. An error cell in a matched
 * column fails that row only.
 */
export function classifyRows(request: RowsRequest): ResultGrid {
  const { framework } = request;
  const asOf: IsoDate = readRequiredDate(request.asOf, "asOf", AS_OF_HINT);
  const headers = readHeaderRow(zeroAsBlank(request.headers));
  const values = readValues(request.values, headers.length);
  const match = matchHeaders(framework, headers);
  const compiled = compileFramework(framework);
  const criteriaAt = criteriaColumns(framework, match);
  const call: RowsCall = {
    request,
    asOf,
    headers,
    rowCount: values.length,
    match,
    compiled,
    matchedColumns: [
      ...Object.values(match.columnOf),
      ...new Set(Object.values(match.dateColumnOf)),
    ],
    zeroIsBlank: columnsWhereZeroIsBlank(compiled, match),
    hasDates: Object.keys(match.dateColumnOf).length > 0,
    criteriaAt,
    ordered: new Array<CellValue>(criteriaAt.length).fill(null),
    out: { shape: 0 },
    notEnough: new Map(),
    shaped: compiled.pieces.length < 27,
    levelRows: compiled.levels.map((level) => [level.name]),
  };
  const results: ResultGrid = new Array<ResultCell[]>(values.length);
  for (let index = 0; index < values.length; index++)
    results[index] = answerRow(call, values[index], index);
  return results;
}
