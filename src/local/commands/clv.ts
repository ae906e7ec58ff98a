/**
 * `retention clv FILE [--period week|day] [--calibration-end DATE] [--observation-end DATE]
 * [--t PERIODS] [--horizon MONTHS] [--discount 1%|0.01] [--json]`: the sidebar's "Customer value"
 * action run in the local host on a file. The customers are read back from the sheet the add-on
 * wrote and the parameters from the document property it stored.
 */
import type { CustomerValueRequest } from '../../server/clv/options';
import type { CustomerValueResult } from '../../server/clv/build';
import { HEADER_ROWS, PREDICTION_FIELDS, type PredictionRow } from '../../server/clv/sheet';
import { MODEL_PROPERTY, type StoredModel } from '../../server/clv/store';
import { mappingFromOptions, openFile } from '../runner';
import { cellsOf } from '../sheetData';
import { jsonText } from '../terminal';
import { textTable } from './textTable';
import type { Command } from './index';

/** One customer of the `--json` output (the runner's contract, docs/RUNNER.md): a sheet row without its segment; an empty cell is null. */
export type ClvJsonCustomer = { id: string } & { [K in Exclude<keyof PredictionRow, 'id' | 'segment'>]: number | null };

export const clv: Command = async ({ file, options, progress, warn, print }) => {
  const { host, sheetName, headers } = await openFile(file, options, progress, warn);
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const request: CustomerValueRequest = {
    sheetName,
    mapping: mappingFromOptions(headers, options),
    period: (text('period') ?? 'week') as CustomerValueRequest['period'],
    calibrationEnd: text('calibration-end'),
    observationEnd: text('observation-end'),
    t: numberOption(text('t'), '--t'),
    horizonMonths: numberOption(text('horizon'), '--horizon'),
    monthlyDiscount: discountOption(text('discount')),
    currency: text('currency'),
  };
  progress('Fitting the models …');
  const started = Date.now();
  const result = host.runFromSidebar('buildCustomerValue', request) as CustomerValueResult;
  progress(`Fitted and wrote "${result.sheetName}" in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  const stored = JSON.parse(host.properties.document.data.get(MODEL_PROPERTY) ?? 'null') as StoredModel | null;
  if (!stored) throw new Error('the add-on stored no model');
  const rows = cellsOf(host.sheetData(result.sheetName)).slice(HEADER_ROWS);
  const customers: ClvJsonCustomer[] = rows
    .filter((row) => row[0] && row[0].value !== '')
    .map((row) => {
      const customer: Record<string, string | number | null> = {};
      PREDICTION_FIELDS.forEach((field, j) => {
        const value = row[j].value;
        if (field !== 'segment') customer[field] = field === 'id' ? String(value) : value === '' ? null : Number(value);
      });
      return customer as ClvJsonCustomer;
    });
  const { r, alpha, a, b, ll } = stored.bgnbd;
  const gg = stored.gammaGamma;
  if (options.json) {
    const { platform, columns, currency } = result.reading;
    print(jsonText({ platform, columns, currency, bgnbd: { r, alpha, a, b, ll }, gammaGamma: { p: gg.p, q: gg.q, gamma: gg.gamma, ll: gg.ll }, customers }));
    return 0;
  }
  for (const line of result.used) print(line);
  const f = (x: number | null, digits = 4) => (x === null ? '' : x.toFixed(digits));
  const unit = stored.unit === 'week' ? 'weeks' : 'days';
  const lines = [
    `${customers.length} customers (${result.repeatCustomers} with repeat purchases); periods: ${unit}; fitted on purchases up to ${stored.calibrationEnd}, data to ${stored.observationEnd}.`,
    `BG/NBD:      r = ${f(r)}, alpha = ${f(alpha)}, a = ${f(a)}, b = ${f(b)}, log-likelihood = ${f(ll, 2)}`,
    `Gamma-Gamma: p = ${f(gg.p)}, q = ${f(gg.q)}, gamma = ${f(gg.gamma)}, log-likelihood = ${f(gg.ll, 2)}`,
    ...result.warnings,
    ...result.notes.slice(result.used.length),
    '',
    `Top customers by predicted CLV (${stored.horizonMonths} months, ${+(stored.monthlyDiscount * 100).toPrecision(12)}% monthly discount):`,
    ...textTable([
      ['customer', 'x', 'recency', 'T', 'monetary', 'P(alive)', `E[purchases ${stored.t} ${unit}]`, 'E[spend]', 'CLV'],
      ...customers.slice(0, 10).map((c) => [
        c.id,
        String(c.frequency),
        f(c.recency, 2),
        f(c.T, 2),
        f(c.monetary, 2),
        c.pAlive === null ? '' : `${(c.pAlive * 100).toFixed(1)}%`,
        f(c.expectedPurchases, 2),
        f(c.expectedSpend, 2),
        f(c.predictedClv, 2),
      ]),
    ]),
    '',
    `Segments: ${result.segments.best} best, ${result.segments.growing} growing, ${result.segments.atRisk} at risk, ${result.segments.gone} likely gone.`,
  ];
  print(lines.join('\n'));
  return 0;
};

/**
 * `--discount`: the monthly discount rate as a percentage (`1%`, `1.5 %`) or as a fraction (`0.01`),
 * as a fraction. A bare number of 1 or more is refused: 1 could mean 1% or 100%, 10 could mean 10% or 1000%.
 * @example discountOption('10%') === 0.1; discountOption('0.1') === 0.1; discountOption(undefined) === undefined
 */
export function discountOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const percent = /^\s*(.+?)\s*%\s*$/.exec(value);
  const n = Number(percent ? percent[1] : value);
  if (value.trim() === '' || (percent && percent[1].trim() === '') || !Number.isFinite(n)) {
    throw new Error(`--discount ${value}: write the monthly discount as a percentage (1%) or as a fraction (0.01).`);
  }
  if (!percent && n >= 1) {
    throw new Error(`--discount ${value}: a fraction is below 1. For ${value} percent write --discount ${value}%; as a fraction write --discount ${n / 100}.`);
  }
  return percent ? n / 100 : n;
}

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`${name} ${value}: expected a number.`);
  return n;
}
