/**
 * The "Customer value" action in the local host: the sheet it writes, the model it stores, the
 * sheets it must not touch, and its errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectedPurchases, predictedClv } from '../../../src/core/clv';
import type { StoredCell } from '../../../src/local/sheetData';
import { buildOnce } from '../../helpers/build';
import { MAPPING, newHost, shopHost } from './helpers';

const MODEL = 'retention.clv.model';
const build = (host: ReturnType<typeof shopHost>, extra: Record<string, unknown> = {}) =>
  host.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', mapping: MAPPING, period: 'week', ...extra }) as any;
const rowOf = (cells: StoredCell[][], id: string) => cells.slice(5).find((row) => row[0].value === id)!.map((c) => c.value);

beforeAll(() => buildOnce());

describe('the Customer predictions sheet', () => {
  let host: ReturnType<typeof shopHost>;
  let result: any;
  let cells: StoredCell[][];
  let stored: any;
  beforeAll(() => {
    host = shopHost();
    result = build(host);
    cells = host.sheetData(result.sheetName).cells;
    stored = JSON.parse(host.properties.document.data.get(MODEL)!);
  });

  it('has one row per customer (CDNOW 2,357 + 3), sorted by predicted CLV', () => {
    expect(result.sheetName).toBe('Customer predictions');
    const data = cells.slice(5).filter((row) => row[0] && row[0].value !== '');
    expect(data).toHaveLength(2360);
    const clv = data.map((row) => row[8].value as number);
    for (let i = 1; i < clv.length; i++) expect(clv[i]).toBeLessThanOrEqual(clv[i - 1]);
    expect(result.customers).toBe(2360);
  });

  it('writes the hand-known summaries (see helpers.ts)', () => {
    const alice = rowOf(cells, 'alice');
    expect(alice.slice(0, 5)).toEqual(['alice', 2, 6, 545 / 7, 35]);
    const formula = rowOf(cells, '=1+1');
    expect(formula.slice(0, 5)).toEqual(['=1+1', 1, 2, 118 / 7, 12]);
    expect(rowOf(cells, 'zed').slice(0, 6)).toEqual(['zed', 0, 0, 0, 0, 1]);
  });

  it('computes P(alive) and the predictions from the stored parameters', () => {
    const { r, alpha, a, b } = stored.bgnbd;
    // P(alive) by hand: 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)), alice x = 2, t_x = 6, T = 545/7.
    const T = 545 / 7;
    const byHand = 1 / (1 + (a / (b + 1)) * Math.pow((alpha + T) / (alpha + 6), r + 2));
    const alice = rowOf(cells, 'alice');
    expect(alice[5]).toBeCloseTo(byHand, 12);
    const point = { frequency: 2, recency: 6, T, monetary: 35 };
    expect(alice[6]).toBeCloseTo(expectedPurchases(stored.bgnbd, 52, point), 10);
    // Expected spend by hand: p(γ + x·m)/(p·x + q − 1).
    const { p, q, gamma } = stored.gammaGamma;
    expect(alice[7]).toBeCloseTo((p * (gamma + 2 * 35)) / (p * 2 + q - 1), 10);
    expect(alice[8]).toBeCloseTo(predictedClv(stored.bgnbd, stored.gammaGamma, point, { unit: 'week', horizonMonths: 12, monthlyDiscount: 0.01 }), 10);
  });

  it('labels segments from P(alive) and the top fifth of predicted CLV', () => {
    const data = cells.slice(5).filter((row) => row[0] && row[0].value !== '').map((row) => row.map((c) => c.value));
    // The top fifth: the 472nd largest CLV of 2,360 (⌈2360/5⌉ = 472).
    const threshold = data[471][8] as number;
    for (const row of data) {
      const [pAlive, clv, segment] = [row[5] as number, row[8] as number, row[9]];
      const expected = pAlive < 0.3 ? 'Likely gone' : pAlive < 0.7 ? 'At risk' : clv >= threshold ? 'Best' : 'Growing';
      expect(segment, String(row[0])).toBe(expected);
    }
    const counts = result.segments;
    expect(counts.best + counts.growing + counts.atRisk + counts.gone).toBe(2360);
    expect(rowOf(cells, 'alice')[9]).toBe('Likely gone');
  });

  it('keeps ids as text: "=1+1" is neither a formula nor a number', () => {
    const cell = cells.slice(5).find((row) => row[0].value === '=1+1')![0];
    expect(cell.formula).toBeUndefined();
    expect(cell.style?.numberFormat).toBe('@');
    const four = cells.slice(5).find((row) => row[0].value === '4');
    expect(four, 'CDNOW id 4 is written as the text "4"').toBeDefined();
  });

  it('shows the settings, the fitted parameters and the log-likelihoods in the header', () => {
    expect(cells[0][0].value).toBe('Predicted customer value from the sheet "Orders"');
    expect(cells[1][0].value).toContain('Data from 1997-01-01 to 1998-06-30');
    expect(cells[2][0].value).toContain('1 orders with a negative amount');
    expect(cells[4].slice(0, 10).map((c) => c.value)).toEqual([
      'Customer', 'Repeat purchases', 'Recency (weeks)', 'Age T (weeks)', 'Average repeat purchase', 'P(alive)',
      'Expected purchases, next 52 weeks', 'Expected spend per purchase', 'Predicted CLV, 12 months', 'Segment',
    ]);
    // Parameters in L6:S6 in the order r, α, a, b, p, q, γ; log-likelihoods in N7 and N8.
    expect(cells[4].slice(11, 19).map((c) => c.value)).toEqual(['', 'r', 'α', 'a', 'b', 'p', 'q', 'γ']);
    const { r, alpha, a, b, ll } = stored.bgnbd;
    const gg = stored.gammaGamma;
    expect(cells[5].slice(12, 19).map((c) => c.value)).toEqual([r, alpha, a, b, gg.p, gg.q, gg.gamma]);
    expect(cells[6][13].value).toBe(ll);
    expect(cells[7][13].value).toBe(gg.ll);
    expect(cells[5][5].style?.numberFormat).toBe('0.0%');
  });

  it('stores the model in the document properties, under 9 KB', () => {
    const text = host.properties.document.data.get(MODEL)!;
    expect(Buffer.byteLength(text)).toBeLessThan(9 * 1024);
    expect(stored).toMatchObject({ version: 1, unit: 'week', t: 52, horizonMonths: 12, monthlyDiscount: 0.01, customers: 2360, sheetName: 'Customer predictions' });
    expect(stored.calibrationEnd).toBe('1998-06-30');
    expect(stored.bgnbd.r).toBe(result.bgnbd.r);
  });
});

describe('the sheet is the add-on’s', () => {
  it('never touches a user sheet of the same name, and a re-run replaces only its own sheet', () => {
    const host = shopHost();
    host.addSheet({ name: 'Customer predictions', cells: [[{ value: 'my notes' }]] });
    const first = build(host);
    expect(first.sheetName).toBe('Customer predictions (2)');
    const sheets = host.spreadsheet.getSheets().length;
    host.spreadsheet.getSheetByName('Customer predictions (2)')!.setName('Renamed by me');
    const second = build(host, { period: 'day' });
    expect(second.sheetName).toBe('Renamed by me');
    expect(host.spreadsheet.getSheets().length).toBe(sheets);
    expect(host.sheetData('Customer predictions').cells).toEqual([[{ value: 'my notes' }]]);
    expect(host.sheetData('Renamed by me').cells[4][2].value).toBe('Recency (days)');
  });

  it('refuses to write while another execution holds the document lock', () => {
    const host = shopHost();
    const lock = host.holdLock('document');
    expect(() => build(host)).toThrow('Another change to this spreadsheet is in progress');
    expect(host.spreadsheet.getSheetByName('Customer predictions')).toBeNull();
    expect(host.properties.document.data.has(MODEL)).toBe(false);
    lock.release();
  });
});

describe('with a holdout (calibration end 1997-09-30)', () => {
  it('fits on the calibration customers and charts actual vs predicted cumulative repeat purchases', () => {
    const host = shopHost();
    const result = build(host, { calibrationEnd: '1997-09-30' });
    // CDNOW's 2,357 customers plus alice; "=1+1" and zed first bought in 1998 (the holdout).
    expect(result.customers).toBe(2358);
    // CDNOW: 4,339 − 2,457 = 1,882 repeat purchases in the holdout (Fader, Hardie & Lee 2005); alice has none.
    expect(result.holdout.actual).toBe(1882);
    const data = host.sheetData(result.sheetName);
    expect(data.charts).toHaveLength(1);
    const chart = data.charts![0];
    expect(chart.type).toBe('LINE');
    // 78 weeks from 1997-01-01 to 1998-06-30, under a header row at L10.
    expect(chart.ranges).toEqual(['L10:N88']);
    const week39 = data.cells[9 + 39].slice(11, 14).map((c) => c.value);
    // 2,457 CDNOW calibration repeat purchases + alice's 2.
    expect(week39.slice(0, 2)).toEqual([39, 2459]);
    expect(data.cells[9 + 78][12].value).toBe(4339 + 2);
  });
});

describe('bad data gets clear, translated errors', () => {
  const hostWith = (rows: (string | number)[][], locale = 'en_US') => {
    const host = newHost(locale);
    host.addSheet({ name: 'Orders', cells: [], values: [['Customer', 'Date', 'Amount'], ...rows] });
    return host;
  };
  const run = (host: ReturnType<typeof newHost>, extra: Record<string, unknown> = {}) =>
    host.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', period: 'week', ...extra });

  it('no repeat customers', () => {
    expect(() => run(hostWith([['a', '2024-01-01', 5], ['b', '2024-01-02', 5], ['c', '2024-02-01', 5]]))).toThrow(
      'No customer bought more than once',
    );
  });

  it('a single customer', () => {
    expect(() => run(hostWith([['a', '2024-01-01', 5], ['a', '2024-01-09', 5]]))).toThrow('Only one customer');
  });

  it('only negative amounts: nobody bought anything', () => {
    expect(() => run(hostWith([['a', '2024-01-01', -5], ['b', '2024-01-02', -5]]))).toThrow('No customer bought anything');
  });

  it('bad options and dates', () => {
    const host = hostWith([['a', '2024-01-01', 5], ['a', '2024-01-09', 5]]);
    expect(() => run(host, { period: 'month' })).toThrow('The model period must be "week" or "day", not "month".');
    expect(() => run(host, { calibrationEnd: '2024-02-30' })).toThrow('"2024-02-30" is not a date');
    expect(() => run(host, { calibrationEnd: '2023-12-31' })).toThrow('The calibration end 2023-12-31 is before the first order (2024-01-01).');
    expect(() => run(host, { calibrationEnd: '2024-03-01', observationEnd: '2024-02-01' })).toThrow('on or before the data end');
    expect(() => run(host, { horizonMonths: 1.5 })).toThrow('Horizon in months must be a number from 1 to 120, not "1.5".');
    expect(() => run(host, { t: 0 })).toThrow('must be a number from 0 to 520, not "0"');
  });

  it('in the spreadsheet’s language', () => {
    expect(() => run(hostWith([['a', '1.01.2024', 5], ['a', '9.01.2024', 5]], 'pl_PL'))).toThrow('Tylko jeden klient');
  });

  it('more customers than one run can model: 600,000 customer-months', () => {
    const rows: (string | number)[][] = [];
    for (let i = 0; i <= 50_000; i++) rows.push([`k${i}`, '2024-01-01', 5]);
    const host = hostWith(rows);
    // 50,001 > 600,000 / 12; a 6-month horizon counts as 12; 120 months allow 5,000.
    expect(() => run(host)).toThrow('The orders have 50001 customers; with a 12-month horizon the add-on models at most 50000 in one run');
    expect(() => run(host, { horizonMonths: 6 })).toThrow('with a 6-month horizon the add-on models at most 50000');
    expect(() => run(host, { horizonMonths: 120 })).toThrow('with a 120-month horizon the add-on models at most 5000');
  }, 60_000);
});

describe('a spreadsheet too full for the predictions', () => {
  it('refuses before anything is written, in plain words', () => {
    const host = shopHost();
    const cellsNow = () => host.spreadsheet.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    // A user's sheet grown until 9,990,000 cells are in use: no room for a new sheet of 1,000 × 26.
    const big = host.spreadsheet.insertSheet('Big');
    big.insertRowsAfter(big.getMaxRows(), Math.floor((9_990_000 - cellsNow()) / 26));
    expect(cellsNow()).toBeGreaterThan(9_980_000);
    expect(() => build(host)).toThrow(/^The predictions would need [\d,]+ cells, more than this spreadsheet can hold \(10,000,000 cells over all its sheets, 9,9[\d,]+ are in use\)/);
    expect(host.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Orders', 'Big']);
  });
});
