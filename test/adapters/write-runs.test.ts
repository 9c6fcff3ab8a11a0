import { SETTINGS_SHEET_NAME } from "../../src/core/layout/settings-sheet";
import { isWorkbookError } from "../../src/port/errors";
import type { WorkbookPort } from "../../src/port/WorkbookPort";
import { harnesses, type Harness } from "./support/harnesses";
import { personsSheet, reportLayouts } from "./support/report-run";

const report = reportLayouts;
const mine = personsSheet;

async function formulas(port: WorkbookPort, sheet: string): Promise<(string | undefined)[]> {
  return (await port.readSheetContent(sheet)).cells.map((cell) => cell.formula);
}

describe.each(Object.keys(harnesses))("write runs: %s adapter", (adapter) => {
  let h: Harness;
  beforeEach(() => {
    h = harnesses[adapter]();
  });

  it("writes several sheets and settings in one run, creating every sheet before any formula", async () => {
    const results = await h.port.writeSheets({
      sheets: report(1, 3).map((layout) => ({ layout, mode: "create" as const })),
      settings: { generated: ["Report", "Data sheet"] },
    });
    expect(results).toEqual([
      { sheet: "Report", replaced: false },
      { sheet: "Data sheet", replaced: false },
    ]);
    const port = await h.reopen();
    expect((await port.readSettings()).values).toEqual({ generated: ["Report", "Data sheet"] });
    expect(await formulas(port, "Report")).toEqual([
      undefined,
      "=SUM(Data[Value])",
      "=COUNTA(Data[School])",
    ]);
    expect((await port.readTable("Data")).rowCount).toBe(3);
  });

  it("regenerates twice in place: a person's formulas still name the live sheets and table", async () => {
    await h.port.writeSheets({
      sheets: report(1, 3).map((layout) => ({ layout, mode: "replace" as const })),
    });
    await h.port.writeLayout(mine, { mode: "create" });
    const before = await formulas(h.port, "Mine");
    for (const [version, rows] of [
      [2, 5],
      [3, 2],
    ]) {
      const results = await h.port.writeSheets({
        sheets: report(version, rows).map((layout) => ({ layout, mode: "replace" as const })),
      });
      expect(results.every((r) => r.replaced)).toBe(true);
      const port = await h.reopen();
      expect(await formulas(port, "Mine")).toEqual(before);
      const data = await port.readTable("Data");
      expect(data.rowCount).toBe(rows);
      expect(data.rows.map((row) => row[1])).toEqual(
        Array.from({ length: rows }, (_, r) => version * 10 + r)
      );
      expect((await port.readUsedRange("Report")).values[0][0]).toBe(`Report v${version}`);
    }
    const names = (await (await h.reopen()).describe()).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("TrustTier_") && n !== SETTINGS_SHEET_NAME)).toEqual(
      []
    );
  });

  it("updates settings in place, keeping other keys, and removes a key when asked", async () => {
    await h.port.writeSettings({ a: 1, b: "two" });
    await h.port.writeSettings({ b: "three", c: true });
    await h.port.writeSettings({ a: undefined });
    const port = await h.reopen();
    const settings = await port.readSettings();
    expect(settings).toEqual({ values: { b: "three", c: true }, problems: [] });
    const sheets = (await port.describe()).sheets;
    expect(sheets.find((s) => s.name === SETTINGS_SHEET_NAME)?.visibility).toBe("veryHidden");
  });

  it("refuses a run that names one sheet twice before writing anything", async () => {
    const [first] = report(1, 1);
    const error = await h.port
      .writeSheets({
        sheets: [
          { layout: first, mode: "create" },
          { layout: { ...first, name: "REPORT" }, mode: "create" },
        ],
      })
      .catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.code).toBe("InvalidLayout");
    expect((await h.port.describe()).sheets.map((s) => s.name)).not.toContain("Report");
  });

  it("leaves every live sheet as it was when a run is cancelled before its commit", async () => {
    await h.port.writeSheets({
      sheets: report(1, 3).map((layout) => ({ layout, mode: "replace" as const })),
      settings: { version: 1 },
    });
    const before = await h.port.readSheetContent("Report");
    const signal = { aborted: false };
    const error = await h.port
      .writeSheets(
        {
          sheets: report(2, 4).map((layout) => ({ layout, mode: "replace" as const })),
          settings: { version: 2 },
        },
        { signal, onProgress: () => (signal.aborted = true) }
      )
      .catch((e: unknown) => e);
    expect(isWorkbookError(error) && error.code).toBe("Cancelled");
    const port = await h.reopen();
    expect(await port.readSheetContent("Report")).toEqual(before);
    expect((await port.readTable("Data")).rowCount).toBe(3);
    expect((await port.readSettings()).values).toEqual({ version: 1 });
    const names = (await port.describe()).sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("TrustTier_stage"))).toEqual([]);
  });
});
