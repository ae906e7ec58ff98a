/**
 * A sparse map from cell keys (row × STRIDE + column, see store.ts) to values, kept as rows of
 * arrays: formatting a 100,000-row column is 100,000 array writes, not 100,000 hash-map inserts
 * (a Map of two million cells made the host, not the add-on, the cost of writing a large sheet).
 * It offers the part of Map's interface the host uses; it iterates row by row.
 * @example const g = new CellGrid<string>(); g.set(SheetStore.key(2, 3), 'x'); g.get(SheetStore.key(2, 3)) === 'x'
 */
export class CellGrid<T> {
  private rows: (T | undefined)[][] = [];
  private count = 0;

  constructor(private readonly stride: number) {}

  get size(): number {
    return this.count;
  }

  get(key: number): T | undefined {
    const row = this.rows[Math.floor(key / this.stride)];
    return row === undefined ? undefined : row[key % this.stride];
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: T): this {
    const r = Math.floor(key / this.stride);
    let row = this.rows[r];
    if (row === undefined) {
      while (this.rows.length < r) this.rows.push(undefined as unknown as T[]);
      row = this.rows[r] = [];
    }
    const c = key % this.stride;
    if (row[c] === undefined) this.count++;
    while (row.length < c) row.push(undefined);
    row[c] = value;
    return this;
  }

  /**
   * Sets cells `from` … `to − 1` of row `r` (key = r × stride + column) to `next(their value)`, an
   * undefined result removing the cell: formatting a whole column walks its rows, not its keys.
   */
  updateRow(r: number, from: number, to: number, next: (value: T | undefined) => T | undefined): void {
    let row = this.rows[r];
    for (let c = from; c < to; c++) {
      const previous = row === undefined ? undefined : row[c];
      const value = next(previous);
      if (value === previous) continue;
      if (value === undefined) {
        row![c] = undefined;
        this.count--;
        continue;
      }
      if (row === undefined) {
        while (this.rows.length < r) this.rows.push(undefined as unknown as T[]);
        row = this.rows[r] = [];
      }
      if (previous === undefined) this.count++;
      while (row.length < c) row.push(undefined);
      row[c] = value;
    }
  }

  delete(key: number): boolean {
    const row = this.rows[Math.floor(key / this.stride)];
    const c = key % this.stride;
    if (row === undefined || row[c] === undefined) return false;
    row[c] = undefined;
    this.count--;
    return true;
  }

  clear(): void {
    this.rows = [];
    this.count = 0;
  }

  *entries(): IterableIterator<[number, T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row === undefined) continue;
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (value !== undefined) yield [r * this.stride + c, value];
      }
    }
  }

  *keys(): IterableIterator<number> {
    for (const [key] of this.entries()) yield key;
  }

  [Symbol.iterator](): IterableIterator<[number, T]> {
    return this.entries();
  }
}
