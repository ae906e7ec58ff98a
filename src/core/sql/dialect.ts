/**
 * The only places where BigQuery Standard SQL and DuckDB are written differently. Everything else
 * the builder writes (EXTRACT, CASE, COALESCE, NULLIF, LPAD, ||, CAST(… AS STRING), window
 * functions, UNION ALL) means the same in both; every member below is tested in both dialects
 * (test/core/sql/dialect.test.ts).
 *
 * Period arithmetic is done on day numbers (days since 1970-01-01, as src/core/days.ts), so the
 * dialects' own week functions are never used: BigQuery's WEEK starts on Sunday and
 * DATE_DIFF(…, WEEK) counts week boundaries, DuckDB's 'week' is the ISO week and
 * date_diff('week', …) counts whole weeks.
 */
import { SqlError } from './errors';

/** How one SQL engine writes the few things that differ. */
export interface Dialect {
  name: 'bigquery' | 'duckdb';
  /** A table or view: `project.dataset.table` (BigQuery), `schema.table` or `table` (DuckDB). */
  table(name: string): string;
  /** A column or an output column name (also reserved words such as `end`, `new`). */
  ident(name: string): string;
  /** Integer division of two non-negative integers (floor = truncation there). */
  intDiv(a: string, b: string): string;
  /** The wall-clock DATE in an IANA zone of an instant (BigQuery TIMESTAMP, DuckDB TIMESTAMPTZ). */
  wallDate(instant: string, zone: string): string;
  /** Day number (days since 1970-01-01) of a DATE. */
  dayNumber(date: string): string;
  /** The DATE of a day number. */
  dateOfDay(day: string): string;
  /** A FROM item giving one row per integer lo…hi in column `name` (correlated: may use earlier FROM items). */
  series(lo: string, hi: string, name: string): string;
}

const FORBIDDEN = /["`\\\u0000-\u001f\u007f]/;
const ZONE = /^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+)*$/;

/**
 * The name, when a query may hold it; else throws SqlError `bad_name`.
 * @example checkedName('Customer ID', 'column') === 'Customer ID'
 */
export function checkedName(name: string, what: 'column' | 'table'): string {
  if (name.trim() === '' || FORBIDDEN.test(name)) throw new SqlError('bad_name', { name, what });
  return name;
}

/**
 * An IANA zone name as a quoted literal (the pattern leaves nothing to escape); else SqlError `bad_zone`.
 * @example zoneLiteral('Europe/Warsaw') === "'Europe/Warsaw'"
 */
export function zoneLiteral(zone: string): string {
  if (!ZONE.test(zone)) throw new SqlError('bad_zone', { name: zone });
  return `'${zone}'`;
}

/**
 * BigQuery Standard SQL (GoogleSQL).
 * @example bigQuery.intDiv('d', '7') === 'DIV(d, 7)'
 */
export const bigQuery: Dialect = {
  name: 'bigquery',
  table: (name) => `\`${checkedName(name, 'table')}\``,
  ident: (name) => `\`${checkedName(name, 'column')}\``,
  intDiv: (a, b) => `DIV(${a}, ${b})`,
  wallDate: (instant, zone) => `DATE(${instant}, ${zoneLiteral(zone)})`,
  dayNumber: (date) => `UNIX_DATE(${date})`,
  dateOfDay: (day) => `DATE_FROM_UNIX_DATE(${day})`,
  series: (lo, hi, name) => `UNNEST(GENERATE_ARRAY(${lo}, ${hi})) AS ${name}`,
};

/**
 * DuckDB (time zones through its ICU extension, built into the Node package).
 * @example duckDb.intDiv('d + 3', '7') === '((d + 3) // 7)'
 */
export const duckDb: Dialect = {
  name: 'duckdb',
  table: (name) =>
    checkedName(name, 'table')
      .split('.')
      .map((part) => `"${part}"`)
      .join('.'),
  ident: (name) => `"${checkedName(name, 'column')}"`,
  intDiv: (a, b) => `((${a}) // ${b})`,
  wallDate: (instant, zone) => `CAST(timezone(${zoneLiteral(zone)}, ${instant}) AS DATE)`,
  dayNumber: (date) => `date_diff('day', DATE '1970-01-01', ${date})`,
  dateOfDay: (day) => `(DATE '1970-01-01' + CAST(${day} AS INTEGER))`,
  series: (lo, hi, name) => `UNNEST(generate_series(${lo}, ${hi})) AS series_${name}(${name})`,
};

/** The dialect of a name given on the command line or by the sidebar. */
export const DIALECTS = { bigquery: bigQuery, duckdb: duckDb } as const;
