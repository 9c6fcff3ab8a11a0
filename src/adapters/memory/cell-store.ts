import type { MemoryCell } from "./model";

/** The key a cell is known by through the Map-like face: "row,col", both from 0. */
export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

function positionOf(key: string): [number, number] {
  const comma = key.indexOf(",");
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
}

/**
 * A sheet's cells, held row by row in arrays: a national import writes and reads over a million
 * cells, and a Map keyed by "row,col" strings spent most of that time building and hashing the
 * keys. `at`/`put` are the adapter's own ways in; the Map-like face (get/set/has/delete by
 * `cellKey`, iteration as [key, cell] pairs in row-then-column order) serves tests and the
 * fake Excel, which address cells by key.
 */
export class CellStore {
  private rows: Array<Array<MemoryCell | undefined> | undefined> = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  at(row: number, col: number): MemoryCell | undefined {
    return this.rows[row]?.[col];
  }

  put(row: number, col: number, cell: MemoryCell): void {
    let cells = this.rows[row];
    if (cells === undefined) {
      cells = [];
      this.rows[row] = cells;
    }
    if (cells[col] === undefined) this.count++;
    cells[col] = cell;
  }

  /** The cell at this position, made empty first if there was none. */
  ensure(row: number, col: number): MemoryCell {
    let cell = this.at(row, col);
    if (cell === undefined) {
      cell = { value: null };
      this.put(row, col, cell);
    }
    return cell;
  }

  remove(row: number, col: number): boolean {
    const cells = this.rows[row];
    if (cells?.[col] === undefined) return false;
    cells[col] = undefined;
    this.count--;
    return true;
  }

  /** Every cell with its position, row by row, left to right. */
  *positioned(): IterableIterator<[number, number, MemoryCell]> {
    for (let row = 0; row < this.rows.length; row++) {
      const cells = this.rows[row];
      if (cells === undefined) continue;
      for (let col = 0; col < cells.length; col++) {
        const cell = cells[col];
        if (cell !== undefined) yield [row, col, cell];
      }
    }
  }

  get(key: string): MemoryCell | undefined {
    const [row, col] = positionOf(key);
    return this.at(row, col);
  }

  set(key: string, cell: MemoryCell): this {
    const [row, col] = positionOf(key);
    this.put(row, col, cell);
    return this;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  delete(key: string): boolean {
    const [row, col] = positionOf(key);
    return this.remove(row, col);
  }

  clear(): void {
    this.rows = [];
    this.count = 0;
  }

  *entries(): IterableIterator<[string, MemoryCell]> {
    for (const [row, col, cell] of this.positioned()) yield [cellKey(row, col), cell];
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): IterableIterator<MemoryCell> {
    for (const [, , cell] of this.positioned()) yield cell;
  }

  [Symbol.iterator](): IterableIterator<[string, MemoryCell]> {
    return this.entries();
  }

  /** A deep copy: changing it leaves this store as it was. */
  clone(): CellStore {
    const copy = new CellStore();
    for (const [row, col, cell] of this.positioned()) copy.put(row, col, structuredClone(cell));
    return copy;
  }
}
