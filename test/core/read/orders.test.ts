import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createOrderReader, readOrders, type OrderColumns } from '../../../src/core/read/orders';
import type { ColumnMapping } from '../../../src/core/read/columns';
import { makeOffsetAt } from '../../../src/core/time';
import type { CellValue, OrderTable } from '../../../src/core/types';
import { losAngeles2024, warsaw2024 } from './zones';
import { day, map, orders } from './reading';

const warsaw = makeOffsetAt(warsaw2024);
const la = makeOffsetAt(losAngeles2024);

/** The rows read, used and skipped (the date notes are checked on their own). */
const basicHealth = ({ rowsRead, rowsUsed, skipped }: OrderTable['health']) => ({ rowsRead, rowsUsed, skipped });

describe('readOrders: one row per order', () => {
  it('reads a Polish sheet with Date cells in Warsaw and text amounts', () => {
    const rows: CellValue[][] = [
      ['Klient', 'Data zamówienia', 'Kwota'],
      ['anna@sklep.pl', new Date(Date.UTC(2024, 0, 30, 23, 0)), '1 234,56 zł'], // 00:00 CET Jan 31
      ['Anna@Sklep.PL', new Date(Date.UTC(2024, 0, 31, 22, 59)), 10], // 23:59 CET Jan 31
      [12345, '01.02.2024', '-12,50'], // refund, kept (net amount)
      ['12345', '2024-07-01T00:30:00+02:00', '5,5'], // 22:30Z = 00:30 CEST July 1
      ['', '', ''],
      ['', '', ''],
    ];
    const table = readOrders(rows, map({ customer: 0, date: 1, amount: 2 }), {
      offsetAt: warsaw, locale: 'pl_PL', firstDataRow: 1, firstRowNumber: 2,
    });
    expect(orders(table)).toEqual([
      ['anna@sklep.pl', day(2024, 1, 31), 1234.56],
      ['anna@sklep.pl', day(2024, 1, 31), 10],
      ['12345', day(2024, 2, 1), -12.5],
      ['12345', day(2024, 7, 1), 5.5],
    ]);
    expect(table.customerIds).toEqual(['anna@sklep.pl', '12345']);
    // The two blank rows at the tail are not read.
    expect(basicHealth(table.health)).toEqual({ rowsRead: 4, rowsUsed: 4, skipped: {} });
  });

  it('buckets the same instants by the Los Angeles wall clock', () => {
    const rows: CellValue[][] = [
      ['c1', new Date(Date.UTC(2024, 0, 31, 7, 59)), 1], // 23:59 PST Jan 30
      ['c1', new Date(Date.UTC(2024, 0, 31, 8, 0)), 1], // 00:00 PST Jan 31
      ['c2', new Date(Date.UTC(2024, 2, 11, 6, 30)), 1], // 23:30 PDT Mar 10
      ['c2', '03/11/2024', 1], // en_US text: March 11
    ];
    const table = readOrders(rows, map({ customer: 0, date: 1, amount: 2 }), { offsetAt: la, locale: 'en_US' });
    expect(Array.from(table.day)).toEqual([day(2024, 1, 30), day(2024, 1, 31), day(2024, 3, 10), day(2024, 3, 11)]);
  });

  it('counts skipped rows by reason with the first five sheet row numbers', () => {
    const rows: CellValue[][] = [
      ['', 45322, 1], // row 2: no customer
      ['a', '', 1], // row 3: no date
      ['a', 'soon', 1], // row 4: bad date
      ['a', 45322, ''], // row 5: no amount
      ['a', 45322, 'abc'], // row 6: bad amount
      ['', '', ''], // row 7: blank, not read
      ['', 'junk', 'junk'], // row 8: no customer (customer is checked first)
      ['', 45322, 2], ['', 45322, 3], ['', 45322, 4], ['', 45322, 5], // rows 9-12: no customer
      ['b', 45322, 7], // row 13: used
    ];
    const table = readOrders(rows, map({ customer: 0, date: 1, amount: 2 }), { offsetAt: warsaw, locale: 'en_GB', firstRowNumber: 2 });
    expect(orders(table)).toEqual([['b', day(2024, 1, 31), 7]]);
    expect(basicHealth(table.health)).toEqual({
      rowsRead: 11, // 12 rows minus the blank row 7
      rowsUsed: 1,
      skipped: {
        no_customer: { count: 6, rows: [2, 8, 9, 10, 11] },
        no_date: { count: 1, rows: [3] },
        bad_date: { count: 1, rows: [4] },
        no_amount: { count: 1, rows: [5] },
        bad_amount: { count: 1, rows: [6] },
      },
    });
  });

  it('treats 12345, "12345" and " 12345.0 " as one customer, keeps "00017" apart from 17', () => {
    const rows: CellValue[][] = [[12345, 45322, 1], ['12345', 45322, 1], [' 12345.0 ', 45322, 1], ['00017', 45322, 1], [17, 45322, 1]];
    const table = readOrders(rows, map({ customer: 0, date: 1, amount: 2 }), { offsetAt: warsaw });
    expect(table.customerIds).toEqual(['12345', '00017', '17']);
    expect(Array.from(table.customer)).toEqual([0, 0, 0, 1, 2]);
  });
});

describe('readOrders: order lines', () => {
  // The first lines of UCI Online Retail's invoice 536365 and a cancellation, amounts by hand:
  // 6 × 2.55 + 6 × 3.39 + 8 × 2.75 = 15.30 + 20.34 + 22.00 = 57.64; C536379: −1 × 27.50.
  const uci: CellValue[][] = [
    ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
    ['536365', '6', '2010-12-01 08:26:00', '2.55', '17850'],
    ['536365', '6', '2010-12-01 08:26:00', '3.39', '17850'],
    ['536365', '8', '2010-12-01 08:26:00', '2.75', '17850'],
    ['536366', '6', '2010-12-01 08:28:00', '1.85', ''], // no CustomerID
    ['536366', '6', '2010-12-01 08:28:00', '1.85', ''], // identical line: kept, also no customer
    ['C536379', '-1', '2010-12-01 09:41:00', '27.50', '14527'],
  ];
  const uciMap = map({ orderId: 0, quantity: 1, date: 2, price: 3, customer: 4 });

  it('sums quantity × price over the lines of an order; keeps cancellations as negative orders', () => {
    const table = readOrders(uci, uciMap, { offsetAt: () => 0, locale: 'en_GB', firstDataRow: 1, firstRowNumber: 2 });
    const got = orders(table);
    expect(got.map(([c, d]) => [c, d])).toEqual([['17850', day(2010, 12, 1)], ['14527', day(2010, 12, 1)]]);
    expect(got[0][2]).toBeCloseTo(57.64, 10);
    expect(got[1][2]).toBe(-27.5);
    // Both lines of 536366 lack a customer: counted by the order's first row (5).
    expect(basicHealth(table.health)).toEqual({ rowsRead: 6, rowsUsed: 4, skipped: { no_customer: { count: 2, rows: [5] } } });
  });

  it('fills a line’s empty customer, date and amount from its order (Shopify puts totals on the first line)', () => {
    const rows: CellValue[][] = [
      ['Name', 'Email', 'Created at', 'Total'],
      ['#1001', 'a@x.com', '2024-01-31 23:30:00 +0100', '30.00'],
      ['#1001', '', '', ''],
      ['#1002', 'b@x.com', '', ''], // no date and no amount in any line of #1002
      ['#1002', '', '', ''],
      ['#1003', '', '2024-02-01 10:00:00 +0100', '5'], // the customer comes on the next line
      ['#1003', 'C@X.com', '', '2.5'],
    ];
    const table = readOrders(rows, map({ orderId: 0, customer: 1, date: 2, amount: 3 }), {
      offsetAt: warsaw, locale: 'en_US', firstDataRow: 1, firstRowNumber: 2,
    });
    expect(orders(table)).toEqual([
      ['a@x.com', day(2024, 1, 31), 30],
      ['c@x.com', day(2024, 2, 1), 7.5],
    ]);
    // #1002 has no date: its two lines count as no_date, listed by its first row (4).
    expect(basicHealth(table.health)).toEqual({ rowsRead: 6, rowsUsed: 4, skipped: { no_date: { count: 2, rows: [4] } } });
  });

  it('gives a line naming another customer an order of its own; a row without order id is its own order', () => {
    const rows: CellValue[][] = [
      ['7', 'a', 45322, 10],
      ['7', 'b', 45323, 1],
      ['7', 'a', 45324, 2],
      ['7', 'b', 45325, 4],
      ['', 'a', 45326, 100],
      ['', 'a', 45326, 100],
    ];
    const table = readOrders(rows, map({ orderId: 0, customer: 1, date: 2, amount: 3 }), { offsetAt: () => 0 });
    // Order 7 of a: 10 + 2 on the first line's day; order 7 of b: 1 + 4 on its first day (45323 = Feb 1).
    expect(orders(table)).toEqual([
      ['a', day(2024, 1, 31), 12],
      ['b', day(2024, 2, 1), 5],
      ['a', day(2024, 2, 4), 100],
      ['a', day(2024, 2, 4), 100],
    ]);
    expect(table.health.rowsUsed).toBe(6);
  });

  it('rejects a mapping without customer or date', () => {
    expect(() => readOrders([], map({ date: 0, amount: 1 }), { offsetAt: () => 0 })).toThrow(/customer/);
    expect(() => readOrders([], map({ customer: 0, amount: 1 }), { offsetAt: () => 0 })).toThrow(/date/);
  });

  it('reads a sheet without amounts: every order counts 1 and the table says it has no amounts', () => {
    // A quantity without a price is no amount either. Orders a (2 lines), b, a again.
    const rows: CellValue[][] = [
      ['o1', 'a', '2024-01-05', 2],
      ['o1', 'a', '2024-01-05', 1],
      ['o2', 'b', '2024-01-06', 5],
      ['', 'a', '2024-02-01', 1],
    ];
    const table = readOrders(rows, map({ orderId: 0, customer: 1, date: 2, quantity: 3 }), { offsetAt: () => 0 });
    expect(table.hasAmounts).toBe(false);
    expect(orders(table)).toEqual([['a', day(2024, 1, 5), 1], ['b', day(2024, 1, 6), 1], ['a', day(2024, 2, 1), 1]]);
    expect(basicHealth(table.health)).toEqual({ rowsRead: 4, rowsUsed: 4, skipped: {} });
    expect(readOrders(rows, map({ orderId: 0, customer: 1, date: 2, amount: 3 }), { offsetAt: () => 0 }).hasAmounts).toBe(true);
  });
});

describe('createOrderReader', () => {
  it('reads chunks in sheet order and numbers rows across chunks', () => {
    const reader = createOrderReader({ offsetAt: () => 0, locale: 'da_DK', firstRowNumber: 10 });
    reader.addRows({ customer: ['k1', ''], date: ['31-01-2024', '01-02-2024'], amount: ['1.234,50 kr.', 1] });
    reader.addRows({ customer: ['k2', '', ''], date: ['01-02-2024', '', ''], amount: ['', '', ''] });
    const table = reader.finish();
    expect(orders(table)).toEqual([['k1', day(2024, 1, 31), 1234.5]]);
    expect(basicHealth(table.health)).toEqual({
      rowsRead: 3, rowsUsed: 1,
      skipped: { no_customer: { count: 1, rows: [11] }, no_amount: { count: 1, rows: [12] } },
    });
  });

  it('refuses chunks with different columns', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRows({ customer: ['a'], date: [45322], amount: [1] });
    expect(() => reader.addRows({ customer: ['a'], date: [45322], quantity: [1], price: [2] })).toThrow(/same columns/);
  });
});

// ---- properties --------------------------------------------------------------------------------

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1, max: 5 }),
  fc.constantFrom('a', 'B', ' a ', 'x@Y.z', '3.0', 'junk', '2024-01-31', '31.01.2024', '1,5', '(2)'),
  fc.integer({ min: 45000, max: 45010 }),
);
const rowArb = fc.tuple(cellArb, cellArb, cellArb, cellArb);

describe('order reading properties', () => {
  it('chunking into any sizes gives the same table as one block', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (rows, sizes) => {
        const cols = (from: number, to: number): OrderColumns => ({
          orderId: rows.slice(from, to).map((r) => r[0]),
          customer: rows.slice(from, to).map((r) => r[1]),
          date: rows.slice(from, to).map((r) => r[2]),
          amount: rows.slice(from, to).map((r) => r[3]),
        });
        const whole = createOrderReader({ offsetAt: warsaw, locale: 'pl_PL' });
        whole.addRows(cols(0, rows.length));
        const chunked = createOrderReader({ offsetAt: warsaw, locale: 'pl_PL' });
        let at = 0;
        for (let k = 0; at < rows.length; k++) {
          const size = sizes[k % sizes.length];
          chunked.addRows(cols(at, Math.min(rows.length, at + size)));
          at += size;
        }
        expect(chunked.finish()).toEqual(whole.finish());
      }),
    );
  });

  it('is finished after finish(): more rows or a second finish() are refused', () => {
    const reader = createOrderReader({ offsetAt: warsaw, locale: 'pl_PL' });
    reader.addRows({ customer: ['a'], date: ['2024-01-31'], amount: [5] });
    expect(reader.finish().count).toBe(1);
    expect(() => reader.addRows({ customer: ['b'], date: ['2024-02-01'], amount: [5] })).toThrow(/finished/);
    expect(() => reader.finish()).toThrow(/finished/);
  });

  it('reading blocks of rows by column index gives the same table as reading columns', () => {
    const rowWithQuantity = fc.tuple(cellArb, cellArb, cellArb, cellArb, cellArb);
    fc.assert(
      fc.property(fc.array(rowWithQuantity, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), (rows, size, byAmount) => {
        // Columns in the block: 0 order id, 1 customer, 2 date, 3 amount or quantity, 4 price.
        const byColumns = createOrderReader({ offsetAt: warsaw, locale: 'pl_PL' });
        byColumns.addRows({
          orderId: rows.map((r) => r[0]),
          customer: rows.map((r) => r[1]),
          date: rows.map((r) => r[2]),
          ...(byAmount ? { amount: rows.map((r) => r[3]) } : { quantity: rows.map((r) => r[3]), price: rows.map((r) => r[4]) }),
        });
        const byBlocks = createOrderReader({ offsetAt: warsaw, locale: 'pl_PL' });
        const indexes = { orderId: 0, customer: 1, date: 2, ...(byAmount ? { amount: 3 } : { quantity: 3, price: 4 }) };
        for (let at = 0; at < rows.length; at += size) byBlocks.addRowBlock(rows.slice(at, at + size), indexes);
        expect(byBlocks.finish()).toEqual(byColumns.finish());
      }),
    );
  });

  it('reads plain rows by the fast path as by the general rule, from blocks and from columns', () => {
    // The fast path reads a row of customer, valid Date and finite number at once and hands anything
    // else to the general rule; `fastPath: false` reads every row by the general rule. All four
    // readings (blocks or columns, fast path or not) must give the same table and data health.
    const plainCell = fc.oneof(
      cellArb,
      fc.integer({ min: -2, max: 40 }).map((h) => new Date(Date.UTC(2024, 2, 30, h, 30))), // around Warsaw's DST day
      fc.constantFrom<CellValue>(new Date(NaN), new Date(Date.UTC(1960, 0, 1)), NaN, Infinity, -0, -12.5, null, 'C-000001', 100001),
    );
    const row = fc.tuple(plainCell, plainCell, plainCell);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.integer({ min: 1, max: 30 }), (rows, size) => {
        const read = (fastPath: boolean, byBlocks: boolean) => {
          const reader = createOrderReader({ offsetAt: warsaw, locale: 'pl_PL', expectedRows: rows.length, fastPath });
          for (let at = 0; at < rows.length; at += size) {
            const chunk = rows.slice(at, at + size);
            if (byBlocks) reader.addRowBlock(chunk, { customer: 0, date: 1, amount: 2 });
            else reader.addRows({ customer: chunk.map((r) => r[0]), date: chunk.map((r) => r[1]), amount: chunk.map((r) => r[2]) });
          }
          return reader.finish();
        };
        const general = read(false, false);
        expect(read(false, true)).toEqual(general);
        expect(read(true, false)).toEqual(general);
        expect(read(true, true)).toEqual(general);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a block longer than its 1,024-row steps the same as columns', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const rows: CellValue[][] = Array.from({ length: 5000 }, (_, i) => [
      random() < 0.5 ? 1000 + Math.floor(random() * 700) : `C-${Math.floor(random() * 700)}`,
      i % 997 === 0 ? 'not a date' : new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 3e10)),
      i % 1300 === 0 ? '' : Math.round(random() * 20000 - 1000) / 100,
    ]);
    const byColumns = createOrderReader({ offsetAt: warsaw, locale: 'pl_PL', fastPath: false });
    byColumns.addRows({ customer: rows.map((r) => r[0]), date: rows.map((r) => r[1]), amount: rows.map((r) => r[2]) });
    const byBlocks = createOrderReader({ offsetAt: warsaw, locale: 'pl_PL', expectedRows: rows.length });
    byBlocks.addRowBlock(rows.slice(0, 3100), { customer: 0, date: 1, amount: 2 });
    byBlocks.addRowBlock(rows.slice(3100), { customer: 0, date: 1, amount: 2 });
    const table = byBlocks.finish();
    expect(table).toEqual(byColumns.finish());
    expect(table.health.skipped.bad_date?.count).toBe(6); // rows 0, 997, … 4985
    expect(table.health.skipped.no_amount?.count).toBe(3); // rows 1300, 2600, 3900 (row 0 is a bad date first)
  });

  // Consistent line data: every line of an order has the order's customer and day; amounts are
  // whole numbers so that sums do not depend on the order of addition.
  const lineArb = fc.record({
    order: fc.integer({ min: 0, max: 8 }),
    amount: fc.integer({ min: -50, max: 200 }),
    blankCustomer: fc.boolean(),
  });

  it('row order does not change the multiset of orders, which a naive grouping reproduces', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 40 }), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (lines, random) => {
        const customerOf = (order: number) => `c${order % 3}`;
        const dayOf = (order: number) => 45322 + (order % 4);
        const rows: CellValue[][] = lines.map((l) => [
          `#${l.order}`, l.blankCustomer ? '' : customerOf(l.order), dayOf(l.order), l.amount,
        ]);
        const shuffled = rows
          .map((row) => ({ row, key: random.next().value }))
          .sort((x, y) => x.key - y.key)
          .map((x) => x.row);
        const mapping = map({ orderId: 0, customer: 1, date: 2, amount: 3 });
        const a = readOrders(rows, mapping, { offsetAt: () => 0 });
        const b = readOrders(shuffled, mapping, { offsetAt: () => 0 });
        const sorted = (t: OrderTable) => orders(t).map((o) => o.join('|')).sort();
        expect(sorted(b)).toEqual(sorted(a));
        expect(b.health.rowsUsed).toBe(a.health.rowsUsed);
        expect(b.health.skipped.no_customer?.count).toBe(a.health.skipped.no_customer?.count);

        // Naive model: group lines by order; an order counts when one of its lines names the customer.
        const naive = new Map<number, { amount: number; named: boolean; lines: number }>();
        for (const l of lines) {
          const o = naive.get(l.order) ?? { amount: 0, named: false, lines: 0 };
          o.amount += l.amount;
          o.named ||= !l.blankCustomer;
          o.lines++;
          naive.set(l.order, o);
        }
        const expected = [...naive]
          .filter(([, o]) => o.named)
          .map(([order, o]) => [customerOf(order), dayOf(order) - 25569, o.amount].join('|'))
          .sort();
        expect(sorted(a)).toEqual(expected);
        const unnamedLines = [...naive.values()].filter((o) => !o.named).reduce((s, o) => s + o.lines, 0);
        expect(a.health.skipped.no_customer?.count ?? 0).toBe(unnamedLines);
        expect(a.health.rowsRead).toBe(lines.length);
      }),
    );
  });

  it('counts every read row exactly once: rowsRead = rowsUsed + skipped', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const table = readOrders(rows, map({ orderId: 0, customer: 1, date: 2, amount: 3 }), { offsetAt: la, locale: 'ro_RO' });
        const skipped = Object.values(table.health.skipped).reduce((s, e) => s + e!.count, 0);
        expect(table.health.rowsUsed + skipped).toBe(table.health.rowsRead);
        const blank = rows.filter((r) => r.every((v) => v === '')).length;
        expect(table.health.rowsRead).toBe(rows.length - blank);
        for (const e of Object.values(table.health.skipped)) expect(e!.rows.length).toBe(Math.min(5, e!.rows.length));
      }),
    );
  });
});

describe('readOrders: what real exports need', () => {
  const table = (rows: CellValue[][], m: Partial<ColumnMapping>, options: Partial<Parameters<typeof readOrders>[2]> = {}) =>
    readOrders(rows, map(m), { offsetAt: () => 0, ...options });

  it('skips error values (#N/A, #REF!) in the customer or order id with a reason of their own', () => {
    const rows: CellValue[][] = [
      ['#N/A', '2024-01-01', 5, ''],
      [' #REF! ', '2024-01-02', 5, ''],
      ['a', '2024-01-03', 5, '#VALUE!'],
      ['a', '2024-01-04', 5, 'o1'],
    ];
    const t = table(rows, { customer: 0, date: 1, amount: 2, orderId: 3 });
    expect(orders(t)).toEqual([['a', day(2024, 1, 4), 5]]);
    expect(basicHealth(t.health)).toEqual({ rowsRead: 4, rowsUsed: 1, skipped: { error_value: { count: 3, rows: [2, 3, 4] } } }); // sheet rows: the first data row is row 2
  });

  it('takes an order-level amount once per order, sums a line-level one; subtracts the refunds once', () => {
    const rows: CellValue[][] = [
      ['o1', 'a', '2024-01-01', 30, 5],
      ['o1', 'a', '2024-01-01', 30, ''],
      ['o2', 'b', '2024-01-02', 10, ''],
      ['o2', 'b', '2024-01-02', 20, ''],
    ];
    const m = { orderId: 0, customer: 1, date: 2, amount: 3, refunds: 4 };
    // Per order: o1 = 30 − 5, o2 = 10 (the first line carrying one). Per line: o1 = 60 − 5, o2 = 30.
    expect(orders(table(rows, m, { amountLevel: 'order' }))).toEqual([['a', day(2024, 1, 1), 25], ['b', day(2024, 1, 2), 10]]);
    expect(orders(table(rows, m))).toEqual([['a', day(2024, 1, 1), 55], ['b', day(2024, 1, 2), 30]]);
    expect(table(rows, m).health.refunds).toEqual({ orders: 1, inFull: 0 });
    // Etsy's Adjusted Order Total: a non-zero cell is the order's new total.
    expect(orders(table(rows, m, { amountLevel: 'order', refundMode: 'replace' }))).toEqual([['a', day(2024, 1, 1), 5], ['b', day(2024, 1, 2), 10]]);
  });

  it('makes a sum that overflows an unreadable amount with its rows, never Infinity', () => {
    const rows: CellValue[][] = [['o1', 'a', '2024-01-01', 1e308], ['o1', 'a', '2024-01-01', 1e308], ['', 'b', '2024-01-02', 2]];
    const t = table(rows, { orderId: 0, customer: 1, date: 2, amount: 3 });
    expect(orders(t)).toEqual([['b', day(2024, 1, 2), 2]]);
    expect(t.health.skipped).toEqual({ bad_amount: { count: 2, rows: [2] } });
    // Quantity × price that overflows too.
    const product = table([['a', '2024-01-01', 1e200, 1e200]], { customer: 0, date: 1, quantity: 2, price: 3 });
    expect(product.health.skipped).toEqual({ bad_amount: { count: 1, rows: [2] } });
  });

  it('applies row flags: void orders skipped with all their lines, refunded ones kept at 0, other currencies set aside', () => {
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2, amountLevel: 'order' });
    reader.addRows({
      customer: ['a', 'a', 'b', 'c', 'd'],
      date: ['2024-01-01', '2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'],
      amount: [10, '', 20, 30, 40],
      orderId: ['o1', 'o1', 'o2', '', ''],
      flags: [1, 0, 2, 4, 8],
    });
    const t = reader.finish();
    expect(orders(t)).toEqual([['b', day(2024, 1, 2), 0]]);
    expect(basicHealth(t.health)).toEqual({
      rowsRead: 5,
      rowsUsed: 1,
      skipped: { other_currency: { count: 1, rows: [5] }, not_an_order: { count: 1, rows: [6] }, cancelled: { count: 2, rows: [2] } },
    });
    expect(t.health.refunds).toEqual({ orders: 1, inFull: 1 });
  });
});

describe('order lines that mutation testing showed untested', () => {
  const m = { orderId: 0, customer: 1, date: 2, amount: 3 };
  const read = (rows: CellValue[][]) => readOrders(rows, map(m), { offsetAt: () => 0 });

  it('dates an order by a later line when its first line has no date', () => {
    const t = read([['o1', 'a', '', 5], ['o1', 'a', '2024-01-02', 7]]);
    expect(orders(t)).toEqual([['a', day(2024, 1, 2), 12]]);
    expect(basicHealth(t.health)).toEqual({ rowsRead: 2, rowsUsed: 2, skipped: {} });
  });

  it('skips an order whose lines all lack an amount (no amount), rather than keeping it at 0', () => {
    const t = read([['o1', 'a', '2024-01-02', ''], ['o1', 'a', '2024-01-02', ''], ['o2', 'b', '2024-01-03', 4]]);
    expect(orders(t)).toEqual([['b', day(2024, 1, 3), 4]]);
    expect(t.health.skipped).toEqual({ no_amount: { count: 2, rows: [2] } });
  });

  it('keeps every line of a second customer on one order id in that customer’s own order', () => {
    // o1: a's line, then two of b's: b's lines form one order of 2 + 3, a keeps 1.
    const t = read([['o1', 'a', '2024-01-02', 1], ['o1', 'b', '2024-01-02', 2], ['o1', 'b', '2024-01-02', 3]]);
    expect(orders(t)).toEqual([['a', day(2024, 1, 2), 1], ['b', day(2024, 1, 2), 5]]);
  });
});

describe('row rules that mutation testing showed untested', () => {
  const read = (rows: CellValue[][], m: Partial<ColumnMapping>, options: Partial<Parameters<typeof readOrders>[2]> = {}) =>
    readOrders(rows, map(m), { offsetAt: () => 0, ...options });

  it('subtracts the refunds of one-row orders, and refuses an unreadable refund', () => {
    const t = read([['a', '2024-01-01', 30, 5], ['b', '2024-01-02', 10, ''], ['c', '2024-01-03', 8, 'abc']], { customer: 0, date: 1, amount: 2, refunds: 3 });
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 25], ['b', day(2024, 1, 2), 10]]);
    expect(t.health.refunds).toEqual({ orders: 1, inFull: 0 });
    expect(t.health.skipped).toEqual({ bad_amount: { count: 1, rows: [4] } });
  });

  it('keeps a one-row order flagged as refunded at 0 (it is no cancellation)', () => {
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2 });
    reader.addRows({ customer: ['a', 'b'], date: ['2024-01-01', '2024-01-02'], amount: [10, 20], flags: [2, 0] });
    const t = reader.finish();
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 0], ['b', day(2024, 1, 2), 20]]);
    expect(t.health.refunds).toEqual({ orders: 1, inFull: 1 });
  });

  it('skips a row whose quantity or unit price is empty (no amount), never an order of 0', () => {
    const t = read([['a', '2024-01-01', '', 5], ['b', '2024-01-02', 2, ''], ['c', '2024-01-03', 2, 5]], { customer: 0, date: 1, quantity: 2, price: 3 });
    expect(orders(t)).toEqual([['c', day(2024, 1, 3), 10]]);
    expect(t.health.skipped).toEqual({ no_amount: { count: 2, rows: [2, 3] } });
  });

  it('takes a refund from a later line when the first line has none, and only the first refund given', () => {
    const m = { orderId: 0, customer: 1, date: 2, amount: 3, refunds: 4 };
    const t = read([['o1', 'a', '2024-01-01', 30, ''], ['o1', 'a', '2024-01-01', '', 4], ['o1', 'a', '2024-01-01', '', 9]], m, { amountLevel: 'order' });
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 26]]);
  });

  it('gives a second customer on an order id their own order, with their own refund and their later line’s amount', () => {
    const m = { orderId: 0, customer: 1, date: 2, amount: 3, refunds: 4 };
    // Customer index 0 ("a", seen first) on the second order's id: a's own order, not b's.
    const t = read(
      [
        ['o0', 'a', '2024-01-01', 5, ''],
        ['o1', 'b', '2024-01-02', 40, ''],
        ['o1', 'a', '2024-01-02', '', 3],
        ['o1', 'a', '2024-01-02', 20, ''],
      ],
      m,
      { amountLevel: 'order' },
    );
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 5], ['b', day(2024, 1, 2), 40], ['a', day(2024, 1, 2), 17]]);
  });

  it('keeps an order on the earliest and on the latest day, skips one a day outside, by either path', () => {
    const earliestDay = day(2024, 1, 2);
    const latestDay = day(2024, 1, 4);
    const texts = read(
      [['a', '2024-01-01', 1], ['b', '2024-01-02', 2], ['c', '2024-01-04', 3], ['d', '2024-01-05', 4]],
      { customer: 0, date: 1, amount: 2 },
      { earliestDay, latestDay },
    );
    expect(orders(texts).map(([c]) => c)).toEqual(['b', 'c']);
    expect(texts.health.skipped).toEqual({ early_date: { count: 1, rows: [2] }, future_date: { count: 1, rows: [5] } }); // sheet rows from 2
    // Date cells and number amounts: the fast path.
    const cells = (d: number): CellValue => new Date(Date.UTC(2024, 0, d, 12));
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2, earliestDay, latestDay });
    reader.addRowBlock([['a', cells(1), 1], ['b', cells(2), 2], ['c', cells(4), 3], ['d', cells(5), 4]], { customer: 0, date: 1, amount: 2 });
    const t = reader.finish();
    expect(orders(t).map(([c]) => c)).toEqual(['b', 'c']);
    expect(t.health.skipped).toEqual({ early_date: { count: 1, rows: [2] }, future_date: { count: 1, rows: [5] } });
  });

  it('reads columns of Date cells past the first 1,024 rows at their own days (the fast path’s later steps)', () => {
    const n = 3000;
    const start = Date.UTC(2020, 0, 1);
    const date = Array.from({ length: n }, (_, i): CellValue => new Date(start + i * 86_400_000 + 3_600_000));
    const reader = createOrderReader({ offsetAt: () => 60, firstRowNumber: 2 });
    reader.addRows({ customer: Array.from({ length: n }, (_, i) => `c${i % 7}`), date, amount: Array.from({ length: n }, (_, i) => i + 0.5) });
    const t = reader.finish();
    expect(t.count).toBe(n);
    for (const i of [0, 1023, 1024, 1025, 2047, 2048, 2999]) {
      expect([t.day[i], t.amount[i]]).toEqual([day(2020, 1, 1) + i, i + 0.5]);
    }
  });
});

describe('reader options and block shapes that mutation testing showed untested', () => {
  it('reads a UTC column (Stripe) as UTC, texts and Date cells, by both entry points', () => {
    // 23:30 UTC on Jan 31 is 00:30 on Feb 1 in a zone one hour east; read on the sheet's clock it stays Jan 31.
    const cell = new Date(Date.UTC(2024, 0, 31, 22, 30)); // the spreadsheet's Date of the wall time 23:30 (+1 h)
    for (const dateZone of ['utc', 'sheet'] as const) {
      const expected = dateZone === 'utc' ? day(2024, 2, 1) : day(2024, 1, 31);
      const block = createOrderReader({ offsetAt: () => 60, dateZone });
      block.addRowBlock([['a', cell, 10], ['b', '2024-01-31 23:30', 10]], { customer: 0, date: 1, amount: 2 });
      expect(Array.from(block.finish().day), dateZone).toEqual([expected, expected]);
      const columns = createOrderReader({ offsetAt: () => 60, dateZone });
      columns.addRows({ customer: ['a', 'b'], date: [cell, '2024-01-31 23:30'], amount: [10, 10] });
      expect(Array.from(columns.finish().day), dateZone).toEqual([expected, expected]);
    }
  });

  it('takes the decimal separator from the locale when none is given', () => {
    const amountOf = (locale: string) => {
      const reader = createOrderReader({ offsetAt: () => 0, locale });
      reader.addRows({ customer: ['a'], date: ['2024-01-01'], amount: ['1,234'] });
      return reader.finish().amount[0];
    };
    expect(amountOf('pl_PL')).toBe(1.234);
    expect(amountOf('en_US')).toBe(1234);
  });

  it('reads blocks whose amount, quantity, price or order id sit in the first column', () => {
    const first = createOrderReader({ offsetAt: () => 0 });
    first.addRowBlock([[12.5, 'a', '2024-01-01']], { amount: 0, customer: 1, date: 2 });
    expect(orders(first.finish())).toEqual([['a', day(2024, 1, 1), 12.5]]);
    const product = createOrderReader({ offsetAt: () => 0 });
    product.addRowBlock([[3, 2.5, 'a', '2024-01-01']], { quantity: 0, price: 1, customer: 2, date: 3 });
    expect(orders(product.finish())).toEqual([['a', day(2024, 1, 1), 7.5]]);
    const priceFirst = createOrderReader({ offsetAt: () => 0 });
    priceFirst.addRowBlock([[2.5, 3, 'a', '2024-01-01']], { price: 0, quantity: 1, customer: 2, date: 3 });
    expect(orders(priceFirst.finish())).toEqual([['a', day(2024, 1, 1), 7.5]]);
    const lines = createOrderReader({ offsetAt: () => 0 });
    lines.addRowBlock([['o1', 'a', new Date(Date.UTC(2024, 0, 1)), 4], ['o1', 'a', new Date(Date.UTC(2024, 0, 1)), 6]], { orderId: 0, customer: 1, date: 2, amount: 3 });
    expect(orders(lines.finish())).toEqual([['a', day(2024, 1, 1), 10]]);
  });

  it('counts every order 1 without an amount column, whether a price column is there or not', () => {
    const block = createOrderReader({ offsetAt: () => 0 });
    block.addRowBlock([['a', '2024-01-01'], ['a', '2024-01-02']], { customer: 0, date: 1 });
    const t = block.finish();
    expect([t.hasAmounts, ...t.amount]).toEqual([false, 1, 1]);
    const priceOnly = createOrderReader({ offsetAt: () => 0 });
    priceOnly.addRows({ customer: ['a', 'b'], date: ['2024-01-01', '2024-01-02'], price: [5, 7] });
    const p = priceOnly.finish();
    expect([p.hasAmounts, ...p.amount]).toEqual([false, 1, 1]);
  });

  it('names the columns that differ when a chunk changes shape', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRows({ customer: ['a'], date: [45322] });
    expect(() => reader.addRows({ customer: ['a'], date: [45322], amount: [1] })).toThrow('addRows: every chunk needs the same columns (customer+date)');
    const other = createOrderReader({ offsetAt: () => 0 });
    other.addRows({ customer: ['a'], date: [45322], amount: [1], refunds: [0] });
    expect(() => other.addRows({ customer: ['a'], date: [45322], amount: [1] })).toThrow('addRows: every chunk needs the same columns (amount+refunds)');
  });

  it('decides the decimal separator of quantity × price from both columns', () => {
    // "12.50" proves a decimal point, so "1.250" is 1.25 although the locale (pl) writes decimal commas.
    const rows: CellValue[][] = [['a', '2024-01-01', '2', '12.50'], ['b', '2024-01-02', '1', '1.250']];
    const t = readOrders(rows, map({ customer: 0, date: 1, quantity: 2, price: 3 }), { offsetAt: () => 0, locale: 'pl_PL' });
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 25], ['b', day(2024, 1, 2), 1.25]]);
  });
});

describe('the end of reading (compaction) that mutation testing showed untested', () => {
  const read = (rows: CellValue[][], m: Partial<ColumnMapping>, options: Partial<Parameters<typeof readOrders>[2]> = {}) =>
    readOrders(rows, map(m), { offsetAt: () => 0, ...options });

  it('lists only customers with an order: one seen only on a skipped row is not a customer', () => {
    const t = read([['a', '2024-01-01', 5], ['z', 'not a date', 5], ['b', '2024-01-02', 5]], { customer: 0, date: 1, amount: 2 });
    expect(t.customerIds).toEqual(['a', 'b']);
    expect(Array.from(t.customer)).toEqual([0, 1]);
  });

  it('reports refunds only when there are some: a refunds cell of 0 is none', () => {
    const none = read([['a', '2024-01-01', 5, 0], ['b', '2024-01-02', 5, '']], { customer: 0, date: 1, amount: 2, refunds: 3 });
    expect(none.health.refunds).toBeUndefined();
    expect(orders(none).map(([, , a]) => a)).toEqual([5, 5]);
  });

  it('counts an order refunded by both its status and a refunds cell once, and only refunded orders as refunded in full', () => {
    const reader = createOrderReader({ offsetAt: () => 0, amountLevel: 'order' });
    reader.addRows({
      customer: ['a', 'b', 'c'],
      date: ['2024-01-01', '2024-01-02', '2024-01-03'],
      amount: [10, -4, 30],
      orderId: ['o1', 'o2', 'o3'],
      refunds: [10, '', 5],
      flags: [2, 0, 0],
    });
    const t = reader.finish();
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 0], ['b', day(2024, 1, 2), -4], ['c', day(2024, 1, 3), 25]]);
    expect(t.health.refunds).toEqual({ orders: 2, inFull: 1 });
  });

  it('skips dates that contradict a column proven month first, and lists their rows', () => {
    // Three texts prove month first against two (in a Polish sheet, day first by its locale): those two are skipped.
    const t = read([['a', '01/31/2024', 1], ['b', '31/01/2024', 1], ['c', '02/01/2024', 1], ['d', '13/02/2024', 1], ['e', '02/15/2024', 1], ['f', '03/20/2024', 1]], { customer: 0, date: 1, amount: 2 }, { locale: 'pl_PL' });
    expect(orders(t).map(([c, d]) => [c, d])).toEqual([['a', day(2024, 1, 31)], ['c', day(2024, 2, 1)], ['e', day(2024, 2, 15)], ['f', day(2024, 3, 20)]]);
    expect(t.health.skipped).toEqual({ bad_date: { count: 2, rows: [3, 5] } });
  });
});

describe('cell parsing and growth that mutation testing showed untested', () => {
  it('tells an empty date (no_date) from an unreadable one (bad_date), and an unreadable amount from an empty one', () => {
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2 });
    reader.addRows({
      customer: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      date: [null, '   ', true, new Date(Number.NaN), '2024-01-01', '2024-01-01', '2024-01-01'],
      amount: [1, 1, 1, 1, Number.POSITIVE_INFINITY, true, ''],
    });
    const t = reader.finish();
    expect(t.count).toBe(0);
    expect(t.health.skipped).toEqual({
      no_date: { count: 2, rows: [2, 3] },
      bad_date: { count: 2, rows: [4, 5] },
      bad_amount: { count: 2, rows: [6, 7] },
      no_amount: { count: 1, rows: [8] },
    });
  });

  it('gives the first proving text of the column as the example, trimmed', () => {
    const reader = createOrderReader({ offsetAt: () => 0, locale: 'en_US' });
    reader.addRows({ customer: ['a', 'b'], date: [' 31/01/2024 ', '29/02/2024'], amount: [1, 1] });
    expect(reader.finish().health.dates!.example).toBe('31/01/2024');
  });

  it('keeps every refund and order line of a sheet far larger than its first buffers, read in chunks', () => {
    const n = 5000;
    const reader = createOrderReader({ offsetAt: () => 0 });
    for (let at = 0; at < n; at += 1000) {
      const rows = Array.from({ length: 1000 }, (_, j) => at + j);
      reader.addRows({
        customer: rows.map((i) => `c${i % 50}`),
        date: rows.map(() => '2024-01-01'),
        amount: rows.map((i) => i + 10),
        refunds: rows.map((i) => (i % 2 === 0 ? 1 : '')),
      });
    }
    const t = reader.finish();
    expect(t.count).toBe(n);
    for (const i of [0, 1, 1023, 1024, 2047, 2048, 4999]) expect(t.amount[i]).toBe(i + 10 - (i % 2 === 0 ? 1 : 0));
    expect(t.health.refunds).toEqual({ orders: n / 2, inFull: 0 });
    const lines = createOrderReader({ offsetAt: () => 0 });
    const m = 3000;
    lines.addRows({
      orderId: Array.from({ length: 2 * m }, (_, i) => `o${Math.floor(i / 2)}`),
      customer: Array.from({ length: 2 * m }, (_, i) => `c${Math.floor(i / 2) % 40}`),
      date: Array.from({ length: 2 * m }, () => '2024-01-02'),
      amount: Array.from({ length: 2 * m }, (_, i) => 1 + (i % 2)),
      refunds: Array.from({ length: 2 * m }, (_, i) => (i === 2 * m - 2 ? 2 : '')),
    });
    const l = lines.finish();
    expect(l.count).toBe(m);
    expect([l.amount[0], l.amount[1500], l.amount[m - 1]]).toEqual([3, 3, 1]);
  });
});

/** A Date cell at noon UTC (the spreadsheet's zone is UTC in these tests). */
const noon = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 12));

describe('rows of Date cells and number amounts with refunds or flags', () => {
  it('subtracts the refunds of rows whose dates are Date cells and amounts numbers', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRows({
      customer: ['a', 'b'],
      date: [noon(2024, 1, 1), noon(2024, 1, 2)],
      amount: [30, 10],
      refunds: [5, ''],
    });
    const t = reader.finish();
    // a: 30 − 5 = 25; b has no refund.
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 25], ['b', day(2024, 1, 2), 10]]);
    expect(t.health.refunds).toEqual({ orders: 1, inFull: 0 });
  });

  it('applies the row flags of rows whose dates are Date cells and amounts numbers', () => {
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2 });
    reader.addRows({
      customer: ['a', 'b', 'c'],
      date: [noon(2024, 1, 1), noon(2024, 1, 2), noon(2024, 1, 3)],
      amount: [10, 20, 30],
      flags: [1, 0, 2], // a void, b plain, c refunded in full
    });
    const t = reader.finish();
    expect(orders(t)).toEqual([['b', day(2024, 1, 2), 20], ['c', day(2024, 1, 3), 0]]);
    expect(t.health.skipped).toEqual({ cancelled: { count: 1, rows: [2] } });
    expect(t.health.refunds).toEqual({ orders: 1, inFull: 1 });
  });
});

describe('columns without an amount', () => {
  it('counts every order 1 when a quantity column comes without a price column', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRows({ customer: ['a', 'b'], date: ['2024-01-01', '2024-01-02'], quantity: [2, 3] });
    const t = reader.finish();
    expect(t.hasAmounts).toBe(false);
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1], ['b', day(2024, 1, 2), 1]]);
    expect(t.health.skipped).toEqual({});
  });

  it('does not read a blank row of a chunk without an amount column (columns)', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRows({ customer: ['a', ''], date: ['2024-01-01', ''] });
    const t = reader.finish();
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1]]);
    expect([t.health.rowsRead, t.health.rowsUsed, t.health.skipped]).toEqual([1, 1, {}]);
  });

  it('does not read a blank row of a block without an amount column (rows)', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRowBlock([['a', '2024-01-01'], ['', '']], { customer: 0, date: 1 });
    const t = reader.finish();
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1]]);
    expect([t.health.rowsRead, t.health.rowsUsed, t.health.skipped]).toEqual([1, 1, {}]);
  });

  it.each([
    ['a price column but no quantity', { price: 2 }],
    ['a quantity column but no price', { quantity: 2 }],
  ])('counts every order 1 in a block with %s', (_, column) => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRowBlock([['2024-01-01', 'a', 5], ['2024-01-02', 'b', 7]], { date: 0, customer: 1, ...column });
    const t = reader.finish();
    expect(t.hasAmounts).toBe(false);
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1], ['b', day(2024, 1, 2), 1]]);
    expect(t.health.skipped).toEqual({});
  });

  it('readOrders counts every order 1 when the mapping has a price but no quantity and no amount', () => {
    const t = readOrders([['a', '2024-01-01', 5], ['b', '2024-01-02', 6]], map({ customer: 0, date: 1, price: 2 }), { offsetAt: () => 0 });
    expect(t.hasAmounts).toBe(false);
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1], ['b', day(2024, 1, 2), 1]]);
  });
});

describe('blocks of rows', () => {
  it('groups the lines of an order whose id sits in a later column of the block', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRowBlock(
      [['a', '2024-01-01', 4, 'o1'], ['a', '2024-01-01', 6, 'o1'], ['b', '2024-01-02', 1, 'o2']],
      { customer: 0, date: 1, amount: 2, orderId: 3 },
    );
    const t = reader.finish();
    // o1 = 4 + 6 on one order; o2 on its own.
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 10], ['b', day(2024, 1, 2), 1]]);
    expect(t.health.rowsUsed).toBe(3);
  });
});

describe('readOrders with ragged rows (getValues of a trimmed range)', () => {
  it('reads a missing cell as empty: a row without its amount cell has no amount, a row of no cells is not read', () => {
    const rows: CellValue[][] = [['a', '2024-01-01', 5], ['b', '2024-01-02'], []];
    const t = readOrders(rows, map({ customer: 0, date: 1, amount: 2 }), { offsetAt: () => 0, firstRowNumber: 2 });
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 5]]);
    expect([t.health.rowsRead, t.health.rowsUsed]).toEqual([2, 1]);
    expect(t.health.skipped).toEqual({ no_amount: { count: 1, rows: [3] } });
  });
});
