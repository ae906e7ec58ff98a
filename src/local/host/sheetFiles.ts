/** Sheets in and out of the host: from the file data the runner reads, and back for saving. */
import { msOfWallTime, wallTimeOfMs, type CellStyle, type ChartRecord, type GradientRule, type SheetData, type StoredCell, type StoredValue } from '../sheetData';
import { parseA1 } from './a1';
import { WallDate, type HostValue } from './cells';
import { ChartType, EmbeddedChart } from './charts';
import { ConditionalFormatRule, InterpolationType } from './conditionalFormats';
import { Range } from './range';
import { type EnumValue, type Runtime } from './runtime';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import { SheetStore, STRIDE } from './store';

/**
 * Adds a sheet from file data to `ss`. The first call replaces the new spreadsheet's empty 'Sheet1'.
 * @example importSheet(rt, spreadsheet, { name: 'Orders', cells: [[{ value: 'id' }]] })
 */
export function importSheet(rt: Runtime, ss: Spreadsheet, data: SheetData): Sheet {
  const first = ss._sheets[0];
  const pristine = ss._sheets.length === 1 && first._name === 'Sheet1' && first._store.values.length === 0 && first._metadata.length === 0;
  if (pristine) {
    ss._sheets.length = 0;
    ss._active = null;
  }
  const sheet = ss._newSheet(data.name);
  const store = sheet._store;
  let width = 0;
  const hostValue = (v: StoredValue): HostValue => (typeof v === 'object' && v !== null ? new WallDate(msOfWallTime(v.wall)) : v);
  if (data.values) {
    // The lean form of big imported files: plain values, and styles for the few cells that have one.
    store.values = data.values.map((values) => {
      if (values.length > width) width = values.length;
      return values.map(hostValue);
    });
    for (const { row, column, style } of data.valueStyles ?? []) {
      store.styles.set(SheetStore.key(row + 1, column + 1), { ...style });
    }
  }
  if (data.cells.length) store.values = data.cells.map((cells, i) => {
    const row: HostValue[] = new Array(cells.length);
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j];
      if (!cell) {
        row[j] = '';
        continue;
      }
      row[j] = hostValue(cell.value);
      if (cell.formula) store.formulas.set(SheetStore.key(i + 1, j + 1), cell.formula);
      if (cell.style && Object.keys(cell.style).length) store.styles.set(SheetStore.key(i + 1, j + 1), { ...cell.style });
    }
    if (cells.length > width) width = cells.length;
    return row;
  });
  // A file imported into Sheets makes a sheet as big as its data; a small one still gets a new
  // sheet's 1000 x 26. A tall one is only as wide as its data, so a 1M-row order sheet takes
  // 5M cells of the workbook's 10M, not 26M.
  store.maxRows = Math.max(1000, store.values.length);
  store.maxColumns = store.values.length > 1000 ? Math.max(1, width) : Math.max(26, width);
  store.frozenRows = data.frozenRows ?? 0;
  store.columnWidths = { ...data.columnWidths };
  store.rules = (data.gradients ?? []).map((g) => gradientRule(rt, sheet, g));
  store.charts = (data.charts ?? []).map((c) => chart(rt, sheet, c));
  return sheet;
}

function gradientRule(rt: Runtime, sheet: Sheet, g: GradientRule): ConditionalFormatRule {
  const a = parseA1(g.range);
  const range = new Range(rt, sheet, a.row, a.column, a.numRows ?? sheet._store.maxRows - a.row + 1, a.numColumns ?? 1);
  const point = (p: { color: string; type: string; value?: number }) => ({
    color: p.color,
    type: InterpolationType[p.type.toUpperCase() as keyof typeof InterpolationType],
    value: p.value === undefined ? '' : String(p.value),
  });
  return new ConditionalFormatRule(rt, [range], { min: point(g.min), mid: g.mid && point(g.mid), max: point(g.max) }, null, {});
}

function chart(rt: Runtime, sheet: Sheet, c: ChartRecord): EmbeddedChart {
  const ranges = c.ranges.map((r) => {
    const a = parseA1(r);
    return new Range(rt, sheet, a.row, a.column, a.numRows ?? 1, a.numColumns ?? 1);
  });
  const type = ChartType[c.type as keyof typeof ChartType] ?? ChartType.LINE;
  return new EmbeddedChart(rt, Math.floor(Math.random() * 1e9), type, ranges, { ...c.anchor, offsetX: 0, offsetY: 0 }, { ...c.options }, sheet);
}

/**
 * A snapshot of a sheet of `ss` for saving: values, formulas, styles, gradients, charts, frozen rows, widths.
 * @example exportSheet(spreadsheet, 'Cohort report').cells[0][0].value
 */
export function exportSheet(ss: Spreadsheet, name: string): SheetData {
const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`No sheet named ${name}`);
  const s = sheet._store;
  let rows = s.values.length;
  for (const k of [...s.formulas.keys(), ...s.styles.keys()]) rows = Math.max(rows, Math.floor(k / STRIDE));
  const cells: StoredCell[][] = [];
  for (let r = 1; r <= rows; r++) {
    const vals = s.values[r - 1] ?? [];
    let width = vals.length;
    while (width > 0 && vals[width - 1] === '' && !s.styles.has(SheetStore.key(r, width)) && !s.formulas.has(SheetStore.key(r, width))) width--;
    const row: StoredCell[] = [];
    for (let c = 1; c <= width; c++) {
      const v = vals[c - 1] ?? '';
      const cell: StoredCell = { value: storedValue(v) };
      const f = s.formulas.get(SheetStore.key(r, c));
      if (f) cell.formula = f;
      const st = s.styles.get(SheetStore.key(r, c));
      if (st) cell.style = { ...st } as CellStyle;
      row.push(cell);
    }
    cells.push(row);
  }
  const point = (p: { color: string; type: EnumValue; value: string }) => {
    const type = String(p.type).toLowerCase();
    return { color: p.color, type, ...(p.value === '' ? {} : { value: Number(p.value) }) };
  };
  const gradients: GradientRule[] = [];
  for (const rule of s.rules) {
    const g = rule.gradient;
    if (!g || !g.min || !g.max) continue;
    for (const range of rule.ranges) {
      gradients.push({
        range: range.getA1Notation(),
        min: point(g.min) as GradientRule['min'],
        ...(g.mid ? { mid: { ...(point(g.mid) as GradientRule['mid'] & object), value: Number(g.mid.value) } } : {}),
        max: point(g.max) as GradientRule['max'],
      });
    }
  }
  const charts: ChartRecord[] = s.charts.map((c) => ({
    type: String(c.type),
    ranges: c.ranges.map((r) => r.getA1Notation()),
    anchor: { row: c.anchor.row, column: c.anchor.column },
    options: { ...c.options },
  }));
  return {
    name: sheet._name,
    cells,
    frozenRows: s.frozenRows,
    columnWidths: { ...s.columnWidths },
    gradients,
    charts,
  };
}

function storedValue(v: HostValue): StoredValue {
  return v instanceof WallDate ? { wall: wallTimeOfMs(v.wallMs) } : v;
}
