/* eslint-disable @typescript-eslint/no-explicit-any -- Office.js types Range.values etc. as any[][] */
/* eslint-disable @typescript-eslint/no-this-alias -- property descriptors need the range */
import { rangeAddress, parseCellAddress, parseRangeAddress } from "../../../src/core/layout/a1";
import type { CellStyle, LayoutHyperlink } from "../../../src/core/layout/types";
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
  dataValidation: DataValidationApi;
  conditionalFormats: { add(type: Excel.ConditionalFormatType): ConditionalFormatApi };

  /** `bounds` is resolved at sync time (a used range is only known then); null = null object. */
  constructor(
    private readonly queue: RequestQueue,
    private readonly sheet: () => MemorySheet,
    private readonly bounds: () => Bounds | null
  ) {
    this.loaded = new Loaded("Range");
    this.format = this.makeFormat();
    this.dataValidation = this.makeValidation();
    this.conditionalFormats = { add: () => this.addConditionalFormat() };
  }

  static fromAddress(queue: RequestQueue, sheet: () => MemorySheet, address: string): FakeRange {
    const bounds = parseRangeAddress(address.replace(/\$/g, ""));
    if (!bounds) throw new OfficeApiError("InvalidArgument", `Bad range address ${address}`);
    return new FakeRange(queue, sheet, () => bounds);
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

  private set(property: string, value: unknown, apply: () => void): void {
    this.queue.push({ range: this.where(), set: property, value }, apply);
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
    this.writeGrid("values", grid, typeIntoCell);
  }
  get formulas(): any[][] {
    return this.loaded.get("formulas");
  }
  set formulas(grid: any[][]) {
    this.writeGrid("formulas", grid, typeIntoCell);
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
      this.cells((cell) => typeIntoCell(cell, `'${link.textToDisplay ?? ""}`));
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
    this.queue.push({ range: this.where(), load: wanted }, () => {
      const b = this.bounds();
      this.loaded.set("isNullObject", b === null);
      if (!b) return;
      const grid = (read: (cell: MemoryCell | undefined) => unknown) =>
        Array.from({ length: b.rows }, (_, r) =>
          Array.from({ length: b.cols }, (_, c) =>
            read(this.sheet().cells.get(cellKey(b.row + r, b.col + c)))
          )
        );
      const readers: Record<string, () => unknown> = {
        values: () => grid((cell) => cell?.value ?? ""),
        formulas: () => grid((cell) => cell?.formula ?? cell?.value ?? ""),
        numberFormat: () => grid((cell) => cell?.numberFormat ?? "General"),
        rowIndex: () => b.row,
        columnIndex: () => b.col,
        rowCount: () => b.rows,
        columnCount: () => b.cols,
        address: () => rangeAddress(b),
      };
      for (const name of wanted) {
        const read = readers[name];
        if (!read)
          throw new OfficeApiError("InvalidArgument", `The fake cannot load Range.${name}`);
        this.loaded.set(name, read());
      }
    });
    return this;
  }

  merge(across?: boolean): void {
    this.queue.push({ range: this.where(), merge: across ?? false }, () => {
      this.sheet().merges.push(this.bounds()!);
    });
  }

  private makeFormat(): RangeFormatApi {
    const range = this;
    const styleSetter = (property: string, toStyle: (v: any) => CellStyle) => ({
      set(value: unknown) {
        range.set(`format.${property}`, value, () => range.styleCells(toStyle(value)));
      },
      get(): never {
        throw new OfficeApiError("PropertyNotLoaded", `format.${property} is not loaded`);
      },
    });
    const font = Object.defineProperties({} as RangeFormatApi["font"], {
      bold: styleSetter("font.bold", (v) => ({ bold: v })),
      italic: styleSetter("font.italic", (v) => ({ italic: v })),
      size: styleSetter("font.size", (v) => ({ fontSize: v })),
      color: styleSetter("font.color", (v) => ({ fontColor: v })),
    });
    const fill = Object.defineProperties({} as RangeFormatApi["fill"], {
      color: styleSetter("fill.color", (v) => ({ fillColor: v })),
    });
    const borders = {
      getItem(edge: string): BorderApi {
        const ignored = edge !== "EdgeTop";
        return Object.defineProperties({} as BorderApi, {
          style: styleSetter(`borders.${edge}.style`, () => ({})),
          weight: styleSetter(`borders.${edge}.weight`, (v) =>
            ignored ? {} : { border: lower<"thin">(v) }
          ),
          color: styleSetter(`borders.${edge}.color`, (v) => (ignored ? {} : { borderColor: v })),
        });
      },
    };
    const format = Object.defineProperties({ font, fill, borders } as RangeFormatApi, {
      horizontalAlignment: styleSetter("horizontalAlignment", (v) => ({
        horizontal: lower<"left">(v),
      })),
      verticalAlignment: styleSetter("verticalAlignment", (v) => ({ vertical: lower<"top">(v) })),
      wrapText: styleSetter("wrapText", (v) => ({ wrapText: v })),
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
          range.sheet().validations.push({
            range: bounds,
            source: source.startsWith("=") ? { formula: source } : { items: source.split(",") },
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

  private addConditionalFormat(): ConditionalFormatApi {
    const rule = { formula: "", style: {} as Record<string, unknown>, stopIfTrue: false };
    this.set("conditionalFormats.add", "Custom", () => {
      this.sheet().conditionalFormats.push({
        range: this.bounds()!,
        get formula() {
          return rule.formula;
        },
        style: rule.style,
        get stopIfTrue() {
          return rule.stopIfTrue || undefined;
        },
      });
    });
    const setter = (path: string, apply: (v: any) => void) => ({
      set: (value: unknown) => this.set(`conditionalFormat.${path}`, value, () => apply(value)),
    });
    return Object.defineProperties(
      {
        custom: {
          rule: Object.defineProperties(
            {},
            { formula: setter("formula", (v) => (rule.formula = v)) }
          ),
          format: {
            font: Object.defineProperties(
              {},
              {
                color: setter("font.color", (v) => (rule.style.fontColor = v)),
                bold: setter("font.bold", (v) => (rule.style.bold = v)),
              }
            ),
            fill: Object.defineProperties(
              {},
              { color: setter("fill.color", (v) => (rule.style.fillColor = v)) }
            ),
          },
        },
      },
      { stopIfTrue: setter("stopIfTrue", (v) => (rule.stopIfTrue = v)) }
    ) as ConditionalFormatApi;
  }
}

/** "'Sheet name'!B5" -> { sheet, cell }. */
function parseDocumentReference(reference: string): { sheet: string; cell?: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
  if (!match || !parseCellAddress(match[3])) {
    throw new OfficeApiError("InvalidArgument", `Bad document reference ${reference}`);
  }
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), cell: match[3] };
}
