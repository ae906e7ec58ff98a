/**
 * `retention metrics FILE --from DATE --to DATE [--json]`: the retention metrics of a period, read
 * and computed by the built bundle in the local host exactly as the add-on reads an order sheet
 * (`buildMetrics`: the export recognised, statuses, refunds, currencies), with the core's one
 * definition of each metric, which the custom functions call too.
 */
import type { MetricsJson, MetricsRequest, MetricsResult } from '../../server/metrics';
import { mappingFromOptions, openFile } from '../runner';
import { jsonText } from '../terminal';
import type { Command } from './index';

export type { MetricsJson };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why a value is missing, for the text output. */
const PROBLEMS: Record<string, string> = {
  no_start_customers: 'CRR, CHURN: nobody bought in the window before the period, so there are no customers to keep.',
  no_purchases: 'no purchases (orders with an amount above 0) in the period.',
  no_repeat_purchases: 'AVG_DAYS_BETWEEN_PURCHASES: no customer bought twice in the period.',
  no_amounts: 'CLV, AOV: the file has no amount column.',
};

export const metrics: Command = async ({ file, options, progress, warn, print }) => {
  const from = options.from;
  const to = options.to;
  if (typeof from !== 'string' || typeof to !== 'string' || !ISO_DAY.test(from) || !ISO_DAY.test(to)) {
    warn('retention metrics needs --from YYYY-MM-DD and --to YYYY-MM-DD (both days included).');
    return 2;
  }
  const { host, sheetName, headers } = await openFile(file, options, progress, warn);
  const request: MetricsRequest = {
    sheetName,
    mapping: mappingFromOptions(headers, options),
    from,
    to,
    includeRefunds: options['include-refunds'] === true,
    currency: typeof options.currency === 'string' ? options.currency : undefined,
  };
  const result = host.runFromSidebar('buildMetrics', request) as MetricsResult;
  if (options.json) {
    print(jsonText(result.json));
    return 0;
  }
  for (const line of result.used) print(line);
  print(readable(result));
  return 0;
};

/** The table printed without --json. */
function readable({ json: r, problems, health }: MetricsResult): string {
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
  const num = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));
  const lines: [string, string][] = [
    ['CRR (customer retention rate)', pct(r.crr)],
    ['CHURN', pct(r.churn)],
    ['CLV (net revenue per customer)', num(r.clv)],
    ['AVG_RETENTION_PERIOD (days)', num(r.avgRetentionPeriod, 1)],
    ['REPEAT_PURCHASE_RATE', pct(r.repeatPurchaseRate)],
    ['AOV (average order value)', num(r.aov)],
    ['PURCHASE_FREQUENCY', num(r.purchaseFrequency)],
    ['AVG_DAYS_BETWEEN_PURCHASES', num(r.avgDaysBetweenPurchases, 1)],
  ];
  const width = Math.max(...lines.map(([label]) => label.length));
  const c = r.customers;
  return [
    `Metrics from ${r.from} to ${r.to} (both days included)`,
    ...lines.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    `Customers: ${c.start} at the start (${c.kept} kept, ${c.lost} lost), ${c.new} new, ${c.end} at the end (kept + new), ${c.wonBack} won back (not in CRR).`,
    ...health,
    ...problems.map((p) => `  — ${PROBLEMS[p] ?? p}`),
  ].join('\n');
}
