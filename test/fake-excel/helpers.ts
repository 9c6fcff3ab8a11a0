import { cellKey, type MemorySheet } from "../../src/adapters/memory/model";
import { FakeExcel, type FakeExcelOptions } from "../support/fake-excel";
import type { FakeRange } from "../support/fake-excel/range";
import type { FakeTable } from "../support/fake-excel/tables";
import type { FakeContext, FakeWorksheet } from "../support/fake-excel/workbook";

/** One `Excel.run` on the fake with its full (not only the adapter's) object model. */
export interface Batch {
  context: FakeContext;
  sheet(name: string): FakeWorksheet;
  table(name: string): FakeTable;
  sync(): Promise<void>;
}

export function fake(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel("Book1.xlsx", options);
}

export async function batch<T>(excel: FakeExcel, body: (b: Batch) => Promise<T>): Promise<T> {
  return excel.run((context) => {
    const ctx = context as FakeContext;
    return body({
      context: ctx,
      sheet: (name) => ctx.workbook.worksheets.getItemOrNullObject(name) as FakeWorksheet,
      table: (name) => ctx.workbook.tables.getItemOrNullObject(name) as FakeTable,
      sync: () => ctx.sync(),
    });
  });
}

/** Writes `grid` at `address` of `sheet` (creating the sheet) through the fake. */
export async function put(
  excel: FakeExcel,
  sheet: string,
  address: string,
  grid: unknown[][]
): Promise<void> {
  await batch(excel, async (b) => {
    const { context } = b;
    if (!excel.sheet(sheet)) context.workbook.worksheets.add(sheet);
    await context.sync();
    (b.sheet(sheet).getRange(address) as FakeRange).formulas = grid;
    await context.sync();
  });
}

export function formulaAt(
  sheet: MemorySheet | undefined,
  address: [number, number]
): string | undefined {
  return sheet?.cells.get(cellKey(address[0], address[1]))?.formula;
}

export function valueAt(sheet: MemorySheet | undefined, address: [number, number]): unknown {
  return sheet?.cells.get(cellKey(address[0], address[1]))?.value;
}
