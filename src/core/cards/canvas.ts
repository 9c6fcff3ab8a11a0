import type {
  CellRange,
  CellStyle,
  ConditionalFormatRule,
  LayoutCell,
  RangeFormat,
} from "../layout/types";
import type { CellValue } from "../values/cell";

/** Collects a card's cells, formats, merges and rules while its sections are laid out. */
export class Canvas {
  readonly cells: LayoutCell[] = [];
  readonly formats: RangeFormat[] = [];
  readonly merges: CellRange[] = [];
  readonly rules: ConditionalFormatRule[] = [];
  /** Next free row. */
  row = 0;

  value(
    row: number,
    col: number,
    value: CellValue,
    style?: CellStyle,
    numberFormat?: string
  ): void {
    this.cells.push({
      row,
      col,
      value,
      ...(style ? { style } : {}),
      ...(numberFormat ? { numberFormat } : {}),
    });
  }

  formula(
    row: number,
    col: number,
    formula: string,
    numberFormat?: string,
    style?: CellStyle
  ): void {
    this.cells.push({
      row,
      col,
      formula,
      ...(numberFormat ? { numberFormat } : {}),
      ...(style ? { style } : {}),
    });
  }

  format(range: CellRange, style?: CellStyle, numberFormat?: string): void {
    this.formats.push({
      range,
      ...(style ? { style } : {}),
      ...(numberFormat ? { numberFormat } : {}),
    });
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }

  rule(rule: ConditionalFormatRule): void {
    this.rules.push(rule);
  }
}
