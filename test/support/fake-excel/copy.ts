/**
 * `Range.copyFrom` (ExcelApi 1.9) as Excel's paste does it: the destination grows to the
 * source's size, or takes whole copies of it when it is an exact multiple ("a 2x2 range copy
 * into a 2x6 range will result in 3 copies"); formulas move their relative references by the
 * offset (references.ts `refsAfterCopy`); "Values" copies results, "Formats" styles and number
 * formats only, "Formulas" formulas and constants without styles.
 */

import { cellKey, type MemoryCell, type MemorySheet } from "../../../src/adapters/memory/model";
import { refsAfterCopy } from "./references";

export type CopyType = "All" | "Formulas" | "Values" | "Formats";

type Box = { row: number; col: number; rows: number; cols: number };

export function copyCells(
  from: { sheet: MemorySheet; box: Box },
  to: { sheet: MemorySheet; box: Box },
  copyType: CopyType,
  skipBlanks: boolean
): void {
  const src = from.box;
  const repeatRows = to.box.rows % src.rows === 0 ? to.box.rows / src.rows : 1;
  const repeatCols = to.box.cols % src.cols === 0 ? to.box.cols / src.cols : 1;
  // Read everything first: source and destination may overlap.
  const grid: (MemoryCell | undefined)[][] = Array.from({ length: src.rows }, (_, r) =>
    Array.from({ length: src.cols }, (_, c) => {
      const cell = from.sheet.cells.get(cellKey(src.row + r, src.col + c));
      return cell && { ...cell, ...(cell.style && { style: { ...cell.style } }) };
    })
  );
  for (let rr = 0; rr < repeatRows; rr++) {
    for (let cc = 0; cc < repeatCols; cc++) {
      for (let r = 0; r < src.rows; r++) {
        for (let c = 0; c < src.cols; c++) {
          const source = grid[r][c];
          const blank = !source || (source.value === null && source.formula === undefined);
          if (skipBlanks && blank) continue;
          const row = to.box.row + rr * src.rows + r;
          const col = to.box.col + cc * src.cols + c;
          const key = cellKey(row, col);
          const target: MemoryCell = to.sheet.cells.get(key) ?? { value: null };
          paste(target, source, copyType, row - (src.row + r), col - (src.col + c));
          to.sheet.cells.set(key, target);
        }
      }
    }
  }
}

function paste(
  target: MemoryCell,
  source: MemoryCell | undefined,
  copyType: CopyType,
  rows: number,
  cols: number
): void {
  if (copyType !== "Formats") {
    delete target.formula;
    target.value = source?.value ?? null;
    if (copyType !== "Values" && source?.formula !== undefined) {
      target.formula = refsAfterCopy(source.formula, rows, cols);
    }
  }
  if (copyType === "All" || copyType === "Formats") {
    if (source?.style) target.style = { ...source.style };
    else delete target.style;
    if (source?.numberFormat !== undefined) target.numberFormat = source.numberFormat;
    else delete target.numberFormat;
  }
}
