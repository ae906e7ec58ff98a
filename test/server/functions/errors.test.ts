/**
 * Errors in the style of built-in functions: the function, the parameter (number and name) and
 * what it expected, in the spreadsheet's language; and the shapes of ranges Sheets passes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../../src/local/host/index';
import { col, errorOf, sheetHost } from './helpers';

let en: LocalHost;
let pl: LocalHost;
beforeAll(async () => {
  en = await sheetHost('Etc/UTC', 'en_US');
  pl = await sheetHost('Europe/Warsaw', 'pl_PL');
});

const A = col(['a', 'b', 'a']);
const B = col(['2024-01-05', '2024-01-20', '2024-02-03']);
const C = col([10, 20, 30]);

describe('argument errors', () => {
  it('name the parameter and what it expected', () => {
    expect(errorOf(() => en.runCustomFunction('CHURN', 40, 'abc'))).toBe(
      'Function CHURN parameter 2 (dates_or_lost) expects a number value, but "abc" is not a number.',
    );
    expect(errorOf(() => en.runCustomFunction('CHURN', A, B, C, 'abc', '2024-02-29'))).toBe(
      'Function CHURN parameter 4 (period_start) expects a date value, but "abc" is not a date.',
    );
    expect(errorOf(() => en.runCustomFunction('CRR', 200, 180))).toBe('Function CRR parameter 3 (amounts_or_new) is missing.');
    expect(errorOf(() => en.runCustomFunction('CRR', -1, 180, 3))).toBe(
      'Function CRR parameter 1 (customers_or_start) expects a number that is 0 or more, but it is -1.',
    );
    expect(errorOf(() => en.runCustomFunction('COHORT_TABLE', A, B, C, 'fortnight'))).toBe(
      'Function COHORT_TABLE parameter 4 (period) expects one of: day, week, month, quarter; but it is "fortnight".',
    );
    expect(errorOf(() => en.runCustomFunction('CRR', A, B, C, '2024-02-01', '2024-02-29', 2.5))).toContain('parameter 6 (window_days) expects a whole number');
    expect(errorOf(() => en.runCustomFunction('AOV', A, B, C, '', '', '', 'yes'))).toContain('parameter 7 (include_refunds) expects TRUE or FALSE');
    expect(errorOf(() => en.runCustomFunction('AOV', A, B, C, '2024-03-01', '2024-02-01'))).toBe(
      'Function AOV: the period ends on 2024-02-01, before it starts on 2024-03-01.',
    );
  });

  it('are translated into the spreadsheet language', () => {
    expect(errorOf(() => pl.runCustomFunction('CHURN', 40, 'abc'))).toBe(
      'Parametr 2 (dates_or_lost) funkcji CHURN oczekuje liczby, ale „abc” nie jest liczbą.',
    );
  });

  it('point at the row of an unreadable date or amount in a range', () => {
    const dates = col(['2024-01-05', '31/31/2024', '2024-02-03']);
    expect(errorOf(() => en.runCustomFunction('AOV', A, dates, C))).toBe(
      'Function AOV parameter 2 (dates_or_orders) expects date values, but row 2 of the range holds "31/31/2024", which is not a date.',
    );
    expect(errorOf(() => en.runCustomFunction('AOV', A, B, col([10, 'ten', 30])))).toBe(
      'Function AOV parameter 3 (amounts) expects number values, but row 2 of the range holds "ten", which is not an amount.',
    );
  });

  it('refuse ranges of different lengths, wide ranges and empty ranges', () => {
    expect(errorOf(() => en.runCustomFunction('AOV', A, col(['2024-01-05', '2024-01-20']), C))).toBe(
      'Function AOV parameter 2 (dates_or_orders) has 2 rows, but parameter 1 has 3. Give ranges over the same rows, e.g. A2:A, B2:B, C2:C.',
    );
    expect(errorOf(() => en.runCustomFunction('AOV', [['a', 'b'], ['c', 'd']], B, C))).toBe(
      'Function AOV parameter 1 (customers_or_revenue) expects a single column, but the range has 2 columns.',
    );
    expect(errorOf(() => en.runCustomFunction('AOV', A, B, [[1, 2, 3], [1, 2, 3], [1, 2, 3]]))).toContain('expects one column of amounts, or two columns');
    expect(errorOf(() => en.runCustomFunction('AOV', col(['', '']), col(['', '']), col(['', ''])))).toBe(
      'Function AOV: the ranges hold no orders (every row is empty).',
    );
    expect(errorOf(() => en.runCustomFunction('NPS', col(['', ''])))).toBe('Function NPS: there are no answers. Give survey answers from 0 to 10.');
    expect(errorOf(() => en.runCustomFunction('NPS', col([10, '', 11])))).toBe(
      'Function NPS parameter 1 expects whole numbers from 0 to 10, but answer 3 is "11".',
    );
  });

  it('explain a metric that has nothing to compute on', () => {
    expect(errorOf(() => en.runCustomFunction('CRR', A, B, C, '2024-01-01', '2024-01-31'))).toBe(
      'Function CRR: nobody bought in the 31 days before the period starts, so there are no customers to keep. Choose a later period or a larger window_days.',
    );
    expect(errorOf(() => en.runCustomFunction('AOV', A, B, C, '2025-01-01', '2025-12-31'))).toContain('there are no purchases');
    expect(errorOf(() => en.runCustomFunction('AVG_DAYS_BETWEEN_PURCHASES', A, B, C, '2024-01-01', '2024-01-31'))).toContain('no customer bought twice');
    expect(errorOf(() => en.runCustomFunction('AVG_RETENTION_PERIOD', 0))).toContain('expects a fraction above 0 and at most 1');
    expect(errorOf(() => en.runCustomFunction('CRR', 0, 5, 1))).toContain('parameter 1 (customers at the start) is 0');
  });
});

describe('ranges as Sheets passes them', () => {
  it('ignore the blank tail of whole-column ranges, even when the columns end at different rows', () => {
    const tail = (c: unknown[][], n: number) => [...c, ...Array.from({ length: n }, () => [''])];
    // orders: a 10, b 20, a 30 → 60 / 3
    expect(en.runCustomFunction('AOV', tail(A, 997), tail(B, 997), tail(C, 500))).toBe(20);
  });

  it('leave out a header row (A1:A): a first row whose date is text that is not a date', () => {
    expect(en.runCustomFunction('AOV', [['Customer'], ...A], [['Order date'], ...B], [['Amount'], ...C])).toBe(20);
  });

  describe('longer than the slices of 8,192 rows they are read in', () => {
    // 20,000 orders under a header: row i (from 0) is customer i mod 12,000 (even ones numbers,
    // odd ones texts), on day 2020-01-01 + ⌊i / 20⌋, for 2 × 5 (quantity × price). Customers
    // 0–7,999 buy in rows i and i + 12,000, so in two slices; 8,000–11,999 buy once.
    const n = 20_000;
    const id = (i: number) => (i % 12_000) % 2 === 0 ? i % 12_000 : `C${i % 12_000}`;
    const rows = Array.from({ length: n }, (_, i) => i);
    const customers = [['Customer'], ...rows.map((i) => [id(i)])];
    const dates = (bad = -1) => [['Date'], ...rows.map((i) => [i === bad ? '31/31/2024' : new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 20)))])];
    const amounts = (bad = -1) => [['Quantity', 'Price'], ...rows.map((i) => [2, i === bad ? 'ten' : 5])];

    it('count every customer once across the slices', () => {
      expect(en.runCustomFunction('REPEAT_PURCHASE_RATE', customers, dates(), amounts())).toBeCloseTo(8_000 / 12_000, 12);
      expect(en.runCustomFunction('PURCHASE_FREQUENCY', customers, dates(), amounts())).toBeCloseTo(20_000 / 12_000, 12);
      expect(en.runCustomFunction('AOV', customers, dates(), amounts())).toBe(10);
    });

    it('name the row of an unreadable cell in a later slice, counted from the range’s first row', () => {
      // order 17,000 (from 0) is row 17,002 of the range: the header is row 1
      expect(errorOf(() => en.runCustomFunction('AOV', customers, dates(17_000), amounts()))).toBe(
        'Function AOV parameter 2 (dates_or_orders) expects date values, but row 17002 of the range holds "31/31/2024", which is not a date.',
      );
      expect(errorOf(() => en.runCustomFunction('AOV', customers, dates(), amounts(9_000)))).toBe(
        'Function AOV parameter 3 (amounts) expects number values, but row 9002 of the range holds "2 × ten", which is not an amount.',
      );
    });
  });

  it('take a one-row range of orders as the order form when its date is a date cell', () => {
    // a single order of 10: AOV 10 (numeric form would be 'a' / date → error)
    expect(en.runCustomFunction('AOV', 'a', new Date(Date.UTC(2024, 0, 5)), 10)).toBe(10);
  });

  it('read text amounts and dates in the spreadsheet locale', () => {
    // pl_PL: "1.234,50 zł" is 1234.5 and "05.01.2024" is 5 January → AOV (1234.5 + 765.5) / 2 = 1000
    expect(pl.runCustomFunction('AOV', col(['a', 'b']), col(['05.01.2024', '06.01.2024']), col(['1.234,50 zł', '765,50 zł']))).toBe(1000);
  });

  it('never need authorisation: every function runs under the custom-function rules, writing nothing', () => {
    // Each function with its own parameters up to the period (an error of any kind fails the test,
    // not only a permission error); the optional ones before the period are left empty.
    const period = ['2024-01-21', '2024-02-03'];
    const numbers: [string, unknown[]][] = [
      ['CRR', period],
      ['CHURN', period],
      ['CLV', ['', ...period]],
      ['AVG_RETENTION_PERIOD', ['', ...period]],
      ['REPEAT_PURCHASE_RATE', period],
      ['AOV', period],
      ['PURCHASE_FREQUENCY', period],
    ];
    for (const [fn, rest] of numbers) expect(typeof en.runCustomFunction(fn, A, B, C, ...rest), fn).toBe('number');
    const tables: [string, unknown[]][] = [
      // Its period_start keeps the customers who first bought from that day on: b (2024-01-20).
      ['COHORT_TABLE', ['', '', '', '', '2024-01-20', '2024-02-03']],
      ['RFM', ['', ...period]],
    ];
    for (const [fn, rest] of tables) expect(Array.isArray(en.runCustomFunction(fn, A, B, C, ...rest)), fn).toBe(true);
    // Only a's 2024-02-03 order of 30 falls in the period: AOV = 30 / 1.
    expect(en.runCustomFunction('AOV', A, B, C, ...period)).toBe(30);
    expect(Array.isArray(en.runCustomFunction('RETENTION_SUMMARY', A, B, C, '2024-01-21', '2024-02-03'))).toBe(true);
    expect(en.outbox).toEqual([]);
    expect(en.spreadsheet.getSheets().length).toBe(1);
  });
});
