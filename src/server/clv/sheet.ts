/**
 * The "Customer predictions" sheet: one row per customer sorted by predicted CLV, a header with
 * the settings, the fitted parameters and log-likelihoods, and with a holdout the tracking data
 * and its line chart. The sheet is the add-on's: it carries developer metadata, a re-run
 * replaces only that sheet, and a user's sheet of the same name is never touched (the add-on
 * then picks "Customer predictions (2)").
 */
import type { ClvResult, RepeatTracking } from '../../core/clv';
import type { Language } from '../../core/types';
import { t } from '../../i18n';
import { decimalOfLocale } from '../../core/read/locale';
import { spreadsheetLocale } from '../context';
import { UserError } from '../errors';
import { ensureSize, findOwnedSheet, ownedSheetForRun } from '../ownedSheet';
import { checkFits } from '../sheetSize';
import { MODEL_CELLS, MODEL_RANGE_NAME, modelRow, nameModelCells } from './store';

/** Developer metadata key marking the sheet as the add-on's. */
export const SHEET_KEY = 'retention.clvPredictions';

/** Rows above the customers: title, settings, data notes, segments, column headers. */
export const HEADER_ROWS = 5;
/** Columns of the customer table (A:J). */
const TABLE_COLUMNS = 10;
/** First column of the side block (L): parameters, then the tracking data. */
const SIDE_COLUMN = 12;
/** Row of the tracking table's header. */
const TRACKING_ROW = 10;

/** One customer row as written; '' is an empty cell (a number that was not finite: src/server/clv/rows.ts). */
export interface PredictionRow {
  id: string;
  frequency: number | '';
  recency: number | '';
  T: number | '';
  monetary: number | '';
  pAlive: number | '';
  expectedPurchases: number | '';
  expectedSpend: number | '';
  predictedClv: number | '';
  segment: string;
}

/** The columns A:J of the customer table, in order. */
export const PREDICTION_FIELDS = ['id', 'frequency', 'recency', 'T', 'monetary', 'pAlive', 'expectedPurchases', 'expectedSpend', 'predictedClv', 'segment'] as const;

export interface SheetContent {
  language: Language;
  orderSheet: string;
  result: ClvResult;
  rows: PredictionRow[];
  /** ISO dates. */
  firstDay: string;
  calibrationEnd: string;
  observationEnd: string;
  /** Lines about the data (rows read and skipped, refunds ignored). */
  notes: string[];
  /** Warnings about a degenerate fit (src/server/clv/warnings.ts), shown before the notes. */
  warnings: string[];
  tracking?: RepeatTracking;
}

const COLUMN_FORMATS = ['@', '0', '0.00', '0.00', '#,##0.00', '0.0%', '0.00', '#,##0.00', '#,##0.00', '@'];

/**
 * Writes the predictions sheet and returns its name. The caller holds the document lock.
 * Ids are written into plain-text ('@') cells, so an id like "=1+1" stays text.
 */
export function writePredictionsSheet(content: SheetContent): string {
  const { language, result, rows, tracking } = content;
  const unit = t(language, result.unit === 'week' ? 'clv.unit.week' : 'clv.unit.day');
  const points = tracking ? tracking.points.length : 0;
  const size = { rows: Math.max(HEADER_ROWS + rows.length, tracking ? TRACKING_ROW + points : 0, HEADER_ROWS + 1), columns: SIDE_COLUMN + MODEL_CELLS.length };
  const tooLarge = (cells: number, used: number) =>
    new UserError('clv.tooLarge', { cells: cells.toLocaleString('en-US'), used: used.toLocaleString('en-US') }, language);
  // Checked before the previous predictions are cleared: a sheet that cannot fit keeps them.
  checkFits(size, findOwnedSheet(SHEET_KEY), tooLarge);
  const sheet = ownedSheetForRun(t(language, 'clv.sheetName'), SHEET_KEY, 'v1');
  ensureSize(sheet, size.rows, size.columns);

  // Formats first: text cells must be plain text before the values arrive.
  sheet.getRange(1, 1, HEADER_ROWS, TABLE_COLUMNS).setNumberFormat('@');
  if (rows.length > 0) {
    COLUMN_FORMATS.forEach((format, j) => sheet.getRange(HEADER_ROWS + 1, j + 1, rows.length, 1).setNumberFormat(format));
  }

  const blank = () => new Array<string | number>(TABLE_COLUMNS).fill('');
  const line = (text: string) => {
    const row = blank();
    row[0] = text;
    return row;
  };
  const settings = t(language, 'clv.sheet.settings', {
    unit,
    first: content.firstDay,
    calibrationEnd: content.calibrationEnd,
    observationEnd: content.observationEnd,
    t: result.t,
    horizon: result.horizonMonths,
    discount: `${+(result.monthlyDiscount * 100).toFixed(4)}%`,
  });
  const headers = [
    t(language, 'clv.col.customer'),
    t(language, 'clv.col.frequency'),
    t(language, 'clv.col.recency', { unit }),
    t(language, 'clv.col.T', { unit }),
    t(language, 'clv.col.monetary'),
    t(language, 'clv.col.pAlive'),
    t(language, 'clv.col.expectedPurchases', { t: result.t, unit }),
    t(language, 'clv.col.expectedSpend'),
    t(language, 'clv.col.predictedClv', { horizon: result.horizonMonths }),
    t(language, 'clv.col.segment'),
  ];
  const block: (string | number)[][] = [
    line(t(language, 'clv.sheet.title', { sheet: content.orderSheet })),
    line(settings),
    line([...content.warnings, ...content.notes].join(' ')),
    line(`${t(language, 'clv.sheet.notes')} ${t(language, 'model.formula', { formula: modelFormula(spreadsheetLocale()) })}`),
    headers,
  ];
  for (const r of rows) block.push(PREDICTION_FIELDS.map((field) => r[field]));
  sheet.getRange(1, 1, block.length, TABLE_COLUMNS).setValues(block);
  sheet.getRange(HEADER_ROWS, 1, 1, TABLE_COLUMNS).setFontWeight('bold');
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.setFrozenRows(HEADER_ROWS);

  // Side block: the model's cells in one row, named RETENTION_MODEL (./store.ts): r, α, a, b, p, q, γ
  // (M6:S6, the custom functions' parameters), then t, horizon, discount, period; the log-likelihoods.
  const { bgnbd, gammaGamma } = result;
  const width = 1 + MODEL_CELLS.length;
  const pad = (row: (string | number)[]) => [...row, ...new Array<string>(width - row.length).fill('')];
  const side: (string | number)[][] = [
    ['', 'r', 'α', 'a', 'b', 'p', 'q', 'γ', 't', t(language, 'model.horizon'), t(language, 'model.discount'), t(language, 'model.period')],
    ['BG/NBD + Gamma-Gamma', ...modelRow({ bgnbd, gammaGamma, t: result.t, horizonMonths: result.horizonMonths, monthlyDiscount: result.monthlyDiscount, unit: result.unit })],
    pad([t(language, 'clv.sheet.bgnbd'), t(language, 'clv.sheet.logLikelihood'), bgnbd.ll]),
    pad([t(language, 'clv.sheet.gammaGamma'), t(language, 'clv.sheet.logLikelihood'), gammaGamma.ll]),
  ];
  const sideRange = sheet.getRange(HEADER_ROWS, SIDE_COLUMN, side.length, width);
  sideRange.setNumberFormat('@');
  sheet.getRange(HEADER_ROWS + 1, SIDE_COLUMN + 1, 1, 7).setNumberFormat('0.0000');
  sheet.getRange(HEADER_ROWS + 1, SIDE_COLUMN + 8, 1, 3).setNumberFormats([['0.00', '0', '0.00%']]);
  sheet.getRange(HEADER_ROWS + 2, SIDE_COLUMN + 2, 2, 1).setNumberFormat('#,##0.00');
  sideRange.setValues(side);
  sheet.getRange(HEADER_ROWS, SIDE_COLUMN, 1, width).setFontWeight('bold');
  nameModelCells(sheet.getRange(HEADER_ROWS + 1, SIDE_COLUMN + 1, 1, MODEL_CELLS.length));

  if (tracking) writeTracking(sheet, tracking, language, unit);
  return sheet.getName();
}

/** The holdout tracking table (period, actual, predicted) and its line chart. */
function writeTracking(sheet: GoogleAppsScript.Spreadsheet.Sheet, tracking: RepeatTracking, language: Language, unit: string): void {
  const table: (string | number)[][] = [[t(language, 'clv.chart.period'), t(language, 'clv.chart.actual'), t(language, 'clv.chart.predicted')]];
  for (const p of tracking.points) table.push([p.period, p.actual, p.predicted]);
  sheet.getRange(TRACKING_ROW, SIDE_COLUMN, 1, 3).setNumberFormat('@');
  sheet.getRange(TRACKING_ROW + 1, SIDE_COLUMN, table.length - 1, 3).setNumberFormats(
    tracking.points.map(() => ['0', '0', '0.0']),
  );
  const range = sheet.getRange(TRACKING_ROW, SIDE_COLUMN, table.length, 3);
  range.setValues(table);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(range)
    .setNumHeaders(1)
    .setPosition(TRACKING_ROW, SIDE_COLUMN + 4, 0, 0)
    .setOption('title', t(language, 'clv.chart.title', { unit, period: tracking.calibrationPeriod }))
    .setOption('hAxis.title', t(language, 'clv.chart.period'))
    .build();
  sheet.insertChart(chart);
}

/**
 * The formula the sheet shows for predictions that follow each refit, with the argument separator
 * of the spreadsheet's locale (`;` where decimals take a comma).
 * @example modelFormula('en_US') === '=PREDICTED_CLV(B6:B, C6:C, D6:D, E6:E, , , RETENTION_MODEL)'
 */
export function modelFormula(locale: string): string {
  const sep = decimalOfLocale(locale) === ',' ? ';' : ',';
  const first = HEADER_ROWS + 1;
  return `=PREDICTED_CLV(${['B', 'C', 'D', 'E'].map((c) => `${c}${first}:${c}`).join(`${sep} `)}${sep} ${sep} ${sep} ${MODEL_RANGE_NAME})`;
}
