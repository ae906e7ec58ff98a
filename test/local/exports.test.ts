/**
 * Shop exports read end to end: one small synthetic file per platform (test/fixtures/exports/, the
 * real exports' headers and formats, no personal data) imported as Sheets would import it, then the
 * built add-on's cohort report and metrics in the local host. Every expected number is counted by
 * hand in the comments from the fixture's rows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFile } from '../../src/local/runner';
import type { RunnerReportResult as ReportResult } from '../../src/server/report';
import type { MetricsResult } from '../../src/server/metrics';
import { projectRoot } from '../helpers/build';

const fixture = (name: string) => join(projectRoot, 'test/fixtures/exports', name);

interface Options {
  locale?: string;
  timezone?: string;
  currency?: string;
  mapping?: Record<string, number | null>;
  period?: string;
}

async function report(name: string, options: Options = {}): Promise<ReportResult> {
  const { host, sheetName } = await openFile(fixture(name), { locale: options.locale, timezone: options.timezone }, () => {});
  return host.runFromSidebar('buildCohortReport', {
    sheetName,
    mapping: options.mapping ?? {},
    options: { period: options.period ?? 'month', metric: 'counts', currency: options.currency ?? '' },
    withJson: true,
  }) as ReportResult;
}

async function metrics(name: string, from: string, to: string, options: Options = {}): Promise<MetricsResult> {
  const { host, sheetName } = await openFile(fixture(name), { locale: options.locale, timezone: options.timezone }, () => {});
  return host.runFromSidebar('buildMetrics', { sheetName, from, to, currency: options.currency }) as MetricsResult;
}

async function failure(name: string, options: Options = {}): Promise<string> {
  try {
    await report(name, options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was read without an error`);
}

const cohorts = (r: ReportResult) => r.json.cohorts.map((c) => [c.cohort, c.customers, c.active]);

describe('shop exports, one per platform', () => {
  it('Shopify: Name is the order, e-mail the customer (else Billing Name); voided and cancelled orders skipped; refunds subtracted; the shop’s clock', async () => {
    const r = await report('shopify.csv');
    expect(r.json.platform).toBe('shopify');
    expect(r.json.columns).toEqual({
      customer: 'Email', date: 'Created at', amount: 'Total', order: 'Name', status: 'Financial Status', refunds: 'Refunded Amount', currency: 'Currency',
    });
    // 10 lines: #1005 is voided (1 line), #1006 has a Cancelled at (2 lines) → 3 skipped, 7 used.
    expect(r.json.rows).toEqual({ read: 10, used: 7, skipped: { cancelled: 3 } });
    // Purchases: ann #1001 Jan 11, bob #1002 Jan 31 23:30 −05:00 (Feb 1 in UTC, but the shop's clock says
    // Jan 31), ann #1003 Feb 5 (20 − 5), bob #1008 Mar 15, Fay Lin #1007 Mar 1 (no e-mail: Billing Name).
    // cy's only order #1004 is refunded in full (40 − 40): no purchase, so no cohort.
    expect(cohorts(r)).toEqual([['2022-01', 2, [2, 1, 1]], ['2022-03', 1, [1]]]);
    expect(r.json.currency).toBe('USD');
    expect(r.health).toContain('Dates carry UTC offsets (-04:00, -05:00): they were read at the shop’s own clock, as written.');
    expect(r.health).toContain('Orders with refunds subtracted: 2; refunded in full, so no purchase: 1.');
    expect(r.used[1]).toBe(
      'Columns used: customer "Email" (else "Billing Name"); date "Created at"; amount "Total" (once per order) minus "Refunded Amount"; ' +
        'order "Name"; status "Financial Status", "Cancelled at"; currency "Currency" (USD).',
    );
  });

  it('Shopify: net revenue counts each order’s Total once, minus its refunds (metrics)', async () => {
    const m = await metrics('shopify.csv', '2022-01-01', '2022-03-31');
    // Net: #1001 50, #1002 30, #1003 15, #1004 0, #1007 10, #1008 35 = 140; purchases 5 (not #1004); customers 3.
    expect(m.json.aov).toBeCloseTo(140 / 5, 10);
    expect(m.json.clv).toBeCloseTo(140 / 3, 10);
  });

  it('WooCommerce (export plugin, a line per row): statuses, order_total once per order even when repeated, order_refund', async () => {
    const r = await report('woocommerce.csv');
    expect(r.json.platform).toBe('woocommerce');
    expect(r.json.columns).toMatchObject({ customer: 'billing_email', amount: 'order_total', order: 'order_number', status: 'status', refunds: 'order_refund' });
    // 2002 wc-cancelled and 2003 pending (1 line each) never happened.
    expect(r.json.rows).toEqual({ read: 9, used: 7, skipped: { cancelled: 2 } });
    // ann: Jan 10, Feb 2. bo: Feb 3, Mar 5 (on-hold counts). cy: only 2006, refunded in full.
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 1, 0]], ['2024-02', 1, [1, 1]]]);
    const m = await metrics('woocommerce.csv', '2024-01-01', '2024-03-31');
    // 100 + (60 − 10) + 80 (written on both lines of 2005, taken once) + 20 = 250 over 4 purchases.
    expect(m.json.aov).toBeCloseTo(62.5, 10);
  });

  it('WooCommerce Analytics › Orders › Download', async () => {
    const r = await report('woocommerce-analytics.csv');
    expect(r.json.platform).toBe('woocommerce_analytics');
    expect(r.json.columns).toMatchObject({ customer: 'Customer', date: 'Date', amount: 'Net Sales', order: 'Order #', status: 'Status' });
    // 802 Cancelled; Ann Jan 2 and Feb 14; Cy Feb 20.
    expect(r.json.rows.skipped).toEqual({ cancelled: 1 });
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 1]], ['2024-02', 1, [1]]]);
  });

  it('Etsy Sold Orders: Buyer User ID, else Full Name for guests; never Ship City; Adjusted Order Total replaces the total', async () => {
    const r = await report('etsy-sold-orders.csv');
    expect(r.json.platform).toBe('etsy_orders');
    expect(r.json.columns).toMatchObject({ customer: 'Buyer User ID', amount: 'Order Total', order: 'Order ID', refunds: 'Adjusted Order Total' });
    // 3004 Canceled. u1: Dec 31 2021, Jan 15 2022. Guest Bo Chan (Full Name): Jan 5, Feb 13.
    expect(r.json.rows).toEqual({ read: 5, used: 4, skipped: { cancelled: 1 } });
    expect(cohorts(r)).toEqual([['2021-12', 1, [1, 1, 0]], ['2022-01', 1, [1, 1]]]);
    const m = await metrics('etsy-sold-orders.csv', '2021-12-01', '2022-02-28');
    // 25.85 + 10 + 20 (3003's adjusted total, not 30) + 12 = 67.85 over 4 purchases.
    expect(m.json.aov).toBeCloseTo(67.85 / 4, 10);
  });

  it('Etsy Sold Orders in a day-first spreadsheet: the MM/DD/YY texts prove month first, the Date cells Sheets made are re-read', async () => {
    // In da_DK, Sheets turns 01/05/22 into 1 May 2022 and 02/01/22 into 2 Jan, but leaves 12/31/21, 01/15/22, 02/13/22 as text.
    const r = await report('etsy-sold-orders.csv', { locale: 'da_DK' });
    expect(cohorts(r)).toEqual([['2021-12', 1, [1, 1, 0]], ['2022-01', 1, [1, 1]]]);
    expect(r.health).toContain('Datoer som 12/31/21 beviser rækkefølgen »måned før dag«: alle kolonnens datoer blev læst sådan.');
    expect(r.health).toContain('Datoer, som arket havde konverteret omvendt: 2; de blev læst med måned før dag, som kolonnens andre datoer beviser.');
  });

  it('Etsy Sold Order Items: Order ID groups the items, never the per-item Transaction ID', async () => {
    const r = await report('etsy-sold-order-items.csv');
    expect(r.json.platform).toBe('etsy_items');
    expect(r.json.columns).toMatchObject({ customer: 'Buyer', amount: 'Item Total', order: 'Order ID' });
    expect(cohorts(r)).toEqual([['2020-07', 2, [2, 1]]]);
    const m = await metrics('etsy-sold-order-items.csv', '2020-07-01', '2020-08-31');
    // O1 5 + 7, O2 10, O3 7 + 6: 35 over 3 orders (35 / 5 items would be the per-item mistake).
    expect(m.json.aov).toBeCloseTo(35 / 3, 10);
  });

  it('Stripe: several currencies read through the converted amounts; UTC dates in the spreadsheet’s zone; failed and uncaptured skipped', async () => {
    const r = await report('stripe.csv', { timezone: 'Europe/Warsaw' });
    expect(r.json.platform).toBe('stripe');
    expect(r.json.columns).toMatchObject({
      customer: 'Customer ID', date: 'Created date (UTC)', amount: 'Converted Amount', refunds: 'Converted Amount Refunded', currency: 'Converted Currency',
    });
    expect(r.json.currency).toBe('EUR');
    // ch_3 Failed (and not captured). ch_1 at 23:30 UTC on Jan 31 is 00:30 on Feb 1 in Warsaw.
    // cus_1: Feb 1, Mar 1. cus_2: Feb 2 (20 − 5). cus_3: ch_5 refunded in full, no purchase.
    expect(r.json.rows.skipped).toEqual({ cancelled: 1 });
    expect(cohorts(r)).toEqual([['2024-02', 2, [2, 1]]]);
    expect(r.health).toContain('Several currencies (EUR 2, USD 2, MXN 1): the converted amounts in EUR were used.');
    expect(r.health).toContain('Dates in UTC were converted to the spreadsheet’s time zone (Europe/Warsaw).');
    // In UTC, ch_1 stays in January.
    expect(cohorts(await report('stripe.csv', { timezone: 'Etc/UTC' }))).toEqual([['2024-01', 1, [1, 0, 1]], ['2024-02', 1, [1, 0]]]);
    const m = await metrics('stripe.csv', '2024-02-01', '2024-03-31', { timezone: 'Europe/Warsaw' });
    // 9.20 + 15 + 36.80 + 0 = 61 over 3 purchases.
    expect(m.json.aov).toBeCloseTo(61 / 3, 10);
  });

  it('Stripe without converted amounts: stops and lists the currencies, or reports the one chosen', async () => {
    expect(await failure('stripe-mixed.csv')).toBe(
      'The column "Currency" holds several currencies: USD (3), EUR (1). Amounts in different currencies cannot be added: choose the currency to report.',
    );
    const r = await report('stripe-mixed.csv', { currency: 'usd' });
    // ch_2 (eur) set aside. cus_1 Jan 10, Feb 12; cus_3 Feb 13.
    expect(r.json.rows).toEqual({ read: 4, used: 3, skipped: { other_currency: 1 } });
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 1]], ['2024-02', 1, [1]]]);
    expect(r.json.currency).toBe('USD');
    expect(await failure('stripe-mixed.csv', { currency: 'PLN' })).toBe('No row of "Currency" is in PLN. The currencies there are: USD (3), EUR (1).');
  });

  it('Square transactions: Customer ID, Total Collected, a walk-in without a customer skipped', async () => {
    const r = await report('square.csv');
    expect(r.json.platform).toBe('square');
    expect(r.json.columns).toMatchObject({ customer: 'Customer ID', amount: 'Total Collected' });
    expect(r.json.rows).toEqual({ read: 4, used: 3, skipped: { no_customer: 1 } });
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 1]], ['2024-02', 1, [1]]]);
  });

  it('PayPal activity: transfers and conversions are not sales, denied payments never happened, DD/MM dates proven', async () => {
    // en_US Sheets turned 05/02 (5 Feb), 06/02 and 10/02 into May, June and October; 31/01, 14/02, 20/02 stayed text.
    const r = await report('paypal.csv');
    expect(r.json.platform).toBe('paypal');
    expect(r.json.columns).toMatchObject({ customer: 'From Email Address', amount: 'Gross', status: 'Status', currency: 'Currency' });
    expect(r.json.rows).toEqual({ read: 6, used: 3, skipped: { not_an_order: 2, cancelled: 1 } });
    // ann: Jan 31, Feb 5 (re-read from 2 May). cy: Feb 20.
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 1]], ['2024-02', 1, [1]]]);
    expect(r.health).toContain('Dates such as 31/01/2024 prove the order day before month: every date of the column was read that way.');
  });

  it('BigCommerce: customer id 0 is a guest, identified by e-mail; cancelled and pending skipped', async () => {
    const r = await report('bigcommerce.csv');
    expect(r.json.platform).toBe('bigcommerce');
    expect(r.json.columns).toMatchObject({ customer: 'Customer ID', amount: 'Order Total (inc tax)', status: 'Order Status', refunds: 'Refund Amount' });
    // 104 Cancelled, 106 Pending. Customer 7: Jan 3, Feb 1. Guest One (id 0, guest1@): Jan 4, Mar 1.
    expect(r.json.rows).toEqual({ read: 6, used: 4, skipped: { cancelled: 2 } });
    expect(cohorts(r)).toEqual([['2024-01', 2, [2, 1, 1]]]);
  });

  it('Magento order grid: Grand Total (Base), closed orders refunded in full', async () => {
    const r = await report('magento.csv');
    expect(r.json.platform).toBe('magento');
    expect(r.json.columns).toMatchObject({ customer: 'Customer Email', amount: 'Grand Total (Base)', order: 'ID', refunds: 'Total Refunded' });
    // 2 canceled. ann: Jan 5, Feb 11 (closed, 80 − 80: no purchase), Mar 1. cy: Feb 12.
    expect(r.json.rows.skipped).toEqual({ cancelled: 1 });
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 0, 1]], ['2024-02', 1, [1, 0]]]);
  });

  it('PrestaShop: canceled and payment errors skipped; abbreviated names flagged', async () => {
    const r = await report('prestashop.csv');
    expect(r.json.platform).toBe('prestashop');
    expect(r.json.rows.skipped).toEqual({ cancelled: 2 });
    // J. Doe: Jan 10, Feb 15. A. Smith: Jan 11 canceled, so first purchase Mar 1.
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 1, 0]], ['2024-03', 1, [1]]]);
    expect(r.health).toContain('Customer names in "Customer" are abbreviated (e.g. J. Doe): different people may share one.');
  });

  it('Polish shop (BaseLinker): login, decimal commas, DD.MM.YYYY; in an en_US sheet too', async () => {
    for (const locale of ['pl_PL', 'en_US']) {
      const r = await report('baselinker.csv', { locale });
      expect(r.json.platform).toBe('polish_shop');
      expect(r.json.columns).toMatchObject({ customer: 'Login klienta', amount: 'Wartość zamówienia', order: 'ID zamówienia', status: 'Status', currency: 'Waluta' });
      // 5002 Anulowane. anna_k: Jan 3, Feb 5. jan_n: Jan 15. ola_w: Feb 29.
      expect(r.json.rows.skipped, locale).toEqual({ cancelled: 1 });
      expect(cohorts(r), locale).toEqual([['2024-01', 2, [2, 1]], ['2024-02', 1, [1]]]);
      const m = await metrics('baselinker.csv', '2024-01-01', '2024-02-29', { locale });
      // 123.45 + 1 234.56 + 80 + 45.50 = 1 483.51 over 4 purchases.
      expect(m.json.aov, locale).toBeCloseTo(1483.51 / 4, 10);
    }
  });

  it('a Polish file without an amount: the coupon "15%" is never the amount, and retention is still counted', async () => {
    const r = await report('polish-no-amount.csv', { locale: 'pl_PL' });
    expect(r.json.columns).toMatchObject({ customer: 'Login kupującego', amount: null });
    // kasia Mar 2, Apr 4; tomek Mar 10; ewa Apr 20.
    expect(cohorts(r)).toEqual([['2024-03', 2, [2, 1]], ['2024-04', 1, [1]]]);
    expect(r.used[1]).toContain('kwota brak (nie ma kolumny kwoty');
    const m = await metrics('polish-no-amount.csv', '2024-04-01', '2024-04-30', { locale: 'pl_PL' });
    // S = March buyers {kasia, tomek}; April: kasia kept, ewa new → CRR 1/2; no amounts → no AOV or CLV.
    expect(m.json.crr).toBe(0.5);
    expect([m.json.aov, m.json.clv]).toEqual([null, null]);
    expect(m.problems).toContain('no_amounts');
    const { host, sheetName } = await openFile(fixture('polish-no-amount.csv'), { locale: 'pl_PL' }, () => {});
    expect(() => host.runFromSidebar('buildCohortReport', { sheetName, options: { metric: 'revenue' } })).toThrow(
      'Arkusz zamówień nie ma kolumny kwoty, więc raport nie może pokazać: ',
    );
  });

  it('Russian shop (InSales): "Отменён" cancels, 1 250,00 amounts', async () => {
    const r = await report('insales.csv', { locale: 'ru_RU' });
    expect(r.json.platform).toBe('russian_shop');
    expect(r.json.columns).toMatchObject({ customer: 'Email', amount: 'Сумма заказа', order: 'Номер заказа', status: 'Статус', currency: 'Валюта' });
    expect(r.json.rows.skipped).toEqual({ cancelled: 1 });
    // olga Mar 12, Apr 20; ivan (Mar 14 cancelled) Apr 2.
    expect(cohorts(r)).toEqual([['2024-03', 1, [1, 1]], ['2024-04', 1, [1]]]);
    expect(r.json.currency).toBe('RUB');
  });

  it('Romanian shop (SmartBill): "Anulată" cancels, 1.250,00 amounts', async () => {
    const r = await report('smartbill.csv', { locale: 'ro_RO' });
    expect(r.json.platform).toBe('romanian_shop');
    expect(r.json.columns).toMatchObject({ customer: 'Email', amount: 'Total', order: 'Nr. comandă', status: 'Stare', currency: 'Moneda' });
    // ion Jan 5, Feb 12; maria (Jan 6 cancelled) Feb 10.
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 1]], ['2024-02', 1, [1]]]);
    const m = await metrics('smartbill.csv', '2024-01-01', '2024-02-29', { locale: 'ro_RO' });
    expect(m.json.aov).toBeCloseTo((1250 + 450.5 + 99.9) / 3, 10);
  });

  it('Danish shop (Dandomain): "Annulleret" cancels, DD-MM-YYYY and 1.499,00', async () => {
    const r = await report('dandomain.csv', { locale: 'da_DK' });
    expect(r.json.platform).toBe('danish_shop');
    expect(r.json.columns).toMatchObject({ customer: 'E-mail', amount: 'Beløb', order: 'Ordrenummer', status: 'Status', currency: 'Valuta' });
    // jens Jan 3, Feb 15; mette (Jan 4 cancelled) Feb 20.
    expect(cohorts(r)).toEqual([['2024-01', 1, [1, 1]], ['2024-02', 1, [1]]]);
    const m = await metrics('dandomain.csv', '2024-01-01', '2024-02-29', { locale: 'da_DK' });
    expect(m.json.aov).toBeCloseTo((1499 + 399.5 + 120) / 3, 10);
  });
});

describe('who is the customer, or a plain stop', () => {
  it('joins a first and a last name, never a first name alone', async () => {
    const r = await report('first-last-names.csv');
    expect(r.json.platform).toBeNull();
    // "Florentina Pop" (Jan 5, Feb 1) and "Florentina Ionescu" (Jan 6) are two people.
    expect(cohorts(r)).toEqual([['2024-01', 2, [2, 1]]]);
    expect(r.used[1]).toContain('customer "First Name" + "Last Name"');
  });

  it('stops when only first names are there', async () => {
    expect(await failure('first-names-only.csv')).toBe(
      'No column of the sheet "first-names-only" names the customer (an id, e-mail, phone or full name), so retention cannot be counted. ' +
        'Its columns are: "Order ID", "Order Date", "First Name", "Order Total". Choose the customer column.',
    );
  });

  it('stops when the only candidate holds order numbers (#1001, #1002, …)', async () => {
    expect(await failure('order-numbers-only.csv')).toMatch(/^No column of the sheet "order-numbers-only" names the customer .* "Name", "Date", "Total"\. Choose the customer column\.$/);
  });

  it('stops on an export whose buyer column is empty in every row', async () => {
    expect(await failure('etsy-sold-order-items-no-buyer.csv')).toMatch(/^No column of the sheet "etsy-sold-order-items-no-buyer" names the customer/);
  });

  it('a user’s choice still wins: the order number as the customer if they say so', async () => {
    const r = await report('order-numbers-only.csv', { mapping: { customer: 0 } });
    expect(r.json.columns.customer).toBe('Name');
    // 25 orders, each a different "customer": the report says so.
    expect(r.health).toContain('Every order has a different customer in "Name": if it holds order numbers, choose the customer column.');
  });
});

describe('every output says what it read', () => {
  it('the weekly e-mail names the export and the columns, and carries the currency with every amount', async () => {
    const { host, sheetName } = await openFile(fixture('shopify.csv'), { locale: 'en_US' }, () => {});
    const email = host.runFromSidebar('previewWeeklyEmail', { weekEnding: '2022-03-19', sheetName }) as { text: string; used: string[] };
    expect(email.used[0]).toBe('Recognised export: Shopify.');
    // The week of Sunday Mar 13 … Sat Mar 19, 2022 (en_US weeks): bob's #1008, 35.00.
    expect(email.text).toContain('Net revenue: 35.00 USD');
    expect(email.text).toContain('Columns used: customer "Email"');
    expect(email.text).toContain('Amounts are in USD.');
  });

  it('the e-mail leaves money out, and customer value stops plainly, when the sheet has no amounts', async () => {
    const { host, sheetName } = await openFile(fixture('polish-no-amount.csv'), { locale: 'pl_PL' }, () => {});
    const email = host.runFromSidebar('previewWeeklyEmail', { weekEnding: '2024-04-07', sheetName, language: 'en' }) as { text: string };
    expect(email.text).toContain('Active customers: 1');
    expect(email.text).not.toContain('Net revenue');
    expect(() => host.runFromSidebar('buildCustomerValue', { sheetName, period: 'week' })).toThrow(
      'Arkusz „polish-no-amount” nie ma kolumny kwoty, więc nie da się przewidzieć wartości klienta',
    );
  });
});
