import { cellKey, type MemoryWorkbookModel } from "../../src/adapters/memory/model";
import { fingerprintContent, fingerprintLayout } from "../../src/core/layout/fingerprint";
import { SETTINGS_SHEET_NAME } from "../../src/core/layout/settings-sheet";
import type { SheetLayout } from "../../src/core/layout/types";
import { isWorkbookError } from "../../src/port/errors";
import { harnesses, type Harness } from "./support/harnesses";

const INJECTIONS = [
  '=HYPERLINK("http://x","y")',
  "+SUM(1)",
  "-1x",
  "@x",
  "\tTAB",
  "'quoted",
  "12",
  "TRUE",
];

const card: SheetLayout = {
  name: "Card - Oak Academy",
  cells: [
    { row: 0, col: 0, value: "Oak Academy", style: { bold: true, fillColor: "#1F4E79" } },
    { row: 1, col: 0, value: 0.953, numberFormat: "0.0%" },
    { row: 1, col: 1, formula: '=IFS(A2>0.95,"Good",TRUE,"Low")' },
    { row: 1, col: 2, formula: "=SUM(A2,1)" },
    ...INJECTIONS.map((text, i) => ({ row: 3 + i, col: 0, value: text })),
  ],
  merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
  frozen: { rows: 1, cols: 0 },
  validations: [{ range: { row: 1, col: 3 }, source: { items: ["Lead", "Grow", "Reinvent"] } }],
  conditionalFormats: [
    {
      range: { row: 1, col: 0 },
      formula: "=AND(ISNUMBER(A2),A2>=0.95)",
      style: { fillColor: "#C6EFCE" },
    },
  ],
  hyperlinks: [
    { row: 2, col: 0, text: "Index", target: { sheet: "Card - Oak Academy", cell: "A1" } },
  ],
  print: {
    orientation: "landscape",
    paperSize: "A4",
    fitTo: { wide: 1, tall: 1 },
    titleRows: { first: 0, last: 0 },
    footer: { center: "Oak Academy" },
  },
  tabColor: "#1F4E79",
};

const history: SheetLayout = {
  name: "History log",
  cells: [],
  tables: [
    {
      name: "MeetingHistory",
      row: 0,
      col: 0,
      headers: ["Row id", "URN", "Agreed"],
      rows: [
        [1, 100001, "Lead"],
        [2, 100002, "=cmd"],
      ],
    },
  ],
};

function cell(model: MemoryWorkbookModel, sheet: string, row: number, col: number) {
  return model.sheets.find((s) => s.name === sheet)?.cells.get(cellKey(row, col));
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(isWorkbookError(error)).toBe(true);
  expect((error as { code: string }).code).toBe(code);
}

describe.each(Object.keys(harnesses))("WorkbookPort contract: %s adapter", (adapter) => {
  let h: Harness;
  beforeEach(() => {
    h = harnesses[adapter]();
  });

  it("round-trips a layout's values, formulas, formats, merges, panes, rules, links and printing", async () => {
    await h.port.writeLayout(card, { mode: "create" });
    const model = await h.inspect();
    const sheet = model.sheets.find((s) => s.name === card.name)!;
    expect(cell(model, card.name, 0, 0)).toMatchObject({
      value: "Oak Academy",
      style: { bold: true, fillColor: "#1F4E79" },
    });
    expect(cell(model, card.name, 1, 0)).toMatchObject({ value: 0.953, numberFormat: "0.0%" });
    expect(cell(model, card.name, 1, 1)?.formula).toBe('=IFS(A2>0.95,"Good",TRUE,"Low")');
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(sheet.frozen).toEqual({ rows: 1, cols: 0 });
    expect(sheet.validations[0]).toMatchObject({
      range: { row: 1, col: 3, rows: 1, cols: 1 },
      source: { items: ["Lead", "Grow", "Reinvent"] },
    });
    expect(sheet.conditionalFormats[0]).toMatchObject({
      range: { row: 1, col: 0, rows: 1, cols: 1 },
      formula: "=AND(ISNUMBER(A2),A2>=0.95)",
      style: { fillColor: "#C6EFCE" },
    });
    expect(sheet.hyperlinks[0]).toMatchObject({
      row: 2,
      col: 0,
      text: "Index",
      target: { sheet: card.name, cell: "A1" },
    });
    expect(sheet.print).toMatchObject(card.print!);
    expect(sheet.tabColor).toBe("#1F4E79");
  });

  it("hides columns, sets the zoom and keeps a chart's source table (the chart where it can draw)", async () => {
    const counts: SheetLayout = {
      name: "Meeting charts",
      cells: [
        { row: 0, col: 0, value: "Level" },
        { row: 0, col: 1, value: "Last" },
        { row: 0, col: 2, value: "Now" },
        { row: 1, col: 0, value: "Category 1" },
        { row: 1, col: 1, value: 3 },
        { row: 1, col: 2, value: 4 },
        { row: 1, col: 3, value: "hidden note" },
      ],
      hiddenColumns: [3],
      zoom: 120,
      charts: [
        {
          title: "Schools per level",
          type: "columnClustered",
          source: { row: 0, col: 0, rows: 2, cols: 3 },
          anchor: { row: 0, col: 5, rows: 10, cols: 6 },
        },
      ],
    };
    await h.port.writeLayout(counts, { mode: "create" });
    const sheet = (await h.inspect()).sheets.find((s) => s.name === counts.name)!;
    expect(sheet.hiddenColumns).toEqual([3]);
    expect(cell(await h.inspect(), counts.name, 1, 2)?.value).toBe(4);
    if (adapter === "xlsx") {
      expect(sheet.charts).toEqual([]); // ExcelJS writes no charts: the table stands in
      expect(sheet.zoom).toBe(120);
    } else {
      expect(sheet.charts).toEqual(counts.charts);
      if (adapter === "memory") expect(sheet.zoom).toBe(120);
    }
  });

  it("keeps text that looks like a formula, number or boolean as the same text", async () => {
    await h.port.writeLayout(card, { mode: "create" });
    const port = await h.reopen();
    const content = await port.readSheetContent(card.name);
    INJECTIONS.forEach((text, i) => {
      const found = content.cells.find((c) => c.row === 3 + i && c.col === 0);
      expect(found).toEqual({ row: 3 + i, col: 0, value: text });
    });
    expect(content.cells.find((c) => c.row === 1 && c.col === 2)?.formula).toBe("=SUM(A2,1)");
    expect(fingerprintContent(content.cells)).toBe(fingerprintLayout(card));
  });

  it("refuses sheet names Excel refuses, and create over an existing sheet", async () => {
    for (const name of ["History", "a/b", "x".repeat(32), "'quoted'", ""]) {
      await expectCode(
        h.port.writeLayout({ name, cells: [] }, { mode: "create" }),
        "InvalidSheetName"
      );
    }
    await h.port.writeLayout(card, { mode: "create" });
    await expectCode(
      h.port.writeLayout({ ...card, name: card.name.toUpperCase() }, { mode: "create" }),
      "SheetExists"
    );
  });

  it("replaces a sheet in place, leaving no temporary sheet", async () => {
    await h.port.writeLayout({ name: "Before", cells: [] }, { mode: "create" });
    await h.port.writeLayout(history, { mode: "create" });
    await h.port.writeLayout({ name: "After", cells: [] }, { mode: "create" });
    const replacement = { ...history, cells: [{ row: 10, col: 0, value: "new" }] };
    const result = await h.port.writeLayout(replacement, { mode: "replace" });
    expect(result).toEqual({ sheet: history.name, replaced: true });
    const port = await h.reopen();
    const names = (await port.describe()).sheets.map((s) => s.name);
    expect(names.filter((n) => ["Before", history.name, "After"].includes(n))).toEqual([
      "Before",
      history.name,
      "After",
    ]);
    expect(names.some((n) => n.startsWith("TrustTier_tmp"))).toBe(false);
    expect((await port.readTable("meetinghistory")).rows).toEqual([
      [1, 100001, "Lead"],
      [2, 100002, "=cmd"],
    ]);
    expect((await port.readUsedRange(history.name)).values.at(-1)?.[0]).toBe("new");
  });

  it("leaves the workbook as it was when a write is cancelled", async () => {
    await h.port.writeLayout(history, { mode: "create" });
    const before = await h.port.readSheetContent(history.name);
    const signal = { aborted: false };
    const write = h.port.writeLayout(
      { ...history, cells: [{ row: 9, col: 0, value: "half" }] },
      {
        mode: "replace",
        signal,
        onProgress: () => (signal.aborted = true),
      }
    );
    await expectCode(write, "Cancelled");
    const port = await h.reopen();
    expect(await port.readSheetContent(history.name)).toEqual(before);
    const names = (await port.describe()).sheets.map((s) => s.name);
    expect(names.some((n) => n.startsWith("TrustTier_tmp"))).toBe(false);
  });

  it("appends rows without touching earlier ones, and refuses a row of the wrong width", async () => {
    await h.port.writeLayout(history, { mode: "create" });
    const before = (await h.port.readTable("MeetingHistory")).rows;
    const result = await h.port.appendRows("MeetingHistory", [[3, 100003, "+SUM(1)"]]);
    expect(result.rowCount).toBe(3);
    const port = await h.reopen();
    const after = await port.readTable("MeetingHistory");
    expect(after.rows.slice(0, 2)).toEqual(before);
    expect(after.rows[2]).toEqual([3, 100003, "+SUM(1)"]);
    await expectCode(port.appendRows("MeetingHistory", [[4, 100004]]), "RowWidthMismatch");
    await expectCode(port.appendRows("Nope", [[1]]), "TableNotFound");
  });

  it("describes sheets, visibility and tables", async () => {
    await h.port.writeLayout(history, { mode: "create" });
    const description = await h.port.describe();
    expect(description.sheets).toContainEqual({ name: history.name, visibility: "visible" });
    expect(description.tables).toEqual([
      {
        name: "MeetingHistory",
        sheet: history.name,
        headers: ["Row id", "URN", "Agreed"],
        rowCount: 2,
      },
    ]);
  });

  it("round-trips settings on a very hidden sheet and reports a damaged one", async () => {
    await h.port.writeLayout({ name: "Visible", cells: [] }, { mode: "create" });
    await h.port.writeSettings({
      framework: "tiers",
      mapping: { urn: "URN", long: "x".repeat(40000) },
    });
    await h.port.writeSettings({ chosen: 2 });
    let port = await h.reopen();
    expect((await port.readSettings()).values).toEqual({
      chosen: 2,
      framework: "tiers",
      mapping: { urn: "URN", long: "x".repeat(40000) },
    });
    const sheets = (await port.describe()).sheets;
    expect(sheets).toContainEqual({ name: SETTINGS_SHEET_NAME, visibility: "veryHidden" });

    await port.writeLayout(
      {
        name: SETTINGS_SHEET_NAME,
        visibility: "veryHidden",
        cells: [
          { row: 0, col: 0, value: "Key" },
          { row: 1, col: 0, value: "good" },
          { row: 1, col: 1, value: "[1,2]" },
          { row: 2, col: 0, value: "broken" },
          { row: 2, col: 1, value: "{not json" },
        ],
      },
      { mode: "replace" }
    );
    port = await h.reopen();
    const settings = await port.readSettings();
    expect(settings.values).toEqual({ good: [1, 2] });
    expect(settings.problems).toEqual([
      expect.objectContaining({
        key: "broken",
        row: 3,
        message: expect.stringContaining("not valid JSON"),
      }),
    ]);
  });

  it("deletes a sheet and reports a missing one", async () => {
    await h.port.writeLayout({ name: "Keep", cells: [] }, { mode: "create" });
    await h.port.writeLayout({ name: "Gone", cells: [] }, { mode: "create" });
    await h.port.deleteSheet("gone");
    expect((await h.port.describe()).sheets.map((s) => s.name)).not.toContain("Gone");
    await expectCode(h.port.deleteSheet("Gone"), "SheetNotFound");
    await expectCode(h.port.readUsedRange("Gone"), "SheetNotFound");
  });
});
