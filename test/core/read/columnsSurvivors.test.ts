/**
 * Column detection rules that a mutation run of src/core/read/columns.ts found unpinned: which
 * column an export names, who the customer is, what is an order number, which values look like
 * dates, amounts or ids, and what a user's correction keeps. Every expected value is worked out
 * from the rule in the source's comments, on small synthetic sheets.
 */
import { describe, expect, it } from 'vitest';
import { applyCorrections, detectColumns, type ColumnMapping } from '../../../src/core/read/columns';
import type { CellValue } from '../../../src/core/types';

const none: ColumnMapping = { customer: null, date: null, amount: null, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null };

/** Twenty (or n) orders of one line each, every one under another name. */
const people = (n: number) => Array.from({ length: n }, (_, i): CellValue[] => [`Person ${i}`, '2024-01-05', 10 + i]);

describe('the columns an export names', () => {
  it('finds a WooCommerce refunds column under the export’s third refund name ("Refunded Total")', () => {
    const header = ['Order Number', 'Order Date', 'Billing Email', 'Order Total', 'Refunded Total', 'Payment Method Title'];
    const guess = detectColumns(header, []);
    expect(guess.platform).toBe('woocommerce');
    expect(guess.mapping).toEqual({ ...none, orderId: 0, date: 1, customer: 2, amount: 3, refunds: 4 });
    expect(guess.why.refunds).toEqual({ source: 'header', header: 'Refunded Total' });
  });

  it('leaves the customer empty, and guesses none from values, when a Shopify export’s e-mails are all blank', () => {
    const header = ['Name', 'Email', 'Financial Status', 'Created at', 'Lineitem quantity', 'Total', 'Vendor'];
    const sample: CellValue[][] = [
      ['#1001', '', 'paid', '2024-01-05 10:00', 1, 10, 'Acme'],
      ['#1002', '', 'paid', '2024-01-06 11:00', 2, 20, 'Acme'],
      ['#1003', '', 'paid', '2024-01-07 12:00', 1, 30, 'Bolt'],
    ];
    const guess = detectColumns(header, sample);
    expect(guess.platform).toBe('shopify');
    // The vendor repeats like an id would, but a recognised export names its customer columns.
    expect(guess.mapping).toEqual({ ...none, orderId: 0, status: 2, date: 3, quantity: 4, amount: 5 });
    expect(guess.identity).toEqual({ parts: [], zeroIsGuest: false });
    expect(guess.doubts).toEqual([]);
  });

  it('treats a customer id of 0 as a guest only in the exports that say so', () => {
    const shopify = detectColumns(['Name', 'Email', 'Financial Status', 'Created at', 'Lineitem quantity', 'Total'], []);
    expect(shopify.platform).toBe('shopify');
    expect(shopify.identity).toEqual({ parts: [{ column: 1, last: null }], zeroIsGuest: false });
    const generic = detectColumns(['Customer ID', 'Date', 'Amount'], []);
    expect(generic.identity).toEqual({ parts: [{ column: 0, last: null }], zeroIsGuest: false });
  });

  it('takes an export’s customer column even when it is the first column of the sheet', () => {
    const guess = detectColumns(['Billing Email', 'Order Number', 'Order Date', 'Order Total', 'Customer User ID'], []);
    expect(guess.platform).toBe('woocommerce');
    expect(guess.mapping.customer).toBe(0);
    expect(guess.identity).toEqual({ parts: [{ column: 0, last: null }, { column: 4, last: null }], zeroIsGuest: true });
  });

  it('joins an export’s first and last name columns wherever they stand, the first column included', () => {
    const firstFirst = detectColumns(['Billing First Name', 'Billing Last Name', 'Order Number', 'Order Date', 'Order Total', 'Customer User ID'], []);
    expect(firstFirst.platform).toBe('woocommerce');
    expect(firstFirst.identity.parts).toEqual([{ column: 0, last: 1 }, { column: 5, last: null }]);
    expect(firstFirst.mapping.customer).toBe(0);
    const lastFirst = detectColumns(['Billing Last Name', 'Billing First Name', 'Order Number', 'Order Date', 'Order Total', 'Customer User ID'], []);
    expect(lastFirst.identity.parts).toEqual([{ column: 1, last: 0 }, { column: 5, last: null }]);
    expect(lastFirst.mapping.customer).toBe(1);
  });

  it('does not use an export’s first name without its last name, nor a last name without its first', () => {
    const firstOnly = detectColumns(['Order Number', 'Order Date', 'Order Total', 'Billing Email', 'Billing First Name', 'Customer User ID'], []);
    expect(firstOnly.platform).toBe('woocommerce');
    expect(firstOnly.identity.parts).toEqual([{ column: 3, last: null }, { column: 5, last: null }]);
    const lastOnly = detectColumns(['Order Number', 'Order Date', 'Order Total', 'Billing Email', 'Billing Last Name', 'Customer User ID'], []);
    expect(lastOnly.platform).toBe('woocommerce');
    expect(lastOnly.identity.parts).toEqual([{ column: 3, last: null }, { column: 5, last: null }]);
  });

  it('keeps masked names out of the stand-ins for a blank e-mail', () => {
    const header = ['Order Number', 'Order Date', 'Order Total', 'Billing Email', 'Billing First Name', 'Billing Last Name', 'Customer User ID'];
    const sample: CellValue[][] = [
      [1001, '2024-01-05', 10, 'anna@x.pl', 'A***', 'N****', 7],
      [1002, '2024-01-06', 20, 'jan@x.pl', 'J**', 'K*******', 8],
    ];
    const guess = detectColumns(header, sample);
    expect(guess.platform).toBe('woocommerce');
    expect(guess.identity.parts).toEqual([{ column: 3, last: null }, { column: 6, last: null }]);
  });
});

describe('the void and settlement columns of an export', () => {
  it('reads Stripe’s Captured column wherever it stands, the first column included', () => {
    const guess = detectColumns(['Captured', 'Created date (UTC)', 'Amount', 'Amount Refunded', 'Customer Email'], []);
    expect(guess.platform).toBe('stripe');
    expect(guess.extraRules).toEqual([{ column: 0, test: 'false', pattern: undefined }]);
  });

  it('has no Cancelled-at rule for a Shopify export without that column, and one when it is there', () => {
    const header = ['Name', 'Email', 'Financial Status', 'Created at', 'Lineitem quantity', 'Total'];
    expect(detectColumns(header, []).extraRules).toEqual([]);
    expect(detectColumns([...header, 'Cancelled at'], []).extraRules).toEqual([{ column: 6, test: 'filled', pattern: undefined }]);
  });

  it('finds Stripe’s converted amount, refunds and currency wherever they stand', () => {
    const amountFirst = detectColumns(
      ['Converted Amount', 'Created date (UTC)', 'Amount', 'Converted Currency', 'Converted Amount Refunded', 'Customer Email', 'Amount Refunded'],
      [],
    );
    expect(amountFirst.platform).toBe('stripe');
    expect(amountFirst.converted).toEqual({ amount: 0, refunds: 4, currency: 3 });
    const currencyFirst = detectColumns(['Converted Currency', 'Created date (UTC)', 'Amount', 'Converted Amount', 'Customer Email'], []);
    expect(currencyFirst.converted).toEqual({ amount: 3, refunds: null, currency: 0 });
    const refundsFirst = detectColumns(
      ['Converted Amount Refunded', 'Created date (UTC)', 'Amount', 'Converted Amount', 'Converted Currency', 'Customer Email'],
      [],
    );
    expect(refundsFirst.converted).toEqual({ amount: 3, refunds: 0, currency: 4 });
  });

  it('uses no converted amounts unless both the converted amount and its currency are there', () => {
    const noCurrency = detectColumns(['Created date (UTC)', 'Amount', 'Converted Amount', 'Customer Email'], []);
    expect(noCurrency.platform).toBe('stripe');
    expect(noCurrency.converted).toBeNull();
    const noAmount = detectColumns(['Created date (UTC)', 'Amount', 'Converted Currency', 'Customer Email', 'Captured'], []);
    expect(noAmount.platform).toBe('stripe');
    expect(noAmount.converted).toBeNull();
  });
});

describe('generic headers', () => {
  it('gives a role to its best-scored header; a weaker header for the same role does not replace it', () => {
    const guess = detectColumns(['Order date', 'Created', 'Customer', 'Amount'], []);
    expect(guess.mapping).toEqual({ ...none, date: 0, customer: 2, amount: 3 });
  });

  it('gives a column that two headers’ words claim to one role only', () => {
    // "Total date": an amount word (45 points) and a date word (40): the amount takes it.
    expect(detectColumns(['Customer', 'Total date'], []).mapping).toEqual({ ...none, customer: 0, amount: 1 });
    // "Customer total": an amount (45) before a customer (40); the customer is not the same column.
    expect(detectColumns(['Customer total', 'Date'], []).mapping).toEqual({ ...none, amount: 0, date: 1 });
  });

  it('rules out a percent-formatted column only as the amount', () => {
    const guess = detectColumns(['Customer', 'Date', 'Amount'], [], undefined, { percentColumns: [false, true, false] });
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1, amount: 2 });
  });

  it('passes over a customer column that is blank throughout the sample', () => {
    const guess = detectColumns(['Customer ID', 'Email', 'Date', 'Amount'], [
      ['', 'anna@x.pl', '2024-01-05', 10],
      ['', 'bob@x.pl', '2024-01-06', 20],
    ]);
    expect(guess.mapping.customer).toBe(1);
  });

  it('prefers a clear customer column to a masked one of the same score', () => {
    const guess = detectColumns(['Client', 'Customer', 'Date', 'Amount'], [
      ['J******* S****', 'Jan Kowalski', '2024-01-05', 10],
      ['A**** N****', 'Anna Nowak', '2024-01-06', 20],
    ]);
    expect(guess.mapping.customer).toBe(1);
    expect(guess.identity).toEqual({ parts: [{ column: 1, last: null }], zeroIsGuest: false });
    expect(guess.doubts).toEqual([]);
  });
});

describe('first and last names', () => {
  it('joins the first-name column, not an earlier unrelated one, to the last name (headers only)', () => {
    const guess = detectColumns(['Note', 'Imię', 'Nazwisko', 'Data', 'Kwota'], [], 'pl_PL');
    expect(guess.mapping.customer).toBe(1);
    expect(guess.identity).toEqual({ parts: [{ column: 1, last: 2 }], zeroIsGuest: false });
  });

  it('joins a last-name column that is the first column of the sheet', () => {
    const guess = detectColumns(['Nazwisko', 'Imię', 'Data', 'Kwota'], [], 'pl_PL');
    expect(guess.mapping.customer).toBe(1);
    expect(guess.identity).toEqual({ parts: [{ column: 1, last: 0 }], zeroIsGuest: false });
  });

  it('reads "Client - Nume" as a last name joined to "Client - Prenume", not as the customer alone', () => {
    const guess = detectColumns(['Client - Prenume', 'Client - Nume', 'Data', 'Valoare'], [['Ana', 'Pop', '2024-01-05', 10]], 'ro_RO');
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 2, amount: 3 });
    expect(guess.identity.parts).toEqual([{ column: 0, last: 1 }]);
  });

  it('never guesses a surname column ("Nume") as the customer from its values', () => {
    const guess = detectColumns(['Nume', 'Data', 'Valoare'], [
      ['Popescu', '2024-01-05', 10],
      ['Ionescu', '2024-01-06', 20],
      ['Popescu', '2024-01-07', 30],
    ], 'ro_RO');
    expect(guess.mapping).toEqual({ ...none, date: 1, amount: 2 });
    expect(guess.doubts).toEqual([]);
  });
});

describe('a sheet without a customer, and a guessed one', () => {
  it('has no identity, no guest rule and no doubt when nothing names the customer', () => {
    const guess = detectColumns(['Date', 'Amount'], []);
    expect(guess.mapping).toEqual({ ...none, date: 0, amount: 1 });
    expect(guess.identity).toEqual({ parts: [], zeroIsGuest: false });
    expect(guess.doubts).toEqual([]);
  });

  it('makes a customer guessed from its values the one identity column, and says it was guessed', () => {
    const guess = detectColumns(['a', 'b', 'c'], [
      ['k1', '2024-01-05', 12.5],
      ['k2', '2024-01-06', 3.25],
      ['k1', '2024-01-07', 7.75],
    ]);
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1, amount: 2 });
    expect(guess.identity).toEqual({ parts: [{ column: 0, last: null }], zeroIsGuest: false });
    expect(guess.doubts).toEqual([{ role: 'customer', code: 'guessed', example: 'k1' }]);
  });
});

describe('initials', () => {
  it('raises no doubt for a customer header without sample rows', () => {
    expect(detectColumns(['Customer', 'Date', 'Amount'], []).doubts).toEqual([]);
  });

  it('reads numeric customer ids without taking them for initials', () => {
    const guess = detectColumns(['Customer ID', 'Date', 'Amount'], [[17, '2024-01-05', 10], [17, '2024-01-06', 20]]);
    expect(guess.mapping.customer).toBe(0);
    expect(guess.doubts).toEqual([]);
  });

  it('does not take e-mail addresses with dots for initials', () => {
    const guess = detectColumns(['Email', 'Date', 'Amount'], [['anna.nowak@x.pl', '2024-01-05', 10], ['jan.kowal@x.pl', '2024-01-06', 20]]);
    expect(guess.mapping.customer).toBe(0);
    expect(guess.doubts).toEqual([]);
  });

  it('sees initials after leading spaces, and when exactly half the names are initials', () => {
    const spaced = detectColumns(['Customer', 'Date', 'Amount'], [['  J. Doe', '2024-01-05', 10], [' A. Smith', '2024-01-06', 20]]);
    expect(spaced.doubts).toEqual([{ role: 'customer', code: 'initials', example: '  J. Doe' }]);
    const half = detectColumns(['Customer', 'Date', 'Amount'], [['Ann Lee', '2024-01-05', 10], ['J. Doe', '2024-01-06', 20]]);
    expect(half.doubts).toEqual([{ role: 'customer', code: 'initials', example: 'J. Doe' }]);
  });
});

describe('order numbers are not customers', () => {
  it('keeps customers whose names only contain a number sign ("Shop #12", "#12 Kowalski")', () => {
    const shops = detectColumns(['Customer', 'Date', 'Amount'], [
      ['Shop #12', '2024-01-05', 10],
      ['Shop #7', '2024-01-06', 20],
      ['Shop #12', '2024-01-07', 30],
    ]);
    expect(shops.mapping.customer).toBe(0);
    expect(shops.why.customer).toEqual({ source: 'header', header: 'Customer' });
    const members = detectColumns(['Customer', 'Date', 'Amount'], [
      ['#12 Kowalski', '2024-01-05', 10],
      ['#7 Nowak', '2024-01-06', 20],
      ['#12 Kowalski', '2024-01-07', 30],
    ]);
    expect(members.mapping.customer).toBe(0);
  });

  it('sees order numbers written with a trailing space', () => {
    const guess = detectColumns(['Customer ID', 'Client', 'Date', 'Amount'], [
      ['#1001 ', 'anna', '2024-01-05', 10],
      ['#1002 ', 'bob', '2024-01-06', 20],
    ]);
    expect(guess.mapping.customer).toBe(1);
  });

  it('rejects a column of the order ids only when it repeats the order id on every row', () => {
    const guess = detectColumns(['Order', 'Customer No', 'Buyer', 'Date', 'Amount'], [
      ['A-1', 'A-1', 'anna', '2024-01-05', 10],
      ['A-2', 'K-7', 'bob', '2024-01-06', 20],
      ['A-3', 'K-7', 'anna', '2024-01-07', 30],
    ]);
    expect(guess.mapping).toMatchObject({ orderId: 0, customer: 1 });
  });

  it('compares a customer column with the order id without surrounding spaces', () => {
    const guess = detectColumns(['Order', 'Customer No', 'Buyer', 'Date', 'Amount'], [
      ['A-1', ' A-1', 'anna', '2024-01-05', 10],
      ['A-2 ', 'A-2', 'bob', '2024-01-06', 20],
    ]);
    expect(guess.mapping).toMatchObject({ orderId: 0, customer: 2 });
  });
});

describe('a weak header whose value differs on every order', () => {
  it('does not count blank cells as orders of their own', () => {
    // 19 names and one blank: 19 orders are too few to tell, so "Name" stays the customer.
    const sample = people(20);
    sample[19][0] = '';
    const guess = detectColumns(['Name', 'Date', 'Amount'], sample);
    expect(guess.mapping.customer).toBe(0);
    expect(guess.why.customer).toEqual({ source: 'header', header: 'Name' });
  });

  it('compares the names without surrounding spaces', () => {
    const sample = people(20);
    sample[19][0] = 'Person 0 ';
    const guess = detectColumns(['Name', 'Date', 'Amount'], sample);
    expect(guess.why.customer).toEqual({ source: 'header', header: 'Name' });
  });

  it('counts rows with a blank order id as orders of their own', () => {
    const sample = people(20).map((row): CellValue[] => ['', ...row]);
    const guess = detectColumns(['Order ID', 'Name', 'Date', 'Amount'], sample);
    expect(guess.mapping.orderId).toBe(0);
    expect(guess.mapping.customer).toBeNull();
  });

  it('counts an order of two lines once', () => {
    // 20 orders of two lines each, every order under another name: "Name" is not trusted as a header.
    const sample = Array.from({ length: 40 }, (_, i): CellValue[] => [1000 + Math.floor(i / 2), `Person ${Math.floor(i / 2)}`, '2024-01-05', 10]);
    const guess = detectColumns(['Order ID', 'Name', 'Date', 'Amount'], sample);
    expect(guess.mapping.orderId).toBe(0);
    expect(guess.why.customer?.source).not.toBe('header');
  });

  it('reads each order’s name from its first line', () => {
    // First lines: 19 different names (order 19 repeats order 0’s): too few to reject "Name".
    // The second lines all differ, but they are not what the order is judged by.
    const sample: CellValue[][] = [];
    for (let i = 0; i < 20; i++) {
      sample.push([1000 + i, `Person ${i === 19 ? 0 : i}`, '2024-01-05', 10]);
      sample.push([1000 + i, `Other ${i}`, '2024-01-05', 10]);
    }
    const guess = detectColumns(['Order ID', 'Name', 'Date', 'Amount'], sample);
    expect(guess.why.customer).toEqual({ source: 'header', header: 'Name' });
  });

  it('trusts "Name" again once one name repeats among 20 orders', () => {
    const sample = people(20);
    sample[19][0] = 'Person 3';
    expect(detectColumns(['Name', 'Date', 'Amount'], sample).why.customer).toEqual({ source: 'header', header: 'Name' });
  });
});

describe('guesses from values fill only what the headers left', () => {
  it('does not take a unit price column for the amount too', () => {
    const guess = detectColumns(['Customer', 'Date', 'Price'], [['a', '2024-01-05', 1.5], ['b', '2024-01-06', 2.25]]);
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1, price: 2 });
  });

  it('keeps the order date found by its header over another column of dates', () => {
    const guess = detectColumns(['Customer', 'Order date', 'when'], [['a', '2024-01-05', '2024-02-01'], ['b', '2024-01-06', '2024-02-02']]);
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1 });
  });

  it('keeps the amount found by its header over another column with decimals', () => {
    const guess = detectColumns(['Customer', 'Date', 'Amount', 'x'], [['a', '2024-01-05', 10, 1.5], ['b', '2024-01-06', 20, 2.25]]);
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1, amount: 2 });
  });

  it('still guesses an amount when only one of quantity and unit price is there', () => {
    const withQuantity = detectColumns(['Customer', 'Date', 'Quantity', 'x'], [['a', '2024-01-05', 2, 1.5], ['b', '2024-01-06', 1, 2.25]]);
    expect(withQuantity.mapping).toEqual({ ...none, customer: 0, date: 1, quantity: 2, amount: 3 });
    expect(withQuantity.why.amount).toEqual({ source: 'values' });
    const withPrice = detectColumns(['Customer', 'Date', 'Price', 'x'], [['a', '2024-01-05', 1.5, 3.5], ['b', '2024-01-06', 2.25, 4.25]]);
    expect(withPrice.mapping).toEqual({ ...none, customer: 0, date: 1, price: 2, amount: 3 });
  });

  it('guesses no amount from a shipping column, a percent-formatted column or a column of whole numbers', () => {
    const shipping = detectColumns(['Customer', 'Date', 'Shipping cost'], [['a', '2024-01-05', 4.99], ['b', '2024-01-06', 5.49]]);
    expect(shipping.mapping).toEqual({ ...none, customer: 0, date: 1 });
    const percent = detectColumns(['Customer', 'Date', 'Share'], [['a', '2024-01-05', 0.25], ['b', '2024-01-06', 0.5]], undefined, {
      percentColumns: [false, false, true],
    });
    expect(percent.mapping).toEqual({ ...none, customer: 0, date: 1 });
    const whole = detectColumns(['Customer', 'Date', 'x'], [['a', '2024-01-05', 2], ['b', '2024-01-06', 3]]);
    expect(whole.mapping).toEqual({ ...none, customer: 0, date: 1 });
  });

  it('takes the column with the most decimals as the amount even when a column with fewer comes first', () => {
    const guess = detectColumns(['a', 'b', 'c', 'd'], [
      ['k1', '2024-01-05', 2, 12.5],
      ['k2', '2024-01-06', 1.5, 3.25],
      ['k1', '2024-02-01', 3, 7.75],
    ]);
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1, amount: 3 });
  });
});

describe('what looks like a date', () => {
  it('takes a column with exactly four dates in five as the date; one in three is not enough', () => {
    const dates = ['2024-01-05', '2024-01-06', '2024-01-07', '2024-01-08', 'n/a'];
    const four = detectColumns(['Customer', 'when', 'Amount'], dates.map((d, i): CellValue[] => [`c${i}`, d, 10]));
    expect(four.mapping.date).toBe(1);
    const one = detectColumns(['Customer', 'when', 'Amount'], [['a', '2024-01-05', 10], ['b', 'soon', 20], ['c', 'later', 30]]);
    expect(one.mapping.date).toBeNull();
  });

  it('takes 19000101 (1 January 1900, the first YYYYMMDD day) for a date', () => {
    const guess = detectColumns(['Customer', 'when', 'Amount'], [['a', 19000101, 10], ['b', 19000101, 20]]);
    expect(guess.mapping.date).toBe(1);
  });

  it('does not take long whole numbers (phone numbers) for YYYYMMDD dates', () => {
    const guess = detectColumns(['Customer', 'x', 'y', 'Amount'], [
      ['a', 48601234567, '2024-01-05', 10],
      ['b', 48601234567, '2024-01-06', 20],
    ]);
    expect(guess.mapping.date).toBe(2);
  });

  it('does not take texts of decimal numbers for dates: they are amounts', () => {
    const guess = detectColumns(['Customer', 'x', 'when'], [['a', '12.34', '2024-01-05'], ['b', '10.25', '2024-01-06']]);
    expect(guess.mapping).toEqual({ ...none, customer: 0, amount: 1, date: 2 });
  });
});

describe('what looks like a column of customer ids', () => {
  it('does not take a second column of decimal numbers for ids', () => {
    const guess = detectColumns(['a', 'b', 'c'], [
      ['2024-01-05', 12.5, 1.5],
      ['2024-01-06', 3.25, 2],
      ['2024-01-07', 7.75, 1.5],
    ]);
    expect(guess.mapping).toEqual({ ...none, date: 0, amount: 1 });
  });

  it('does not take codes mixed with decimal numbers written as text for ids', () => {
    const guess = detectColumns(['a', 'b', 'c'], [
      ['abc', '2024-01-05', 10],
      ['2.5', '2024-01-06', 20],
      ['abc', '2024-01-07', 30],
      ['xyz', '2024-01-08', 40],
    ]);
    expect(guess.mapping.customer).toBeNull();
  });

  it('takes whole numbers with one stray decimal in five as ids (four in five are enough)', () => {
    const guess = detectColumns(['a', 'b', 'c'], [
      [1, '2024-01-05', 12.5],
      [2, '2024-01-06', 3.25],
      [1, '2024-01-07', 7.75],
      [2, '2024-01-08', 1.25],
      [1.5, '2024-01-09', 2.75],
    ]);
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1, amount: 2 });
  });

  it('sees ids repeat when they differ only by surrounding spaces', () => {
    const guess = detectColumns(['a', 'b', 'c'], [['k1', '2024-01-05', 12.5], ['k1 ', '2024-01-06', 3.25], ['k2', '2024-01-07', 7.75]]);
    expect(guess.mapping.customer).toBe(0);
  });
});

describe('corrections keep what they do not touch', () => {
  const wooHeader = ['Order Number', 'Order Date', 'Order Total', 'Billing Email', 'Billing First Name', 'Billing Last Name', 'Customer User ID', 'Shipped'];
  const wooSample: CellValue[][] = [
    [1001, '2024-01-05', 10, 'anna@x.pl', 'Anna', 'Nowak', 7, '2024-01-08'],
    [1002, '2024-01-06', 20, '', 'Jan', 'Kowalski', 0, '2024-01-09'],
  ];

  it('keeps an export’s identity with its stand-ins and guest rule when another column is corrected', () => {
    const guess = detectColumns(wooHeader, wooSample);
    expect(guess.identity).toEqual({ parts: [{ column: 3, last: null }, { column: 4, last: 5 }, { column: 6, last: null }], zeroIsGuest: true });
    const corrected = applyCorrections(guess, { date: 7 }, wooSample);
    expect(corrected.mapping.date).toBe(7);
    expect(corrected.identity).toEqual(guess.identity);
  });

  it('keeps the customer’s doubts, once each, when another column is corrected', () => {
    const maskedSample: CellValue[][] = [['J******* S****', '2024-01-05', 10, '2024-01-08'], ['A**** N****', '2024-01-06', 20, '2024-01-09']];
    const masked = detectColumns(['Client', 'Date', 'Amount', 'Shipped'], maskedSample);
    expect(masked.doubts).toEqual([{ role: 'customer', code: 'masked', example: 'J******* S****' }]);
    expect(applyCorrections(masked, { date: 3 }, maskedSample).doubts).toEqual([{ role: 'customer', code: 'masked', example: 'J******* S****' }]);
    const initialsSample: CellValue[][] = [['J. Doe', '2024-01-05', 10, 5], ['A. Smith', '2024-01-06', 20, 6]];
    const initials = detectColumns(['Customer', 'Date', 'Amount', 'Net'], initialsSample);
    expect(initials.doubts).toEqual([{ role: 'customer', code: 'initials', example: 'J. Doe' }]);
    expect(applyCorrections(initials, { amount: 3 }, initialsSample).doubts).toEqual([{ role: 'customer', code: 'initials', example: 'J. Doe' }]);
  });

  it('judges the amount level again, and drops converted amounts, when only the order id is corrected', () => {
    const sample: CellValue[][] = [[1, 'a', '2024-01-05', 10], [1, 'a', '2024-01-05', 10], [2, 'b', '2024-01-06', 5]];
    const guess = detectColumns(['Order', 'Customer', 'Date', 'Total'], sample);
    expect(guess.amountLevel).toBe('order');
    const corrected = applyCorrections({ ...guess, converted: { amount: 3, refunds: null, currency: 2 } }, { orderId: null }, sample);
    expect(corrected.amountLevel).toBe('line');
    expect(corrected.converted).toBeNull();
  });

  it('gives a corrected masked customer its first non-blank value as the example', () => {
    const sample: CellValue[][] = [
      ['anna', '', '2024-01-05', 10],
      ['bob', 'J***** S****', '2024-01-06', 20],
      ['anna', '', '2024-01-07', 30],
      ['cyd', 'A**** N****', '2024-01-08', 40],
    ];
    const guess = detectColumns(['Customer', 'Alias', 'Date', 'Amount'], sample);
    expect(guess.doubts).toEqual([]);
    expect(applyCorrections(guess, { customer: 1 }, sample).doubts).toEqual([{ role: 'customer', code: 'masked', example: 'J***** S****' }]);
  });
});
