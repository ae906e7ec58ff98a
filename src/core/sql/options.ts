/**
 * What a query is built from: the table's columns (a column mapping by name) and the report's
 * options, with the same names and meanings as the core's (src/core/cohort, src/core/metrics).
 * Days are day numbers (src/core/days.ts), written into the query as integer literals.
 */
import type { CohortOptions } from '../cohort';
import { isoOfDay } from '../days';
import { SqlError } from './errors';

/** The columns of the order table (names as the table spells them). */
export interface SqlColumns {
  customer: string;
  date: string;
  /**
   * `timestamp`: the column holds instants (BigQuery TIMESTAMP, DuckDB TIMESTAMPTZ), bucketed into
   * days in `timeZone`; `date`: a DATE or a wall-clock date-time (DATETIME, TIMESTAMP without a
   * zone), whose calendar day is taken as written.
   */
  dateKind: 'timestamp' | 'date';
  /** The order's amount on each line (summed over the order's lines), or quantity × price. */
  amount?: string;
  quantity?: string;
  price?: string;
  /** Lines sharing an order id (and a customer) are one order; without it every line is an order. */
  order?: string;
}

/** The report's options (docs/METRICS.md); `from`, `to` and `dataEndDay` are day numbers, both ends included. */
export interface SqlOptions extends CohortOptions {
  /** The spreadsheet's IANA zone: days of `timestamp` columns are counted there. */
  timeZone: string;
  /** Activity window of the retention counts in days; default the period's length. */
  windowDays?: number;
}

/** A query's input: the table (`project.dataset.table` or a DuckDB table/view name), its columns, the options. */
export interface SqlInput {
  table: string;
  columns: SqlColumns;
  options: SqlOptions;
}

/**
 * The input after its checks: a real range and an amount; else SqlError.
 * @example checkedInput({ table: 't', columns: { customer: 'c', date: 'd', dateKind: 'date' }, options }) // throws no_amount
 */
export function checkedInput(input: SqlInput): SqlInput {
  const { columns, options } = input;
  if (columns.amount === undefined && (columns.quantity === undefined || columns.price === undefined)) throw new SqlError('no_amount');
  for (const name of ['from', 'to', 'dataEndDay'] as const) {
    const day = options[name];
    if (day !== undefined && !(Number.isInteger(day) && day >= 0)) throw new SqlError('bad_day', { name });
  }
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new SqlError('bad_range', { from: isoOfDay(options.from), to: isoOfDay(options.to) });
  }
  if (options.windowDays !== undefined && !(Number.isInteger(options.windowDays) && options.windowDays >= 1)) {
    throw new SqlError('bad_window', { value: options.windowDays });
  }
  return input;
}
