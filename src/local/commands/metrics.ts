/**
 * `retention metrics FILE --from DATE --to DATE [--json]`: the custom functions' values for a
 * period, computed by the built bundle's custom functions in the local host, called as cells call
 * them: each column of the order sheet passed as a whole-column range (`Orders!B2:B`).
 * The counts come from RETENTION_SUMMARY, so every number is what a cell would show.
 */
import type { MetricsSummary } from '../../core/metrics';
import { detectColumns, type ColumnMapping } from '../../core/read/columns';
import type { CellValue, SkipReason } from '../../core/types';
import { SKIP_REASONS } from '../../core/types';
import { languageOf, t } from '../../i18n';
import { skippedLabel } from '../../server/functions/tables';
import { mappingFromOptions, openFile } from '../runner';
import type { Command } from './index';

/**
 * The `--json` output (the runner's contract in DESIGN.md): the core's MetricsSummary as the cells
 * compute it, with the rows read instead of the problems. Values that cannot be computed are null.
 */
export type MetricsJson = Omit<MetricsSummary, 'problems'> & {
  rows: { read: number; used: number; skipped: Partial<Record<SkipReason, number>> };
};

type Value = keyof Omit<MetricsJson, 'from' | 'to' | 'customers' | 'rows'>;

/** Each value, its custom function and the arguments after the three order columns. */
const CALLS: [Value, string, (from: string, to: string) => unknown[]][] = [
  ['crr', 'CRR', (from, to) => [from, to, '']],
  ['churn', 'CHURN', (from, to) => [from, to, '']],
  ['clv', 'CLV', (from, to) => ['', from, to]],
  ['avgRetentionPeriod', 'AVG_RETENTION_PERIOD', (from, to) => ['day', from, to]],
  ['repeatPurchaseRate', 'REPEAT_PURCHASE_RATE', (from, to) => [from, to]],
  ['aov', 'AOV', (from, to) => [from, to]],
  ['purchaseFrequency', 'PURCHASE_FREQUENCY', (from, to) => [from, to]],
  ['avgDaysBetweenPurchases', 'AVG_DAYS_BETWEEN_PURCHASES', (from, to) => [from, to]],
];

const REASONS = SKIP_REASONS;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Column letters of a 0-based index: 0 → A, 27 → AB. */
function letters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const metrics: Command = async ({ file, options, progress, print }) => {
  const from = options.from;
  const to = options.to;
  if (typeof from !== 'string' || typeof to !== 'string' || !ISO_DAY.test(from) || !ISO_DAY.test(to)) {
    process.stderr.write('retention metrics needs --from YYYY-MM-DD and --to YYYY-MM-DD (both days included).\n');
    return 2;
  }
  const { host, sheetName, headers } = await openFile(file, options, progress);
  const locale = options.locale ?? 'en_US';
  const language = languageOf(locale);
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const range = (a1: string): CellValue[][] => {
    const value = host.rangeArg(`${quoted}!${a1}`);
    return Array.isArray(value) ? (value as CellValue[][]) : [[value as CellValue]];
  };

  // The columns: those named on the command line, the others detected as the sidebar does.
  const sample = range(`A1:${letters(Math.max(headers.length, 1) - 1)}201`);
  const mapping: ColumnMapping = { ...detectColumns(sample[0], sample.slice(1), locale).mapping, ...mappingFromOptions(headers, options) };
  if (mapping.customer === null || mapping.date === null || (mapping.amount === null && (mapping.quantity === null || mapping.price === null))) {
    throw new Error(`could not find the customer, date and amount (or quantity and price) columns among: ${headers.join(', ')}. Name them with --customer, --date, --amount (or --quantity and --price).`);
  }
  const column = (index: number) => range(`${letters(index)}2:${letters(index)}`);
  let customers = column(mapping.customer);
  let dates = column(mapping.date);
  let amounts: CellValue[][];
  if (mapping.amount !== null) amounts = column(mapping.amount);
  else {
    const quantity = column(mapping.quantity!);
    const price = column(mapping.price!);
    amounts = quantity.map((row, i) => [row[0], price[i][0]]);
  }
  const orderIds = mapping.orderId === null ? '' : column(mapping.orderId);
  const refunds = options['include-refunds'] === true;
  // Built once in the script's realm, as Sheets builds a formula's ranges; every function gets them.
  [customers, dates, amounts] = [customers, dates, amounts].map((range) => host.cellArgument(range) as CellValue[][]);
  const orderIdArgument = orderIds === '' ? '' : host.cellArgument(orderIds);
  const used = (['customer', 'date', 'amount', 'quantity', 'price', 'orderId'] as const)
    .filter((role) => mapping[role] !== null)
    .map((role) => `${role} = "${headers[mapping[role]!]}"`);
  progress(`Columns: ${used.join(', ')}.`);

  const result = { from, to } as MetricsJson;
  const problems: string[] = [];
  for (const [key, fn, rest] of CALLS) {
    const args = [customers, dates, amounts, ...rest(from, to)];
    while (args.length < 5) args.push('');
    args.push(orderIdArgument, refunds);
    try {
      result[key] = host.runCustomFunction(fn, ...args) as number;
    } catch (error) {
      result[key] = null;
      problems.push(`${fn}: ${(error as Error).message}`);
    }
  }
  const summary = host.runCustomFunction('RETENTION_SUMMARY', customers, dates, amounts, from, to, '', orderIdArgument, refunds) as [string, number][];
  const count = (label: string) => summary.find((row) => row[0] === label)?.[1] ?? 0;
  result.customers = {
    start: count(t(language, 'fn.summary.start')),
    end: count(t(language, 'fn.summary.end')),
    new: count(t(language, 'fn.summary.new')),
    lost: count(t(language, 'fn.summary.lost')),
    kept: count(t(language, 'fn.summary.kept')),
    wonBack: count(t(language, 'fn.summary.wonBack')),
  };
  const skipped: Partial<Record<SkipReason, number>> = {};
  for (const reason of REASONS) {
    const n = count(skippedLabel(language, reason));
    if (n > 0) skipped[reason] = n;
  }
  result.rows = { read: count(t(language, 'fn.summary.read')), used: count(t(language, 'fn.summary.used')), skipped };

  for (const problem of problems) progress(problem);
  if (options.json) {
    print(JSON.stringify(result));
    return 0;
  }
  print(readable(result, problems));
  return 0;
};

/** The table printed without --json. */
function readable(r: MetricsJson, problems: string[]): string {
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
  const skipped = Object.entries(r.rows.skipped).map(([reason, n]) => `${n} ${reason}`);
  return [
    `Metrics from ${r.from} to ${r.to} (both days included)`,
    ...lines.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    `Customers: ${c.start} at the start (${c.kept} kept, ${c.lost} lost), ${c.new} new, ${c.end} at the end (kept + new), ${c.wonBack} won back (not in CRR).`,
    `Rows: ${r.rows.read} read, ${r.rows.used} used${skipped.length ? `, skipped: ${skipped.join(', ')}` : ''}.`,
    ...problems.map((p) => `  — ${p}`),
  ].join('\n');
}
