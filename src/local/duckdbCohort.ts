/**
 * The cohort report through DuckDB (`retention cohort FILE --engine duckdb`), for CSV and Parquet
 * files too large for a sheet: DuckDB reads the file itself, the columns are found by the core's
 * own detection (src/core/read/columns.ts) on a sample, and the table is the query builder's
 * (src/core/sql), whose definitions are the core's. What the generic rules of the DuckDB path
 * cannot apply (statuses, refunds and currency columns, an amount written once per order, text
 * dates and amounts in local formats) is refused in plain words instead of being read otherwise.
 * `@duckdb/node-api` is an optional dependency: loaded only here, with a clear message when absent.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { applyCorrections, detectColumns, type ColumnGuess } from '../core/read/columns';
import { cohortSql, duckDb, type SqlColumns } from '../core/sql';
import type { CellValue, DataHealth, Language, OrderTable, SkipReason } from '../core/types';
import { t } from '../i18n';
import { healthLines } from '../server/health';
import { describeReading, readingLines } from '../server/reading';
import type { CohortJson } from '../server/report';
import { sqlOptionsOf } from './commands/sql';
import type { CommandOptions } from './commands';
import { mappingFromOptions } from './runner';

/** What the cohort command prints: the same JSON, lines and table size as the built-in engine's. */
export interface DuckDbCohort {
  json: CohortJson;
  used: string[];
  health: string[];
  periods: number;
}

/** A user-facing refusal, already in the user's language. */
export class EngineError extends Error {}

const SAMPLE_ROWS = 200;
const ROWS_KEPT = 5;
const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?)$/;

/**
 * Loads @duckdb/node-api, or throws the five-language message naming how to install it.
 * @example const duckdb = await loadDuckDb('en'); const instance = await duckdb.DuckDBInstance.create(':memory:');
 */
export async function loadDuckDb(language: Language): Promise<typeof import('@duckdb/node-api')> {
  try {
    return await import('@duckdb/node-api');
  } catch {
    throw new EngineError(t(language, 'sql.duckdbMissing'));
  }
}

const isCsv = (file: string) => /\.(csv|tsv)(\.gz)?$/i.test(file);
const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The FROM item reading the file, by its extension; `textColumn` is read as text (a CSV's date column). */
function fileSource(file: string, language: Language, textColumn?: string): string {
  if (/\.parquet$/i.test(file)) return `read_parquet(${quoted(file)})`;
  if (isCsv(file)) return `read_csv(${quoted(file)}, header = true${textColumn === undefined ? '' : `, types = {${quoted(textColumn)}: 'VARCHAR'}`})`;
  throw new EngineError(t(language, 'sql.engine.fileType', { file }));
}

/**
 * The cohort report of a CSV or Parquet file through DuckDB.
 * @example await duckDbCohort('orders.parquet', { period: 'month' }, 'en') // { json: { period: 'month', cohorts: […], … }, used: […], health: […], periods: 13 }
 */
export async function duckDbCohort(file: string, options: CommandOptions, language: Language): Promise<DuckDbCohort> {
  const duckdb = await loadDuckDb(language);
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE VIEW source AS SELECT * FROM ${fileSource(file, language)}`);
    const described = (await connection.runAndReadAll('DESCRIBE source')).getRowObjectsJson();
    const headers = described.map((row) => String(row.column_name));
    const types = described.map((row) => String(row.column_type));
    const sample = (await connection.runAndReadAll(`SELECT * FROM source LIMIT ${SAMPLE_ROWS}`)).getRowsJson().map((row) =>
      row.map((value): CellValue => (value === null ? '' : typeof value === 'number' || typeof value === 'boolean' ? value : String(value))),
    );
    const locale = options.locale ?? 'en_US';
    const guess = applyCorrections(detectColumns(headers, sample, locale), mappingFromOptions(headers, options), sample);
    if (guess.mapping.date !== null) {
      // A CSV's dates are read as text, whatever DuckDB's sniffer would make of them (it may take
      // 01.02.2024 month first); ISO texts, also a mix of dates and date-times, are then read as
      // the core reads them: the day as written.
      const name = headers[guess.mapping.date];
      if (isCsv(file)) {
        await connection.run(`CREATE OR REPLACE VIEW source AS SELECT * FROM ${fileSource(file, language, name)}`);
        types[guess.mapping.date] = 'VARCHAR';
      }
      if (types[guess.mapping.date] === 'VARCHAR' && (await isoTexts(connection, name))) {
        const date = duckDb.ident(name);
        await connection.run(
          `CREATE OR REPLACE VIEW source AS SELECT * REPLACE (CAST(NULLIF(substr(TRIM(${date}), 1, 10), '') AS DATE) AS ${date}) FROM ${fileSource(file, language, name)}`,
        );
        types[guess.mapping.date] = 'DATE';
      }
    }
    const columns = engineColumns(guess, headers, types, file, language);
    const sqlOptions = sqlOptionsOf(options);
    const rows = (await connection.runAndReadAll(cohortSql(duckDb, { table: 'source', columns, options: sqlOptions }))).getRowObjectsJson();
    const health = await dataHealth(connection, columns, sqlOptions.timeZone);
    const reading = describeReading(guess, headers, { count: 0, customerIds: [] } as unknown as OrderTable, null, [], false);
    const withValues = sqlOptions.metric !== 'customers';
    const cohorts: CohortJson['cohorts'] = [];
    let periods = 0;
    for (const row of rows) {
      const period = Number(row.period);
      if (period === 0) cohorts.push({ cohort: String(row.cohort), customers: Number(row.customers), active: [], ...(withValues ? { values: [] } : {}) });
      const cohort = cohorts[cohorts.length - 1];
      cohort.active.push(Number(row.active));
      if (withValues) cohort.values!.push(Number(row.value));
      periods = Math.max(periods, period + 1);
    }
    const skipped: CohortJson['rows']['skipped'] = {};
    for (const [reason, entry] of Object.entries(health.skipped)) if (entry) skipped[reason as SkipReason] = entry.count;
    return {
      json: { platform: reading.platform, columns: reading.columns, currency: null, period: sqlOptions.period, cohorts, rows: { read: health.rowsRead, used: health.rowsUsed, skipped } },
      used: readingLines(reading, language),
      health: healthLines(health, language),
      periods,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The builder's columns of a guess, or an EngineError saying what the DuckDB path cannot read. */
function engineColumns(guess: ColumnGuess, headers: string[], types: string[], file: string, language: Language): SqlColumns {
  const { mapping } = guess;
  const list = headers.map((h) => `"${h}"`).join(', ');
  if (mapping.customer === null) throw new EngineError(t(language, 'error.noCustomerColumn', { sheet: file, headers: list }));
  if (mapping.date === null) throw new EngineError(t(language, 'error.noDateColumn', { sheet: file, headers: list }));
  const applied: [string, number][] = (
    [
      ['status', mapping.status],
      ['refunds', mapping.refunds],
      ['currency', mapping.currency],
    ] as [string, number | null][]
  ).filter((entry): entry is [string, number] => entry[1] !== null);
  const extra = [...applied.map(([, column]) => column), ...guess.extraRules.map((rule) => rule.column), ...guess.identity.parts.slice(1).map((part) => part.column)];
  if (extra.length > 0 || guess.identity.parts[0]?.last != null) {
    const named = [...new Set(extra)].map((column) => `"${headers[column]}"`).join(', ');
    const leaveOut = applied.map(([option]) => `--${option} none`).join(' ') || '--customer COL';
    throw new EngineError(t(language, 'sql.engine.rules', { columns: named || `"${headers[guess.identity.parts[0].last!]}"`, options: leaveOut }));
  }
  if (mapping.amount !== null && mapping.orderId !== null && guess.amountLevel === 'order') {
    throw new EngineError(t(language, 'sql.engine.orderAmount', { column: headers[mapping.amount] }));
  }
  const dateType = types[mapping.date];
  const timestamp = /^TIMESTAMP WITH TIME ZONE$/.test(dateType);
  if (!timestamp && !/^(DATE|TIMESTAMP(_S|_MS|_NS)?)$/.test(dateType)) {
    throw new EngineError(t(language, 'sql.engine.dateType', { column: headers[mapping.date], type: dateType }));
  }
  const numeric = (column: number) => {
    if (!NUMERIC.test(types[column])) throw new EngineError(t(language, 'sql.engine.amountType', { column: headers[column], type: types[column] }));
    return headers[column];
  };
  const byProduct = mapping.amount === null && mapping.quantity !== null && mapping.price !== null;
  if (mapping.amount === null && !byProduct) throw new EngineError(t(language, 'sql.error.no_amount'));
  return {
    customer: headers[mapping.customer],
    date: headers[mapping.date],
    dateKind: timestamp ? 'timestamp' : 'date',
    ...(byProduct ? { quantity: numeric(mapping.quantity!), price: numeric(mapping.price!) } : { amount: numeric(mapping.amount!) }),
    ...(mapping.orderId !== null ? { order: headers[mapping.orderId] } : {}),
  };
}

/** ISO dates, with or without a time and a UTC offset (not Z: the core converts UTC texts to the zone). */
const ISO_TEXT = String.raw`\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?( ?[+-]\d{2}:?\d{2})?)?`;

/** Whether every non-empty text of a column is an ISO date (the day is then its first ten characters). */
async function isoTexts(connection: DuckDBConnection, column: string): Promise<boolean> {
  const c = duckDb.ident(column);
  const reader = await connection.runAndReadAll(
    `SELECT COUNT(*) AS n FROM source WHERE TRIM(${c}) <> '' AND NOT regexp_full_match(TRIM(${c}), '${ISO_TEXT}')`,
  );
  return Number(reader.getRowObjectsJson()[0].n) === 0;
}

/** The reasons a line is not used, in the order the core's reader gives the first that applies. */
const REASONS: [SkipReason, (c: Record<'customer' | 'date' | 'day' | 'amount', string>) => string][] = [
  ['no_customer', (c) => `${c.customer} IS NULL OR TRIM(CAST(${c.customer} AS STRING)) = ''`],
  ['no_date', (c) => `${c.date} IS NULL`],
  ['early_date', (c) => `${c.day} < 0`],
  ['no_amount', (c) => `${c.amount} IS NULL`],
];

/** Rows read, used and skipped by reason with the first sheet row numbers (the header is row 1). */
async function dataHealth(connection: DuckDBConnection, columns: SqlColumns, zone: string): Promise<DataHealth> {
  const col = (name: string) => duckDb.ident(name);
  const date = columns.dateKind === 'timestamp' ? duckDb.wallDate(col(columns.date), zone) : `CAST(${col(columns.date)} AS DATE)`;
  const parts = {
    customer: col(columns.customer),
    date: col(columns.date),
    day: duckDb.dayNumber(date),
    amount: columns.amount !== undefined ? col(columns.amount) : `${col(columns.quantity!)} * ${col(columns.price!)}`,
  };
  const reason = `CASE ${REASONS.map(([name, test]) => `WHEN ${test(parts)} THEN '${name}'`).join(' ')} END`;
  // As the core, the lines of an order are listed by the order's first row.
  const order = columns.order === undefined ? 'NULL' : `NULLIF(TRIM(CAST(${col(columns.order)} AS STRING)), '')`;
  const rows = (
    await connection.runAndReadAll(
      `WITH numbered AS (SELECT ${reason} AS reason, ${order} AS order_id, row_number() OVER () + 1 AS row_number FROM source), ` +
        `firsts AS (SELECT reason, CASE WHEN order_id IS NULL THEN row_number ELSE MIN(row_number) OVER (PARTITION BY reason, order_id) END AS first_row FROM numbered) ` +
        `SELECT reason, COUNT(*) AS n, array_sort(list_distinct(list(first_row)))[1:${ROWS_KEPT}] AS first_rows FROM firsts GROUP BY reason`,
    )
  ).getRowObjectsJson();
  const health: DataHealth = { rowsRead: 0, rowsUsed: 0, skipped: {} };
  for (const row of rows) {
    const n = Number(row.n);
    health.rowsRead += n;
    if (row.reason === null) health.rowsUsed = n;
    else health.skipped[row.reason as SkipReason] = { count: n, rows: (row.first_rows as unknown[]).map(Number) };
  }
  // Listed in the core's order of reasons.
  health.skipped = Object.fromEntries(REASONS.filter(([name]) => health.skipped[name]).map(([name]) => [name, health.skipped[name]]));
  return health;
}

