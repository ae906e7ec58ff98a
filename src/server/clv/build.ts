/**
 * The sidebar's "Customer value" action: reads the order sheet, summarises the customers, fits
 * BG/NBD and Gamma-Gamma (src/core/clv), writes the "Customer predictions" sheet and stores the
 * fitted parameters for the custom functions.
 */
import {
  ClvError,
  fitClvModels,
  summarizeCustomers,
  trackCumulativeRepeats,
  type ClvResult,
} from '../../core/clv';
import { isoOfDay } from '../../core/days';
import type { Language } from '../../core/types';
import { t } from '../../i18n';
import { documentLanguage, spreadsheetLocale, spreadsheetTimeZone } from '../context';
import { UserError } from '../errors';
import { healthLines } from '../health';
import { noteLines, readingLines, type ReadingColumns } from '../reading';
import type { PlatformId } from '../../core/read/platforms';
import { withDocumentLock } from '../ownedSheet';
import { orderDayRange, readOrderSheet } from '../orders';
import { checkRequest, type CustomerValueRequest } from './options';
import { isPredicted, predictionRows } from './rows';
import type { Segment } from './segments';
import { writePredictionsSheet } from './sheet';
import { checkValueRequest } from '../requests/valueRequest';
import { saveModel } from './store';
import { fitWarnings } from './warnings';

/**
 * The work one run may do, in customers × horizon months (a horizon under 12 months counts as 12):
 * 50,000 customers at 12 months, 25,000 at 24, 5,000 at 120. The CLV sums cost about one series per
 * customer and month; measured in docs/CLV-SHEET.md, this keeps the worst case (Apps Script 20 times
 * slower than Node) near half of the 6-minute limit.
 */
const MAX_CUSTOMER_MONTHS = 600_000;

/** How long a run waits for another run's write of the predictions sheet. */
const LOCK_WAIT_MS = 30_000;

/**
 * The most customers one run models at a horizon (also the Customers sheet's limit for its
 * P(alive) and predicted CLV columns).
 * @example maxCustomers(12) === 50_000; maxCustomers(120) === 5_000
 */
export function maxCustomers(horizonMonths: number): number {
  return Math.floor(MAX_CUSTOMER_MONTHS / Math.max(12, horizonMonths));
}

/** Customers listed in the sidebar's result. */
const TOP_CUSTOMERS = 10;

/** What the sidebar gets back (plain data). */
export interface CustomerValueResult {
  sheetName: string;
  customers: number;
  repeatCustomers: number;
  refundOrders: number;
  unit: 'week' | 'day';
  t: number;
  horizonMonths: number;
  monthlyDiscount: number;
  calibrationEnd: string;
  observationEnd: string;
  bgnbd: { r: number; alpha: number; a: number; b: number; ll: number };
  gammaGamma: { p: number; q: number; gamma: number; ll: number };
  /** 'average' when every repeat customer spends about the same: expected spend is the average purchase value. */
  spendModel: 'gammaGamma' | 'average';
  segments: Record<Segment, number>;
  top: { id: string; predictedClv: number; pAlive: number; segment: string }[];
  /** With a holdout: repeat purchases made and predicted in it. */
  holdout?: { actual: number; predicted: number };
  /** Translated lines for the panel: the columns used, data health, reading notes, refunds ignored, the holdout check. */
  notes: string[];
  /** The export recognised and the columns used (also the first notes). */
  used: string[];
  /** The platform, the header of each column used and the currency, for the runner's JSON. */
  reading: { platform: PlatformId | null; columns: ReadingColumns; currency: string | null };
  /** Translated warnings about a degenerate fit: parameters on a bound, spend not modelled. */
  warnings: string[];
}

/** Runs a model step, turning the core's ClvError into the user's translated error. */
function model<T>(language: Language, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ClvError) throw new UserError(error.key, error.params, language);
    throw error;
  }
}


/**
 * Fits the customer-value models on the order sheet and writes the "Customer predictions" sheet.
 * A purchase is an order with amount ≥ 0 (the core's convention, docs/CLV.md: zero-value orders
 * are transactions); orders with a negative amount are left out and counted.
 * @example buildCustomerValue({ sheetName: 'Orders', period: 'week', calibrationEnd: '1997-09-30' })
 */
export function buildCustomerValue(request: CustomerValueRequest): CustomerValueResult {
  request = checkValueRequest(request);
  const language = documentLanguage();
  const options = checkRequest(request ?? ({} as CustomerValueRequest), language);
  const currency = typeof request.currency === 'string' && request.currency.trim() !== '' ? request.currency : undefined;
  const { table, reading } = readOrderSheet({ sheetName: request.sheetName, mapping: request.mapping, currency }, language);
  if (!table.hasAmounts) throw new UserError('clv.noAmounts', { sheet: request.sheetName }, language);
  if (table.count === 0) throw new UserError('clv.noOrders', { sheet: request.sheetName }, language);

  const { first, last } = orderDayRange(table);
  const observationEndDay = options.observationEndDay ?? last;
  const calibrationEndDay = options.calibrationEndDay ?? observationEndDay;
  if (calibrationEndDay < first) {
    throw new UserError('clv.calibrationBeforeData', { date: isoOfDay(calibrationEndDay), first: isoOfDay(first) }, language);
  }
  if (calibrationEndDay > observationEndDay) throw new UserError('clv.badEndDates', {}, language);
  const holdout = calibrationEndDay < observationEndDay;
  const purchases = { customer: table.customer, day: table.day, amount: table.amount };
  const summary = model(language, () =>
    summarizeCustomers(purchases, { unit: options.unit, observationEndDay, ...(holdout ? { calibrationEndDay } : {}) }),
  );
  const max = maxCustomers(options.horizonMonths);
  if (summary.customers.length > max) {
    throw new UserError('clv.tooManyCustomers', { customers: summary.customers.length, max, horizon: options.horizonMonths }, language);
  }
  const result = model(language, () =>
    fitClvModels(summary, { t: options.t, horizonMonths: options.horizonMonths, monthlyDiscount: options.monthlyDiscount }),
  );
  if (!(result.gammaGamma.q > 1)) {
    throw new UserError('clv.spendTooVaried', { q: +result.gammaGamma.q.toPrecision(3) }, language);
  }
  const tracking = holdout
    ? model(language, () => trackCumulativeRepeats(purchases, result.bgnbd, { unit: options.unit, calibrationEndDay, observationEndDay }))
    : undefined;

  const { rows, unpredicted } = predictionRows(result, table.customerIds, language);
  const warnings = fitWarnings(result, language);
  if (unpredicted > 0) warnings.push(t(language, 'clv.notPredicted', { count: unpredicted }));
  const used = readingLines(reading, language);
  const notes = [
    ...used,
    ...healthLines(table.health, language),
    ...noteLines(reading, table.health, language, spreadsheetLocale(), spreadsheetTimeZone()),
  ];
  if (summary.refundRows > 0) notes.push(t(language, 'clv.refundsIgnored', { count: summary.refundRows }));
  const holdoutCheck = holdout ? holdoutTotals(result) : undefined;
  if (holdoutCheck) notes.push(t(language, 'clv.holdoutResult', { actual: holdoutCheck.actual, predicted: holdoutCheck.predicted.toFixed(1).replace('.', language === 'en' ? '.' : ',') }));

  const busy = (): string => {
    throw new UserError('clv.busy', {}, language);
  };
  const sheetName = withDocumentLock(LOCK_WAIT_MS, busy, () => {
    const name = writePredictionsSheet({
      language,
      orderSheet: request.sheetName,
      result,
      rows: rows.map((r) => r.row),
      firstDay: isoOfDay(first),
      calibrationEnd: isoOfDay(calibrationEndDay),
      observationEnd: isoOfDay(observationEndDay),
      notes,
      warnings,
      tracking,
    });
    saveModel({
      version: 1,
      unit: result.unit,
      bgnbd: result.bgnbd,
      gammaGamma: { p: result.gammaGamma.p, q: result.gammaGamma.q, gamma: result.gammaGamma.gamma, ll: result.gammaGamma.ll },
      t: result.t,
      horizonMonths: result.horizonMonths,
      monthlyDiscount: result.monthlyDiscount,
      calibrationEnd: isoOfDay(calibrationEndDay),
      observationEnd: isoOfDay(observationEndDay),
      customers: rows.length,
      sheetName: name,
      orderSheet: request.sheetName,
    });
    return name;
  });

  const segments: Record<Segment, number> = { best: 0, growing: 0, atRisk: 0, gone: 0 };
  for (const r of rows) if (r.segment) segments[r.segment]++;
  return {
    sheetName,
    customers: rows.length,
    repeatCustomers: summary.customers.filter((c) => c.frequency > 0).length,
    refundOrders: summary.refundRows,
    unit: result.unit,
    t: result.t,
    horizonMonths: result.horizonMonths,
    monthlyDiscount: result.monthlyDiscount,
    calibrationEnd: isoOfDay(calibrationEndDay),
    observationEnd: isoOfDay(observationEndDay),
    bgnbd: { ...result.bgnbd },
    gammaGamma: { p: result.gammaGamma.p, q: result.gammaGamma.q, gamma: result.gammaGamma.gamma, ll: result.gammaGamma.ll },
    spendModel: result.spendModel,
    segments,
    top: rows
      .filter((r) => r.segment !== null)
      .slice(0, TOP_CUSTOMERS)
      .map(({ row }) => ({ id: row.id, predictedClv: row.predictedClv as number, pAlive: row.pAlive as number, segment: row.segment })),
    ...(holdoutCheck ? { holdout: holdoutCheck } : {}),
    notes,
    used,
    reading: { platform: reading.platform, columns: reading.columns, currency: reading.currency },
    warnings,
  };
}

/**
 * Purchases made in the holdout by the calibration customers, and the sum of their conditional
 * predictions E[Y(holdout) | x, t_x, T]: the model's check on data it did not see.
 */
function holdoutTotals(result: ClvResult): { actual: number; predicted: number } {
  let actual = 0;
  let predicted = 0;
  for (const c of result.customers) {
    actual += c.holdoutFrequency ?? 0;
    if (isPredicted(c) && Number.isFinite(c.expectedHoldoutPurchases)) predicted += c.expectedHoldoutPurchases ?? 0;
  }
  return { actual, predicted };
}
