import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { OfficeWorkbook } from "../../../src/adapters/office/OfficeWorkbook";
import {
  buildRegister,
  levelCounts,
  registerColumns,
  type HistoryRow,
  type RegisterSchool,
} from "../../../src/core/meeting";
import { writeMeetingSheets } from "../../../src/features/meeting";
import {
  CHARTS_SHEET,
  meetingChartsLayout,
  PROJECTED_PAIRS,
  PROJECTED_SHEET,
  projectedRegisterLayout,
  registerSheetLayout,
} from "../../../src/core/meeting";
import { contrastRatio } from "../../../src/core/layout/colour";
import { FakeExcel } from "../../support/fake-excel";
import { ALDER, BIRCH, CEDAR, category, historyRow, proposal } from "../../core/meeting/support";

const SECRET_SG = "LADO referral closed; DSL file 26-014";
const SECRET_PM = "Appraisal objectives not met";
const schools: RegisterSchool[] = [
  { ...ALDER, classification: proposal(2), notes: { safeguardingHr: SECRET_SG } },
  { ...BIRCH, classification: proposal(1), notes: { performanceManagement: SECRET_PM } },
  { ...CEDAR, classification: proposal(3) },
];
const history: HistoryRow[] = [
  historyRow("M2025-11-05-138776", "2025-11-05", ALDER.urn, "Category 2"),
  historyRow("M2025-11-05-140017", "2025-11-05", BIRCH.urn, "Category 3"),
  historyRow("M2025-11-05-141324", "2025-11-05", CEDAR.urn, "Category 4"),
];
const register = buildRegister({
  framework: category,
  meetingDate: "2026-02-25",
  schools,
  history,
});

describe("the WCAG contrast function", () => {
  it("gives the published ratios", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
  });
});

describe("the Register sheet", () => {
  const layout = registerSheetLayout(register);
  const table = layout.tables![0];

  it("is one filterable table of every register column, most concern first, header frozen", () => {
    expect(table.headers).toEqual(registerColumns.map((c) => c.header));
    expect(table.rows.map((row) => row[1])).toEqual([
      "Cedar Academy",
      "Alder Primary",
      "Birch High",
    ]);
    expect(layout.frozen?.rows).toBe(1);
  });

  it("writes dates as dates, movement in words with a symbol, and a drop-down of levels", () => {
    const col = (key: string) => registerColumns.findIndex((c) => c.key === key);
    expect(layout.formats).toContainEqual(
      expect.objectContaining({
        range: expect.objectContaining({ col: col("nextReview") }),
        numberFormat: "yyyy-mm-dd",
      })
    );
    expect(typeof table.rows[0][col("nextReview")]).toBe("number");
    expect(table.rows.map((row) => row[col("movement")])).toEqual([
      "► No change",
      "▲ More concern",
      "▼ Less concern",
    ]);
    expect(layout.validations?.[0]).toMatchObject({
      range: { col: col("agreed"), row: 1, rows: 3 },
      source: { items: category.levels.map((l) => l.name) },
    });
  });
});

describe("the projected register", () => {
  const layout = projectedRegisterLayout(register);
  const text = JSON.stringify(layout);

  it("leaves the confidential columns out altogether (not hidden)", () => {
    for (const column of registerColumns.filter((c) => c.confidential)) {
      expect(text).not.toContain(column.header);
    }
    expect(text).not.toContain(SECRET_SG);
    expect(text).not.toContain(SECRET_PM);
    expect(layout.hiddenColumns ?? []).toEqual([]);
    expect(layout.name).toBe(PROJECTED_SHEET);
  });

  it("uses at least 20 pt everywhere, a bold header, a frozen header and one page wide", () => {
    for (const cell of layout.cells) expect(cell.style?.fontSize).toBeGreaterThanOrEqual(20);
    expect(layout.cells.filter((c) => c.row === 1).every((c) => c.style?.bold)).toBe(true);
    expect(layout.frozen).toEqual({ rows: 2, cols: 1 });
    expect(layout.print).toMatchObject({ orientation: "landscape", fitTo: { wide: 1 } });
    expect(layout.zoom).toBe(100);
  });

  it("has contrast of at least 4.5:1 for every font and fill it uses", () => {
    for (const pair of PROJECTED_PAIRS)
      expect(contrastRatio(pair.font, pair.fill)).toBeGreaterThanOrEqual(4.5);
    for (const cell of layout.cells) {
      const font = cell.style?.fontColor ?? "#000000";
      const fill = cell.style?.fillColor ?? "#FFFFFF";
      expect(contrastRatio(font, fill)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("shows movement as a symbol with words, so colour is never the only signal", () => {
    expect(text).toContain("▲ More concern");
    expect(text).toContain("▼ Less concern");
  });
});

describe("the meeting charts sheet", () => {
  const counts = levelCounts(
    [
      ...history,
      historyRow("M2026-02-25-138776", "2026-02-25", ALDER.urn, "Category 3"),
      historyRow("M2026-02-25-140017", "2026-02-25", BIRCH.urn, "Category 1"),
      historyRow("M2026-02-25-141324", "2026-02-25", CEDAR.urn, "Category 4"),
    ],
    category
  );
  const layout = meetingChartsLayout(counts);

  it("holds both tables as cells, so a file without charts keeps the figures", () => {
    const at = (row: number, col: number) =>
      layout.cells.find((c) => c.row === row && c.col === col)?.value;
    expect(at(1, 0)).toBe("Level");
    expect(at(2, 0)).toBe("Category 4");
    const [now, over] = layout.charts!;
    expect(now).toMatchObject({
      type: "columnClustered",
      source: { row: 1, col: 0, rows: 5, cols: 3 },
    });
    expect(over.type).toBe("line");
    expect(at(over.source.row, 0)).toBe("Meeting");
    expect(
      at(over.source.row + 2, 1 + category.levels.findIndex((l) => l.name === "Category 3"))
    ).toBe(1);
  });

  it("creates real charts in Excel (the recording fake) and records the spec in memory", async () => {
    const excel = new FakeExcel();
    await new OfficeWorkbook(excel.run).writeLayout(layout, { mode: "create" });
    expect(excel.sheet(CHARTS_SHEET)?.charts).toEqual(layout.charts);
    const memory = new MemoryWorkbook("m.xlsx");
    await memory.writeLayout(layout, { mode: "create" });
    expect(memory.model.sheets.find((s) => s.name === CHARTS_SHEET)?.charts).toEqual(layout.charts);
  });
});

describe("writing the meeting sheets", () => {
  it("keeps a sheet a person edited unless asked to overwrite it", async () => {
    const port = new MemoryWorkbook("m.xlsx");
    const layouts = [registerSheetLayout(register), projectedRegisterLayout(register)];
    expect((await writeMeetingSheets(port, layouts)).written).toHaveLength(2);
    expect(await writeMeetingSheets(port, layouts)).toEqual({
      written: ["Register", PROJECTED_SHEET],
      kept: [],
    });
    const sheet = port.model.sheets.find((s) => s.name === PROJECTED_SHEET)!;
    sheet.cells.set("0,0", { value: "Edited title" });
    expect(await writeMeetingSheets(port, layouts)).toEqual({
      written: ["Register"],
      kept: [PROJECTED_SHEET],
    });
    expect(await writeMeetingSheets(port, layouts, { overwrite: [PROJECTED_SHEET] })).toEqual({
      written: ["Register", PROJECTED_SHEET],
      kept: [],
    });
  });
});
