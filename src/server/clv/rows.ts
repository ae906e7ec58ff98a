/**
 * The "Customer predictions" rows from the core's predictions: segment labels, the order (highest
 * predicted CLV first) and the guard that keeps non-finite numbers out of the sheet. Pure: no
 * Apps Script here.
 */
import type { ClvResult, CustomerPrediction } from '../../core/clv';
import type { Language } from '../../core/types';
import { t, type MessageKey } from '../../i18n';
import { segmentOf, topThreshold, type Segment } from './segments';
import type { PredictionRow } from './sheet';

const SEGMENT_KEYS: Record<Segment, MessageKey> = {
  best: 'clv.segment.best',
  growing: 'clv.segment.growing',
  atRisk: 'clv.segment.atRisk',
  gone: 'clv.segment.gone',
};

/** One row and its segment; `segment` is null for a customer without a finite prediction. */
export interface RankedRow {
  row: PredictionRow;
  segment: Segment | null;
}

/** Whether every number of a customer's prediction is finite. */
export function isPredicted(c: CustomerPrediction): boolean {
  return [c.frequency, c.recency, c.T, c.monetary, c.pAlive, c.expectedPurchases, c.expectedSpend, c.predictedClv].every(Number.isFinite);
}

/**
 * Orders rows by predicted CLV, highest first; a value that is not a finite number goes last
 * (ties and the non-finite keep the customers' order).
 * @example [3, NaN, 5].sort(byValueDescending) // [5, 3, NaN]
 */
export function byValueDescending(x: number, y: number): number {
  const fx = Number.isFinite(x);
  const fy = Number.isFinite(y);
  if (fx !== fy) return fx ? -1 : 1;
  return fx ? y - x : 0;
}

/**
 * The sheet's rows, sorted by predicted CLV (highest first). A customer whose prediction has a
 * number that is not finite (the core's evaluation should never give one) keeps the summary and
 * gets empty prediction cells, no segment, and goes last; `unpredicted` counts them for the warning.
 * @example predictionRows(result, table.customerIds, 'en') // { rows: [{ row: { id: 'c7', …, segment: 'Best' }, segment: 'best' }, …], unpredicted: 0 }
 */
export function predictionRows(result: ClvResult, ids: string[], language: Language): { rows: RankedRow[]; unpredicted: number } {
  const predicted = result.customers.filter(isPredicted);
  const top = topThreshold(predicted.map((c) => c.predictedClv));
  const labels = {} as Record<Segment, string>;
  for (const [segment, key] of Object.entries(SEGMENT_KEYS) as [Segment, MessageKey][]) labels[segment] = t(language, key);
  const cell = (v: number): number | '' => (Number.isFinite(v) ? v : '');
  const rows = result.customers.map((c): RankedRow => {
    const ok = isPredicted(c);
    const segment = ok ? segmentOf(c.pAlive, c.predictedClv, top) : null;
    const row: PredictionRow = {
      id: ids[c.index],
      frequency: cell(c.frequency),
      recency: cell(c.recency),
      T: cell(c.T),
      monetary: cell(c.monetary),
      pAlive: ok ? c.pAlive : '',
      expectedPurchases: ok ? c.expectedPurchases : '',
      expectedSpend: ok ? c.expectedSpend : '',
      predictedClv: ok ? c.predictedClv : '',
      segment: segment ? labels[segment] : '',
    };
    return { row, segment };
  });
  const value = (r: RankedRow) => (r.segment === null ? Number.NaN : (r.row.predictedClv as number));
  rows.sort((x, y) => byValueDescending(value(x), value(y)));
  return { rows, unpredicted: result.customers.length - predicted.length };
}
