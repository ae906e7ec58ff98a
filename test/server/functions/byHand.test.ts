/**
 * Every custom function of the built bundle against values computed by hand (the computation is
 * written next to each expectation). The shop below is also test/fixtures/functions/shop.csv.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../../src/local/host/index';
import { col, orderRanges, sheetHost, wall, type Cell } from './helpers';

const Z = 'Etc/UTC';
// row: customer, date, amount          (row numbers are positions in the ranges)
const SHOP: [Cell, Cell, Cell][] = [
  ['a', wall('2024-01-05', Z), 100], // 1
  ['b', wall('2024-01-20', Z), 50], //  2
  ['c', wall('2024-01-25', Z), 30], //  3
  ['a', wall('2024-02-03', Z), 40], //  4
  ['d', wall('2024-02-10', Z), 60], //  5
  ['b', wall('2024-02-15', Z), -50], // 6  a refund: no purchase
  ['e', wall('2024-02-20', Z), 20], //  7
  ['a', wall('2024-02-25', Z), 10], //  8
  ['', wall('2024-02-26', Z), 99], //   9  no customer: skipped
  ['c', wall('2024-03-05', Z), 30], // 10
];
const FEB_1 = wall('2024-02-01', Z);
const FEB_29 = wall('2024-02-29', Z);

let host: LocalHost;
let A: Cell[][], B: Cell[][], C: Cell[][];
const run = (fn: string, ...args: unknown[]) => host.runCustomFunction(fn, ...args);

beforeAll(async () => {
  host = await sheetHost(Z);
  [A, B, C] = orderRanges(SHOP, 200); // 200 blank rows: the tail of A2:A
});

describe('numeric forms', () => {
  it('compute the textbook formulas', () => {
    expect(run('CRR', 200, 180, 20)).toBe(0.8); // (180 − 20) / 200
    expect(run('CHURN', 40, 10)).toBe(0.25); // 10 / 40
    expect(run('CLV', 40, 3, 2)).toBe(240); // 40 × 3 × 2
    expect(run('CLV', 40, 3, 2, 0.5)).toBe(120); // × margin 0.5
    expect(run('AVG_RETENTION_PERIOD', 0.25)).toBe(4); // 1 / 0.25
    expect(run('REPEAT_PURCHASE_RATE', 41, 100)).toBe(0.41);
    expect(run('AOV', 7935.6, 204)).toBeCloseTo(38.9, 12); // 7935.6 / 204
    expect(run('PURCHASE_FREQUENCY', 204, 120)).toBe(1.7);
    expect(run('AVG_DAYS_BETWEEN_PURCHASES', 4)).toBeCloseTo(91.310625, 9); // 365.2425 / 4
    expect(run('NPS', 50, 30, 20)).toBe(30); // (50 − 20) / 100 × 100
  });
});

describe('order forms over February 2024 (29 days, so the window is 29 days)', () => {
  // Start window [Jan 3, Feb 1): purchases of a (Jan 5), b (Jan 20), c (Jan 25) → S = {a, b, c}.
  // End window [Feb 1, Mar 1): a (Feb 3, 25), d (Feb 10), e (Feb 20); b's −50 is a refund → active {a, d, e}.
  // New (first purchase in February): d, e. Kept: {a}; lost: {b, c}; E = kept + new = {a, d, e}.
  it('CRR = (|E| − |N|) / |S| = (3 − 2) / 3', () => {
    expect(run('CRR', A, B, C, FEB_1, FEB_29)).toBeCloseTo(1 / 3, 12);
  });

  it('CHURN = |S \\ E| / |S| = 2 / 3', () => {
    expect(run('CHURN', A, B, C, FEB_1, FEB_29)).toBeCloseTo(2 / 3, 12);
  });

  it('take text dates and a 40-day window', () => {
    // window 40 days: S = purchases in [Dec 23, Feb 1) = {a, b, c}; active in [Jan 21, Mar 1) = {c (Jan 25), a, d, e};
    // kept {a, c}, E = {a, c, d, e}.
    expect(run('CRR', A, B, C, '2024-02-01', '2024-02-29', 40)).toBeCloseTo((4 - 2) / 3, 12);
    expect(run('CHURN', A, B, C, '2024-02-01', '2024-02-29', 40)).toBeCloseTo(1 / 3, 12); // lost {b}
  });

  it('leave a customer back after a break out of CRR: March, where c is won back', () => {
    // March (31 days): S = purchases in [Jan 30, Mar 1) = {a, d, e}; active in March: c (Mar 5) only.
    // c is not in S and not new (first purchase Jan 25): won back. Kept ∅, lost {a, d, e}, E = ∅.
    // CRR = (0 − 0) / 3 = 0 and CHURN = 3 / 3 (the old count put c in E: CRR 1/3, CRR + CHURN 133%).
    expect(run('CRR', A, B, C, '2024-03-01', '2024-03-31')).toBe(0);
    expect(run('CHURN', A, B, C, '2024-03-01', '2024-03-31')).toBe(1);
  });

  // Orders dated Feb 1–29: a 40, d 60, b −50, e 20, a 10 → net revenue 80.
  // Customers with a purchase: a (2), d (1), e (1) → 3 customers, 4 purchases, 1 repeat customer.
  // Spans: a Feb 25 − Feb 3 = 22 days, d and e 0.
  it('CLV = net revenue / customers = 80 / 3; with margin 0.5: 40 / 3', () => {
    expect(run('CLV', A, B, C, '', FEB_1, FEB_29)).toBeCloseTo(80 / 3, 12);
    expect(run('CLV', A, B, C, 0.5, FEB_1, FEB_29)).toBeCloseTo(40 / 3, 12);
  });

  it('AOV = 80 / 4 purchases = 20; PURCHASE_FREQUENCY = 4 / 3; REPEAT_PURCHASE_RATE = 1 / 3', () => {
    expect(run('AOV', A, B, C, FEB_1, FEB_29)).toBe(20);
    expect(run('PURCHASE_FREQUENCY', A, B, C, FEB_1, FEB_29)).toBeCloseTo(4 / 3, 12);
    expect(run('REPEAT_PURCHASE_RATE', A, B, C, FEB_1, FEB_29)).toBeCloseTo(1 / 3, 12);
  });

  it('AVG_RETENTION_PERIOD = 22 / 3 days, in weeks 22 / 21; AVG_DAYS_BETWEEN_PURCHASES = 22 / (4 − 3)', () => {
    expect(run('AVG_RETENTION_PERIOD', A, B, C, '', FEB_1, FEB_29)).toBeCloseTo(22 / 3, 12);
    expect(run('AVG_RETENTION_PERIOD', A, B, C, 'week', FEB_1, FEB_29)).toBeCloseTo(22 / 3 / 7, 12);
    expect(run('AVG_DAYS_BETWEEN_PURCHASES', A, B, C, FEB_1, FEB_29)).toBe(22);
  });

  it('with include_refunds b is a customer too: 4 customers, 5 purchases, AOV 80 / 5', () => {
    expect(run('AOV', A, B, C, FEB_1, FEB_29, '', true)).toBe(16);
    expect(run('CLV', A, B, C, 1, FEB_1, FEB_29, '', true)).toBe(20); // 80 / 4
  });

  it('over all orders: CLV = 290 / 5 (99 has no customer), PURCHASE_FREQUENCY = 8 / 5', () => {
    // purchases: a 100, 40, 10; b 50; c 30, 30; d 60; e 20 → 8 purchases; revenue 100+50+30+40+60−50+20+10+30 = 290.
    expect(run('CLV', A, B, C)).toBe(58);
    expect(run('PURCHASE_FREQUENCY', A, B, C)).toBe(1.6);
  });
});

describe('order lines and quantity × unit price', () => {
  it('group lines by order id and multiply two amount columns', () => {
    // order 1 (x): 2 × 5 + 1 × 10 = 20; order 2 (x): 3 × 10 = 30; order 3 (y): 1 × 8 = 8 → 3 orders, 2 customers.
    const customers = col(['x', 'x', 'x', 'y']);
    const dates = col(['2024-01-02', '2024-01-02', '2024-01-09', '2024-01-03']);
    const amounts = [[2, 5], [1, 10], [3, 10], [1, 8]];
    const orders = col([1, 1, 2, 3]);
    expect(run('AOV', customers, dates, amounts, '', '', orders)).toBeCloseTo(58 / 3, 12);
    expect(run('PURCHASE_FREQUENCY', customers, dates, amounts, '', '', orders)).toBe(1.5);
    // without order ids every line is an order: 4 purchases, 58 / 4
    expect(run('AOV', customers, dates, amounts)).toBe(14.5);
  });
});

describe('NPS', () => {
  it('counts promoters 9–10 and detractors 0–6, ignoring empty cells', () => {
    // 10, 9 promoters; 8 passive; 6 detractor → (2 − 1) / 4 × 100 = 25
    expect(run('NPS', col([10, 9, 8, 6, '', '']))).toBe(25);
    expect(run('NPS', [[0, 10], [7, 10]])).toBe(25); // 2 promoters, 1 detractor of 4
  });
});

describe('COHORT_TABLE', () => {
  // First purchases: a, b, c in January; d, e in February. The last order is Mar 5, so March has started.
  // January cohort (3): Jan 3; Feb: a only (b's refund is no purchase) → 1; Mar: c → 1.
  // February cohort (2): Feb 2; Mar: nobody → 0; no March cohort (nobody first bought then).
  it('counts customers per cohort and period', () => {
    expect(run('COHORT_TABLE', A, B, C, 'month', 'on', 'counts')).toEqual([
      ['Cohort', 'Customers', 0, 1, 2],
      ['2024-01', 3, 3, 1, 1],
      ['2024-02', 2, 2, 0, ''],
    ]);
  });

  it('shows the share of the cohort by default, and "on or after" counts up to the last purchase', () => {
    const share = run('COHORT_TABLE', A, B, C) as Cell[][];
    expect(share[1]).toEqual(['2024-01', 3, 1, 1 / 3, 1 / 3]);
    // on or after: Jan cohort: a's last purchase Feb, b's Jan, c's Mar → [3, 2 (a, c), 1 (c)]; Feb cohort: d, e last in Feb → [2, 0]
    expect(run('COHORT_TABLE', A, B, C, 'month', 'on or after', 'counts')).toEqual([
      ['Cohort', 'Customers', 0, 1, 2],
      ['2024-01', 3, 3, 2, 1],
      ['2024-02', 2, 2, 0, ''],
    ]);
  });

  it('sums net revenue per cell: Jan cohort Feb = a 40 + 10 + b −50 = 0', () => {
    // Jan cohort: Jan 100 + 50 + 30 = 180; Feb 0; Mar c 30. Feb cohort: Feb d 60 + e 20 = 80; Mar 0.
    const table = run('COHORT_TABLE', A, B, C, 'month', 'on', 'revenue') as Cell[][];
    expect(table.slice(1)).toEqual([
      ['2024-01', 3, 180, 0, 30],
      ['2024-02', 2, 80, 0, ''],
    ]);
  });

  it('weeks start on Sunday in en_US and Monday when asked', () => {
    // 2024-01-05 is a Friday: its Sunday week starts 2023-12-31, its Monday week 2024-01-01.
    const sunday = run('COHORT_TABLE', A, B, C, 'week') as Cell[][];
    const monday = run('COHORT_TABLE', A, B, C, 'week', '', '', 'monday') as Cell[][];
    expect(sunday[1][0]).toBe('2023-12-31');
    expect(monday[1][0]).toBe('2024-01-01');
  });
});

describe('RFM', () => {
  // As of Mar 5 over all orders: last purchase, purchases, net amount →
  // a Feb 25 (9 days), 3, 150; b Jan 20 (45), 1, 0; c Mar 5 (0), 2, 60; d Feb 10 (24), 1, 60; e Feb 20 (14), 1, 20.
  // Score = 1 + ⌊5 × (customers strictly worse) / 5⌋:
  // R: b 1, d 2, e 3, a 4, c 5. F: a 5, c 4 (3 below), b d e 1. M: a 5, c d 3 (b, e below), e 2, b 1.
  // Segments (R, F): a (4, 5) loyal; c (5, 4) champions; d (2, 1), b (1, 1) hibernating; e (3, 1) about to sleep.
  it('scores and segments each customer, most valuable first', () => {
    expect(run('RFM', A, B, C, wall('2024-03-05', Z))).toEqual([
      ['Customer', 'Days since last purchase', 'Purchases', 'Net amount', 'R score', 'F score', 'M score', 'Segment'],
      ['a', 9, 3, 150, 4, 5, 5, 'Loyal customers'],
      ['c', 0, 2, 60, 5, 4, 3, 'Champions'],
      ['d', 24, 1, 60, 2, 1, 3, 'Hibernating'],
      ['e', 14, 1, 20, 3, 1, 2, 'About to sleep'],
      ['b', 45, 1, 0, 1, 1, 1, 'Hibernating'],
    ]);
  });

  it('translates the headers and segments, and gives whole-number ids back as numbers', async () => {
    const pl = await sheetHost(Z, 'pl_PL');
    const table = pl.runCustomFunction('RFM', col([17850, 17850]), col(['2024-01-02', '2024-01-09']), col([5, 5])) as Cell[][];
    expect(table[0][0]).toBe('Klient');
    expect(table[1][0]).toBe(17850);
    // one customer: nobody is strictly worse, so every score is 1 + ⌊5 × 0 / 1⌋ = 1; (R 1, F 1) is hibernating
    expect(table[1].slice(4)).toEqual([1, 1, 1, 'Uśpieni']);
  });
});

describe('RETENTION_SUMMARY', () => {
  it('gives S, E, N, lost, kept, won back and the rows read, used and skipped', () => {
    // February, as above: S {a, b, c}, kept {a}, lost {b, c}, new {d, e}, E = {a, d, e}, nobody won back.
    expect(run('RETENTION_SUMMARY', A, B, C, FEB_1, FEB_29)).toEqual([
      ['Customers at the start', 3],
      ['Customers at the end (kept + new)', 3],
      ['New customers', 2],
      ['Customers lost', 2],
      ['Customers kept', 1],
      ['Customers won back', 0],
      ['Rows read', 10], // the 200 blank rows are not read
      ['Rows used', 9],
      ['Rows skipped: no customer', 1],
    ]);
  });

  it('counts the won back apart: March', () => {
    // S {a, d, e}, all lost; c back after a break (see the CRR test of March).
    expect((run('RETENTION_SUMMARY', A, B, C, '2024-03-01', '2024-03-31') as Cell[][]).slice(0, 6)).toEqual([
      ['Customers at the start', 3],
      ['Customers at the end (kept + new)', 0],
      ['New customers', 0],
      ['Customers lost', 3],
      ['Customers kept', 0],
      ['Customers won back', 1],
    ]);
  });

  it('is written in each language', async () => {
    const labels: Record<string, string[]> = {
      pl_PL: ['Klienci na początku', 'Klienci na końcu (utrzymani + nowi)', 'Nowi klienci', 'Utraceni klienci', 'Utrzymani klienci', 'Odzyskani klienci'],
      ru_RU: ['Клиенты на начало', 'Клиенты на конец (удержанные + новые)', 'Новые клиенты', 'Потерянные клиенты', 'Удержанные клиенты', 'Возвращённые клиенты'],
      ro_RO: ['Clienți la început', 'Clienți la sfârșit (păstrați + noi)', 'Clienți noi', 'Clienți pierduți', 'Clienți păstrați', 'Clienți recâștigați'],
      da_DK: ['Kunder ved start', 'Kunder ved slut (fastholdte + nye)', 'Nye kunder', 'Mistede kunder', 'Fastholdte kunder', 'Tilbagevundne kunder'],
    };
    for (const [locale, expected] of Object.entries(labels)) {
      const other = await sheetHost(Z, locale);
      const table = other.runCustomFunction('RETENTION_SUMMARY', A, B, C, '2024-03-01', '2024-03-31') as Cell[][];
      expect(table.slice(0, 6), locale).toEqual(expected.map((label, i) => [label, [3, 0, 0, 3, 0, 1][i]]));
    }
  });
});
