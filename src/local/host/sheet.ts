/** One sheet of the spreadsheet: its ranges, rows and columns, charts, rules and metadata. */
import { parseA1 } from './a1';
import { type HostValue } from './cells';
import { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import type { Filter } from './filter';
import { ConditionalFormatRule } from './conditionalFormats';
import { DeveloperMetadata, DeveloperMetadataFinder, DeveloperMetadataLocationType, addMetadata } from './metadata';
import { CellGrid } from './grid';
import { Range, outside } from './range';
import { Runtime, docNeed, guardClass } from './runtime';
import { Spreadsheet } from './spreadsheet';
import { type DocSettings, STRIDE, SheetStore, nextId } from './store';

/** One sheet of the spreadsheet. */
export class Sheet {
  readonly _store = new SheetStore();
  readonly _metadata: DeveloperMetadata[] = [];
  readonly sheetId = nextId();
  _hidden = false;
  /** The sheet's basic filter (filter.ts), null without one. */
  _filter: Filter | null = null;
  constructor(
    readonly rt: Runtime,
    readonly _parent: Spreadsheet,
    public _name: string,
  ) {}

  get _doc(): DocSettings {
    return this._parent._doc;
  }

  /** A range, refusing coordinates outside the sheet as Apps Script does. */
  _range(row: number, column: number, numRows = 1, numColumns = 1): Range {
    const rt = this.rt;
    for (const n of [row, column, numRows, numColumns]) {
      if (typeof n !== 'number' || !Number.isInteger(n)) throw rt.error('Invalid argument: range coordinates must be integers');
    }
    if (row < 1) throw rt.error('The starting row of the range is too small.');
    if (column < 1) throw rt.error('The starting column of the range is too small.');
    if (numRows < 1) throw rt.error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw rt.error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._store.maxRows || column + numColumns - 1 > this._store.maxColumns) throw outside(rt);
    return new Range(rt, this, row, column, numRows, numColumns);
  }

  getName(): string {
    return this._name;
  }
  setName(name: string): Sheet {
    const other = this._parent._sheets.find((s) => s !== this && s._name.toLowerCase() === String(name).toLowerCase());
    if (other) throw this.rt.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this._parent._sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this._parent;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') {
      let area;
      try {
        area = parseA1(a);
      } catch {
        throw this.rt.error('Range not found');
      }
      const rows = area.numRows ?? this._store.maxRows - area.row + 1;
      const cols = area.numColumns ?? this._store.maxColumns - area.column + 1;
      return this._range(area.row, area.column, rows, cols);
    }
    return this._range(a, column as number, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): Range {
    return this._range(1, 1, Math.max(1, this._store.lastRow()), Math.max(1, this._store.lastColumn()));
  }
  getLastRow(): number {
    return this._store.lastRow();
  }
  getLastColumn(): number {
    return this._store.lastColumn();
  }
  getMaxRows(): number {
    return this._store.maxRows;
  }
  getMaxColumns(): number {
    return this._store.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertRows(afterPosition + 1, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertRows(beforePosition, howMany);
  }
  insertRows(rowIndex: number, numRows = 1): Sheet {
    const s = this._store;
    if (rowIndex < 1 || rowIndex > s.maxRows + 1) throw outside(this.rt);
    if (rowIndex <= s.values.length) {
      s.values.splice(rowIndex - 1, 0, ...Array.from({ length: numRows }, () => [] as HostValue[]));
      const shift = <T>(m: CellGrid<T>) => {
        const moved = new CellGrid<T>(STRIDE);
        for (const [k, v] of m) {
          const r = Math.floor(k / STRIDE);
          moved.set(r >= rowIndex ? k + numRows * STRIDE : k, v);
        }
        return moved;
      };
      s.formulas = shift(s.formulas);
      s.styles = shift(s.styles);
    }
    this._parent._checkGrowth(numRows * s.maxColumns);
    s.maxRows += numRows;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition !== this._store.maxColumns) {
      throw this.rt.error('The local host inserts columns only after the last column.');
    }
    this._parent._checkGrowth(howMany * this._store.maxRows);
    this._store.maxColumns += howMany;
    return this;
  }
  /** Deletes whole columns (values, formulas and styles shift left). */
  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this._store;
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > s.maxColumns) throw outside(this.rt);
    if (howMany >= s.maxColumns) throw this.rt.error("You can't delete all the columns on the sheet.");
    for (const row of s.values) row.splice(columnPosition - 1, howMany);
    const shift = <T>(m: CellGrid<T>) => {
      const moved = new CellGrid<T>(STRIDE);
      for (const [k, v] of m) {
        const c = k % STRIDE;
        if (c < columnPosition) moved.set(k, v);
        else if (c >= columnPosition + howMany) moved.set(k - howMany, v);
      }
      return moved;
    };
    s.formulas = shift(s.formulas);
    s.styles = shift(s.styles);
    s.maxColumns -= howMany;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const s = this._store;
    if (rowPosition < 1 || rowPosition + howMany - 1 > s.maxRows) throw outside(this.rt);
    if (howMany >= s.maxRows) throw this.rt.error('You can\'t delete all the rows on the sheet.');
    s.values.splice(rowPosition - 1, howMany);
    const shift = <T>(m: CellGrid<T>) => {
      const moved = new CellGrid<T>(STRIDE);
      for (const [k, v] of m) {
        const r = Math.floor(k / STRIDE);
        if (r < rowPosition) moved.set(k, v);
        else if (r >= rowPosition + howMany) moved.set(k - howMany * STRIDE, v);
      }
      return moved;
    };
    s.formulas = shift(s.formulas);
    s.styles = shift(s.styles);
    s.maxRows -= howMany;
  }
  appendRow(rowContents: unknown[]): Sheet {
    const s = this._store;
    const row = s.lastRow() + 1;
    const rows = Math.max(row, s.maxRows);
    const columns = Math.max(rowContents.length, s.maxColumns);
    this._parent._checkGrowth(rows * columns - s.maxRows * s.maxColumns);
    s.maxRows = rows;
    s.maxColumns = columns;
    const r = new Range(this.rt, this, row, 1, 1, rowContents.length);
    rowContents.forEach((v, j) => r._write(row, j + 1, v));
    return this;
  }
  getFilter(): Filter | null {
    return this._filter;
  }
  clear(): Sheet {
    const s = this._store;
    s.values = [];
    s.formulas.clear();
    s.styles.clear();
    return this;
  }
  clearContents(): Sheet {
    const s = this._store;
    s.values = [];
    s.formulas.clear();
    return this;
  }
  clearFormats(): Sheet {
    this._store.styles.clear();
    return this;
  }
  setFrozenRows(rows: number): void {
    this._store.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._store.frozenRows;
  }
  setFrozenColumns(_columns: number): void {}
  setColumnWidth(column: number, width: number): Sheet {
    this._store.columnWidths[column] = width;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._store.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(column: number): number {
    return this._store.columnWidths[column] ?? 100;
  }
  /** Sets a width from the longest displayed text (7 px a character, 40 px minimum), as an estimate. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const last = this._store.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      if (last > 0) for (const [text] of new Range(this.rt, this, 1, c, last, 1).getDisplayValues()) longest = Math.max(longest, text.length);
      this._store.columnWidths[c] = Math.max(40, longest * 7 + 10);
    }
    return this;
  }
  autoResizeColumn(column: number): Sheet {
    return this.autoResizeColumns(column, 1);
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.rt.realm.arr(this._store.rules);
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    for (const r of rules) if (!(r instanceof ConditionalFormatRule)) throw this.rt.error('Invalid argument: rules');
    this._store.rules = [...rules];
  }
  clearConditionalFormatRules(): void {
    this._store.rules = [];
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.rt, this);
  }
  insertChart(chart: EmbeddedChart): void {
    this._store.charts.push(chart);
  }
  updateChart(chart: EmbeddedChart): void {
    const i = this._store.charts.findIndex((c) => c.chartId === chart.chartId);
    if (i < 0) throw this.rt.error('Chart not found');
    this._store.charts[i] = chart;
  }
  getCharts(): EmbeddedChart[] {
    return this.rt.realm.arr(this._store.charts);
  }
  removeChart(chart: EmbeddedChart): void {
    this._store.charts = this._store.charts.filter((c) => c.chartId !== chart.chartId);
  }
  addDeveloperMetadata(key: string, ...rest: unknown[]): Sheet {
    addMetadata(this.rt, this, [key, ...rest], DeveloperMetadataLocationType.SHEET, this);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.rt.realm.arr(this._metadata.filter((m) => m._visible()));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.rt, () => this._metadata);
  }
  activate(): Sheet {
    this._parent._active = this;
    return this;
  }
  hideSheet(): Sheet {
    this._hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
}
guardClass(Sheet, docNeed);
