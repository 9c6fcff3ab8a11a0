import { parseRangeAddress } from "../../../src/core/layout/a1";
import { sameSheetName, validateSheetName } from "../../../src/core/layout/sheet-names";
import { validateTableName } from "../../../src/core/layout/validate-layout";
import type { LayoutChart, PrintSettings } from "../../../src/core/layout/types";
import {
  cellKey,
  emptySheet,
  usedBounds,
  type MemorySheet,
  type MemoryTable,
  type MemoryWorkbookModel,
} from "../../../src/adapters/memory/model";
import type {
  ChartApi,
  ContextApi,
  PageLayoutApi,
  TableApi,
  TableCollectionApi,
  WorksheetApi,
  WorksheetCollectionApi,
} from "../../../src/adapters/office/api";
import { Loaded, OfficeApiError, propertyNames, RequestQueue, type SyncMetrics } from "./context";
import { FakeRange } from "./range";
import { typeIntoCell } from "./typing";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/**
 * A recording stand-in for Excel's object model, the subset `OfficeWorkbook` uses (typed by
 * src/adapters/office/api.ts, itself `Pick`s of @types/office-js). Its workbook is a memory
 * model, so tests compare it with the memory adapter's. Counts syncs and request sizes.
 */
export class FakeExcel {
  readonly model: MemoryWorkbookModel;
  calculationMode: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual" =
    "Automatic";
  readonly metrics: SyncMetrics = { syncs: 0, requestSizes: [] };
  /** Makes the nth sync (counted over the fake's life) fail, as a lost connection would. */
  failAtSync: number | undefined;
  /** Milliseconds each sync waits, as a round trip to Excel does (the host gets a turn). */
  roundTripMs = 0;

  constructor(name = "Book1.xlsx") {
    this.model = { name, sheets: [emptySheet("Sheet1")] };
  }

  readonly run = async <T>(batch: (context: ContextApi) => Promise<T>): Promise<T> => {
    const queue = new RequestQueue(this.metrics, (n) => n === this.failAtSync, this.roundTripMs);
    return batch(new FakeContext(this, queue));
  };

  sheet(name: string): MemorySheet | undefined {
    return this.model.sheets.find((s) => sameSheetName(s.name, name));
  }

  tables(): { sheet: MemorySheet; table: MemoryTable }[] {
    return this.model.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  largestRequest(): number {
    return Math.max(0, ...this.metrics.requestSizes);
  }
}

class FakeContext implements ContextApi {
  workbook: ContextApi["workbook"];

  constructor(
    excel: FakeExcel,
    private readonly queue: RequestQueue
  ) {
    const loaded = new Loaded("Workbook");
    const appLoaded = new Loaded("Application");
    this.workbook = {
      get name() {
        return loaded.get<string>("name");
      },
      load: (names?: string | string[]) => {
        queue.push({ load: "workbook" }, () => loaded.set("name", excel.model.name));
        void names;
        return this.workbook;
      },
      worksheets: new FakeWorksheets(excel, queue),
      tables: new FakeTables(excel, queue, () => undefined),
      application: {
        get calculationMode() {
          return appLoaded.get<Excel.CalculationMode>("calculationMode");
        },
        set calculationMode(mode) {
          queue.push({ set: "calculationMode", mode }, () => (excel.calculationMode = mode));
        },
        load: () => {
          queue.push({ load: "application" }, () =>
            appLoaded.set("calculationMode", excel.calculationMode)
          );
          return undefined;
        },
      } as ContextApi["workbook"]["application"],
    } as ContextApi["workbook"];
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }
}

class FakeWorksheets implements WorksheetCollectionApi {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue
  ) {}

  get items(): WorksheetApi[] {
    if (!this.loadedItems) throw new OfficeApiError("PropertyNotLoaded", "worksheets.items");
    return this.loadedItems;
  }

  load(names?: string | string[]): this {
    const wanted = propertyNames(names);
    this.queue.push({ load: "worksheets", wanted }, () => {
      this.loadedItems = this.excel.model.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.excel, this.queue, () => sheet);
        proxy.fill(wanted);
        return proxy;
      });
    });
    return this;
  }

  add(name?: string): WorksheetApi {
    let created: MemorySheet | undefined;
    this.queue.push({ add: "worksheet", name }, () => {
      const names = this.excel.model.sheets.map((s) => s.name);
      const sheetName = name ?? `Sheet${names.length + 1}`;
      const problem = validateSheetName(sheetName, names);
      if (problem) throw new OfficeApiError("InvalidArgument", problem);
      created = emptySheet(sheetName);
      this.excel.model.sheets.push(created);
    });
    return new FakeWorksheet(this.excel, this.queue, () => {
      if (!created) throw new OfficeApiError("ItemNotFound", "The sheet was never added.");
      return created;
    });
  }

  getItemOrNullObject(key: string): WorksheetApi {
    let found: MemorySheet | undefined;
    let resolved = false;
    const proxy = new FakeWorksheet(this.excel, this.queue, () => {
      if (!resolved) {
        found = this.excel.sheet(key);
        resolved = true;
      }
      if (!found) throw new OfficeApiError("ItemNotFound", `No sheet ${key}`);
      return found;
    });
    this.queue.onSync(() => {
      if (!resolved) {
        found = this.excel.sheet(key);
        resolved = true;
      }
      proxy.settleNull(found === undefined);
    });
    return proxy;
  }
}

class FakeWorksheet implements WorksheetApi {
  private readonly loaded = new Loaded("Worksheet");
  tables: TableCollectionApi;
  freezePanes: WorksheetApi["freezePanes"];
  pageLayout: PageLayoutApi;
  charts: WorksheetApi["charts"];

  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue,
    readonly target: () => MemorySheet
  ) {
    this.tables = new FakeTables(excel, queue, target);
    const freeze = (rows: number, cols: number) =>
      queue.push({ freeze: [rows, cols] }, () => (target().frozen = { rows, cols }));
    this.freezePanes = {
      freezeRows: (count = 1) => freeze(count, 0),
      freezeColumns: (count = 1) => freeze(0, count),
      freezeAt: (range: string) => {
        const b = parseRangeAddress(range)!;
        freeze(b.row + b.rows, b.col + b.cols);
      },
    };
    this.pageLayout = makePageLayout(queue, target);
    this.charts = {
      add: (type, source, seriesBy) => addChart(queue, target, type, source, seriesBy),
    };
  }

  fill(wanted: string[]): void {
    const sheet = this.target();
    const all: Record<string, unknown> = {
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility],
      position: this.excel.model.sheets.indexOf(sheet),
      tabColor: sheet.tabColor ?? "",
      showGridlines: !sheet.hideGridlines,
    };
    for (const name of wanted.length > 0 ? wanted : Object.keys(all))
      this.loaded.set(name, all[name]);
  }

  settleNull(isNull: boolean): void {
    this.loaded.set("isNullObject", isNull);
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(name: string) {
    this.queue.push({ set: "sheet.name", name }, () => {
      const sheet = this.target();
      const others = this.excel.model.sheets.filter((s) => s !== sheet).map((s) => s.name);
      const problem = validateSheetName(name, others);
      if (problem) throw new OfficeApiError("InvalidArgument", problem);
      sheet.name = name;
    });
  }
  get visibility(): Excel.SheetVisibility {
    return this.loaded.get("visibility");
  }
  set visibility(value: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.queue.push({ set: "visibility", value }, () => {
      const entry = Object.entries(VISIBILITY).find(([, v]) => v === value);
      const sheet = this.target();
      const next = (entry?.[0] ?? "visible") as MemorySheet["visibility"];
      const othersVisible = this.excel.model.sheets.some(
        (s) => s !== sheet && s.visibility === "visible"
      );
      if (next !== "visible" && !othersVisible) {
        throw new OfficeApiError("InvalidOperation", "A workbook must keep one visible sheet.");
      }
      sheet.visibility = next;
    });
  }
  get position(): number {
    return this.loaded.get("position");
  }
  set position(index: number) {
    this.queue.push({ set: "position", index }, () => {
      const sheets = this.excel.model.sheets;
      const sheet = this.target();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(index, sheets.length), 0, sheet);
    });
  }
  get tabColor(): string {
    return this.loaded.get("tabColor");
  }
  set tabColor(colour: string) {
    this.queue.push({ set: "tabColor", colour }, () => (this.target().tabColor = colour));
  }
  get showGridlines(): boolean {
    return this.loaded.get("showGridlines");
  }
  set showGridlines(show: boolean) {
    this.queue.push({ set: "showGridlines", show }, () => (this.target().hideGridlines = !show));
  }

  load(names?: string | string[]): this {
    const wanted = propertyNames(names);
    this.queue.push({ load: "worksheet", wanted }, () => ifExists(() => this.fill(wanted)));
    return this;
  }

  delete(): void {
    this.queue.push({ delete: "worksheet" }, () => {
      const sheet = this.target();
      const sheets = this.excel.model.sheets;
      if (!sheets.some((s) => s !== sheet && s.visibility === "visible")) {
        throw new OfficeApiError("InvalidOperation", "Cannot delete the only visible sheet.");
      }
      sheets.splice(sheets.indexOf(sheet), 1);
    });
  }

  getRange(address = "A1"): FakeRange {
    return FakeRange.fromAddress(this.queue, this.target, address);
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.queue, this.target, () => usedBounds(this.target()));
  }
}

/** Records a chart as a LayoutChart spec on the sheet, once its title and position are set. */
function addChart(
  queue: RequestQueue,
  target: () => MemorySheet,
  type: string,
  source: unknown,
  seriesBy: unknown
): ChartApi {
  if (seriesBy !== "Columns")
    throw new OfficeApiError("InvalidArgument", `series by ${String(seriesBy)}`);
  const chart = {
    title: "",
    type: type === "Line" ? "line" : "columnClustered",
    source: {},
    anchor: {},
  };
  queue.push({ add: "chart", type }, () => {
    const b = (source as FakeRange).address()!;
    chart.source = { row: b.row, col: b.col, rows: b.rows, cols: b.cols };
    target().charts.push(chart as unknown as LayoutChart);
  });
  return {
    title: {
      set text(text: string) {
        queue.push({ set: "chart.title", text }, () => (chart.title = text));
      },
    } as ChartApi["title"],
    setPosition(start: string, end?: string) {
      queue.push({ set: "chart.position", start, end }, () => {
        const a = parseRangeAddress(start)!;
        const z = parseRangeAddress(end ?? start)!;
        chart.anchor = { row: a.row, col: a.col, rows: z.row - a.row + 1, cols: z.col - a.col + 1 };
      });
    },
  };
}

function makePageLayout(queue: RequestQueue, target: () => MemorySheet): PageLayoutApi {
  const update = (what: string, value: unknown, patch: (p: PrintSettings) => PrintSettings) =>
    queue.push({ set: `pageLayout.${what}`, value }, () => {
      target().print = patch(target().print ?? {});
    });
  const footers = {} as PageLayoutApi["headersFooters"]["defaultForAllPages"];
  for (const side of ["left", "center", "right"] as const) {
    for (const kind of ["Footer", "Header"] as const) {
      Object.defineProperty(footers, `${side}${kind}`, {
        set: (text: string) =>
          update(`${side}${kind}`, text, (p) => {
            const key = kind === "Footer" ? "footer" : "header";
            return { ...p, [key]: { ...p[key], [side]: text } };
          }),
      });
    }
  }
  return Object.defineProperties(
    {
      setPrintTitleRows: (rows: string) => {
        const match = /^\$?(\d+):\$?(\d+)$/.exec(rows)!;
        update("titleRows", rows, (p) => ({
          ...p,
          titleRows: { first: Number(match[1]) - 1, last: Number(match[2]) - 1 },
        }));
      },
      setPrintArea: (area: string) =>
        update("area", area, (p) => ({ ...p, area: parseRangeAddress(area)! })),
      headersFooters: { defaultForAllPages: footers },
    } as PageLayoutApi,
    {
      orientation: {
        set: (v: string) =>
          update("orientation", v, (p) => ({
            ...p,
            orientation: v === "Landscape" ? "landscape" : "portrait",
          })),
      },
      paperSize: {
        set: (v: string) =>
          update("paperSize", v, (p) => ({ ...p, paperSize: v as PrintSettings["paperSize"] })),
      },
      zoom: {
        set: (v: Excel.PageLayoutZoomOptions) =>
          update("zoom", v, (p) => ({
            ...p,
            fitTo: { wide: v.horizontalFitToPages ?? 1, tall: v.verticalFitToPages ?? 1 },
          })),
      },
    }
  );
}

class FakeTables implements TableCollectionApi {
  private loadedItems: FakeTable[] | undefined;

  /** `sheet` is undefined for the workbook's collection. */
  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue,
    private readonly sheet: (() => MemorySheet) | (() => undefined)
  ) {}

  get items(): TableApi[] {
    if (!this.loadedItems) throw new OfficeApiError("PropertyNotLoaded", "tables.items");
    return this.loadedItems;
  }

  private find(name: string) {
    const own = this.sheet();
    return this.excel
      .tables()
      .find((t) => t.table.name.toUpperCase() === name.toUpperCase() && (!own || t.sheet === own));
  }

  load(names?: string | string[]): this {
    const wanted = propertyNames(names);
    this.queue.push({ load: "tables", wanted }, () => {
      const own = this.sheet();
      this.loadedItems = this.excel
        .tables()
        .filter((t) => !own || t.sheet === own)
        .map((t) => new FakeTable(this.excel, this.queue, () => t).fill());
    });
    return this;
  }

  add(address: string, hasHeaders: boolean): TableApi {
    let created: { sheet: MemorySheet; table: MemoryTable } | undefined;
    this.queue.push({ add: "table", address, hasHeaders }, () => {
      const sheet = this.sheet();
      if (!sheet) throw new OfficeApiError("InvalidArgument", "Use a worksheet's tables.add.");
      const b = parseRangeAddress(address)!;
      let n = 1;
      while (this.excel.tables().some((t) => t.table.name === `Table${n}`)) n++;
      const table: MemoryTable = {
        name: `Table${n}`,
        row: b.row,
        col: b.col,
        width: b.cols,
        rowCount: b.rows - 1,
      };
      for (let c = 0; c < b.cols; c++) {
        const cell = sheet.cells.get(cellKey(b.row, b.col + c));
        if (!cell || cell.value === null)
          typeIntoCell(
            sheet.cells.get(cellKey(b.row, b.col + c)) ??
              (sheet.cells.set(cellKey(b.row, b.col + c), { value: null }),
              sheet.cells.get(cellKey(b.row, b.col + c))!),
            `Column${c + 1}`
          );
      }
      sheet.tables.push(table);
      created = { sheet, table };
    });
    return new FakeTable(this.excel, this.queue, () => {
      if (!created) throw new OfficeApiError("ItemNotFound", "The table was never added.");
      return created;
    });
  }

  getItemOrNullObject(key: string): TableApi {
    let found: ReturnType<FakeTables["find"]>;
    let resolved = false;
    const resolve = () => {
      if (!resolved) {
        found = this.find(key);
        resolved = true;
      }
      return found;
    };
    const proxy = new FakeTable(this.excel, this.queue, () => {
      const hit = resolve();
      if (!hit) throw new OfficeApiError("ItemNotFound", `No table ${key}`);
      return hit;
    });
    this.queue.onSync(() => proxy.settleNull(resolve() === undefined));
    return proxy;
  }
}

class FakeTable implements TableApi {
  private readonly loaded = new Loaded("Table");
  worksheet: FakeWorksheet;
  rows: TableApi["rows"];
  columns: TableApi["columns"];

  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue,
    private readonly target: () => { sheet: MemorySheet; table: MemoryTable }
  ) {
    this.worksheet = new FakeWorksheet(excel, queue, () => target().sheet);
    this.rows = {
      add: (_index, values) => {
        queue.push({ add: "rows", values }, () => {
          const { sheet, table } = target();
          for (const line of values ?? []) {
            const row = table.row + 1 + table.rowCount;
            line.forEach((value, c) => {
              const cell = { value: null };
              sheet.cells.set(cellKey(row, table.col + c), cell);
              typeIntoCell(cell, value);
            });
            table.rowCount += 1;
          }
        });
      },
    };
    this.columns = {
      // At the end only (the adapter never passes an index). Excel shifts cells in the way to
      // the right; the adapter checks there are none, so the fake refuses rather than shifts.
      add: (index, _values, name) => {
        queue.push({ add: "column", index, name }, () => {
          const { sheet, table } = target();
          if (index !== undefined) throw new OfficeApiError("NotImplemented", "columns.add(index)");
          const col = table.col + table.width;
          for (let r = 0; r <= table.rowCount; r++) {
            const cell = sheet.cells.get(cellKey(table.row + r, col));
            if (cell && cell.value !== null) {
              throw new OfficeApiError("InsertDeleteConflict", `Cells right of ${table.name}`);
            }
          }
          const header = { value: null };
          sheet.cells.set(cellKey(table.row, col), header);
          typeIntoCell(header, name ?? `Column${table.width + 1}`);
          table.width += 1;
        });
      },
    };
  }

  fill(): this {
    const { table } = this.target();
    this.loaded.set("name", table.name);
    this.loaded.set("style", table.style ?? "TableStyleMedium2");
    return this;
  }

  settleNull(isNull: boolean): void {
    this.loaded.set("isNullObject", isNull);
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(name: string) {
    this.queue.push({ set: "table.name", name }, () => {
      const { table } = this.target();
      const problem = validateTableName(name);
      const clash = this.excel
        .tables()
        .some((t) => t.table !== table && t.table.name.toUpperCase() === name.toUpperCase());
      if (problem || clash) {
        throw new OfficeApiError("InvalidArgument", problem ?? `Table name ${name} is taken.`);
      }
      table.name = name;
    });
  }
  get style(): string {
    return this.loaded.get("style");
  }
  set style(style: string) {
    this.queue.push({ set: "table.style", style }, () => (this.target().table.style = style));
  }

  load(): this {
    this.queue.push({ load: "table" }, () => ifExists(() => this.fill()));
    return this;
  }

  private range(part: "all" | "header" | "body"): FakeRange {
    return new FakeRange(
      this.queue,
      () => this.target().sheet,
      () => {
        const { table } = this.target();
        const all = { row: table.row, col: table.col, rows: table.rowCount + 1, cols: table.width };
        if (part === "header") return { ...all, rows: 1 };
        if (part === "body")
          return { ...all, row: table.row + 1, rows: Math.max(1, table.rowCount) };
        return all;
      }
    );
  }

  getRange(): FakeRange {
    return this.range("all");
  }
  getHeaderRowRange(): FakeRange {
    return this.range("header");
  }
  getDataBodyRange(): FakeRange {
    return this.range("body");
  }
}

/** Loading a null object is allowed in Office.js: it just has no properties. */
function ifExists(load: () => void): void {
  try {
    load();
  } catch (error) {
    if (!(error instanceof OfficeApiError && error.code === "ItemNotFound")) throw error;
  }
}
