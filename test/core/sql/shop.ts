/**
 * Test helper: a generated shop's order lines, read two independent ways — by the core's reader
 * (sheet cells: Date instants, numbers, texts) and loaded into an in-memory DuckDB table `lines`
 * for the query builder's SQL. Shared by the tests of src/core/sql.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { readOrders } from '../../../src/core/read/orders';
import type { CellValue, OrderTable, Period, WeekStart } from '../../../src/core/types';
import type { CohortMetric, CohortMode } from '../../../src/core/cohort';
import type { SqlColumns } from '../../../src/core/sql';
import { intlOffsetAt } from '../../../src/local/zone';

/** One order line as a shop export has it. */
export interface Line {
  customer: string;
  /** Epoch milliseconds (whole seconds). */
  at: number;
  quantity: number;
  price: number;
  /** '' = no order id. */
  order: string;
}

/** Zones with odd offsets and DST rules: days must be bucketed in them alike. */
export const ZONES = ['UTC', 'Europe/Warsaw', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Kiritimati'];

const T0 = Date.UTC(2023, 11, 20); // the generated orders fall between 2023-12-20 and about 2024-07-20
const SPAN_S = 213 * 86_400;
/** Day number of 2023-12-20, the first day a generated order can fall on. */
export const FIRST_DAY = Math.floor(T0 / 86_400_000);

/** Customers: e-mails in any case and with spaces (one customer), plain ids, numbers as text. */
const CUSTOMERS = ['anna@shop.pl', ' Anna@Shop.PL', 'bob', 'Bob', 'c-17', '00017', '17', 'dora@x.dk ', 'eve', 'f'];

export const lineArb: fc.Arbitrary<Line> = fc.record({
  customer: fc.constantFrom(...CUSTOMERS),
  at: fc.integer({ min: 0, max: SPAN_S }).map((s) => T0 + s * 1000),
  quantity: fc.constantFrom(1, 1, 1, 2, 3, -1, 0),
  price: fc.constantFrom(9.99, 20, 0.5, 35.25, 100),
  // Few order ids, so orders get several lines and one id is used by several customers.
  order: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 12 }).map((n) => `o${n}`)),
});

/** Lines in time order, as a chronological export lists them (the core dates an order by its first line). */
export const linesArb: fc.Arbitrary<Line[]> = fc.array(lineArb, { maxLength: 60 }).map((lines) => lines.sort((a, b) => a.at - b.at));

/** The report options the property tests vary. */
export interface ShopOptions {
  zone: string;
  period: Period;
  weekStart: WeekStart;
  mode: CohortMode;
  metric: CohortMetric;
  includeRefunds: boolean;
  from?: number;
  to?: number;
  dataEndDay?: number;
  /** The amount column, or quantity × price. */
  amountForm: 'amount' | 'product';
  withOrderIds: boolean;
}

const dayInSpan = fc.integer({ min: FIRST_DAY - 3, max: FIRST_DAY + 215 });
export const optionsArb: fc.Arbitrary<ShopOptions> = fc.record(
  {
    zone: fc.constantFrom(...ZONES),
    period: fc.constantFrom<Period>('day', 'week', 'month', 'quarter'),
    weekStart: fc.constantFrom<WeekStart>('monday', 'sunday'),
    mode: fc.constantFrom<CohortMode>('on', 'onOrAfter'),
    metric: fc.constantFrom<CohortMetric>('customers', 'revenue', 'cumulativeRevenuePerCustomer'),
    includeRefunds: fc.boolean(),
    from: dayInSpan,
    to: dayInSpan,
    dataEndDay: dayInSpan,
    amountForm: fc.constantFrom<'amount' | 'product'>('amount', 'product'),
    withOrderIds: fc.boolean(),
  },
  { requiredKeys: ['zone', 'period', 'weekStart', 'mode', 'metric', 'includeRefunds', 'amountForm', 'withOrderIds'] },
).filter((o) => o.from === undefined || o.to === undefined || o.from <= o.to);

/** The lines read by the core reader as the sheet's cells (Date instants read in the zone). */
export function coreTable(lines: readonly Line[], o: Pick<ShopOptions, 'zone' | 'amountForm' | 'withOrderIds'>): OrderTable {
  const rows: CellValue[][] = [['Customer', 'Date', 'Amount', 'Quantity', 'Price', 'Order']];
  for (const l of lines) rows.push([l.customer, new Date(l.at), l.quantity * l.price, l.quantity, l.price, l.order]);
  const product = o.amountForm === 'product';
  return readOrders(
    rows,
    { customer: 0, date: 1, amount: product ? null : 2, quantity: product ? 3 : null, price: product ? 4 : null, orderId: o.withOrderIds ? 5 : null, status: null, refunds: null, currency: null },
    { offsetAt: intlOffsetAt(o.zone), firstDataRow: 1, firstRowNumber: 2 },
  );
}

/** The columns of the DuckDB table `lines` for the builder. */
export function sqlColumns(o: Pick<ShopOptions, 'amountForm' | 'withOrderIds'>): SqlColumns {
  return {
    customer: 'customer',
    date: 'ordered_at',
    dateKind: 'timestamp',
    ...(o.amountForm === 'amount' ? { amount: 'amount' } : { quantity: 'quantity', price: 'price' }),
    ...(o.withOrderIds ? { order: 'order_id' } : {}),
  };
}

/** An in-memory DuckDB (one thread: the machine is shared). */
export async function openDuckDb(): Promise<{ connection: DuckDBConnection; close(): void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  return { connection, close: () => { connection.closeSync(); instance.closeSync(); } };
}

/** Replaces the table `lines` with these lines (TIMESTAMPTZ instants, DOUBLE amounts). */
export async function loadLines(connection: DuckDBConnection, lines: readonly Line[]): Promise<void> {
  await connection.run(
    'CREATE OR REPLACE TABLE lines (customer VARCHAR, ordered_at TIMESTAMPTZ, amount DOUBLE, quantity DOUBLE, price DOUBLE, order_id VARCHAR)',
  );
  if (lines.length === 0) return;
  const text = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const values = lines.map(
    (l) => `(${text(l.customer)}, to_timestamp(${l.at / 1000}), ${l.quantity * l.price}, ${l.quantity}, ${l.price}, ${l.order === '' ? 'NULL' : text(l.order)})`,
  );
  await connection.run(`INSERT INTO lines VALUES ${values.join(', ')}`);
}

/** The rows of a query as plain objects, numbers as numbers (DuckDB gives BIGINT and HUGEINT as bigint). */
export async function queryRows(connection: DuckDBConnection, sql: string): Promise<Record<string, string | number | null>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects().map((row) => {
    const out: Record<string, string | number | null> = {};
    for (const [key, value] of Object.entries(row)) {
      out[key] = typeof value === 'bigint' ? Number(value) : value === null ? null : typeof value === 'number' ? value : String(value);
    }
    return out;
  });
}
