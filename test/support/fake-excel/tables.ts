import {
  cellKey,
  type MemoryCell,
  type MemorySheet,
  type MemoryTable,
} from "../../../src/adapters/memory/model";
import { validateTableName } from "../../../src/core/layout/validate-layout";
import type { TableApi, TableCollectionApi } from "../../../src/adapters/office/api";
import { Loaded, OfficeApiError, propertyNames, type RequestQueue } from "./context";
import type { ObjectPath } from "./payload";
import { FakeRange, parseAddress } from "./range";
import { afterTableRename, shiftCells } from "./structure";
import { tableBox, tableOverlap } from "./table-state";
import { typeIntoCell } from "./typing";
import type { FakeExcel } from "./workbook";
import { FakeWorksheet } from "./workbook";

type Located = { sheet: MemorySheet; table: MemoryTable };

export class FakeTables implements TableCollectionApi {
  private loadedItems: FakeTable[] | undefined;

  /** `sheet` is undefined for the workbook's collection. */
  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue,
    private readonly sheet: (() => MemorySheet) | (() => undefined),
    private readonly path: ObjectPath
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
    this.queue.push(this.path, "Query", "", propertyNames(names), () => {
      const own = this.sheet();
      this.loadedItems = this.excel
        .tables()
        .filter((t) => !own || t.sheet === own)
        .map((t, i) =>
          new FakeTable(this.excel, this.queue, () => t, this.path.method("getItemAt", [i])).fill()
        );
      this.queue.respond(this.loadedItems.map((t) => t.name));
    });
    return this;
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    let created: Located | undefined;
    this.queue.push(this.path, "Method", "add", [address, hasHeaders], () => {
      const sheet = this.sheet();
      if (!sheet) throw new OfficeApiError("InvalidArgument", "Use a worksheet's tables.add.");
      const b = parseAddress(address)!;
      const rules = this.excel.rules;
      const clash = tableOverlap(sheet, b);
      if (clash) {
        rules.refuse(
          "table-no-overlap",
          clash === "merged cells" ? "MergedRangeConflict" : "InvalidOperation",
          `A table at ${address} would overlap ${clash}.`
        );
      }
      if (!hasHeaders) {
        // "Excel will automatically generate a header and shift the data down by one row."
        const within = { first: b.col, last: b.col + b.cols - 1 };
        const shift = { sheet: sheet.name, axis: "row" as const, at: b.row, count: 1, within };
        shiftCells(this.excel.state(), sheet, shift, rules.strict("ref-on-insert-delete"));
        b.rows += 1;
      }
      let n = 1;
      while (this.excel.tables().some((t) => t.table.name === `Table${n}`)) n++;
      // A header row alone gets one blank data row (Excel tables always have a data row).
      const headerOnly = b.rows === 1 && rules.strict("table-header-only-gets-row");
      const table: MemoryTable = {
        name: `Table${n}`,
        row: b.row,
        col: b.col,
        width: b.cols,
        rowCount: headerOnly ? 1 : b.rows - 1,
      };
      for (let c = 0; c < b.cols; c++) {
        const key = cellKey(b.row, b.col + c);
        const cell = sheet.cells.get(key) ?? { value: null };
        sheet.cells.set(key, cell);
        if (cell.value === null) typeIntoCell(cell, `Column${c + 1}`);
      }
      sheet.tables.push(table);
      created = { sheet, table };
    });
    return new FakeTable(
      this.excel,
      this.queue,
      () => {
        if (!created) throw new OfficeApiError("ItemNotFound", "The table was never added.");
        return created;
      },
      this.path.method("add", [address, hasHeaders])
    );
  }

  getItemOrNullObject(key: string): FakeTable {
    let found: ReturnType<FakeTables["find"]>;
    let resolved = false;
    const resolve = () => {
      if (!resolved) {
        found = this.find(key);
        resolved = true;
      }
      return found;
    };
    const proxy = new FakeTable(
      this.excel,
      this.queue,
      () => {
        const hit = resolve();
        if (!hit) throw new OfficeApiError("ItemNotFound", `No table ${key}`);
        return hit;
      },
      this.path.method("getItemOrNullObject", [key])
    );
    this.queue.onSync(() => proxy.settleNull(resolve() === undefined));
    return proxy;
  }
}

export class FakeTable implements TableApi {
  private readonly loaded: Loaded;
  worksheet: FakeWorksheet;
  rows: TableApi["rows"] & {
    getItemAt(index: number): { delete(): void };
    deleteRowsAt(index: number, count?: number): void;
  };
  columns: TableApi["columns"];
  /**
   * `table.autoFilter` (ExcelApi 1.9): `apply` filters, `clearCriteria` clears,
   * `isDataFiltered` ("Specifies if the AutoFilter has filter criteria") says which.
   */
  autoFilter: {
    apply(range: unknown, columnIndex?: number, criteria?: unknown): void;
    clearCriteria(): void;
    readonly isDataFiltered: boolean;
    load(names?: string | string[]): unknown;
  };

  constructor(
    private readonly excel: FakeExcel,
    private readonly queue: RequestQueue,
    private readonly target: () => Located,
    private readonly path: ObjectPath
  ) {
    this.loaded = new Loaded("Table", excel.rules);
    this.worksheet = new FakeWorksheet(
      excel,
      queue,
      () => target().sheet,
      path.property("worksheet")
    );
    const rowsPath = path.property("rows");
    this.rows = {
      add: (index, values) => {
        queue.push(rowsPath, "Method", "add", [index, values], () =>
          this.addRows(index, (values ?? [[]]) as unknown[][])
        );
      },
      getItemAt: (index: number) => ({
        delete: () =>
          queue.push(rowsPath.method("getItemAt", [index]), "Method", "delete", [], () =>
            this.deleteRows(index, 1)
          ),
      }),
      deleteRowsAt: (index: number, count = 1) =>
        queue.push(rowsPath, "Method", "deleteRowsAt", [index, count], () =>
          this.deleteRows(index, count)
        ),
    };
    this.columns = {
      // At the end only (the adapter never passes an index). Excel shifts cells in the way to
      // the right; the adapter checks there are none, so the fake refuses rather than shifts.
      add: (index, _values, name) => {
        queue.push(path.property("columns"), "Method", "add", [index, null, name], () => {
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
    const filterPath = path.property("autoFilter");
    const filterLoaded = new Loaded("AutoFilter", excel.rules);
    this.autoFilter = {
      get isDataFiltered() {
        return filterLoaded.get<boolean>("isDataFiltered");
      },
      load: () => {
        queue.push(filterPath, "Query", "", ["isDataFiltered"], () =>
          ifExists(() => filterLoaded.set("isDataFiltered", target().table.filtered ?? false))
        );
        return undefined;
      },
      apply: (_range, columnIndex, criteria) =>
        queue.push(filterPath, "Method", "apply", ["(range)", columnIndex, criteria], () => {
          target().table.filtered = true;
        }),
      clearCriteria: () =>
        queue.push(filterPath, "Method", "clearCriteria", [], () => {
          target().table.filtered = false;
        }),
    };
  }

  private refuseIfFiltered(what: string): void {
    const { table } = this.target();
    if (table.filtered) {
      this.excel.rules.refuse(
        "table-filtered-insert-delete",
        "InsertDeleteConflict",
        `Table ${table.name} has a filter applied; Excel refuses to ${what} its rows.`
      );
    }
  }

  /** Rows inserted inside the table's own columns; cells below in those columns move down. */
  private addRows(index: number | undefined, values: unknown[][]): void {
    this.refuseIfFiltered("add to");
    const { sheet, table } = this.target();
    const count = values.length;
    const position = index === undefined || index === null || index < 0 ? table.rowCount : index;
    const at = table.row + 1 + position;
    const rowCount = table.rowCount;
    const calculated = this.calculatedColumns();
    this.refuseIfStraddled(at);
    if (this.excel.rules.strict("table-rows-add-shifts")) {
      const shift = {
        sheet: sheet.name,
        axis: "row" as const,
        at,
        count,
        within: this.ownColumns(),
      };
      shiftCells(this.excel.state(), sheet, shift, this.excel.rules.strict("ref-on-insert-delete"));
    }
    table.rowCount = rowCount + count;
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const key = cellKey(at + r, table.col + c);
        const formula = calculated.get(c);
        const cell: MemoryCell = formula === undefined ? { value: null } : { value: null, formula };
        sheet.cells.set(key, cell);
        typeIntoCell(cell, value, this.excel.rules);
      })
    );
  }

  /**
   * Rule "table-calculated-column-fill": a column whose every data row holds one formula is a
   * calculated column, and rows added to the table get its formula unless written over.
   */
  private calculatedColumns(): Map<number, string> {
    const found = new Map<number, string>();
    const { sheet, table } = this.target();
    if (!this.excel.rules.strict("table-calculated-column-fill") || table.rowCount === 0) {
      return found;
    }
    for (let c = 0; c < table.width; c++) {
      const formulas = Array.from(
        { length: table.rowCount },
        (_, r) => sheet.cells.get(cellKey(table.row + 1 + r, table.col + c))?.formula
      );
      if (formulas[0] !== undefined && formulas.every((f) => f === formulas[0])) {
        found.set(c, formulas[0]);
      }
    }
    return found;
  }

  private deleteRows(index: number, count: number): void {
    this.refuseIfFiltered("delete");
    const { sheet, table } = this.target();
    if (index < 0 || index + count > table.rowCount) {
      throw new OfficeApiError(
        "InvalidArgument",
        `Table ${table.name} has no row ${index + count - 1}.`
      );
    }
    const at = table.row + 1 + index;
    const shift = {
      sheet: sheet.name,
      axis: "row" as const,
      at,
      count: -count,
      within: this.ownColumns(),
    };
    shiftCells(this.excel.state(), sheet, shift, this.excel.rules.strict("ref-on-insert-delete"));
  }

  /** The table's own columns: what its row inserts and deletes move. */
  /**
   * Rule "table-rows-add-straddle": the cells rows.add pushes down (the table's columns, from
   * `at` down) must not cut through another table or a merged range reaching outside those
   * columns; Excel refuses with InsertDeleteConflict ("would move cells in a table").
   */
  private refuseIfStraddled(at: number): void {
    const { sheet, table } = this.target();
    const { first, last } = this.ownColumns();
    const cuts = (box: { row: number; col: number; rows: number; cols: number }) =>
      box.row + box.rows - 1 >= at &&
      box.col <= last &&
      box.col + box.cols - 1 >= first &&
      (box.col < first || box.col + box.cols - 1 > last);
    const other = sheet.tables.find((t) => t !== table && cuts(tableBox(t)));
    const merge = sheet.merges.find((m) =>
      cuts({ row: m.row, col: m.col, rows: m.rows ?? 1, cols: m.cols ?? 1 })
    );
    if (other || merge) {
      this.excel.rules.refuse(
        "table-rows-add-straddle",
        "InsertDeleteConflict",
        `This operation would move cells in a ${other ? `table (${other.name})` : "merged range"} on your worksheet: rows for table ${table.name} cannot be added.`
      );
    }
  }

  private ownColumns(): { first: number; last: number } {
    const { table } = this.target();
    return { first: table.col, last: table.col + table.width - 1 };
  }

  fill(): this {
    const { table } = this.target();
    this.loaded.set("name", table.name);
    this.loaded.set("style", table.style ?? "TableStyleMedium2");
    this.loaded.set("showTotals", table.totals ?? false);
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
    this.queue.push(this.path, "SetProperty", "name", [name], () => {
      const { table } = this.target();
      const problem = validateTableName(name);
      const clash = this.excel
        .tables()
        .some((t) => t.table !== table && t.table.name.toUpperCase() === name.toUpperCase());
      if (problem || clash) {
        throw new OfficeApiError("InvalidArgument", problem ?? `Table name ${name} is taken.`);
      }
      const before = table.name;
      table.name = name;
      if (this.excel.rules.strict("ref-on-rename"))
        afterTableRename(this.excel.state(), before, name);
    });
  }
  get style(): string {
    return this.loaded.get("style");
  }
  set style(style: string) {
    this.queue.push(
      this.path,
      "SetProperty",
      "style",
      [style],
      () => (this.target().table.style = style)
    );
  }
  get showTotals(): boolean {
    return this.loaded.get("showTotals");
  }
  /** The row below the data becomes the totals row (what was there is an open question). */
  set showTotals(show: boolean) {
    this.queue.push(this.path, "SetProperty", "showTotals", [show], () => {
      this.target().table.totals = show;
    });
  }

  load(names?: string | string[]): this {
    this.queue.push(this.path, "Query", "", propertyNames(names), () =>
      ifExists(() => {
        this.fill();
        this.queue.respond(this.target().table.name);
      })
    );
    return this;
  }

  /** `table.clearFilters()` (ExcelApi 1.2). */
  clearFilters(): void {
    this.queue.push(this.path, "Method", "clearFilters", [], () => {
      this.target().table.filtered = false;
    });
  }

  private range(part: "all" | "header" | "body" | "totals", method: string): FakeRange {
    return new FakeRange(
      this.queue,
      () => this.target().sheet,
      () => {
        const { table } = this.target();
        const withTotals = this.excel.rules.strict("table-range-includes-totals");
        const box = tableBox(table);
        if (part === "all") return withTotals ? box : { ...box, rows: 1 + table.rowCount };
        if (part === "header") return { ...box, rows: 1 };
        if (part === "body")
          return { ...box, row: table.row + 1, rows: Math.max(1, table.rowCount) };
        if (!table.totals) {
          throw new OfficeApiError("InvalidArgument", `Table ${table.name} has no totals row.`);
        }
        return { ...box, row: table.row + 1 + table.rowCount, rows: 1 };
      },
      this.path.method(method)
    );
  }

  getRange(): FakeRange {
    return this.range("all", "getRange");
  }
  getHeaderRowRange(): FakeRange {
    return this.range("header", "getHeaderRowRange");
  }
  getDataBodyRange(): FakeRange {
    return this.range("body", "getDataBodyRange");
  }
  getTotalRowRange(): FakeRange {
    return this.range("totals", "getTotalRowRange");
  }
}

/** Loading a null object is allowed in Office.js: it just has no properties. */
export function ifExists(load: () => void): void {
  try {
    load();
  } catch (error) {
    if (!(error instanceof OfficeApiError && error.code === "ItemNotFound")) throw error;
  }
}
