import { levelText } from "../../src/core/classify/sheets";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import type { CellGrid } from "../../src/core/values/cell";
import {
  buildDemoWorkbook,
  DEMO_AVERAGES,
  averageLabel,
  measureAverage,
  type DemoPlan,
} from "../../src/features/demo";
import { demoTables } from "../features/demo-fixtures";
import { errorCells, recalculatedSheets } from "./recalculate";

/**
 * A second real reader: LibreOffice opens the demo workbook as written by the xlsx adapter,
 * recalculates every formula (throw-away profile, OOXMLRecalcMode 0) and we read the computed
 * values back and compare them with what the core computes for the same schools.
 */
describe("the demo workbook, recalculated by LibreOffice", () => {
  let dir: string;
  let plan: DemoPlan;
  let sheets: Record<string, CellGrid>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "trusttier-lo-demo-"));
    const path = join(dir, "TrustTier-demo.xlsx");
    const workbook = XlsxWorkbook.create("TrustTier-demo.xlsx");
    plan = (await buildDemoWorkbook(workbook, demoTables())).plan;
    await workbook.saveAs(path);
    sheets = await recalculatedSheets(path);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const summaryValue = (key: string): number => {
    const row = plan.summary.rowOf[key];
    if (row === undefined) throw new Error(`the Summary has no row for ${key}`);
    const text = sheets.Summary[row]?.[1];
    if (typeof text !== "string" || text.trim() === "") {
      throw new Error(`Summary!B${row + 1} (${key}) is empty after recalculation`);
    }
    return Number(text);
  };

  it("has every sheet and no error value anywhere", () => {
    expect(Object.keys(sheets).sort()).toEqual(plan.layouts.map((layout) => layout.name).sort());
    expect(errorCells(sheets)).toEqual([]);
  });

  it("counts each proposed level with COUNTIF exactly as the core classified the schools", () => {
    for (const block of plan.blocks) {
      const counts = new Map<string, number>();
      for (const result of block.results) {
        const level = levelText(result.classification);
        counts.set(level, (counts.get(level) ?? 0) + 1);
      }
      for (const level of block.framework.levels) {
        expect([
          block.framework.id,
          level.name,
          summaryValue(`${block.framework.id}|${level.name}`),
        ]).toEqual([block.framework.id, level.name, counts.get(level.name) ?? 0]);
      }
      const total = block.framework.levels.reduce(
        (sum, level) => sum + summaryValue(`${block.framework.id}|${level.name}`),
        0
      );
      expect(total + summaryValue(`${block.framework.id}|not enough evidence`)).toBe(14);
    }
  });

  it("counts schools and phases over the Schools sheet", () => {
    expect(summaryValue("schools")).toBe(14);
    expect(summaryValue("primary")).toBe(9);
    expect(summaryValue("secondary")).toBe(5);
  });

  it("averages measures with AVERAGEIFS as the core averages them, skipping suppression codes", () => {
    for (const { code, year } of DEMO_AVERAGES) {
      const expected = measureAverage(plan.data.measures, code, year);
      expect(expected).toBeDefined();
      expect(summaryValue(averageLabel(code, year))).toBeCloseTo(expected as number, 9);
    }
  });

  it("shows each school's proposed level as the core computed it, and the formula as text", () => {
    const schools = sheets.Schools;
    for (const block of plan.blocks) {
      const column = plan.schools.levelColumn[block.framework.id];
      block.results.forEach((result, index) => {
        const expected =
          result.classification.status === "classified"
            ? result.classification.level.name
            : result.classification.status;
        expect(schools[index + 1][column]).toBe(expected);
      });
      const formula = schools[1][column + 4];
      expect(formula).toMatch(/^=TRUST\.TIER\("/);
      expect(schools[0][column]).toBe(plan.schools.layout.tables?.[0].headers[column]);
    }
  });
});
