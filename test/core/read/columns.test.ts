import { describe, expect, it } from 'vitest';
import { amountLevelOf, applyCorrections, detectColumns, normaliseHeader, type ColumnMapping } from '../../../src/core/read/columns';
import type { CellValue } from '../../../src/core/types';

const none: ColumnMapping = { customer: null, date: null, amount: null, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null };
const expectMapping = (header: CellValue[], expected: Partial<ColumnMapping>, sample: CellValue[][] = []) =>
  expect(detectColumns(header, sample).mapping).toEqual({ ...none, ...expected });

describe('normaliseHeader', () => {
  it('drops case, accents, punctuation and splits camelCase', () => {
    expect(normaliseHeader('Data zamówienia')).toBe('data zamowienia');
    expect(normaliseHeader('  Wartość (zł) ')).toBe('wartosc zl');
    expect(normaliseHeader('Beløb')).toBe('belob');
    expect(normaliseHeader('Număr comandă')).toBe('numar comanda');
    expect(normaliseHeader('Preț')).toBe('pret');
    expect(normaliseHeader('InvoiceDate')).toBe('invoice date');
    expect(normaliseHeader('customer_id')).toBe('customer id');
    expect(normaliseHeader('Дата заказа')).toBe('дата заказа');
    expect(normaliseHeader('Ilość')).toBe('ilosc');
  });
});

describe('detectColumns from headers', () => {
  it('reads English, Polish, Russian, Romanian and Danish headers', () => {
    expectMapping(['Customer', 'Order date', 'Amount'], { customer: 0, date: 1, amount: 2 });
    expectMapping(['Numer zamówienia', 'Klient', 'Data zamówienia', 'Ilość', 'Cena'], { orderId: 0, customer: 1, date: 2, quantity: 3, price: 4 });
    expectMapping(['ID klienta', 'Data', 'Kwota'], { customer: 0, date: 1, amount: 2 });
    expectMapping(['Номер заказа', 'Покупатель', 'Дата заказа', 'Сумма'], { orderId: 0, customer: 1, date: 2, amount: 3 });
    expectMapping(['Клиент', 'Дата', 'Количество', 'Цена'], { customer: 0, date: 1, quantity: 2, price: 3 });
    expectMapping(['Număr comandă', 'Client', 'Data comenzii', 'Sumă'], { orderId: 0, customer: 1, date: 2, amount: 3 });
    expectMapping(['Client', 'Data', 'Cantitate', 'Preț'], { customer: 0, date: 1, quantity: 2, price: 3 });
    expectMapping(['Ordrenummer', 'Kundenummer', 'Ordredato', 'Beløb'], { orderId: 0, customer: 1, date: 2, amount: 3 });
    expectMapping(['Kunde', 'Dato', 'Antal', 'Pris'], { customer: 0, date: 1, quantity: 2, price: 3 });
  });

  it('reads shop exports', () => {
    // Shopify: "Name" is the order number when the export's line-item columns are there.
    expectMapping(
      ['Name', 'Email', 'Financial Status', 'Paid at', 'Subtotal', 'Shipping', 'Total', 'Created at', 'Lineitem quantity', 'Lineitem price'],
      { orderId: 0, customer: 1, status: 2, amount: 6, date: 7, quantity: 8, price: 9 },
    );
    // WooCommerce.
    expectMapping(['Order Number', 'Order Status', 'Order Date', 'Billing Email', 'Order Total', 'Shipping Total'], { orderId: 0, status: 1, date: 2, customer: 3, amount: 4 });
    expectMapping(['Order ID', 'Customer Email', 'Order Date', 'Order Total'], { orderId: 0, customer: 1, date: 2, amount: 3 });
    // Etsy sold orders: Order Total (items, shipping and tax), not Order Value (the items alone).
    expectMapping(['Sale Date', 'Order ID', 'Buyer User ID', 'Full Name', 'Number of Items', 'Date Shipped', 'Order Value', 'Order Total'], {
      date: 0, orderId: 1, customer: 2, amount: 7,
    });
    // UCI Online Retail.
    expectMapping(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'], {
      orderId: 0, quantity: 3, date: 4, price: 5, customer: 6,
    });
    // CDNOW sample and master, grocery.
    expectMapping(['masterid', 'sampleid', 'date', 'cds', 'sales'], { customer: 0, date: 2, amount: 4 });
    expectMapping(['customer_id', 'date', 'number_of_cds', 'dollar_value'], { customer: 0, date: 1, amount: 3 });
    expectMapping(['cust', 'date'], { customer: 0, date: 1 });
  });

  it('keeps "Name" a customer outside Shopify exports, and says which header matched', () => {
    const guess = detectColumns(['Name', 'Date', 'Total (PLN)'], []);
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1, amount: 2 });
    expect(guess.why).toEqual({
      customer: { source: 'header', header: 'Name' },
      date: { source: 'header', header: 'Date' },
      amount: { source: 'header', header: 'Total (PLN)' },
    });
  });

  it('does not take a shipping date or a tax total for the order’s date or amount', () => {
    expectMapping(['Customer', 'Date Shipped', 'Tax Total', 'Order Total (EUR)'], { customer: 0, amount: 3 });
  });

  it('prefers an id to an e-mail to a name for the customer', () => {
    expectMapping(['Customer Name', 'Email', 'Customer ID', 'Date', 'Total'], { customer: 2, date: 3, amount: 4 });
    expectMapping(['Customer Name', 'Email', 'Date', 'Total'], { customer: 1, date: 2, amount: 3 });
  });
});

describe('detectColumns from values', () => {
  it('finds dates, amounts with decimals and a repeating id when headers say nothing', () => {
    const sample: CellValue[][] = [
      ['x1', 3, 'anna@a.pl', '2024-01-05', '12,50 zł'],
      ['x2', 1, 'bob@b.pl', '2024-01-06', '3,00 zł'],
      ['x3', 2, 'anna@a.pl', '2024-02-01', '7,25 zł'],
      ['x4', 1, 'cyd@c.pl', '2024-02-03', '10,00 zł'],
    ];
    const guess = detectColumns(['a', 'b', 'c', 'd', 'e'], sample, 'pl_PL');
    expect(guess.mapping).toEqual({ ...none, customer: 2, date: 3, amount: 4 });
    expect(guess.why).toEqual({ customer: { source: 'values' }, date: { source: 'values' }, amount: { source: 'values' } });
  });

  it('finds Date cells and YYYYMMDD numbers; ignores unique ids and small counts', () => {
    const sample: CellValue[][] = [
      [101, 7, 19970101, 29.33, new Date(0)],
      [102, 7, 19970118, 29.73, new Date(1)],
      [103, 12, 19970802, 14.96, new Date(2)],
      [104, 12, 19971212, 26.48, new Date(3)],
    ];
    // Column 0 never repeats (not a customer); column 1 repeats: a customer.
    const guess = detectColumns(['', '', '', '', ''], sample);
    expect(guess.mapping).toEqual({ ...none, customer: 1, date: 2, amount: 3 });
  });

  it('fills only what the headers missed, and does not guess an amount when quantity and price exist', () => {
    const sample: CellValue[][] = [['c1', 2, 1.5, '2024-01-01', 9.99], ['c1', 1, 2.5, '2024-01-02', 1.01]];
    const guess = detectColumns(['who', 'Quantity', 'Price', 'when', 'misc'], sample);
    expect(guess.mapping).toEqual({ ...none, quantity: 1, price: 2, date: 3 });
  });
});

describe('headers and values that mutation testing showed untested', () => {
  it('recognises the Danish amount headers Ordreværdi and Omsætning', () => {
    expectMapping(['Kunde', 'Dato', 'Ordreværdi'], { customer: 0, date: 1, amount: 2 });
    expectMapping(['Kunde', 'Dato', 'Omsætning'], { customer: 0, date: 1, amount: 2 });
  });

  it('guesses a column of real Date cells under an unknown header as the order date', () => {
    const sample: CellValue[][] = [
      ['a', new Date(Date.UTC(2024, 0, 5)), 10.5],
      ['b', new Date(Date.UTC(2024, 0, 6)), 3.25],
      ['a', new Date(Date.UTC(2024, 1, 1)), 7.75],
    ];
    const guess = detectColumns(['Customer', 'when', 'Amount'], sample);
    expect(guess.mapping.date).toBe(1);
    expect(guess.why.date).toEqual({ source: 'values' });
  });
});

describe('who the customer is: rules that mutation testing showed untested', () => {
  it('takes a WooCommerce export’s e-mail, with the billing names and the user id as stand-ins, and 0 as a guest', () => {
    const header = ['Order Number', 'Order Date', 'Order Total', 'Billing First Name', 'Billing Last Name', 'Customer User ID', 'Billing Email'];
    const sample: CellValue[][] = [
      [1001, '2024-01-05', 10, 'Anna', 'Nowak', 7, 'anna@x.pl'],
      [1002, '2024-01-06', 20, 'Jan', 'Kowalski', 0, ''],
    ];
    const guess = detectColumns(header, sample);
    expect(guess.platform).toBe('woocommerce');
    expect(guess.mapping.customer).toBe(6);
    expect(guess.identity).toEqual({ parts: [{ column: 6, last: null }, { column: 3, last: 4 }, { column: 5, last: null }], zeroIsGuest: true });
    // Without the e-mail column, the first and last names lead.
    const noEmail = detectColumns(header.slice(0, 6), sample.map((row) => row.slice(0, 6)));
    expect(noEmail.identity.parts).toEqual([{ column: 3, last: 4 }, { column: 5, last: null }]);
    expect(noEmail.mapping.customer).toBe(3);
  });

  it('does not take a column of order numbers, or of the order id’s own values, as the customer', () => {
    const hashes = detectColumns(['Customer ID', 'Client', 'Date', 'Amount'], [
      ['#1001', 'anna', '2024-01-05', 10],
      ['#1002', 'bob', '2024-01-06', 20],
      ['# 1003', 'anna', '2024-01-07', 30],
    ]);
    expect(hashes.mapping.customer).toBe(1);
    const sameAsOrder = detectColumns(['Order', 'Customer No', 'Buyer', 'Date', 'Amount'], [
      ['A-1', 'A-1', 'anna', '2024-01-05', 10],
      ['A-2', 'A-2', 'bob', '2024-01-06', 20],
      ['A-3', '', 'anna', '2024-01-07', 30],
    ]);
    expect(sameAsOrder.mapping).toMatchObject({ orderId: 0, customer: 2 });
  });

  it('does not take a weak header ("Name") whose value differs on every one of 20 orders; 19 are too few to tell', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i): CellValue[] => [`Person ${i}`, '2024-01-05', 10 + i]);
    expect(detectColumns(['Name', 'Date', 'Amount'], rows(20)).mapping.customer).toBeNull();
    expect(detectColumns(['Name', 'Date', 'Amount'], rows(19)).mapping.customer).toBe(0);
    const repeating = rows(20);
    repeating[19][0] = 'Person 0';
    expect(detectColumns(['Name', 'Date', 'Amount'], repeating).mapping.customer).toBe(0);
  });

  it('joins a first and a last name when nothing else names the customer; a first name alone is no customer', () => {
    const both = detectColumns(['Imię', 'Nazwisko', 'Data', 'Kwota'], [['Anna', 'Nowak', '2024-01-05', 10]], 'pl_PL');
    expect(both.mapping.customer).toBe(0);
    expect(both.identity.parts).toEqual([{ column: 0, last: 1 }]);
    expect(detectColumns(['Imię', 'Data', 'Kwota'], [['Anna', '2024-01-05', 10]], 'pl_PL').mapping.customer).toBeNull();
    // First names empty in the sample: not joined.
    expect(detectColumns(['Imię', 'Nazwisko', 'Data', 'Kwota'], [['', 'Nowak', '2024-01-05', 10]], 'pl_PL').mapping.customer).toBeNull();
    // "Nume client" (Romanian: customer name) is a customer header although "nume" alone is a last name.
    expect(detectColumns(['Nume client', 'Data', 'Valoare'], [], 'ro_RO').mapping.customer).toBe(0);
    expect(detectColumns(['Nume', 'Data', 'Valoare'], [], 'ro_RO').mapping.customer).toBeNull();
  });

  it('takes whole-name headers holding a first- or last-name word as the customer (Polish, Russian, Romanian)', () => {
    // "Imię i nazwisko" (first name and surname), "Имя клиента" (customer's name), "Nume complet" (full name).
    expectMapping(['Imię i nazwisko', 'Data', 'Kwota'], { customer: 0, date: 1, amount: 2 });
    expectMapping(['Имя клиента', 'Дата', 'Сумма'], { customer: 0, date: 1, amount: 2 });
    expectMapping(['Nume complet', 'Data', 'Valoare'], { customer: 0, date: 1, amount: 2 });
    // The parts alone still are not.
    expectMapping(['Имя', 'Дата', 'Сумма'], { date: 1, amount: 2 });
    expectMapping(['Nazwisko', 'Data', 'Kwota'], { date: 1, amount: 2 });
  });

  it('does not take back from the values a "Name" the 20-order rule refused, when orders have several lines', () => {
    // 20 orders of two lines each, every order with a name of its own: "Name" holds order names
    // (`SHOP1000`…), and its repeats are the lines of one order, not a returning customer.
    const sample = Array.from({ length: 40 }, (_, i): CellValue[] => [1000 + Math.floor(i / 2), `SHOP${1000 + Math.floor(i / 2)}`, '2024-01-05', 10]);
    const guess = detectColumns(['Order ID', 'Name', 'Date', 'Amount'], sample);
    expect(guess.mapping).toEqual({ ...none, orderId: 0, date: 2, amount: 3 });
    // One name on two orders: a returning customer, and "Name" is believed.
    sample[39][1] = sample[38][1] = 'SHOP1000';
    expect(detectColumns(['Order ID', 'Name', 'Date', 'Amount'], sample).mapping.customer).toBe(1);
  });

  it('says when customers are written as initials, and only when at least half are', () => {
    const initials = detectColumns(['Customer', 'Date', 'Amount'], [['J. Doe', '2024-01-05', 10], ['A.Smith', '2024-01-06', 20], ['Bob Ray', '2024-01-07', 30]]);
    expect(initials.doubts).toContainEqual({ role: 'customer', code: 'initials', example: 'J. Doe' });
    const few = detectColumns(['Customer', 'Date', 'Amount'], [['J. Doe', '2024-01-05', 10], ['Ann Lee', '2024-01-06', 20], ['Bob Ray', '2024-01-07', 30]]);
    expect(few.doubts.map((d) => d.code)).not.toContain('initials');
  });

  it('says when customers are masked', () => {
    const guess = detectColumns(['Client', 'Date', 'Amount'], [['J******* S****', '2024-01-05', 10], ['A**** N****', '2024-01-06', 20]]);
    expect(guess.mapping.customer).toBe(0);
    expect(guess.doubts).toContainEqual({ role: 'customer', code: 'masked', example: 'J******* S****' });
  });

  it('never takes a percentage column as the amount', () => {
    const guess = detectColumns(['Customer', 'Date', 'Amount', 'Total'], [], undefined, { percentColumns: [false, false, true, false] });
    expect(guess.mapping.amount).toBe(3);
  });

  it('subtracts refunds and reads dates on the shop’s clock unless the export says otherwise', () => {
    const generic = detectColumns(['Customer', 'Date', 'Amount'], []);
    expect([generic.refundMode, generic.dateZone, generic.extraRules, generic.converted]).toEqual(['subtract', 'sheet', [], null]);
    const stripe = detectColumns(
      ['id', 'Created date (UTC)', 'Amount', 'Amount Refunded', 'Currency', 'Converted Amount', 'Converted Currency', 'Captured', 'Customer Email', 'Status'],
      [],
    );
    expect(stripe.platform).toBe('stripe');
    expect(stripe.dateZone).toBe('utc');
    expect(stripe.converted).toEqual({ amount: 5, refunds: null, currency: 6 });
    expect(stripe.extraRules).toEqual([{ column: 7, test: 'false', pattern: undefined }]);
  });
});

describe('guesses from values that mutation testing showed untested', () => {
  it('prefers a repeating e-mail column to another repeating id, and says the customer was guessed', () => {
    const sample: CellValue[][] = [
      ['k1', 'anna@a.pl', '2024-01-05', 12.5],
      ['k2', 'bob@b.pl', '2024-01-06', 3.25],
      ['k1', 'anna@a.pl', '2024-02-01', 7.75],
    ];
    const guess = detectColumns(['a', 'b', 'c', 'd'], sample);
    expect(guess.mapping.customer).toBe(1);
    expect(guess.doubts).toContainEqual({ role: 'customer', code: 'guessed', example: 'anna@a.pl' });
  });

  it('takes as the amount the column with the most decimals, never one of whole numbers only', () => {
    const sample: CellValue[][] = [
      ['c1', '2024-01-05', 3, 12.5, 1.5],
      ['c2', '2024-01-06', 1, 3.25, 2],
      ['c1', '2024-02-01', 2, 7.75, 3],
    ];
    expect(detectColumns(['a', 'b', 'c', 'd', 'e'], sample).mapping.amount).toBe(3);
    const wholeOnly: CellValue[][] = sample.map((row) => [row[0], row[1], row[2]]);
    expect(detectColumns(['a', 'b', 'c'], wholeOnly).mapping.amount).toBeNull();
  });

  it('does not take digit-only texts for dates, nor a Date or boolean column for amounts', () => {
    const sample: CellValue[][] = [
      ['c1', '20240105', true, new Date(Date.UTC(2024, 0, 5)), '12.50'],
      ['c2', '20240106', false, new Date(Date.UTC(2024, 0, 6)), '3.25'],
      ['c1', '20240201', true, new Date(Date.UTC(2024, 1, 1)), '7.75'],
    ];
    const guess = detectColumns(['a', 'b', 'c', 'd', 'e'], sample);
    expect(guess.mapping).toMatchObject({ date: 3, amount: 4, customer: 0 });
  });

  it('needs at least two values, some repeating, few codes, and no decimals to call a column ids', () => {
    const rows = (ids: CellValue[]) => ids.map((id, i): CellValue[] => [id, `2024-01-${String(i + 1).padStart(2, '0')}`, 10.5]);
    expect(detectColumns(['a', 'b', 'c'], rows(['x'])).mapping.customer).toBeNull();
    expect(detectColumns(['a', 'b', 'c'], rows(['x', 'y', 'x'])).mapping.customer).toBe(0);
    expect(detectColumns(['a', 'b', 'c'], rows(['1.5', '2.5', '1.5'])).mapping.customer).toBeNull();
  });

  it('guesses only what the headers left: a sample wider than the header is searched too', () => {
    const guess = detectColumns(['Customer', 'Date'], [['a', '2024-01-05', 12.5], ['b', '2024-01-06', 3.25]]);
    expect(guess.mapping).toEqual({ ...none, customer: 0, date: 1, amount: 2 });
  });
});

describe('amountLevelOf and applyCorrections', () => {
  it('sees an amount written once per order, repeated on its lines, or one per line', () => {
    expect(amountLevelOf([[1, 10], [1, ''], [2, 5]], 1, 0)).toBe('order'); // first line only
    expect(amountLevelOf([[1, 10], [1, ' 10 '], [2, 5]], 1, 0)).toBe('order'); // repeated
    expect(amountLevelOf([[1, 10], [1, 4], [2, 5]], 1, 0)).toBe('line');
    expect(amountLevelOf([[1, ''], [1, 10]], 1, 0)).toBe('line'); // on a later line: a line amount
    expect(amountLevelOf([[1, 10], [2, 5]], 1, 0)).toBe('line'); // no order of several lines
    expect(amountLevelOf([['', 10], ['', 10]], 1, 0)).toBe('line'); // no order ids
    expect(amountLevelOf([[' 1', 10], ['1 ', 10]], 1, 0)).toBe('order'); // ids compared trimmed
    expect(amountLevelOf([[1, 10], [1, 10]], null, 0)).toBe('line');
    expect(amountLevelOf([[1, 10], [1, 10]], 1, null)).toBe('line');
  });

  it('a corrected customer is that one column, with its own doubts; a corrected refunds column is subtracted', () => {
    const header = ['Client', 'Who', 'Date', 'Amount', 'Refunds'];
    const sample: CellValue[][] = [['J******* S****', 'ann', '2024-01-05', 10, 0], ['A**** N****', 'bob', '2024-01-06', 20, 0]];
    const guess = detectColumns(header, sample);
    expect(guess.doubts.map((d) => d.code)).toEqual(['masked']);
    const corrected = applyCorrections(guess, { customer: 1 }, sample);
    expect(corrected.identity).toEqual({ parts: [{ column: 1, last: null }], zeroIsGuest: false });
    expect(corrected.doubts).toEqual([]);
    const back = applyCorrections(corrected, { customer: 0 }, sample);
    expect(back.doubts).toEqual([{ role: 'customer', code: 'masked', example: 'J******* S****' }]);
    expect(applyCorrections(guess, { customer: null }, sample).identity.parts).toEqual([]);
    expect(applyCorrections(guess, { customer: 0 }, sample)).toBe(guess); // nothing changed
    const withoutRefunds = applyCorrections({ ...guess, refundMode: 'replace' }, { refunds: null }, sample);
    expect(withoutRefunds.refundMode).toBe('subtract');
    const sameRefunds = applyCorrections({ ...guess, refundMode: 'replace' }, { amount: null }, sample);
    expect(sameRefunds.refundMode).toBe('replace');
  });

  it('judges the amount level again when the amount or the order id is corrected, and drops converted amounts', () => {
    const header = ['Order', 'Customer', 'Date', 'Total', 'Line'];
    const sample: CellValue[][] = [[1, 'a', '2024-01-05', 10, 4], [1, 'a', '2024-01-05', 10, 6]];
    const guess = detectColumns(header, sample);
    expect(guess.amountLevel).toBe('order');
    expect(applyCorrections(guess, { amount: 4 }, sample).amountLevel).toBe('line');
    expect(applyCorrections({ ...guess, amountLevel: 'line' }, { orderId: null }, sample).amountLevel).toBe('line');
    const converted = { amount: 3, refunds: null, currency: 2 };
    expect(applyCorrections({ ...guess, converted }, { amount: 4 }, sample).converted).toBeNull();
    expect(applyCorrections({ ...guess, converted }, { date: null }, sample).converted).toEqual(converted);
  });
});

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
