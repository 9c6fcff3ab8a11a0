/** A cell's value as every adapter reads and writes it: Excel's scalar types, blank as null. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cell values, row-major, as Excel's `Range.values` holds them. */
export type CellGrid = CellValue[][];
