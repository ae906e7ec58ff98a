/**
 * Recognising exports and choosing their columns (src/core/read/platforms.ts, columns.ts), and the
 * per-row rules (rowRules.ts): identity stand-ins, status flags, currencies.
 */
import { describe, expect, it } from 'vitest';
import { amountLevelOf, applyCorrections, detectColumns } from '../../../src/core/read/columns';
import { normaliseHeader } from '../../../src/core/read/headers';
import { RowFlag } from '../../../src/core/read/orderBuffer';
import { recognisePlatform } from '../../../src/core/read/platforms';
import { countCurrencies, identityColumn, normaliseStatus, rowFlags } from '../../../src/core/read/rowRules';
import type { CellValue } from '../../../src/core/types';

const platformOf = (headers: string[]) => recognisePlatform(headers.map(normaliseHeader))?.id ?? null;

describe('recognisePlatform', () => {
  it('knows each export by its own headers', () => {
    expect(platformOf(['Name', 'Email', 'Financial Status', 'Created at', 'Lineitem quantity', 'Total'])).toBe('shopify');
    expect(platformOf(['order_number', 'order_date', 'status', 'order_total', 'billing_email', 'order_currency'])).toBe('woocommerce');
    expect(platformOf(['Order ID', 'Order Date', 'Order Status', 'Order Total', 'Billing Email', 'Order Refund'])).toBe('woocommerce');
    expect(platformOf(['Date', 'Order #', 'Status', 'Customer', 'Customer type', 'Net Sales'])).toBe('woocommerce_analytics');
    expect(platformOf(['Sale Date', 'Order ID', 'Buyer User ID', 'Full Name', 'Order Total', 'Adjusted Order Total'])).toBe('etsy_orders');
    expect(platformOf(['Sale Date', 'Item Name', 'Buyer', 'Item Total', 'Transaction ID', 'Order ID'])).toBe('etsy_items');
    expect(platformOf(['id', 'Created date (UTC)', 'Amount', 'Amount Refunded', 'Currency', 'Captured'])).toBe('stripe');
    expect(platformOf(['Date', 'Time', 'Gross Sales', 'Net Sales', 'Total Collected', 'Transaction ID', 'Customer ID'])).toBe('square');
    expect(platformOf(['Date', 'Name', 'Type', 'Status', 'Gross', 'Fee', 'Net', 'From Email Address', 'Transaction ID'])).toBe('paypal');
    expect(platformOf(['Order ID', 'Customer ID', 'Order Date', 'Order Status', 'Order Total (inc tax)'])).toBe('bigcommerce');
    expect(platformOf(['ID', 'Purchase Date', 'Bill-to Name', 'Grand Total (Base)', 'Status'])).toBe('magento');
    expect(platformOf(['ID', 'Reference', 'New client', 'Customer', 'Total', 'Payment', 'Status', 'Date'])).toBe('prestashop');
    expect(platformOf(['ID zamówienia', 'Data złożenia', 'Login klienta', 'Wartość zamówienia'])).toBe('polish_shop');
    expect(platformOf(['Номер заказа', 'Дата создания', 'Статус', 'Сумма заказа'])).toBe('russian_shop');
    expect(platformOf(['Nr. comandă', 'Data', 'Stare', 'Client', 'Total'])).toBe('romanian_shop');
    expect(platformOf(['Ordrenummer', 'Ordredato', 'Kunde', 'Beløb'])).toBe('danish_shop');
  });

  it('leaves a plain order sheet to the generic rules', () => {
    expect(platformOf(['Customer', 'Date', 'Amount'])).toBeNull();
    expect(platformOf(['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'])).toBeNull();
  });
});

describe('detectColumns: the customer', () => {
  it('never takes a city, a product or a first name; joins first and last name', () => {
    const sample: CellValue[][] = [
      ['2024-01-01', 'Ann', 'Lee', 'Boston', 'Lamp', 10],
      ['2024-01-02', 'Ann', 'Fox', 'Boston', 'Lamp', 20],
      ['2024-01-03', 'Bo', 'Lee', 'Austin', 'Desk', 30],
    ];
    const guess = detectColumns(['Date', 'First Name', 'Last Name', 'City', 'Product', 'Amount'], sample);
    expect(guess.mapping.customer).toBe(1);
    expect(guess.identity.parts).toEqual([{ column: 1, last: 2 }]);
    expect(detectColumns(['Date', 'First Name', 'City', 'Product', 'Amount'], sample.map((r) => [r[0], r[1], r[3], r[4], r[5]])).mapping.customer).toBeNull();
  });

  it('refuses order numbers and, for a bare name header, values that differ on every one of 20 orders', () => {
    const numbers = Array.from({ length: 20 }, (_, i): CellValue[] => [`#${1000 + i}`, '2024-01-01', 5]);
    expect(detectColumns(['Name', 'Date', 'Total'], numbers).mapping.customer).toBeNull();
    const unique = Array.from({ length: 20 }, (_, i): CellValue[] => [`Person ${i}`, '2024-01-01', 5]);
    expect(detectColumns(['Name', 'Date', 'Total'], unique).mapping.customer).toBeNull();
    // With 19 orders it is not proof yet; and a header that says "customer" is believed.
    expect(detectColumns(['Name', 'Date', 'Total'], unique.slice(1)).mapping.customer).toBe(0);
    expect(detectColumns(['Customer', 'Date', 'Total'], unique).mapping.customer).toBe(0);
  });

  it('prefers an unmasked identity; with only masked ones, the most varied, with a doubt', () => {
    const masked: CellValue[][] = [
      ['s*******', 'J******* S****', '2024-01-01', 5],
      ['s*******', 'A***** F*****', '2024-01-02', 5],
      ['m*******', 'J******* S***', '2024-01-03', 5],
    ];
    const guess = detectColumns(['Sale Date x', 'Full Name', 'Date', 'Total'].map((h, i) => (i === 0 ? 'Customer ID' : h)), masked);
    expect(guess.mapping.customer).toBe(1);
    expect(guess.doubts).toEqual([{ role: 'customer', code: 'masked', example: 'J******* S****' }]);
  });

  it('says when the customer was guessed from values', () => {
    const sample: CellValue[][] = [['a@x.pl', '2024-01-05', '12,50'], ['b@x.pl', '2024-01-06', '3,00'], ['a@x.pl', '2024-02-01', '7,25']];
    const guess = detectColumns(['', '', ''], sample, 'pl_PL');
    expect(guess.mapping.customer).toBe(0);
    expect(guess.doubts).toEqual([{ role: 'customer', code: 'guessed', example: 'a@x.pl' }]);
  });
});

describe('detectColumns: amounts, order ids, statuses', () => {
  it('never takes a percentage, a coupon or a fee for the amount', () => {
    const sample: CellValue[][] = [['a', '2024-01-01', 0.15, 1.5], ['b', '2024-01-02', 0.1, 2.5], ['a', '2024-01-03', 0.05, 0.75]];
    expect(detectColumns(['Customer', 'Date', 'Kupon', 'Fee'], sample).mapping.amount).toBeNull();
    expect(detectColumns(['Customer', 'Date', 'x', 'y'], sample, undefined, { percentColumns: [false, false, true, true] }).mapping.amount).toBeNull();
    // Unmarked, the first column with as many decimals is taken.
    expect(detectColumns(['Customer', 'Date', 'x', 'y'], sample).mapping.amount).toBe(2);
  });

  it('never takes a per-item id for the order id', () => {
    expect(detectColumns(['Buyer', 'Sale Date', 'Transaction ID', 'Item Total'], []).mapping.orderId).toBeNull();
    expect(detectColumns(['Customer', 'Date', 'Transaction ID', 'Order ID', 'Total'], []).mapping.orderId).toBe(3);
  });

  it('finds the status, refunds and currency columns of any sheet', () => {
    const guess = detectColumns(['Customer', 'Date', 'Total', 'Status', 'Refunded amount', 'Currency'], []);
    expect(guess.mapping).toMatchObject({ status: 3, refunds: 4, currency: 5 });
    expect(guess.statusValues.void).toContain('cancelled');
  });

  it('judges from the sample whether an amount is written once per order or per line', () => {
    expect(amountLevelOf([['o1', 10], ['o1', 10], ['o2', 5]], 1, 0)).toBe('order'); // repeated on each line
    expect(amountLevelOf([['o1', 10], ['o1', ''], ['o2', 5]], 1, 0)).toBe('order'); // first line only
    expect(amountLevelOf([['o1', 10], ['o1', 4], ['o2', 5]], 1, 0)).toBe('line');
    expect(amountLevelOf([['o1', 10]], 1, null)).toBe('line');
  });
});

describe('applyCorrections', () => {
  it('makes a corrected customer that one column, without the stand-ins, and judges the amount level again', () => {
    const headers = ['Name', 'Email', 'Financial Status', 'Created at', 'Lineitem quantity', 'Total', 'Billing Name'];
    const sample: CellValue[][] = [['#1', 'a@x', 'paid', '2024-01-01', 1, 10, 'A'], ['#1', 'a@x', '', '2024-01-01', 2, '', '']];
    const guess = detectColumns(headers, sample);
    expect(guess.identity.parts.map((p) => p.column)).toEqual([1, 6]);
    const corrected = applyCorrections(guess, { customer: 6, amount: 5 }, sample);
    expect(corrected.identity.parts).toEqual([{ column: 6, last: null }]);
    expect(applyCorrections(guess, { customer: 6 }, sample).amountLevel).toBe('order');
    expect(applyCorrections(guess, { amount: 4 }, sample).amountLevel).toBe('line');
    expect(applyCorrections(guess, {}, sample)).toBe(guess);
  });
});

describe('row rules', () => {
  it('identityColumn: the first non-blank part, first and last names joined, guests (id 0) blank', () => {
    expect(identityColumn([{ cells: ['', 'b@x', 0] }, { cells: ['Ann', 'Bo', 'Cy'], last: ['Lee', '', 'Fox'] }], true)).toEqual(['Ann Lee', 'b@x', 'Cy Fox']);
    // An error value is kept only when nothing stands in for it (the reader reports it).
    expect(identityColumn([{ cells: ['#N/A', '#N/A'] }, { cells: ['Ann', ''] }], false)).toEqual(['Ann', '#N/A']);
  });

  it('rowFlags: void and refunded statuses (wc- prefixes, accents, case), a filled Cancelled at, FALSE captures, non-sales, other currencies', () => {
    const flags = rowFlags(6, {
      status: { cells: ['wc-Cancelled', 'Refunded', 'paid', '', 'Отменён', 'completed'], values: { void: ['cancelled', 'отменен'], refunded: ['refunded'] } },
      extras: [
        { cells: ['', '', '2024-01-01', '', '', ''], test: 'filled' },
        { cells: [true, true, true, false, 'TRUE', 'no'], test: 'false' },
      ],
      currency: { cells: ['usd', 'USD', 'eur', '', 'usd', 'usd'], wanted: 'USD' },
    });
    expect(Array.from(flags)).toEqual([
      RowFlag.VOID, RowFlag.REFUNDED, RowFlag.VOID | RowFlag.OTHER_CURRENCY, RowFlag.VOID, RowFlag.VOID, RowFlag.VOID,
    ]);
    expect(Array.from(rowFlags(2, { extras: [{ cells: ['General Currency Conversion', 'Website Payment'], test: 'notOrder', pattern: /conversion/ }] }))).toEqual([
      RowFlag.NOT_ORDER, 0,
    ]);
    expect(normaliseStatus('wc-Checkout-Draft')).toBe('checkout draft');
  });

  it('countCurrencies: codes upper-cased, most used first', () => {
    expect(countCurrencies(['usd', 'EUR', ' usd ', '', 'mxn', 'eur', 'usd'])).toEqual([['USD', 3], ['EUR', 2], ['MXN', 1]]);
  });
});

describe('row rules that mutation testing showed untested', () => {
  it('identityColumn: a guest id "0" written as text, trimmed names, a last name alone, an error kept only without a stand-in', () => {
    const ids = { cells: [' 0 ', 0, '7', '#N/A', '#N/A'] as CellValue[] };
    const email = { cells: ['a@x.pl', 'b@x.pl', '', '', 'e@x.pl'] as CellValue[] };
    expect(identityColumn([ids, email], true)).toEqual(['a@x.pl', 'b@x.pl', '7', '#N/A', 'e@x.pl']);
    expect(identityColumn([ids, email], false)).toEqual([' 0 ', 0, '7', '#N/A', 'e@x.pl']);
    const names = { cells: [' Ann ', '', 'Bo'] as CellValue[], last: [' Lee ', 'Nowak', ''] as CellValue[] };
    expect(identityColumn([names], false)).toEqual(['Ann Lee', 'Nowak', 'Bo']);
  });

  it('normaliseStatus drops only a leading "wc-"', () => {
    expect([normaliseStatus('wc-completed'), normaliseStatus('Shipped wc-2')]).toEqual(['completed', 'shipped wc 2']);
  });
});
