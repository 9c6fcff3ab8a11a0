import * as z from "zod/mini";
import { inspectionFacts, type InspectionFact } from "../inspections/types";
import { isBlank } from "../values/blank";
import type { CellGrid, CellValue } from "../values/cell";
import { normaliseText } from "../values/text";
import { CADENCE_FORMS, parseCadence } from "./cadence";
import { levelNounFor } from "./level-noun";
import {
  FRAMEWORK_ROW_TYPES,
  FRAMEWORK_SETTINGS,
  FRAMEWORK_TABLE_COLUMNS,
  FRAMEWORK_TEXT_SETTINGS,
  OPTIONAL_FRAMEWORK_COLUMNS,
  type FrameworkRowType,
  type FrameworkTableColumn,
} from "./table-layout";
import type { Problem, ProblemCode } from "../problems/problem";
import type {
  Criterion,
  Floor,
  Framework,
  FrameworkLevel,
  MappingRow,
  OwnWordAlias,
} from "./types";

/**
 * A framework table's problems are Problems at a sheet row (1 = header row) and a column header;
 * the caller, who knows the sheet, adds it.
 */
export type FrameworkFromTable =
  { ok: true; framework: Framework } | { ok: false; problems: Problem[] };

type Cells = Partial<Record<FrameworkTableColumn, string>>;

const cellText = (value: CellValue | undefined): string =>
  value === null || value === undefined
    ? ""
    : typeof value === "boolean"
      ? value
        ? "TRUE"
        : "FALSE"
      : String(value).trim();

/**
 * A cell the row needs. zod/mini loads no locale, so a missing cell's message is given here
 * rather than left to zod's English ("Invalid input: expected string, received undefined").
 */
const EMPTY = "is empty; a value is required";
const present = () => z.string(EMPTY);
const required = present().check(z.minLength(1, EMPTY));
const optional = z.optional(z.string());
const list = (text: string | undefined): string[] =>
  (text ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

const levelRow = z.object({
  Id: required,
  Name: required,
  Value: required,
  Colour: present().check(z.regex(/^#[0-9a-fA-F]{6}$/, "must be a colour written #RRGGBB")),
  Text: optional,
  Support: optional,
  Cadence: present().check(
    z.refine(
      (text) => parseCadence(text) !== undefined,
      `is not a cadence; expected ${CADENCE_FORMS}`
    )
  ),
  Source: required,
});
const criterionRow = z.object({
  Id: required,
  Name: required,
  Kind: z.enum(["inspection", "choice"], { message: "must be inspection or choice" }),
  Group: optional,
  Value: z.optional(
    z.string().check(z.regex(/^(\d+)?$/, "must be blank or a whole number of days"))
  ),
  Aliases: optional,
  Source: required,
});
const mappingRow = z.object({
  Kind: z.enum(["fits", "not applicable"], { message: "must be fits or not applicable" }),
  Criterion: required,
  Value: required,
  Aliases: optional,
  "From level": optional,
  "To level": optional,
  // Every mapping row needs its source: seed file and passage, DfE/Ofsted document or
  // "TrustTier proposal".
  Source: required,
});
const aliasRow = z.object({
  Criterion: required,
  Value: required,
  "From level": required,
  Text: optional,
  // Who named the level and when ("named in Connect on 2026-11-30").
  Source: required,
});
const floorRow = z.object({
  Id: required,
  Name: required,
  Kind: z.enum(["value", "fact"], { message: "must be value or fact" }),
  Criterion: optional,
  Value: required,
  "From level": required,
  Text: optional,
  Source: required,
  Applies: z.optional(
    z
      .string()
      .check(
        z.refine(
          (text) => ["yes", "no", "y", "n", "true", "false"].includes(normaliseText(text)),
          "must be Yes or No (blank is Yes)"
        )
      )
  ),
});
const frameworkRow = z.object({
  Id: present().check(z.regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits or '-'")),
  Name: required,
  Text: optional,
  Source: required,
});

/** A floor row's consequence (Text) and whether the trust switched it off (Applies: No). */
function floorExtras(parsed: {
  Text?: string;
  Applies?: string;
}): Pick<Floor, "consequence" | "off"> {
  const off = ["no", "n", "false"].includes(normaliseText(parsed.Applies ?? ""));
  return { ...(parsed.Text ? { consequence: parsed.Text } : {}), ...(off ? { off } : {}) };
}

/** Reads a Framework_<name> sheet (header row first) back into a framework, or every problem in it. */
export function frameworkFromTable(grid: CellGrid): FrameworkFromTable {
  const problems: Problem[] = [];
  const problem = (row: number, header: string, message: string, code: ProblemCode = "invalid") =>
    problems.push({ code, row, header, message });
  const header = (grid[0] ?? []).map((cell) => normaliseText(cellText(cell)));
  const columnIndex = new Map<FrameworkTableColumn, number>();
  for (const column of FRAMEWORK_TABLE_COLUMNS) {
    const index = header.indexOf(normaliseText(column));
    if (index < 0) {
      if (!OPTIONAL_FRAMEWORK_COLUMNS.includes(column))
        problem(1, column, `column '${column}' is missing from the header row`, "missing");
    } else columnIndex.set(column, index);
  }
  if (problems.length > 0) return { ok: false, problems };

  const rowsByType = new Map<
    FrameworkRowType,
    Array<{ row: number; cells: Cells; raw: CellValue[] }>
  >();
  grid.slice(1).forEach((raw, offset) => {
    const row = offset + 2;
    if (raw.every((cell) => isBlank(cell))) return;
    const cells: Cells = {};
    for (const [column, index] of columnIndex) {
      const text = cellText(raw[index]);
      if (text !== "") cells[column] = text;
    }
    const type = normaliseText(cells["Row type"] ?? "") as FrameworkRowType;
    if (!FRAMEWORK_ROW_TYPES.includes(type)) {
      problem(
        row,
        "Row type",
        `row type '${cells["Row type"] ?? ""}' is not recognised; expected ${FRAMEWORK_ROW_TYPES.join(", ")}`
      );
      return;
    }
    rowsByType.set(type, [
      ...(rowsByType.get(type) ?? []),
      {
        row,
        cells,
        raw: columnIndex.has("Value") ? [raw[columnIndex.get("Value") as number]] : [],
      },
    ]);
  });

  const parse = <T>(schema: z.ZodMiniType<T>, row: number, cells: Cells): T | undefined => {
    const result = z.safeParse(schema, Object.fromEntries(Object.entries(cells)));
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? "Row type");
      problem(
        row,
        column,
        `${column} ${issue.message}`,
        issue.message === EMPTY ? "missing" : "invalid"
      );
    }
    return undefined;
  };

  const frameworkRows = rowsByType.get("framework") ?? [];
  if (frameworkRows.length !== 1)
    problem(
      frameworkRows[1]?.row ?? 2,
      "Row type",
      `a framework table needs exactly one 'framework' row; found ${frameworkRows.length}`
    );
  const head = frameworkRows[0]
    ? parse(frameworkRow, frameworkRows[0].row, frameworkRows[0].cells)
    : undefined;

  const levels: FrameworkLevel[] = [];
  for (const { row, cells } of rowsByType.get("level") ?? []) {
    const parsed = parse(levelRow, row, cells);
    if (!parsed) continue;
    if (levels.some((level) => level.id === parsed.Id))
      problem(row, "Id", `level '${parsed.Id}' is defined twice`, "duplicate");
    levels.push({
      id: parsed.Id,
      name: parsed.Name,
      code: parsed.Value,
      colour: parsed.Colour.toUpperCase(),
      descriptor: parsed.Text ?? "",
      support: parsed.Support ?? "",
      cadence: parseCadence(parsed.Cadence) as FrameworkLevel["cadence"],
      source: parsed.Source,
    });
  }
  if (levels.length < 2)
    problem(1, "Row type", `a framework needs at least two 'level' rows; found ${levels.length}`);
  const levelIds = new Set(levels.map((level) => level.id));
  const rankOf = (id: string) => levels.findIndex((level) => level.id === id);

  const criteria: Criterion[] = [];
  const aliasOwner = new Map<string, string>();
  for (const { row, cells } of rowsByType.get("criterion") ?? []) {
    const parsed = parse(criterionRow, row, cells);
    if (!parsed) continue;
    if (criteria.some((criterion) => criterion.id === parsed.Id))
      problem(row, "Id", `criterion '${parsed.Id}' is defined twice`, "duplicate");
    const aliases = list(parsed.Aliases);
    for (const name of [parsed.Id, parsed.Name, ...aliases]) {
      const key = normaliseText(name);
      const owner = aliasOwner.get(key);
      if (owner && owner !== parsed.Id)
        problem(
          row,
          "Aliases",
          `header '${name}' already names criterion '${owner}'; a header must name one criterion`
        );
      else aliasOwner.set(key, parsed.Id);
    }
    criteria.push({
      id: parsed.Id,
      label: parsed.Name,
      aliases,
      kind: parsed.Kind,
      ...(parsed.Group ? { group: parsed.Group } : {}),
      ...(parsed.Value ? { staleAfterDays: Number(parsed.Value) } : {}),
      source: parsed.Source,
    });
  }
  if (criteria.length === 0)
    problem(1, "Row type", "a framework needs at least one 'criterion' row");
  const criterionIds = new Set(criteria.map((criterion) => criterion.id));

  const mapping: MappingRow[] = [];
  const valueKeys = new Map<string, number>();
  for (const { row, cells } of rowsByType.get("mapping") ?? []) {
    const parsed = parse(mappingRow, row, cells);
    if (!parsed) continue;
    if (!criterionIds.has(parsed.Criterion))
      problem(
        row,
        "Criterion",
        `criterion '${parsed.Criterion}' is not defined by a 'criterion' row`,
        "conflict"
      );
    for (const name of [parsed.Value, ...list(parsed.Aliases)]) {
      const key = `${parsed.Criterion}\u0000${normaliseText(name)}`;
      const earlier = valueKeys.get(key);
      if (earlier === row) continue;
      if (earlier !== undefined)
        problem(
          row,
          name === parsed.Value ? "Value" : "Aliases",
          `'${name}' already maps ${parsed.Criterion} in row ${earlier}`
        );
      else valueKeys.set(key, row);
    }
    if (parsed.Kind === "not applicable") {
      mapping.push({
        criterion: parsed.Criterion,
        value: parsed.Value,
        aliases: list(parsed.Aliases),
        source: parsed.Source,
        notApplicable: true,
      });
      continue;
    }
    const from = parsed["From level"] ?? "";
    const to = parsed["To level"] ?? "";
    if (!levelIds.has(from))
      problem(
        row,
        "From level",
        `from level '${from}' is not a level id (${[...levelIds].join(", ")})`
      );
    if (!levelIds.has(to))
      problem(row, "To level", `to level '${to}' is not a level id (${[...levelIds].join(", ")})`);
    if (levelIds.has(from) && levelIds.has(to) && rankOf(from) > rankOf(to)) {
      problem(
        row,
        "To level",
        `to level '${to}' comes before from level '${from}'; list levels least concern first`
      );
    }
    mapping.push({
      criterion: parsed.Criterion,
      value: parsed.Value,
      aliases: list(parsed.Aliases),
      source: parsed.Source,
      notApplicable: false,
      from,
      to,
    });
  }
  for (const criterion of criteria) {
    if (!mapping.some((row) => row.criterion === criterion.id))
      problem(1, "Criterion", `criterion '${criterion.id}' has no mapping rows`);
  }

  const ownWords: OwnWordAlias[] = [];
  for (const { row, cells } of rowsByType.get("alias") ?? []) {
    const parsed = parse(aliasRow, row, cells);
    if (!parsed) continue;
    if (!criterionIds.has(parsed.Criterion)) {
      problem(
        row,
        "Criterion",
        `criterion '${parsed.Criterion}' is not defined by a 'criterion' row`,
        "conflict"
      );
      continue;
    }
    if (!levelIds.has(parsed["From level"])) {
      problem(
        row,
        "From level",
        `level '${parsed["From level"]}' is not a level id (${[...levelIds].join(", ")})`
      );
      continue;
    }
    const key = `${parsed.Criterion}\u0000${normaliseText(parsed.Value)}`;
    const earlier = valueKeys.get(key);
    if (earlier !== undefined) {
      problem(row, "Value", `'${parsed.Value}' already maps ${parsed.Criterion} in row ${earlier}`);
      continue;
    }
    valueKeys.set(key, row);
    ownWords.push({
      criterion: parsed.Criterion,
      value: parsed.Value,
      level: parsed["From level"],
      source: parsed.Source,
    });
  }

  const floors: Floor[] = [];
  for (const { row, cells } of rowsByType.get("floor") ?? []) {
    const parsed = parse(floorRow, row, cells);
    if (!parsed) continue;
    if (!levelIds.has(parsed["From level"]))
      problem(row, "From level", `floor level '${parsed["From level"]}' is not a level id`);
    if (parsed.Kind === "fact") {
      if (!inspectionFacts.includes(parsed.Value as InspectionFact)) {
        problem(
          row,
          "Value",
          `fact '${parsed.Value}' is not recognised; expected ${inspectionFacts.join(", ")}`
        );
        continue;
      }
      floors.push({
        id: parsed.Id,
        label: parsed.Name,
        trigger: { kind: "fact", fact: parsed.Value as InspectionFact },
        level: parsed["From level"],
        source: parsed.Source,
        ...floorExtras(parsed),
      });
      continue;
    }
    const criterion = parsed.Criterion ?? "";
    if (!criterionIds.has(criterion)) {
      problem(row, "Criterion", `criterion '${criterion}' is not defined by a 'criterion' row`);
      continue;
    }
    const values = list(parsed.Value);
    for (const value of values) {
      if (
        !mapping.some(
          (m) => m.criterion === criterion && normaliseText(m.value) === normaliseText(value)
        )
      ) {
        problem(row, "Value", `'${value}' is not a mapping value of criterion '${criterion}'`);
      }
    }
    floors.push({
      id: parsed.Id,
      label: parsed.Name,
      trigger: { kind: "value", criterion, values },
      level: parsed["From level"],
      source: parsed.Source,
      ...floorExtras(parsed),
    });
  }

  const settings = new Map<string, { row: number; value: number }>();
  const textSettings = new Map<string, string>();
  const isOneOf = (names: Record<string, string>, id: string) =>
    Object.values(names).some((name) => normaliseText(name) === id);
  for (const { row, cells, raw } of rowsByType.get("setting") ?? []) {
    const id = normaliseText(cells.Id ?? "");
    const value = typeof raw[0] === "number" ? raw[0] : Number(cells.Value ?? "");
    if (isOneOf(FRAMEWORK_TEXT_SETTINGS, id)) {
      if (cells.Value) textSettings.set(id, cells.Value);
      else problem(row, "Value", `setting '${cells.Id}' needs a word or two`);
    } else if (!isOneOf(FRAMEWORK_SETTINGS, id)) {
      const names = [
        ...Object.values(FRAMEWORK_SETTINGS),
        ...Object.values(FRAMEWORK_TEXT_SETTINGS),
      ];
      problem(
        row,
        "Id",
        `setting '${cells.Id ?? ""}' is not recognised; expected ${names.join(", ")}`
      );
    } else if (!Number.isFinite(value) || (cells.Value ?? "") === "") {
      problem(row, "Value", `setting '${cells.Id}' needs a number`);
    } else settings.set(id, { row, value });
  }
  const setting = (name: string, check: (value: number) => string | undefined): number => {
    const found = settings.get(normaliseText(name));
    if (!found) {
      problem(1, "Row type", `the '${name}' setting row is missing`, "missing");
      return NaN;
    }
    const message = check(found.value);
    if (message) problem(found.row, "Value", `${name} ${message}`);
    return found.value;
  };
  const pieces = new Set(criteria.map((criterion) => criterion.group ?? criterion.id)).size;
  const minEvidence = setting(FRAMEWORK_SETTINGS.minEvidence, (v) =>
    Number.isInteger(v) && v >= 1 && v <= Math.max(1, pieces)
      ? undefined
      : `must be a whole number from 1 to ${pieces} (the pieces of evidence)`
  );
  const share = (v: number) => (v >= 0 && v <= 1 ? undefined : "must be a share between 0 and 1");
  const secureAt = setting(FRAMEWORK_SETTINGS.secureAt, share);
  const borderlineAt = setting(
    FRAMEWORK_SETTINGS.borderlineAt,
    (v) => share(v) ?? (v > secureAt ? `must not exceed secure at (${secureAt})` : undefined)
  );
  const staleAfterDays = setting(FRAMEWORK_SETTINGS.staleAfterDays, (v) =>
    Number.isInteger(v) && v >= 1 ? undefined : "must be a whole number of days, 1 or more"
  );

  if (problems.length > 0 || !head)
    return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  return {
    ok: true,
    framework: {
      id: head.Id,
      name: head.Name,
      levelNoun:
        textSettings.get(normaliseText(FRAMEWORK_TEXT_SETTINGS.levelNoun)) ??
        levelNounFor(head.Id, head.Name, levels),
      description: head.Text ?? "",
      source: head.Source,
      levels,
      criteria,
      mapping,
      ...(ownWords.length > 0 ? { ownWords } : {}),
      floors,
      minEvidence,
      secureAt,
      borderlineAt,
      staleAfterDays,
    },
  };
}
