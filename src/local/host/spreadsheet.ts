/**
 * The fake Spreadsheet service: Spreadsheet, Sheet, Range, conditional-format rules, embedded
 * charts (recorded, not drawn) and developer metadata, over an in-memory cell store.
 */
import type { CellStyle } from '../sheetData';
import { a1Notation, parseA1 } from './a1';
import { displayValue, parseTyped, typedByFormat, WallDate, type HostValue } from './cells';
import { docNeed, EnumValue, guardClass, isDate, makeEnum, Runtime } from './runtime';
import { instantToWall, wallToInstant } from './time';

/** Column stride of the sparse maps' keys (Sheets allows at most 18,278 columns). */
const STRIDE = 20000;

/** Sheets' limit on the cells of a workbook, over all its sheets (empty cells count). */
export const WORKBOOK_CELL_LIMIT = 10_000_000;

export const InterpolationType = makeEnum(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);
export const DeveloperMetadataVisibility = makeEnum(['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = makeEnum(['ROW', 'COLUMN', 'SHEET', 'SPREADSHEET']);
export const ChartType = makeEnum([
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM',
  'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
]);
export const BorderStyle = makeEnum(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);
export const WrapStrategy = makeEnum(['WRAP', 'OVERFLOW', 'CLIP']);

/** The document-level state the sheets need (zone and locale for typed input and dates). */
export interface DocSettings {
  timeZone: string;
  locale: string;
}

let nextId = 1;

/** The cell store of one sheet: rows of values, sparse formulas and styles. */
export class SheetStore {
  values: HostValue[][] = [];
  formulas = new Map<number, string>();
  styles = new Map<number, CellStyle>();
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  columnWidths: Record<number, number> = {};
  rules: ConditionalFormatRule[] = [];
  charts: EmbeddedChart[] = [];

  static key(row: number, column: number): number {
    return row * STRIDE + column;
  }

  get(row: number, column: number): HostValue {
    const r = this.values[row - 1];
    const v = r === undefined ? undefined : r[column - 1];
    return v === undefined ? '' : v;
  }

  put(row: number, column: number, v: HostValue): void {
    let r = this.values[row - 1];
    if (r === undefined) {
      while (this.values.length < row - 1) this.values.push([]);
      r = this.values[row - 1] = [];
    }
    while (r.length < column - 1) r.push('');
    r[column - 1] = v;
  }

  style(row: number, column: number): CellStyle | undefined {
    return this.styles.get(SheetStore.key(row, column));
  }

  setStyle(row: number, column: number, patch: Partial<CellStyle>): void {
    const k = SheetStore.key(row, column);
    const next = { ...this.styles.get(k), ...patch };
    for (const key of Object.keys(patch) as (keyof CellStyle)[]) if (patch[key] === undefined) delete next[key];
    if (Object.keys(next).length) this.styles.set(k, next);
    else this.styles.delete(k);
  }

  lastRow(): number {
    for (let r = this.values.length; r >= 1; r--) {
      const row = this.values[r - 1];
      for (let c = row.length - 1; c >= 0; c--) if (row[c] !== '') return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.values) {
      for (let c = row.length; c > last; c--) {
        if (row[c - 1] !== '') {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Removes values, formulas and/or styles in an area. */
  clearArea(row: number, column: number, numRows: number, numColumns: number, content: boolean, format: boolean): void {
    for (let r = row; r < row + numRows; r++) {
      const vals = this.values[r - 1];
      for (let c = column; c < column + numColumns; c++) {
        const k = SheetStore.key(r, c);
        if (content) {
          if (vals && c - 1 < vals.length) vals[c - 1] = '';
          this.formulas.delete(k);
        }
        if (format) this.styles.delete(k);
      }
    }
  }
}

function outside(rt: Runtime): Error {
  return rt.error('The coordinates of the range are outside the dimensions of the sheet.');
}

/**
 * A developer metadata entry (key, value, visibility) at the spreadsheet or a sheet. `PROJECT`
 * metadata belongs to the Cloud project that wrote it (`Runtime.projectId` then) and is invisible
 * to every other project; `DOCUMENT` metadata is visible to all.
 */
export class DeveloperMetadata {
  readonly id = nextId++;
  readonly project: string;
  constructor(
    readonly rt: Runtime,
    private readonly owner: { _metadata: DeveloperMetadata[] },
    public key: string,
    public value: string | null,
    public visibility: EnumValue,
    readonly locationType: EnumValue,
    readonly sheet: Sheet | null,
  ) {
    this.project = rt.projectId;
  }
  /** Whether the running project may see this entry. */
  _visible(): boolean {
    return this.visibility !== DeveloperMetadataVisibility.PROJECT || this.project === this.rt.projectId;
  }
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  getVisibility(): EnumValue {
    return this.visibility;
  }
  getLocation(): { getLocationType(): EnumValue; getSheet(): Sheet | null } {
    const { locationType, sheet } = this;
    return { getLocationType: () => locationType, getSheet: () => sheet };
  }
  setKey(key: string): DeveloperMetadata {
    this.key = key;
    return this;
  }
  setValue(value: string): DeveloperMetadata {
    this.value = value;
    return this;
  }
  setVisibility(v: EnumValue): DeveloperMetadata {
    this.visibility = v;
    return this;
  }
  remove(): void {
    const i = this.owner._metadata.indexOf(this);
    if (i >= 0) this.owner._metadata.splice(i, 1);
  }
}
guardClass(DeveloperMetadata, docNeed);

function addMetadata(
  rt: Runtime,
  owner: { _metadata: DeveloperMetadata[] },
  args: unknown[],
  locationType: EnumValue,
  sheet: Sheet | null,
): void {
  const [key, a, b] = args;
  if (typeof key !== 'string' || key === '') throw rt.error('Invalid argument: key');
  let value: string | null = null;
  let visibility = DeveloperMetadataVisibility.DOCUMENT;
  if (a instanceof EnumValue) visibility = a;
  else if (a !== undefined && a !== null) value = String(a);
  if (b instanceof EnumValue) visibility = b;
  owner._metadata.push(new DeveloperMetadata(rt, owner, key, value, visibility, locationType, sheet));
}

/** `createDeveloperMetadataFinder()`: filters by key, value, id. */
export class DeveloperMetadataFinder {
  private filters: ((m: DeveloperMetadata) => boolean)[] = [];
  constructor(
    readonly rt: Runtime,
    private readonly source: () => DeveloperMetadata[],
  ) {}
  withKey(key: string): this {
    this.filters.push((m) => m.key === key);
    return this;
  }
  withValue(value: string): this {
    this.filters.push((m) => m.value === value);
    return this;
  }
  withId(id: number): this {
    this.filters.push((m) => m.id === id);
    return this;
  }
  withVisibility(v: EnumValue): this {
    this.filters.push((m) => m.visibility === v);
    return this;
  }
  withLocationType(t: EnumValue): this {
    this.filters.push((m) => m.locationType === t);
    return this;
  }
  find(): DeveloperMetadata[] {
    return this.rt.realm.arr(this.source().filter((m) => m._visible() && this.filters.every((f) => f(m))));
  }
}

/** The values of a gradient point as set by `setGradient*pointWithValue`. */
export interface GradientPoint {
  color: string;
  type: EnumValue;
  value: string;
}

/** A built conditional-format rule (gradient or boolean), immutable as in Apps Script. */
export class ConditionalFormatRule {
  constructor(
    readonly rt: Runtime,
    readonly ranges: Range[],
    readonly gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | null,
    readonly condition: { type: string; values: unknown[] } | null,
    readonly format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean },
  ) {}
  getRanges(): Range[] {
    return this.rt.realm.arr(this.ranges);
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this.rt);
    b.ranges = [...this.ranges];
    b.gradient = this.gradient ? { ...this.gradient } : null;
    b.condition = this.condition;
    b.format = { ...this.format };
    return b;
  }
  getGradientCondition(): object | null {
    const g = this.gradient;
    if (!g) return null;
    return {
      getMinColor: () => g.min?.color ?? '',
      getMinType: () => g.min?.type ?? null,
      getMinValue: () => g.min?.value ?? '',
      getMidColor: () => g.mid?.color ?? '',
      getMidType: () => g.mid?.type ?? null,
      getMidValue: () => g.mid?.value ?? '',
      getMaxColor: () => g.max?.color ?? '',
      getMaxType: () => g.max?.type ?? null,
      getMaxValue: () => g.max?.value ?? '',
    };
  }
  getBooleanCondition(): object | null {
    const c = this.condition;
    if (!c) return null;
    return {
      getCriteriaType: () => c.type,
      getCriteriaValues: () => this.rt.realm.arr(c.values),
      getBackground: () => this.format.background ?? null,
      getFontColor: () => this.format.fontColor ?? null,
    };
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export class ConditionalFormatRuleBuilder {
  ranges: Range[] = [];
  gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | null = null;
  condition: { type: string; values: unknown[] } | null = null;
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean } = {};
  constructor(readonly rt: Runtime) {}

  private point(which: 'min' | 'mid' | 'max', color: string, type: EnumValue, value: string): this {
    this.condition = null;
    this.gradient = { ...this.gradient, [which]: { color, type, value: value === undefined ? '' : String(value) } };
    return this;
  }
  setGradientMinpoint(color: string): this {
    return this.point('min', color, InterpolationType.MIN, '');
  }
  setGradientMaxpoint(color: string): this {
    return this.point('max', color, InterpolationType.MAX, '');
  }
  setGradientMinpointWithValue(color: string, type: EnumValue, value: string): this {
    return this.point('min', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: EnumValue, value: string): this {
    return this.point('mid', color, type, value);
  }
  setGradientMaxpointWithValue(color: string, type: EnumValue, value: string): this {
    return this.point('max', color, type, value);
  }
  private when(type: string, ...values: unknown[]): this {
    this.gradient = null;
    this.condition = { type, values };
    return this;
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', n);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', n);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', a, b);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQ', n);
  }
  whenTextContains(t: string): this {
    return this.when('TEXT_CONTAINS', t);
  }
  whenTextEqualTo(t: string): this {
    return this.when('TEXT_EQ', t);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY');
  }
  whenFormulaSatisfied(f: string): this {
    return this.when('CUSTOM_FORMULA', f);
  }
  setBackground(color: string | null): this {
    this.format.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.format.fontColor = color ?? undefined;
    return this;
  }
  setBold(b: boolean | null): this {
    this.format.bold = b ?? undefined;
    return this;
  }
  setItalic(b: boolean | null): this {
    this.format.italic = b ?? undefined;
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.ranges = [...ranges];
    return this;
  }
  getRanges(): Range[] {
    return this.rt.realm.arr(this.ranges);
  }
  copy(): ConditionalFormatRuleBuilder {
    return this.build().copy();
  }
  build(): ConditionalFormatRule {
    if (!this.gradient && !this.condition) throw this.rt.error('Conditional format rule must have a condition.');
    if (this.gradient && (!this.gradient.min || !this.gradient.max)) {
      throw this.rt.error('Gradient conditional format rules require a minpoint and a maxpoint.');
    }
    return new ConditionalFormatRule(this.rt, [...this.ranges], this.gradient && { ...this.gradient }, this.condition, { ...this.format });
  }
}

/** An embedded chart as recorded by the host. */
export class EmbeddedChart {
  constructor(
    readonly rt: Runtime,
    readonly chartId: number,
    readonly type: EnumValue,
    readonly ranges: Range[],
    readonly anchor: { row: number; column: number; offsetX: number; offsetY: number },
    readonly options: Record<string, unknown>,
    readonly sheet: Sheet,
  ) {}
  getChartId(): number {
    return this.chartId;
  }
  getId(): string {
    return `u${this.chartId}`;
  }
  getRanges(): Range[] {
    return this.rt.realm.arr(this.ranges);
  }
  getOptions(): { get(key: string): unknown } {
    const o = this.options;
    return { get: (k: string) => (k in o ? o[k] : null) };
  }
  getContainerInfo(): object {
    const a = this.anchor;
    return { getAnchorRow: () => a.row, getAnchorColumn: () => a.column, getOffsetX: () => a.offsetX, getOffsetY: () => a.offsetY };
  }
  modify(): EmbeddedChartBuilder {
    const b = new EmbeddedChartBuilder(this.rt, this.sheet, this.chartId);
    b.type = this.type;
    b.ranges = [...this.ranges];
    b.anchor = { ...this.anchor };
    b.options = { ...this.options };
    return b;
  }
}

const CHART_SHORTCUTS: Record<string, string> = {
  asAreaChart: 'AREA',
  asBarChart: 'BAR',
  asColumnChart: 'COLUMN',
  asComboChart: 'COMBO',
  asHistogramChart: 'HISTOGRAM',
  asLineChart: 'LINE',
  asPieChart: 'PIE',
  asScatterChart: 'SCATTER',
  asTableChart: 'TABLE',
};

/** `Sheet.newChart()`; the `as…Chart()` builders are this same builder with the type set. */
export class EmbeddedChartBuilder {
  type: EnumValue = ChartType.LINE;
  ranges: Range[] = [];
  anchor = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  options: Record<string, unknown> = {};
  constructor(
    readonly rt: Runtime,
    private readonly sheet: Sheet,
    private readonly chartId: number = nextId++,
  ) {
    for (const [method, type] of Object.entries(CHART_SHORTCUTS)) {
      (this as unknown as Record<string, () => this>)[method] = () => this.setChartType(ChartType[type as keyof typeof ChartType]);
    }
  }
  addRange(range: Range): this {
    this.ranges.push(range);
    return this;
  }
  removeRange(range: Range): this {
    this.ranges = this.ranges.filter((r) => r.getA1Notation() !== range.getA1Notation());
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this.rt.realm.arr(this.ranges);
  }
  setChartType(type: EnumValue): this {
    this.type = type;
    return this;
  }
  getChartType(): EnumValue {
    return this.type;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.anchor = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', [...colors]);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setNumHeaders(n: number): this {
    return this.setOption('numHeaders', n);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.rt, this.chartId, this.type, [...this.ranges], { ...this.anchor }, { ...this.options }, this.sheet);
  }
}

/** A rectangular block of cells. */
export class Range {
  constructor(
    readonly rt: Runtime,
    readonly sheet: Sheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private get store(): SheetStore {
    return this.sheet._store;
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getSheet(): Sheet {
    return this.sheet;
  }
  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) throw this.rt.error('Cell reference out of range');
    return new Range(this.rt, this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet._range(this.row + rowOffset, this.column + columnOffset, numRows ?? this.numRows, numColumns ?? this.numColumns);
  }

  /**
   * Values as Apps Script gives them: numbers, strings, booleans, `Date` for date cells, `''` for
   * empty; a cell's number format decides between a date and a number (`typedByFormat`).
   */
  getValues(): unknown[][] {
    const zone = this.sheet._doc.timeZone;
    const toMs = (d: object) => wallToInstant((d as WallDate).wallMs, zone);
    const out = this.rt.realm.copyBlock(this.store.values, this.row - 1, this.numRows, this.column - 1, this.numColumns, toMs);
    if (this.store.styles.size > 0) this._typeByFormats(out, toMs);
    return out;
  }

  /** Re-types the cells of `out` whose number format makes a date a number or a number a date. */
  private _typeByFormats(out: unknown[][], toMs: (d: object) => number): void {
    const store = this.store;
    const fix = (r: number, c: number, format: string | undefined) => {
      if (!format) return;
      const stored = store.get(r, c);
      const typed = typedByFormat(stored, format);
      if (typed === stored) return;
      out[r - this.row][c - this.column] = typed instanceof WallDate ? this.rt.realm.date(toMs(typed)) : typed;
    };
    if (store.styles.size <= this.numRows * this.numColumns) {
      for (const [k, style] of store.styles) {
        const r = Math.floor(k / STRIDE);
        const c = k % STRIDE;
        if (r >= this.row && r < this.row + this.numRows && c >= this.column && c < this.column + this.numColumns) fix(r, c, style.numberFormat);
      }
    } else {
      this._each((r, c) => fix(r, c, store.styles.get(SheetStore.key(r, c))?.numberFormat));
    }
  }
  getValue(): unknown {
    return this.getCell(1, 1).getValues()[0][0];
  }
  getDisplayValues(): string[][] {
    const locale = this.sheet._doc.locale;
    return this._map((r, c) => displayValue(this.store.get(r, c), this.store.style(r, c)?.numberFormat ?? '', locale));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  getFormulas(): string[][] {
    return this._map((r, c) => this.store.formulas.get(SheetStore.key(r, c)) ?? '');
  }
  getFormula(): string {
    return this.getFormulas()[0][0];
  }
  getNumberFormats(): string[][] {
    return this._map((r, c) => this.store.style(r, c)?.numberFormat ?? 'General');
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getBackgrounds(): string[][] {
    return this._map((r, c) => this.store.style(r, c)?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  getFontColors(): string[][] {
    return this._map((r, c) => this.store.style(r, c)?.fontColor ?? '#000000');
  }
  getFontWeights(): string[][] {
    return this._map((r, c) => (this.store.style(r, c)?.bold ? 'bold' : 'normal'));
  }
  getFontStyles(): string[][] {
    return this._map((r, c) => (this.store.style(r, c)?.italic ? 'italic' : 'normal'));
  }
  getHorizontalAlignments(): string[][] {
    return this._map((r, c) => this.store.style(r, c)?.horizontalAlignment ?? 'general');
  }
  isBlank(): boolean {
    for (let r = this.row; r < this.row + this.numRows; r++) {
      for (let c = this.column; c < this.column + this.numColumns; c++) {
        if (this.store.get(r, c) !== '' || this.store.formulas.has(SheetStore.key(r, c))) return false;
      }
    }
    return true;
  }

  /** Writes a block; each value behaves like typed input (see README). */
  setValues(data: unknown[][]): Range {
    this._checkShape(data);
    data.forEach((row, i) => row.forEach((v, j) => this._write(this.row + i, this.column + j, v)));
    return this;
  }
  setValue(value: unknown): Range {
    for (let r = this.row; r < this.row + this.numRows; r++) {
      for (let c = this.column; c < this.column + this.numColumns; c++) this._write(r, c, value);
    }
    return this;
  }
  setFormula(formula: string): Range {
    return this.setValue(formula.startsWith('=') ? formula : `=${formula}`);
  }
  setFormulas(formulas: string[][]): Range {
    return this.setValues(formulas.map((row) => row.map((f) => (f === '' || f.startsWith('=') ? f : `=${f}`))));
  }

  _write(r: number, c: number, value: unknown): void {
    const s = this.store;
    const k = SheetStore.key(r, c);
    s.formulas.delete(k);
    let v: HostValue;
    if (value === null || value === undefined) v = '';
    else if (typeof value === 'number' || typeof value === 'boolean') v = value;
    else if (isDate(value)) {
      const ms = value.getTime();
      v = Number.isNaN(ms) ? '' : new WallDate(instantToWall(ms, this.sheet._doc.timeZone));
    } else {
      const text = String(value);
      if (s.style(r, c)?.numberFormat === '@') v = text;
      else if (text.length > 1 && text[0] === '=') {
        s.formulas.set(k, text);
        v = '#ERROR!';
      } else if (text[0] === "'") v = text.slice(1);
      else v = parseTyped(text, this.sheet._doc.locale);
    }
    s.put(r, c, v);
  }

  _map<T>(f: (row: number, column: number) => T): T[][] {
    const realm = this.rt.realm;
    const out: T[][] = new realm.Array(this.numRows) as T[][];
    for (let i = 0; i < this.numRows; i++) {
      const row = new realm.Array(this.numColumns) as T[];
      for (let j = 0; j < this.numColumns; j++) row[j] = f(this.row + i, this.column + j);
      out[i] = row;
    }
    return out;
  }
  _each(f: (row: number, column: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numColumns; j++) f(this.row + i, this.column + j, i, j);
  }
  _checkShape(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.numRows) {
      throw this.rt.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.numColumns) {
        throw this.rt.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.numColumns}.`,
        );
      }
    }
  }
  private styleAll(patch: Partial<CellStyle>): Range {
    this._each((r, c) => this.store.setStyle(r, c, patch));
    return this;
  }
  private styleEach(data: unknown[][], make: (v: unknown) => Partial<CellStyle>): Range {
    this._checkShape(data);
    this._each((r, c, i, j) => this.store.setStyle(r, c, make(data[i][j])));
    return this;
  }

  setNumberFormat(format: string): Range {
    return this.styleAll({ numberFormat: format });
  }
  setNumberFormats(formats: string[][]): Range {
    return this.styleEach(formats, (f) => ({ numberFormat: String(f) }));
  }
  setBackground(color: string | null): Range {
    return this.styleAll({ background: color ?? undefined });
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    return this.styleEach(colors, (c) => ({ background: (c as string | null) ?? undefined }));
  }
  setFontColor(color: string | null): Range {
    return this.styleAll({ fontColor: color ?? undefined });
  }
  setFontColors(colors: (string | null)[][]): Range {
    return this.styleEach(colors, (c) => ({ fontColor: (c as string | null) ?? undefined }));
  }
  setFontWeight(weight: string | null): Range {
    return this.styleAll({ bold: weight === 'bold' ? true : undefined });
  }
  setFontWeights(weights: (string | null)[][]): Range {
    return this.styleEach(weights, (w) => ({ bold: w === 'bold' ? true : undefined }));
  }
  setFontStyle(style: string | null): Range {
    return this.styleAll({ italic: style === 'italic' ? true : undefined });
  }
  setFontStyles(styles: (string | null)[][]): Range {
    return this.styleEach(styles, (s) => ({ italic: s === 'italic' ? true : undefined }));
  }
  setHorizontalAlignment(alignment: string | null): Range {
    const a = alignment === 'left' || alignment === 'center' || alignment === 'right' ? alignment : undefined;
    return this.styleAll({ horizontalAlignment: a });
  }
  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    return this.styleEach(alignments, (a) => ({
      horizontalAlignment: a === 'left' || a === 'center' || a === 'right' ? a : undefined,
    }));
  }
  /** Recorded nowhere: the host keeps no wrap, border or merge state. */
  setWrap(_wrap: boolean): Range {
    return this;
  }
  setWrapStrategy(_strategy: EnumValue): Range {
    return this;
  }
  setVerticalAlignment(_alignment: string | null): Range {
    return this;
  }
  setFontSize(_size: number): Range {
    return this;
  }
  setBorder(..._args: unknown[]): Range {
    return this;
  }
  merge(): Range {
    return this;
  }
  mergeAcross(): Range {
    return this;
  }
  breakApart(): Range {
    return this;
  }
  activate(): Range {
    return this;
  }
  setNote(_note: string | null): Range {
    return this;
  }
  clear(): Range {
    this.store.clearArea(this.row, this.column, this.numRows, this.numColumns, true, true);
    return this;
  }
  clearContent(): Range {
    this.store.clearArea(this.row, this.column, this.numRows, this.numColumns, true, false);
    return this;
  }
  clearFormat(): Range {
    this.store.clearArea(this.row, this.column, this.numRows, this.numColumns, false, true);
    return this;
  }
  addDeveloperMetadata(key: string, ...rest: unknown[]): Range {
    addMetadata(this.rt, this.sheet, [key, ...rest], this.numColumns >= this.sheet._store.maxColumns ? DeveloperMetadataLocationType.ROW : DeveloperMetadataLocationType.COLUMN, this.sheet);
    return this;
  }
}
guardClass(Range, docNeed);

/**
 * A name for a range (`Spreadsheet.setNamedRange`). Formulas and custom-function arguments may
 * use the name; the host resolves it in `LocalHost.rangeArg`.
 */
export class NamedRange {
  constructor(
    readonly rt: Runtime,
    private readonly owner: Spreadsheet,
    public _name: string,
    public _range: Range,
  ) {}
  getName(): string {
    return this._name;
  }
  getRange(): Range {
    return this._range;
  }
  setName(name: string): NamedRange {
    this.owner._checkRangeName(name, this);
    this._name = name;
    return this;
  }
  setRange(range: Range): NamedRange {
    if (!(range instanceof Range)) throw this.rt.error('Invalid argument: range');
    this._range = range;
    return this;
  }
  remove(): void {
    const i = this.owner._namedRanges.indexOf(this);
    if (i >= 0) this.owner._namedRanges.splice(i, 1);
  }
}
guardClass(NamedRange, docNeed);

/** One sheet of the spreadsheet. */
export class Sheet {
  readonly _store = new SheetStore();
  readonly _metadata: DeveloperMetadata[] = [];
  readonly sheetId = nextId++;
  _hidden = false;
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
      const shift = <T>(m: Map<number, T>) => {
        const moved = new Map<number, T>();
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
    const shift = <T>(m: Map<number, T>) => {
      const moved = new Map<number, T>();
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
    const shift = <T>(m: Map<number, T>) => {
      const moved = new Map<number, T>();
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

/** The active spreadsheet. */
export class Spreadsheet {
  readonly _sheets: Sheet[] = [];
  readonly _metadata: DeveloperMetadata[] = [];
  readonly _namedRanges: NamedRange[] = [];
  _active: Sheet | null = null;
  readonly _toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  constructor(
    readonly rt: Runtime,
    readonly _doc: DocSettings,
    public _name: string,
    readonly _id: string,
  ) {}

  /** Cells in the workbook: every sheet's rows × columns. */
  _cellCount(): number {
    let cells = 0;
    for (const sheet of this._sheets) cells += sheet._store.maxRows * sheet._store.maxColumns;
    return cells;
  }

  /** Refuses a change that adds `cells` past the workbook's limit, with Sheets' message. */
  _checkGrowth(cells: number): void {
    if (cells > 0 && this._cellCount() + cells > WORKBOOK_CELL_LIMIT) {
      throw this.rt.error(`This action would increase the number of cells in the workbook above the limit of ${WORKBOOK_CELL_LIMIT} cells.`);
    }
  }

  _newSheet(name: string, index = this._sheets.length): Sheet {
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) {
      throw this.rt.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new Sheet(this.rt, this, name);
    this._sheets.splice(index, 0, sheet);
    if (!this._active) this._active = sheet;
    return sheet;
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  rename(name: string): void {
    this._name = name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSheets(): Sheet[] {
    return this.rt.realm.arr(this._sheets);
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }
  getSheetById(id: number): Sheet | null {
    return this._sheets.find((s) => s.sheetId === id) ?? null;
  }
  insertSheet(a?: string | number, b?: number): Sheet {
    let name: string | undefined;
    let index = this._sheets.length;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    if (index < 0 || index > this._sheets.length) throw this.rt.error('Invalid argument: sheetIndex');
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    // A new sheet is 1000 rows × 26 columns, as in Sheets.
    this._checkGrowth(1000 * 26);
    const sheet = this._newSheet(name, index);
    this._active = sheet;
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    const i = this._sheets.indexOf(sheet);
    if (i < 0) throw this.rt.error('Sheet not found');
    if (this._sheets.length === 1) throw this.rt.error("You can't remove all the sheets in a document.");
    this._sheets.splice(i, 1);
    if (this._active === sheet) this._active = this._sheets[0];
    // Its named ranges go with it (Sheets turns the references into #REF!).
    for (const named of this._namedRanges.filter((n) => n._range.sheet === sheet)) named.remove();
  }

  /**
   * Refuses a name Sheets refuses: letters, digits and underscores, not starting with a digit,
   * not TRUE/FALSE, not a cell reference (A1 or R1C1), at most 250 characters, not taken.
   */
  _checkRangeName(name: unknown, self?: NamedRange): void {
    const text = String(name);
    const valid =
      /^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(text) && !/^(true|false)$/i.test(text) && !/^[A-Za-z]{1,3}[0-9]+$/.test(text) && !/^R[0-9]*C[0-9]*$/i.test(text);
    if (!valid) throw this.rt.error(`Invalid argument: name`);
    if (this._namedRanges.some((n) => n !== self && n._name.toLowerCase() === text.toLowerCase())) {
      throw this.rt.error(`A named range called ${text} already exists.`);
    }
  }
  setNamedRange(name: string, range: Range): void {
    if (!(range instanceof Range)) throw this.rt.error('Invalid argument: range');
    this._checkRangeName(name);
    this._namedRanges.push(new NamedRange(this.rt, this, String(name), range));
  }
  getRangeByName(name: string): Range | null {
    return this._namedRanges.find((n) => n._name.toLowerCase() === String(name).toLowerCase())?._range ?? null;
  }
  getNamedRanges(): NamedRange[] {
    return this.rt.realm.arr(this._namedRanges);
  }
  removeNamedRange(name: string): void {
    const named = this._namedRanges.find((n) => n._name.toLowerCase() === String(name).toLowerCase());
    if (!named) throw this.rt.error('Range not found');
    named.remove();
  }
  getActiveSheet(): Sheet {
    if (!this._active) throw this.rt.error('The spreadsheet has no sheets.');
    return this._active;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this._active = sheet;
    return sheet;
  }
  getRange(a1: string): Range {
    const area = parseA1(a1);
    const sheet = area.sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(area.sheetName);
    if (!sheet) throw this.rt.error('Range not found');
    return sheet.getRange(a1.slice(a1.lastIndexOf('!') + 1));
  }
  getSpreadsheetTimeZone(): string {
    return this._doc.timeZone;
  }
  setSpreadsheetTimeZone(zone: string): void {
    this._doc.timeZone = zone;
  }
  getSpreadsheetLocale(): string {
    return this._doc.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._doc.locale = locale;
  }
  addDeveloperMetadata(key: string, ...rest: unknown[]): Spreadsheet {
    addMetadata(this.rt, this, [key, ...rest], DeveloperMetadataLocationType.SPREADSHEET, null);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.rt.realm.arr(this._metadata.filter((m) => m._visible()));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.rt, () => [...this._metadata, ...this._sheets.flatMap((s) => s._metadata)]);
  }
  toast(message: string, title = '', timeoutSeconds = 5): void {
    this._toasts.push({ message: String(message), title: String(title), timeoutSeconds });
  }
}
guardClass(Spreadsheet, docNeed);
