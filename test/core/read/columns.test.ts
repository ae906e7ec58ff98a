import { describe, expect, it } from 'vitest';
import { detectColumns, normaliseHeader, type ColumnMapping } from '../../../src/core/read/columns';
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
