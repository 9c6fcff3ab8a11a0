/* eslint-disable @typescript-eslint/no-explicit-any -- Office.js types Range.values etc. as any[][] */
/* eslint-disable @typescript-eslint/no-this-alias -- property descriptors need the range */
import { rangeAddress, parseCellAddress, parseRangeAddress } from "../../../src/core/layout/a1";
import { sameSheetName } from "../../../src/core/layout/sheet-names";
import type {
  CellStyle,
  ConditionalFormatRule,
  LayoutHyperlink,
} from "../../../src/core/layout/types";
import { cellKey, type MemoryCell, type MemorySheet } from "../../../src/adapters/memory/model";
import { pointsToWidth } from "../../../src/adapters/office/write-plan";
import type {
  BorderApi,
  ConditionalFormatApi,
  DataValidationApi,
  RangeApi,
  RangeFormatApi,
} from "../../../src/adapters/office/api";
import { Loaded, OfficeApiError, propertyNames, type RequestQueue } from "./context";
import { copyCells, type CopyType } from "./copy";
import type { ObjectPath } from "./payload";
import { READ_CELL_LIMIT } from "./payload";
import { renderFormula, sheetNeedsQuotes, type Shift } from "./references";
import { shiftCells } from "./structure";
import { overlaps } from "./table-state";
import { typeIntoCell } from "./typing";

export interface Bounds {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const lower = <T extends string>(text: string) => text.toLowerCase() as T;

/** A range of a fake sheet: writes queue, reads need load + sync, as in Office.js. */
export class FakeRange implements RangeApi {
  private readonly loaded: Loaded;
  format: RangeFormatApi;
  dataValidation: RangeApi["dataValidation"];
  conditionalFormats: RangeApi["conditionalFormats"];

  /** `bounds` is resolved at sync time (a used range is only known then); null = null object. */
  constructor(
    private readonly queue: RequestQueue,
    readonly sheet: () => MemorySheet,
    private readonly bounds: () => Bounds | null,
    readonly path: ObjectPath
  ) {
    this.loaded = new Loaded("Range", queue.host.rules);
    this.format = this.makeFormat();
    const validation = this.makeValidation();
    const range = this;
    this.dataValidation = Object.defineProperties(
      {
        // DataValidation.clear: "Clears the data validation from the current range."
        clear: () =>
          this.queue.push(this.path.property("dataValidation"), "Method", "clear", [], () =>
            range.dropWithin("validations")
          ),
      },
      Object.getOwnPropertyDescriptors(validation)
    ) as RangeApi["dataValidation"];
    this.conditionalFormats = {
      add: (type) => this.addConditionalFormat(String(type)),
      // ConditionalFormatCollection.clearAll: "Clears all conditional formats active on the
      // current specified range." A rule reaching outside the range goes whole here (the docs
      // do not say whether Excel trims it): an open question in RULES.md.
      clearAll: () =>
        this.queue.push(this.path.property("conditionalFormats"), "Method", "clearAll", [], () =>
          range.dropWithin("conditionalFormats")
        ),
    };
  }

  /** Removes the sheet's merges, validations, rules or links that touch this range. */
  private dropWithin(list: "merges" | "validations" | "conditionalFormats" | "hyperlinks"): void {
    const box = this.bounds()!;
    const sheet = this.sheet();
    const touches = (b: { row: number; col: number; rows?: number; cols?: number }) =>
      overlaps(box, { row: b.row, col: b.col, rows: b.rows ?? 1, cols: b.cols ?? 1 });
    if (list === "merges") sheet.merges = sheet.merges.filter((m) => !touches(m));
    if (list === "validations")
      sheet.validations = sheet.validations.filter((v) => !touches(v.range));
    if (list === "conditionalFormats") {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => !touches(c.range));
    }
    if (list === "hyperlinks") sheet.hyperlinks = sheet.hyperlinks.filter((h) => !touches(h));
  }

  /** `Range.unmerge()`: "Unmerge the range cells into separate cells." */
  /** Range.getLastRow (ExcelApi 1.1): "the last row of "B2:D5" is "B5:D5"". */
  getLastRow(): FakeRange {
    return new FakeRange(
      this.queue,
      this.sheet,
      () => {
        const b = this.bounds();
        return b && { row: b.row + b.rows - 1, col: b.col, rows: 1, cols: b.cols };
      },
      this.path.method("getLastRow")
    );
  }

  unmerge(): void {
    this.call("unmerge", [], () => this.dropWithin("merges"));
  }

  /**
   * `Range.clear(applyTo)`: "Contents" values and formulas, "Formats" styles and number
   * formats, "Hyperlinks" links only, "All" (the default) all of these.
   */
  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" = "All"): void {
    this.call("clear", [applyTo], () => {
      if (applyTo === "All" || applyTo === "Hyperlinks") this.dropWithin("hyperlinks");
      if (applyTo === "Hyperlinks") return;
      this.cells((cell) => {
        if (applyTo !== "Formats") {
          cell.value = null;
          delete cell.formula;
        }
        if (applyTo !== "Contents") {
          delete cell.style;
          delete cell.numberFormat;
        }
      });
    });
  }

  static fromAddress(
    queue: RequestQueue,
    sheet: () => MemorySheet,
    address: string,
    parent: ObjectPath
  ): FakeRange {
    const bounds = parseAddress(address);
    if (!bounds) throw new OfficeApiError("InvalidArgument", `Bad range address ${address}`);
    return new FakeRange(queue, sheet, () => bounds, parent.method("getRange", [address]));
  }

  private where(): string {
    const b = this.bounds();
    return b ? rangeAddress(b) : "(null range)";
  }

  private cells(visit: (cell: MemoryCell, r: number, c: number) => void): void {
    const b = this.bounds();
    if (!b) throw new OfficeApiError("ItemNotFound", "The range is a null object.");
    const sheet = this.sheet();
    for (let r = 0; r < b.rows; r++) {
      for (let c = 0; c < b.cols; c++) {
        const key = cellKey(b.row + r, b.col + c);
        let cell = sheet.cells.get(key);
        if (!cell) {
          cell = { value: null };
          sheet.cells.set(key, cell);
        }
        visit(cell, r, c);
      }
    }
  }

  /** Queues `range.<property> = value`; a dotted property ("format.font.bold") sets a child's. */
  private set(property: string, value: unknown, apply: () => void): void {
    const parts = property.split(".");
    const name = parts.pop()!;
    this.queue.push(this.path.descend(parts.join(".")), "SetProperty", name, [value], apply);
  }

  private call(name: string, args: unknown[], apply: () => void): void {
    this.queue.push(this.path, "Method", name, args, apply);
  }

  private writeGrid(
    property: string,
    grid: unknown[][],
    write: (cell: MemoryCell, v: unknown) => void
  ) {
    this.set(property, grid, () => {
      const b = this.bounds();
      if (!b || grid.length !== b.rows || grid.some((row) => row.length !== b.cols)) {
        throw new OfficeApiError(
          "InvalidArgument",
          `The ${property} array does not match the size of range ${this.where()}.`
        );
      }
      this.cells((cell, r, c) => write(cell, grid[r][c]));
    });
  }

  private styleCells(patch: CellStyle): void {
    this.cells((cell) => (cell.style = { ...cell.style, ...patch }));
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get columnHidden(): boolean {
    return this.loaded.get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.set("columnHidden", hidden, () => {
      const b = this.bounds()!;
      const sheet = this.sheet();
      for (let c = b.col; c < b.col + b.cols; c++) {
        sheet.hiddenColumns = sheet.hiddenColumns.filter((col) => col !== c);
        if (hidden) sheet.hiddenColumns.push(c);
      }
    });
  }
  /** The range's address as the adapter wrote it (a chart's source data). */
  address(): Bounds | null {
    return this.bounds();
  }
  get values(): any[][] {
    return this.loaded.get("values");
  }
  set values(grid: any[][]) {
    this.writeGrid("values", grid, (cell, v) => typeIntoCell(cell, v, this.queue.host.rules));
  }
  get formulas(): any[][] {
    return this.loaded.get("formulas");
  }
  set formulas(grid: any[][]) {
    this.writeGrid("formulas", grid, (cell, v) => typeIntoCell(cell, v, this.queue.host.rules));
  }
  get numberFormat(): any[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(grid: any[][]) {
    this.writeGrid("numberFormat", grid, (cell, v) => {
      if (v !== null && v !== undefined) cell.numberFormat = String(v);
    });
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.loaded.get("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.set("hyperlink", link, () => {
      const b = this.bounds()!;
      const target: LayoutHyperlink["target"] = link.documentReference
        ? parseDocumentReference(link.documentReference)
        : { url: link.address ?? "" };
      const sheet = this.sheet();
      sheet.hyperlinks = sheet.hyperlinks.filter((h) => h.row !== b.row || h.col !== b.col);
      sheet.hyperlinks.push({
        row: b.row,
        col: b.col,
        text: link.textToDisplay ?? "",
        target,
        ...(link.screenTip && { tooltip: link.screenTip }),
      });
      this.cells((cell) =>
        typeIntoCell(cell, `'${link.textToDisplay ?? ""}`, this.queue.host.rules)
      );
    });
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }

  load(names?: string | string[]): this {
    const wanted = propertyNames(names);
    this.queue.push(this.path, "Query", "", wanted, () => {
      const b = this.bounds();
      this.loaded.set("isNullObject", b === null);
      if (!b) return;
      const rules = this.queue.host.rules;
      const cellCount = b.rows * b.cols;
      if (wanted.some((name) => GRIDS.has(name)) && cellCount > READ_CELL_LIMIT) {
        rules.refuse(
          "read-cell-limit",
          "RangeExceedsLimit",
          `Reading ${cellCount} cells of ${this.where()}; Excel reads at most 5,000,000 cells at once.`
        );
      }
      const grid = (read: (cell: MemoryCell | undefined) => unknown) =>
        Array.from({ length: b.rows }, (_, r) =>
          Array.from({ length: b.cols }, (_, c) =>
            read(this.sheet().cells.get(cellKey(b.row + r, b.col + c)))
          )
        );
      const shown = (formula: string) =>
        rules.strict("formula-rendering") ? renderFormula(formula) : formula;
      const readers: Record<string, () => unknown> = {
        values: () => grid((cell) => cell?.value ?? ""),
        formulas: () =>
          grid((cell) => (cell?.formula !== undefined ? shown(cell.formula) : (cell?.value ?? ""))),
        numberFormat: () => grid((cell) => cell?.numberFormat ?? "General"),
        rowIndex: () => b.row,
        columnIndex: () => b.col,
        rowCount: () => b.rows,
        columnCount: () => b.cols,
        address: () => `${sheetPrefix(this.sheet().name)}${rangeAddress(b)}`,
      };
      for (const name of wanted) {
        const read = readers[name];
        if (!read)
          throw new OfficeApiError("InvalidArgument", `The fake cannot load Range.${name}`);
        const value = read();
        this.queue.respond(value);
        this.loaded.set(name, value);
      }
    });
    return this;
  }

  merge(across?: boolean): void {
    this.call("merge", [across ?? false], () => {
      this.sheet().merges.push(this.bounds()!);
    });
  }

  /**
   * `Range.copyFrom` (ExcelApi 1.9): values, formulas and formats as Excel's paste copies them,
   * relative references moved by the offset, the destination grown to the source's size or
   * filled with whole copies of it.
   */
  copyFrom(source: FakeRange | string, copyType: CopyType = "All", skipBlanks = false): void {
    const from = typeof source === "string" ? this.resolve(source) : source;
    this.call(
      "copyFrom",
      [typeof source === "string" ? source : "(range)", copyType, skipBlanks],
      () => {
        copyCells(
          { sheet: from.sheet(), box: from.bounds()! },
          { sheet: this.sheet(), box: this.bounds()! },
          copyType,
          skipBlanks
        );
      }
    );
  }

  /** "B2:C3" on this range's sheet, or "Sheet!B2" / "'My sheet'!B2" on another. */
  private resolve(address: string): FakeRange {
    const match = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(address);
    if (!match) return FakeRange.fromAddress(this.queue, this.sheet, address, this.path);
    const name = (match[1] ?? match[2]).replace(/''/g, "'");
    const sheet = () => {
      const found = this.queue.host.state().sheets.find((s) => sameSheetName(s.name, name));
      if (!found) throw new OfficeApiError("ItemNotFound", `No sheet ${name}`);
      return found;
    };
    return FakeRange.fromAddress(this.queue, sheet, match[3], this.path);
  }

  /** `Range.insert(shift)`: blank cells here; the cells below (or right) move, references too. */
  insert(shift: "Down" | "Right"): FakeRange {
    const b = () => this.bounds()!;
    this.call("insert", [shift], () => {
      const box = b();
      const rewrite = this.queue.host.rules.strict("ref-on-insert-delete");
      shiftCells(
        this.queue.host.state(),
        this.sheet(),
        toShift(this.sheet().name, box, shift, 1),
        rewrite
      );
    });
    return new FakeRange(this.queue, this.sheet, b, this.path.method("insert", [shift]));
  }

  /** `Range.delete(shift)`: these cells go; the cells below (or right) move up (or left). */
  delete(shift: "Up" | "Left"): void {
    this.call("delete", [shift], () => {
      const box = this.bounds()!;
      const sheet = this.sheet();
      const rewrite = this.queue.host.rules.strict("ref-on-insert-delete");
      shiftCells(this.queue.host.state(), sheet, toShift(sheet.name, box, shift, -1), rewrite);
    });
  }

  /** Applies a format property ("font.bold", "borders.EdgeTop.weight") at once (RangeAreas). */
  applyFormat(parts: string[], value: unknown): void {
    this.styleCells(formatStyle(parts.join("."), value));
  }

  private makeFormat(): RangeFormatApi {
    const range = this;
    const styleSetter = (property: string) => ({
      set(value: unknown) {
        range.set(`format.${property}`, value, () =>
          range.styleCells(formatStyle(property, value))
        );
      },
      get(): never {
        throw new OfficeApiError("PropertyNotLoaded", `format.${property} is not loaded`);
      },
    });
    const font = Object.defineProperties({} as RangeFormatApi["font"], {
      bold: styleSetter("font.bold"),
      italic: styleSetter("font.italic"),
      size: styleSetter("font.size"),
      color: styleSetter("font.color"),
    });
    const fill = Object.defineProperties({} as RangeFormatApi["fill"], {
      color: styleSetter("fill.color"),
    });
    const borders = {
      getItem(edge: string): BorderApi {
        return Object.defineProperties({} as BorderApi, {
          style: styleSetter(`borders.${edge}.style`),
          weight: styleSetter(`borders.${edge}.weight`),
          color: styleSetter(`borders.${edge}.color`),
        });
      },
    };
    const format = Object.defineProperties({ font, fill, borders } as RangeFormatApi, {
      horizontalAlignment: styleSetter("horizontalAlignment"),
      verticalAlignment: styleSetter("verticalAlignment"),
      wrapText: styleSetter("wrapText"),
      columnWidth: {
        set(points: number) {
          range.set("format.columnWidth", points, () => {
            const b = range.bounds()!;
            for (let c = 0; c < b.cols; c++)
              range.sheet().columnWidths.set(b.col + c, pointsToWidth(points));
          });
        },
      },
      rowHeight: {
        set(points: number) {
          range.set("format.rowHeight", points, () => {
            const b = range.bounds()!;
            for (let r = 0; r < b.rows; r++) range.sheet().rowHeights.set(b.row + r, points);
          });
        },
      },
    });
    return format;
  }

  private makeValidation(): DataValidationApi {
    const range = this;
    let strict = true;
    let allowBlank = true;
    return {
      set rule(rule: Excel.DataValidationRule) {
        range.set("dataValidation.rule", rule, () => {
          const source = String(rule.list?.source ?? "");
          const bounds = range.bounds()!;
          // The API's list source is comma-separated whatever the locale (ListDataValidation).
          const separator = range.queue.host.rules.strict("validation-list-comma")
            ? ","
            : range.queue.host.listSeparator;
          range.sheet().validations.push({
            range: bounds,
            source: source.startsWith("=")
              ? { formula: source }
              : { items: source.split(separator) },
            strict,
            allowBlank,
          });
        });
      },
      set errorAlert(alert: Excel.DataValidationErrorAlert) {
        range.set("dataValidation.errorAlert", alert, () => {
          strict = alert.showAlert;
          const last = range.sheet().validations.at(-1);
          if (last) Object.assign(last, { strict });
        });
      },
      set ignoreBlanks(value: boolean) {
        range.set("dataValidation.ignoreBlanks", value, () => {
          allowBlank = value;
          const last = range.sheet().validations.at(-1);
          if (last) Object.assign(last, { allowBlank });
        });
      },
    } as DataValidationApi;
  }

  private addConditionalFormat(type: string): ConditionalFormatApi {
    const rule = {
      range: { row: 0, col: 0 } as Bounds,
      formula: "",
      style: {} as Record<string, unknown>,
      stopIfTrue: undefined as boolean | undefined,
    };
    const path = this.path.property("conditionalFormats").method("add", [type]);
    this.queue.push(path.parent!, "Method", "add", [type], () => {
      rule.range = this.bounds()!;
      this.sheet().conditionalFormats.push(rule as ConditionalFormatRule);
    });
    const setter = (dotted: string, apply: (v: any) => void) => ({
      set: (value: unknown) => {
        const parts = dotted.split(".");
        const name = parts.pop()!;
        this.queue.push(path.descend(parts.join(".")), "SetProperty", name, [value], () =>
          apply(value)
        );
      },
    });
    return Object.defineProperties(
      {
        custom: {
          rule: Object.defineProperties(
            {},
            { formula: setter("custom.rule.formula", (v) => (rule.formula = v)) }
          ),
          format: {
            font: Object.defineProperties(
              {},
              {
                color: setter("custom.format.font.color", (v) => (rule.style.fontColor = v)),
                bold: setter("custom.format.font.bold", (v) => (rule.style.bold = v)),
              }
            ),
            fill: Object.defineProperties(
              {},
              { color: setter("custom.format.fill.color", (v) => (rule.style.fillColor = v)) }
            ),
          },
        },
      },
      { stopIfTrue: setter("stopIfTrue", (v) => (rule.stopIfTrue = v || undefined)) }
    ) as ConditionalFormatApi;
  }
}

const GRIDS = new Set(["values", "formulas", "numberFormat"]);

/** The memory model's style for one RangeFormat property (only EdgeTop borders are kept). */
function formatStyle(property: string, v: any): CellStyle {
  const border = /^borders\.(\w+)\.(\w+)$/.exec(property);
  if (border) {
    if (border[1] !== "EdgeTop" || border[2] === "style") return {};
    return border[2] === "weight" ? { border: lower<"thin">(v) } : { borderColor: v };
  }
  const styles: Record<string, () => CellStyle> = {
    "font.bold": () => ({ bold: v }),
    "font.italic": () => ({ italic: v }),
    "font.size": () => ({ fontSize: v }),
    "font.color": () => ({ fontColor: v }),
    "fill.color": () => ({ fillColor: v }),
    horizontalAlignment: () => ({ horizontal: lower<"left">(v) }),
    verticalAlignment: () => ({ vertical: lower<"top">(v) }),
    wrapText: () => ({ wrapText: v }),
  };
  const style = styles[property];
  if (!style) throw new OfficeApiError("InvalidArgument", `The fake cannot set format.${property}`);
  return style();
}

function sheetPrefix(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'!` : `${name}!`;
}

/** "B5:F7", "B5", "5:7" (whole rows) or "C:D" (whole columns), `$` allowed. */
export function parseAddress(address: string): Bounds | null {
  const plain = address.replace(/\$/g, "").trim();
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { row: Math.min(a, b), col: 0, rows: Math.abs(a - b) + 1, cols: 16_384 };
  }
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(plain);
  if (cols) {
    const a = parseCellAddress(`${cols[1]}1`)!.col;
    const b = parseCellAddress(`${cols[2]}1`)!.col;
    return { row: 0, col: Math.min(a, b), rows: 1_048_576, cols: Math.abs(a - b) + 1 };
  }
  return parseRangeAddress(plain);
}

function toShift(sheet: string, box: Bounds, direction: string, sign: 1 | -1): Shift {
  const down = direction === "Down" || direction === "Up";
  const wholeRows = box.cols >= 16_384;
  const wholeCols = box.rows >= 1_048_576;
  return down
    ? {
        sheet,
        axis: "row",
        at: box.row,
        count: sign * box.rows,
        ...(!wholeRows && { within: { first: box.col, last: box.col + box.cols - 1 } }),
      }
    : {
        sheet,
        axis: "col",
        at: box.col,
        count: sign * box.cols,
        ...(!wholeCols && { within: { first: box.row, last: box.row + box.rows - 1 } }),
      };
}

/** "'Sheet name'!B5" -> { sheet, cell }. */
function parseDocumentReference(reference: string): { sheet: string; cell?: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
  if (!match || !parseCellAddress(match[3])) {
    throw new OfficeApiError("InvalidArgument", `Bad document reference ${reference}`);
  }
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), cell: match[3] };
}

/**
 * `RangeAreas` (ExcelApi 1.9) from `worksheet.getRanges("A1:B2, D5")`: one object, one set of
 * actions in the request, applied to every area. Only `format` is modelled.
 */
export class FakeRangeAreas {
  readonly areas: FakeRange[];
  format: RangeFormatApi;

  constructor(
    queue: RequestQueue,
    sheet: () => MemorySheet,
    bounds: Bounds[],
    readonly path: ObjectPath
  ) {
    this.areas = bounds.map((b) => new FakeRange(queue, sheet, () => b, path));
    this.format = areasFormat(this.areas, queue, path);
  }
}

/** A RangeFormat whose setters queue one action and apply to every area. */
function areasFormat(areas: FakeRange[], queue: RequestQueue, path: ObjectPath): RangeFormatApi {
  const fan = (dotted: string): Record<string, unknown> => {
    const target: Record<string, unknown> = {};
    return new Proxy(target, {
      get: (_t, key: string) => {
        if (key === "font" || key === "fill" || key === "borders") return fan(`${dotted}.${key}`);
        if (key === "getItem") return (edge: string) => fan(`${dotted}.${edge}`);
        return undefined;
      },
      set: (_t, key: string, value: unknown) => {
        const parts = `${dotted}.${key}`.split(".").slice(1);
        queue.push(
          path.descend(["format", ...parts.slice(0, -1)].join(".")),
          "SetProperty",
          key,
          [value],
          () => {
            for (const area of areas) area.applyFormat(parts, value);
          }
        );
        return true;
      },
    });
  };
  return fan("format") as unknown as RangeFormatApi;
}
