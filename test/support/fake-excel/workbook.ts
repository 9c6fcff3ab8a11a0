import { parseRangeAddress } from "../../../src/core/layout/a1";
import { sameSheetName, validateSheetName } from "../../../src/core/layout/sheet-names";
import type { LayoutChart, PrintSettings } from "../../../src/core/layout/types";
import {
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
  TableCollectionApi,
  WorksheetApi,
  WorksheetCollectionApi,
} from "../../../src/adapters/office/api";
import {
  Loaded,
  OfficeApiError,
  propertyNames,
  RequestQueue,
  type QueuedOp,
  type QueueHost,
  type SyncMetrics,
} from "./context";
import type { InjectedFailure } from "./failures";
import { ObjectPath } from "./payload";
import { FakeRange, FakeRangeAreas, parseAddress } from "./range";
import { Rules, type RuleId } from "./rules";
import {
  afterSheetDelete,
  afterSheetRename,
  type DefinedName,
  type WorkbookState,
} from "./structure";
import { FakeTables, ifExists } from "./tables";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export interface FakeExcelOptions {
  /** Rules to relax (see RULES.md); every other rule is enforced. */
  lenient?: readonly RuleId[];
  /** "web" (default) also enforces the 5 MB request and response limits of Excel on the web. */
  platform?: "web" | "desktop";
  /** The workbook's locale; only its list separator matters ("," or ";"). */
  locale?: "en-GB" | "de-DE";
  /** The workbook counts days from 1904 (RULES.md, `functions.date`): serials 1,462 lower. */
  date1904?: boolean;
}

/**
 * A recording stand-in for Excel's object model, the subset `OfficeWorkbook` uses (typed by
 * src/adapters/office/api.ts, itself `Pick`s of @types/office-js) and the members the in-place
 * writer will use. Its workbook is a memory model, so tests compare it with the memory
 * adapter's. It enforces Excel's documented and observed rules (RULES.md), counts syncs and
 * measures each request as Office.js would send it.
 */
export class FakeExcel implements QueueHost {
  readonly model: MemoryWorkbookModel;
  readonly names: DefinedName[] = [];
  readonly rules: Rules;
  readonly platform: "web" | "desktop";
  readonly listSeparator: string;
  readonly date1904: boolean;
  calculationMode: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual" =
    "Automatic";
  readonly metrics: SyncMetrics = { syncs: 0, requestSizes: [], responseSizes: [] };
  /** Sync numbers whose batch called `suspendApiCalculationUntilNextSync()`. */
  readonly suspendedCalculation: number[] = [];
  /** Makes the nth sync (counted over the fake's life) fail before anything is applied. */
  failAtSync: number | undefined;
  /** A failure in one of the three modes of failures.ts. */
  failure: InjectedFailure | undefined;
  /** Milliseconds each sync waits, as a round trip to Excel does (the host gets a turn). */
  roundTripMs = 0;
  /** Set to [] to record every operation queued from then on. */
  operations: QueuedOp[] | undefined;
  /** `workbook.readOnly` and `workbook.protection.protected`; sheets in `protectedSheets`. */
  readOnly = false;
  workbookProtected = false;
  readonly protectedSheets = new Set<string>();

  constructor(name = "Book1.xlsx", options: FakeExcelOptions = {}) {
    this.model = { name, sheets: [emptySheet("Sheet1")] };
    this.rules = new Rules(options.lenient);
    this.platform = options.platform ?? "web";
    this.listSeparator = options.locale === "de-DE" ? ";" : ",";
    this.date1904 = options.date1904 ?? false;
  }

  readonly run = async <T>(batch: (context: ContextApi) => Promise<T>): Promise<T> => {
    return batch(new FakeContext(this, new RequestQueue(this)));
  };

  failureFor(syncNumber: number): InjectedFailure | undefined {
    if (syncNumber === this.failAtSync) return { sync: syncNumber, mode: "refused" };
    return this.failure?.sync === syncNumber ? this.failure : undefined;
  }

  state(): WorkbookState {
    return { sheets: this.model.sheets, names: this.names };
  }

  sheet(name: string): MemorySheet | undefined {
    return this.model.sheets.find((s) => sameSheetName(s.name, name));
  }

  tables(): { sheet: MemorySheet; table: MemoryTable }[] {
    return this.model.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  /** Largest request so far as Office.js would send it, in bytes. */
  largestRequest(): number {
    return Math.max(0, ...this.metrics.requestSizes);
  }
}

/** The context of one `Excel.run`, with the members the adapter and its rewrite call. */
export class FakeContext implements ContextApi {
  workbook: ContextApi["workbook"] & FakeWorkbookExtras;

  constructor(
    excel: FakeExcel,
    private readonly queue: RequestQueue
  ) {
    const root = ObjectPath.root();
    const loaded = new Loaded("Workbook", excel.rules);
    const appLoaded = new Loaded("Application", excel.rules);
    const app = root.property("application");
    const protection = root.property("protection");
    const protectionLoaded = new Loaded("WorkbookProtection", excel.rules);
    this.workbook = {
      get name() {
        return loaded.get<string>("name");
      },
      get readOnly() {
        return loaded.get<boolean>("readOnly");
      },
      load: (names?: string | string[]) => {
        queue.push(root, "Query", "", propertyNames(names), () => {
          loaded.set("name", excel.model.name);
          loaded.set("readOnly", excel.readOnly);
        });
        return this.workbook;
      },
      protection: {
        get protected() {
          return protectionLoaded.get<boolean>("protected");
        },
        load: () => {
          queue.push(protection, "Query", "", ["protected"], () =>
            protectionLoaded.set("protected", excel.workbookProtected)
          );
          return undefined;
        },
      },
      functions: {
        date: (year: number, month: number, day: number) => {
          const path = root.property("functions").method("date", [year, month, day]);
          const result = new Loaded("FunctionResult", excel.rules);
          return {
            get value() {
              return result.get<number>("value");
            },
            get error() {
              return result.get<string>("error");
            },
            load: (names?: string | string[]) => {
              const wanted = propertyNames(names);
              queue.push(path, "Query", "", wanted, () => {
                const loaded = { value: excelDate(year, month, day, excel.date1904), error: "" };
                for (const name of wanted) {
                  queue.respond(loaded[name as keyof typeof loaded]);
                  result.set(name, loaded[name as keyof typeof loaded]);
                }
              });
              return undefined;
            },
          };
        },
      },
      worksheets: new FakeWorksheets(excel, queue, root.property("worksheets")),
      tables: new FakeTables(excel, queue, () => undefined, root.property("tables")),
      names: new FakeNames(excel, queue, root.property("names")),
      application: {
        get calculationMode() {
          return appLoaded.get<Excel.CalculationMode>("calculationMode");
        },
        set calculationMode(mode) {
          queue.push(app, "SetProperty", "calculationMode", [mode], () => {
            excel.calculationMode = mode;
          });
        },
        load: () => {
          queue.push(app, "Query", "", ["calculationMode"], () =>
            appLoaded.set("calculationMode", excel.calculationMode)
          );
          return undefined;
        },
        suspendApiCalculationUntilNextSync: () => {
          queue.push(app, "Method", "suspendApiCalculationUntilNextSync", [], () =>
            excel.suspendedCalculation.push(excel.metrics.syncs)
          );
        },
      },
    } as ContextApi["workbook"] & FakeWorkbookExtras;
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }
}

/**
 * Excel's DATE as a serial: the 1900 system counts 1900-01-01 as 1 and keeps Lotus's
 * 29 February 1900 (so later dates are one higher than a day count from 1899-12-31); the 1904
 * system counts 1904-01-01 as 0. The year is taken as given (no 0-1899 adjustment).
 */
export function excelDate(year: number, month: number, day: number, date1904: boolean): number {
  const at = Date.UTC(year, month - 1, day);
  const days = (from: number) => (at - from) / 86_400_000;
  if (date1904) return days(Date.UTC(1904, 0, 1));
  return days(Date.UTC(1899, 11, 30)) - (at < Date.UTC(1900, 2, 1) ? 1 : 0);
}

/** Workbook members beyond the adapter's api.ts, for the in-place writer (issue 12). */
export interface FakeWorkbookExtras {
  readonly readOnly: boolean;
  protection: { readonly protected: boolean; load(): unknown };
  names: FakeNames;
  application: ContextApi["workbook"]["application"] & {
    suspendApiCalculationUntilNextSync(): void;
  };
}

/** `workbook.names` (ExcelApi 1.4): workbook-scoped defined names. */
export class FakeNames {
  private loadedItems: { name: string; formula: string }[] | undefined;

  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue,
    private readonly path: ObjectPath
  ) {}

  get items(): { name: string; formula: string }[] {
    if (!this.loadedItems) throw new OfficeApiError("PropertyNotLoaded", "names.items");
    return this.loadedItems;
  }

  load(names?: string | string[]): this {
    this.queue.push(this.path, "Query", "", propertyNames(names), () => {
      this.loadedItems = this.excel.names.map((n) => ({ name: n.name, formula: n.formula }));
      this.queue.respond(this.loadedItems);
    });
    return this;
  }

  add(name: string, reference: string, comment?: string): void {
    this.queue.push(this.path, "Method", "add", [name, reference, comment], () => {
      if (this.excel.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) {
        throw new OfficeApiError("ItemAlreadyExists", `The name ${name} already exists.`);
      }
      const formula = reference.startsWith("=") ? reference : `=${reference}`;
      this.excel.names.push({ name, formula, ...(comment !== undefined && { comment }) });
    });
  }
}

class FakeWorksheets implements WorksheetCollectionApi {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue,
    private readonly path: ObjectPath
  ) {}

  get items(): WorksheetApi[] {
    if (!this.loadedItems) throw new OfficeApiError("PropertyNotLoaded", "worksheets.items");
    return this.loadedItems;
  }

  load(names?: string | string[]): this {
    const wanted = propertyNames(names);
    this.queue.push(this.path, "Query", "", wanted, () => {
      this.loadedItems = this.excel.model.sheets.map((sheet, i) => {
        const proxy = new FakeWorksheet(
          this.excel,
          this.queue,
          () => sheet,
          this.path.method("getItemAt", [i])
        );
        proxy.fill(wanted);
        return proxy;
      });
      this.queue.respond(this.loadedItems.map((item) => item.snapshot(wanted)));
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    let created: MemorySheet | undefined;
    const path = this.path.method("add", [name]);
    this.queue.push(this.path, "Method", "add", [name], () => {
      const names = this.excel.model.sheets.map((s) => s.name);
      const sheetName = name ?? `Sheet${names.length + 1}`;
      const problem = validateSheetName(sheetName, names);
      if (problem) throw new OfficeApiError("InvalidArgument", problem);
      created = emptySheet(sheetName);
      this.excel.model.sheets.push(created);
    });
    return new FakeWorksheet(
      this.excel,
      this.queue,
      () => {
        if (!created) throw new OfficeApiError("ItemNotFound", "The sheet was never added.");
        return created;
      },
      path
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    let found: MemorySheet | undefined;
    let resolved = false;
    const proxy = new FakeWorksheet(
      this.excel,
      this.queue,
      () => {
        if (!resolved) {
          found = this.excel.sheet(key);
          resolved = true;
        }
        if (!found) throw new OfficeApiError("ItemNotFound", `No sheet ${key}`);
        return found;
      },
      this.path.method("getItemOrNullObject", [key])
    );
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

export class FakeWorksheet implements WorksheetApi {
  private readonly loaded: Loaded;
  tables: TableCollectionApi;
  freezePanes: WorksheetApi["freezePanes"];
  pageLayout: PageLayoutApi;
  charts: WorksheetApi["charts"];
  /** `worksheet.protection` (ExcelApi 1.2): load "protected". */
  protection: { readonly protected: boolean; load(): unknown };

  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue,
    readonly target: () => MemorySheet,
    readonly path: ObjectPath
  ) {
    this.loaded = new Loaded("Worksheet", excel.rules);
    this.tables = new FakeTables(excel, queue, target, path.property("tables"));
    const panes = path.property("freezePanes");
    const freeze = (method: string, arg: unknown, rows: number, cols: number) =>
      queue.push(panes, "Method", method, [arg], () => (target().frozen = { rows, cols }));
    this.freezePanes = {
      freezeRows: (count = 1) => freeze("freezeRows", count, count, 0),
      freezeColumns: (count = 1) => freeze("freezeColumns", count, 0, count),
      freezeAt: (range: string) => {
        const b = parseRangeAddress(range)!;
        freeze("freezeAt", range, b.row + b.rows, b.col + b.cols);
      },
      unfreeze: () => queue.push(panes, "Method", "unfreeze", [], () => delete target().frozen),
    };
    this.pageLayout = makePageLayout(queue, target, path.property("pageLayout"));
    const chartsPath = path.property("charts");
    const chartsLoaded = new Loaded("ChartCollection", excel.rules);
    this.charts = {
      add: (type, source, seriesBy) => addChart(queue, target, chartsPath, type, source, seriesBy),
      get items() {
        return chartsLoaded.get<{ delete(): void }[]>("items");
      },
      load: () => {
        queue.push(chartsPath, "Query", "", ["items"], () =>
          chartsLoaded.set(
            "items",
            target().charts.map((chart, index) => ({
              delete: () =>
                queue.push(chartsPath.method("getItemAt", [index]), "Method", "delete", [], () => {
                  target().charts = target().charts.filter((c) => c !== chart);
                }),
            }))
          )
        );
        return undefined;
      },
    };
    const protectionPath = path.property("protection");
    const protectionLoaded = new Loaded("WorksheetProtection", excel.rules);
    this.protection = {
      get protected() {
        return protectionLoaded.get<boolean>("protected");
      },
      load: () => {
        queue.push(protectionPath, "Query", "", ["protected"], () =>
          ifExists(() =>
            protectionLoaded.set("protected", excel.protectedSheets.has(target().name))
          )
        );
        return undefined;
      },
    };
  }

  snapshot(wanted: string[]): Record<string, unknown> {
    const sheet = this.target();
    const all: Record<string, unknown> = {
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility],
      position: this.excel.model.sheets.indexOf(sheet),
      tabColor: sheet.tabColor ?? "",
      showGridlines: !sheet.hideGridlines,
    };
    const names = wanted.length > 0 ? wanted : Object.keys(all);
    return Object.fromEntries(names.map((name) => [name, all[name]]));
  }

  fill(wanted: string[]): void {
    for (const [name, value] of Object.entries(this.snapshot(wanted))) this.loaded.set(name, value);
  }

  settleNull(isNull: boolean): void {
    this.loaded.set("isNullObject", isNull);
  }

  private setProperty(name: string, value: unknown, apply: () => void): void {
    this.queue.push(this.path, "SetProperty", name, [value], apply);
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(name: string) {
    this.setProperty("name", name, () => {
      const sheet = this.target();
      const others = this.excel.model.sheets.filter((s) => s !== sheet).map((s) => s.name);
      const problem = validateSheetName(name, others);
      if (problem) throw new OfficeApiError("InvalidArgument", problem);
      const before = sheet.name;
      sheet.name = name;
      // Excel renames the sheet in every formula that names it (never restores a #REF!).
      if (this.excel.rules.strict("ref-on-rename")) {
        afterSheetRename(this.excel.state(), before, name);
      }
    });
  }
  get visibility(): Excel.SheetVisibility {
    return this.loaded.get("visibility");
  }
  set visibility(value: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.setProperty("visibility", value, () => {
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
    this.setProperty("position", index, () => {
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
    this.setProperty("tabColor", colour, () => (this.target().tabColor = colour));
  }
  get showGridlines(): boolean {
    return this.loaded.get("showGridlines");
  }
  set showGridlines(show: boolean) {
    this.setProperty("showGridlines", show, () => (this.target().hideGridlines = !show));
  }

  load(names?: string | string[]): this {
    const wanted = propertyNames(names);
    this.queue.push(this.path, "Query", "", wanted, () =>
      ifExists(() => {
        this.fill(wanted);
        this.queue.respond(this.snapshot(wanted));
      })
    );
    return this;
  }

  delete(): void {
    this.queue.push(this.path, "Method", "delete", [], () => {
      const sheet = this.target();
      const sheets = this.excel.model.sheets;
      if (sheet.visibility === "veryHidden") {
        this.excel.rules.refuse(
          "delete-very-hidden",
          "InvalidOperation",
          `Sheet ${sheet.name} is very hidden; Excel refuses to delete it until it is made visible or hidden.`
        );
      }
      if (!sheets.some((s) => s !== sheet && s.visibility === "visible")) {
        throw new OfficeApiError("InvalidOperation", "Cannot delete the only visible sheet.");
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      if (this.excel.rules.strict("ref-on-sheet-delete"))
        afterSheetDelete(this.excel.state(), sheet);
    });
  }

  getRange(address = "A1"): FakeRange {
    return FakeRange.fromAddress(this.queue, this.target, address, this.path);
  }

  /** `worksheet.getRanges` (ExcelApi 1.9): several areas, formatted as one object. */
  getRanges(address: string): FakeRangeAreas {
    const areas = address.split(/[,;]/).map((part) => {
      const bounds = parseAddress(part);
      if (!bounds) throw new OfficeApiError("InvalidArgument", `Bad range address ${part}`);
      return bounds;
    });
    return new FakeRangeAreas(
      this.queue,
      this.target,
      areas,
      this.path.method("getRanges", [address])
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.queue,
      this.target,
      () => usedBounds(this.target()),
      this.path.method("getUsedRangeOrNullObject", [valuesOnly ?? false])
    );
  }
}

/** Records a chart as a LayoutChart spec on the sheet, once its title and position are set. */
function addChart(
  queue: RequestQueue,
  target: () => MemorySheet,
  charts: ObjectPath,
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
  const path = charts.method("add", [type, "(range)", seriesBy]);
  queue.push(charts, "Method", "add", [type, "(range)", seriesBy], () => {
    const b = (source as FakeRange).address()!;
    chart.source = { row: b.row, col: b.col, rows: b.rows, cols: b.cols };
    target().charts.push(chart as unknown as LayoutChart);
  });
  return {
    title: {
      set text(text: string) {
        queue.push(
          path.property("title"),
          "SetProperty",
          "text",
          [text],
          () => (chart.title = text)
        );
      },
    } as ChartApi["title"],
    setPosition(start: string, end?: string) {
      queue.push(path, "Method", "setPosition", [start, end], () => {
        const a = parseRangeAddress(start)!;
        const z = parseRangeAddress(end ?? start)!;
        chart.anchor = { row: a.row, col: a.col, rows: z.row - a.row + 1, cols: z.col - a.col + 1 };
      });
    },
  };
}

function makePageLayout(
  queue: RequestQueue,
  target: () => MemorySheet,
  path: ObjectPath
): PageLayoutApi {
  const update = (what: string, value: unknown, patch: (p: PrintSettings) => PrintSettings) =>
    queue.push(path, "SetProperty", what, [value], () => {
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
