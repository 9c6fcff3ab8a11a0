import { MemoryWorkbook } from "../../../src/adapters/memory";
import { cellKey } from "../../../src/adapters/memory/model";
import { buildDemoWorkbook } from "../../../src/features/demo";
import { generatePlan, versionedSheetName } from "../../../src/features/plans";
import { writeDemoPlans } from "../../../src/features/demo";
import { classified, piece, SCHOOL } from "../../core/plans/fixtures";
import { demoTables } from "../demo-fixtures";

const input = {
  template: "isap" as const,
  school: SCHOOL,
  classification: classified("stages", "repair", [piece("qa", "QA visits", "Concerns")]),
  asOf: "2025-11-10",
};

describe("generating a plan through the port", () => {
  it("a second plan for the same school is a new version beside the first", async () => {
    const port = new MemoryWorkbook("t.xlsx");
    expect((await generatePlan(port, input)).sheet).toBe("ISAP 900104");
    port.sheet("ISAP 900104").cells.set(cellKey(20, 3), { value: "A leader's own action" });
    expect((await generatePlan(port, input)).sheet).toBe("ISAP 900104 v2");
    expect((await generatePlan(port, input)).sheet).toBe("ISAP 900104 v3");
    expect(port.sheet("ISAP 900104").cells.get(cellKey(20, 3))?.value).toBe(
      "A leader's own action"
    );
  });

  it("replaces only when asked", async () => {
    const port = new MemoryWorkbook("t.xlsx");
    await generatePlan(port, input);
    port.sheet("ISAP 900104").cells.set(cellKey(20, 3), { value: "old" });
    const result = await generatePlan(port, input, { replace: true });
    expect(result).toMatchObject({ sheet: "ISAP 900104", replaced: true });
    expect(port.sheet("ISAP 900104").cells.get(cellKey(20, 3))).toBeUndefined();
  });

  it("version names stay within Excel's 31 characters", () => {
    const base = "Action plan 900101 with a very long suffix";
    const name = versionedSheetName(base, ["Action plan 900101 with a very"]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toMatch(/ v2$/);
  });
});

describe("the demo workbook's plans", () => {
  it("writes one plan of each template and an SCC tracker, prefilled from each school's drivers", async () => {
    const port = new MemoryWorkbook("demo.xlsx");
    const { plan } = await buildDemoWorkbook(port, demoTables());
    const written = await writeDemoPlans(port, plan);
    const names = written.map((w) => w.sheet);
    for (const prefix of [
      "Action plan",
      "ISAP",
      "Core Plan",
      "ADP",
      "RIP",
      "Statement of action",
      "SCC",
    ]) {
      expect(names.some((n) => n.startsWith(prefix))).toBe(true);
    }
    const sheets = (await port.describe()).sheets.map((s) => s.name);
    for (const name of names) expect(sheets).toContain(name);
  });

  it("names the driver behind each prefilled row, and the row holds that driver's evidence", async () => {
    const port = new MemoryWorkbook("demo.xlsx");
    const { plan } = await buildDemoWorkbook(port, demoTables());
    const plans = (await writeDemoPlans(port, plan)).filter((w) => w.template !== "scc");
    expect(plans).toHaveLength(6);
    for (const written of plans) {
      expect(written.drivers.length).toBeGreaterThan(0);
      expect([...written.prefilled.map((p) => p.driver)].sort()).toEqual(
        [...written.drivers].sort()
      );
      for (const row of written.prefilled) {
        const cell = port.sheet(written.sheet).cells.get(cellKey(row.row, 0));
        expect(cell?.value).toBe(row.priority);
      }
    }
    const report = plans.map(
      (w) =>
        `${w.sheet}: ${w.prefilled.map((p) => `${p.driver} -> ${p.area}${p.baseline !== undefined ? ` (baseline ${p.baseline}, target ${p.target})` : ""}`).join("; ")}`
    );
    expect(report.join("\n")).toMatchSnapshot();
  });
});
