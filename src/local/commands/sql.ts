/**
 * `retention sql --dialect bigquery|duckdb --report cohort|retention|metrics --table NAME
 * --customer COL --date COL (--amount COL | --quantity COL --price COL) [--order COL] [options]`:
 * prints the query with the core's definitions (src/core/sql, docs/BIGQUERY.md). No file is read.
 */
import { dayOfIso } from '../../core/days';
import { cohortSql, DIALECTS, metricsSql, retentionSql, SqlError, type SqlColumns, type SqlOptions } from '../../core/sql';
import type { Period, WeekStart } from '../../core/types';
import { weekStartOfLocale } from '../../server/context';
import { sqlErrorText } from '../../server/bigquery/messages';
import { languageOf } from '../../i18n';
import type { Command, CommandOptions } from './index';

const BUILDERS = { cohort: cohortSql, retention: retentionSql, metrics: metricsSql } as const;
const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter'];
const METRICS = { customers: 'customers', counts: 'customers', percent: 'customers', revenue: 'revenue', ltv: 'cumulativeRevenuePerCustomer' } as const;
const MODES = { on: 'on', 'on-or-after': 'onOrAfter' } as const;

/** Why the command line cannot make a query: said in plain words, exit code 2. */
class Usage extends Error {}

function choice<T extends string>(options: CommandOptions, name: string, allowed: readonly T[], fallback?: T): T {
  const value = options[name];
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Usage(`--${name} must be one of ${allowed.join(', ')}${value === undefined ? '' : ` (not "${value}")`}.`);
  }
  return value as T;
}

function text(options: CommandOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

function day(options: CommandOptions, name: string): number | undefined {
  const value = text(options, name);
  if (value === undefined) return undefined;
  const parsed = dayOfIso(value);
  if (parsed === null) throw new Usage(`--${name} ${value}: write a date as YYYY-MM-DD, e.g. --${name} 2024-01-31.`);
  return parsed;
}

/**
 * The columns named on the command line.
 * @example sqlColumnsOf({ customer: 'email', date: 'created_at', amount: 'total' }) // { customer: 'email', date: 'created_at', dateKind: 'timestamp', amount: 'total' }
 */
export function sqlColumnsOf(options: CommandOptions): SqlColumns {
  const customer = text(options, 'customer');
  const date = text(options, 'date');
  if (customer === undefined || date === undefined) throw new Usage('Name the columns: --customer COL --date COL, and --amount COL or --quantity COL --price COL.');
  const amount = text(options, 'amount');
  const quantity = text(options, 'quantity');
  const price = text(options, 'price');
  if (amount === undefined && (quantity === undefined || price === undefined)) throw new Usage('Name the amount: --amount COL, or --quantity COL --price COL.');
  const order = text(options, 'order');
  return {
    customer,
    date,
    dateKind: choice(options, 'date-type', ['timestamp', 'date'] as const, 'timestamp'),
    ...(amount !== undefined ? { amount } : { quantity, price }),
    ...(order !== undefined ? { order } : {}),
  };
}

/**
 * The report options named on the command line (the cohort command's names).
 * @example sqlOptionsOf({ period: 'week', 'week-start': 'sunday' }).weekStart === 'sunday'
 */
export function sqlOptionsOf(options: CommandOptions): SqlOptions {
  const window = text(options, 'window');
  if (window !== undefined && !/^\d+$/.test(window)) throw new Usage(`--window ${window}: a whole number of days, e.g. --window 30.`);
  return {
    period: choice(options, 'period', PERIODS, 'month'),
    weekStart: choice<WeekStart>(options, 'week-start', ['monday', 'sunday'], weekStartOfLocale(text(options, 'locale') ?? 'en_US')),
    mode: MODES[choice(options, 'mode', Object.keys(MODES) as (keyof typeof MODES)[], 'on')],
    metric: METRICS[choice(options, 'metric', Object.keys(METRICS) as (keyof typeof METRICS)[], 'customers')],
    includeRefunds: options['include-refunds'] === true,
    from: day(options, 'from'),
    to: day(options, 'to'),
    timeZone: text(options, 'timezone') ?? 'Etc/UTC',
    ...(window !== undefined ? { windowDays: Number(window) } : {}),
  };
}

export const sql: Command = async ({ options, warn, progress, print }) => {
  try {
    const dialect = DIALECTS[choice(options, 'dialect', ['bigquery', 'duckdb'] as const)];
    const report = choice(options, 'report', ['cohort', 'retention', 'metrics'] as const);
    const table = text(options, 'table');
    if (table === undefined) throw new Usage('Name the table: --table project.dataset.orders (BigQuery) or --table orders (DuckDB).');
    const columns = sqlColumnsOf(options);
    const sqlOptions = sqlOptionsOf(options);
    progress(
      columns.dateKind === 'timestamp'
        ? `Dates: "${columns.date}" holds instants (TIMESTAMP), counted as days in ${sqlOptions.timeZone} (--timezone); --date-type date for a DATE or DATETIME column.`
        : `Dates: "${columns.date}" is a DATE or DATETIME column: its calendar day as written.`,
    );
    print(`${BUILDERS[report](dialect, { table, columns, options: sqlOptions })};`);
    return 0;
  } catch (error) {
    if (error instanceof Usage) {
      warn(error.message);
      return 2;
    }
    if (error instanceof SqlError) {
      warn(sqlErrorText(error, languageOf(text(options, 'locale'))));
      return 2;
    }
    throw error;
  }
};
