import * as z from "zod/mini";
import type { ImportProblem } from "../import/location";
import type { CellGrid, CellValue } from "../values/cell";
import { describeValue } from "../values/parsed";
import { normaliseText } from "../values/text";
import {
  DEFAULT_TARGET_METHOD,
  IMPORTED_ESTIMATES,
  TARGET_METHOD_TABLE,
  TRUSTTIER_PROPOSAL,
  type TargetMethod,
} from "./method";
import { TARGET_SETTING_NAMES } from "./method-settings";

export type TargetMethodRead =
  { ok: true; method: TargetMethod } | { ok: false; problems: ImportProblem[] };

const text = (value: CellValue) =>
  value === null || value === undefined ? "" : String(value).trim();
const numberIn = (min: number, max: number) =>
  z.pipe(
    z.union([
      z.number(),
      z.pipe(
        z.string(),
        z.transform((s) => Number(s.trim()))
      ),
    ]),
    z.number().check(z.int(), z.minimum(min), z.maximum(max))
  );
const word = <T extends string>(allowed: readonly T[]) =>
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const found = allowed.find((a) => normaliseText(a) === normaliseText(s));
      if (found === undefined)
        ctx.issues.push({ code: "custom", input: s, message: "not accepted" });
      return found as T;
    })
  );

const SCHEMAS: Record<keyof TargetMethod, { schema: z.core.$ZodType; expected: string }> = {
  method: {
    schema: word([TRUSTTIER_PROPOSAL, IMPORTED_ESTIMATES] as const),
    expected: `${TRUSTTIER_PROPOSAL} or ${IMPORTED_ESTIMATES}`,
  },
  baselineYears: { schema: numberIn(1, 3), expected: "a whole number of years from 1 to 3" },
  gapYears: { schema: numberIn(1, 10), expected: "a whole number of years from 1 to 10" },
  minimumPupils: { schema: numberIn(0, 5), expected: "a whole number of pupils from 0 to 5" },
  disadvantagedAgainst: {
    schema: word(["other pupils", "all pupils"] as const),
    expected: "other pupils or all pupils",
  },
  estimatesTable: {
    schema: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/)),
    expected: "a table name (letters, digits, _ and ., not starting with a digit)",
  },
};

/**
 * Reads a TargetMethod table (Setting, Value, Meaning) back into a method. Settings left out
 * keep the default (TrustTier proposal); every problem names the sheet row and column.
 */
export function targetMethodFromTable(
  grid: CellGrid,
  sheet: string = TARGET_METHOD_TABLE
): TargetMethodRead {
  const problems: ImportProblem[] = [];
  const headers = (grid[0] ?? []).map((cell) => normaliseText(text(cell)));
  const settingColumn = headers.indexOf("setting");
  const valueColumn = headers.indexOf("value");
  if (settingColumn < 0 || valueColumn < 0)
    return {
      ok: false,
      problems: [
        {
          sheet,
          row: 1,
          message: `the header row needs a 'Setting' and a 'Value' column; found ${describeValue(
            (grid[0] ?? []).map(text).join(", ")
          )}`,
        },
      ],
    };
  const keyOf = new Map(
    (Object.keys(TARGET_SETTING_NAMES) as Array<keyof TargetMethod>).map((key) => [
      normaliseText(TARGET_SETTING_NAMES[key]),
      key,
    ])
  );
  const method: Record<string, unknown> = { ...DEFAULT_TARGET_METHOD };
  const seen = new Set<string>();
  grid.slice(1).forEach((cells, index) => {
    const row = index + 2;
    const name = text(cells[settingColumn]);
    const value = cells[valueColumn] ?? null;
    if (name === "" && text(value) === "") return;
    const key = keyOf.get(normaliseText(name));
    if (!key) {
      problems.push({
        sheet,
        row,
        column: settingColumn,
        header: "Setting",
        value: name,
        message: `is not a target setting; expected one of: ${Object.values(TARGET_SETTING_NAMES).join(", ")}`,
      });
      return;
    }
    if (seen.has(key)) {
      problems.push({
        sheet,
        row,
        column: settingColumn,
        header: "Setting",
        value: name,
        message: "is given twice; keep one row",
      });
      return;
    }
    seen.add(key);
    const { schema, expected } = SCHEMAS[key];
    const result = z.safeParse(schema, typeof value === "string" ? value.trim() : value);
    if (!result.success) {
      problems.push({
        sheet,
        row,
        column: valueColumn,
        header: "Value",
        value,
        message: `expected ${expected}`,
      });
      return;
    }
    method[key] = result.data;
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, method: method as unknown as TargetMethod };
}
