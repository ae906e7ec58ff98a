/**
 * The Customers sheet and the campaign list through the built add-on in the local host, on the test
 * shop of test/core/customers/shop.ts (statuses, spends and tiers computed by hand there) with
 * contact columns as Shopify writes them.
 */
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';
import { cellsOf, type StoredValue } from '../../../src/local/sheetData';
import { buildOnce, distFile } from '../../helpers/build';
import { SHOP } from '../../core/customers/shop';

const CONTACT: Record<string, [string, string, string, string]> = {
  B5: ['b5@x.pl', '601 234 567', 'Bożena Kowalska', 'yes'],
  O1: ['o1@x.pl', '602 000 111', 'Olaf Ek', 'no'],
  D1: ['d1@x.pl', '', 'Dana Lis', 'yes'],
  N1: ['', '+45 12 34 56 78', '=HYPERLINK("x")', 'yes'],
};

function orderRows(consent: boolean): StoredValue[][] {
  const header = ['Customer ID', 'Date', 'Total', 'Email', 'Phone', 'Billing Name', ...(consent ? ['Accepts Marketing'] : [])];
  return [header, ...SHOP.map(([id, date, amount]) => {
    const [email, phone, name, yes] = CONTACT[id] ?? ['', '', '', ''];
    return [id, date, amount, email, phone, name, ...(consent ? [yes] : [])];
  })];
}

function newHost(consent = true): LocalHost {
  const host = new LocalHost({ timeZone: 'Etc/UTC', locale: 'pl_PL', distDir: dirname(distFile('Code.js')) }).load();
  host.addSheet({ name: 'Orders', cells: [], values: orderRows(consent) });
  return host;
}

const values = (host: LocalHost, sheet: string) => cellsOf(host.sheetData(sheet)).map((row) => row.map((c) => c.value));

beforeAll(() => buildOnce());

describe('buildCustomers', () => {
  let host: LocalHost;
  let result: any;
  beforeAll(() => {
    host = newHost();
    result = host.runFromSidebar('buildCustomers', { sheetName: 'Orders', asOf: '2024-06-30', language: 'en' });
  });

  it('writes one row per customer sorted by net spend, with the default tiers shown', () => {
    expect(result).toMatchObject({ sheetName: 'Customers', customers: 8, defaultTiers: true });
    // Defaults (tiers.test.ts): Member 0, Silver 500, Gold 2500; Member B1 B4 D1 N1, Silver B2 B3 O1, Gold B5.
    expect(result.tiers).toEqual([{ name: 'Member', threshold: 0, customers: 4 }, { name: 'Silver', threshold: 500, customers: 3 }, { name: 'Gold', threshold: 2500, customers: 1 }]);
    const cells = values(host, 'Customers');
    expect(cells[4].slice(0, 6)).toEqual(['Customer', 'E-mail', 'Phone', 'First name', 'Last name', 'First purchase']);
    expect(cells[4]).toContain('Marketing consent');
    expect(cells.slice(5, 13).map((row) => row[0])).toEqual(['B5', 'O1', 'B3', 'B2', 'B1', 'B4', 'D1', 'N1']);
    const col = (name: string) => cells[4].indexOf(name);
    expect(cells[5][col('Status')]).toBe('lapsed');
    expect(cells[6][col('Status')]).toBe('overdue');
    expect(cells[5][col('Loyalty tier')]).toBe('Gold');
    expect(cells[6][col('Missing to the next tier')]).toBe(1600); // 2500 − 900
    expect(cells[2][0]).toMatch(/^Expected next purchase = last purchase day \+ the shop's median gap/);
  });

  it('writes phones in E.164 as text, with the document\'s country (pl_PL), and keeps a name like a formula as text', () => {
    const data = host.sheetData('Customers');
    const rows = cellsOf(data);
    const phone = rows[4].findIndex((c) => c.value === 'Phone');
    expect(rows[5][phone]).toMatchObject({ value: '+48601234567', style: { numberFormat: '@' } });
    expect(rows[12][phone].value).toBe('+4512345678');
    expect(rows[12][3]).toMatchObject({ value: '=HYPERLINK("x")' });
    expect(host.spreadsheet.getSheetByName('Customers')!.getRange('A13').getFormula()).toBe('');
  });

  it('formats every customer row column by column: text as text, dates, counts and money', () => {
    const rows = cellsOf(host.sheetData('Customers'));
    const header = rows[4].map((c) => c.value);
    const expected: Record<string, string> = {
      Customer: '@', 'E-mail': '@', Phone: '@', 'First name': '@', 'Last name': '@',
      'First purchase': 'yyyy-mm-dd', 'Last purchase': 'yyyy-mm-dd', Purchases: '0', 'Net spend': '#,##0.00',
      Status: '@', 'Loyalty tier': '@', 'Missing to the next tier': '#,##0.##', 'Marketing consent': '@',
    };
    for (const [name, format] of Object.entries(expected)) {
      const j = header.indexOf(name);
      expect(j, name).toBeGreaterThanOrEqual(0);
      for (const row of rows.slice(5, 13)) expect(row[j].style?.numberFormat, `${name} of ${row[0].value}`).toBe(format);
    }
    // The row under the last customer is not formatted.
    expect(rows[13]?.[0]?.style?.numberFormat).toBeUndefined();
  });

  it('puts a filter on the header and rewrites the sheet in place on a second run', () => {
    const sheet = host.spreadsheet.getSheetByName('Customers')!;
    const id = sheet.getSheetId();
    expect(sheet.getFilter()!.getRange().getA1Notation()).toMatch(/^A5:[A-Z]+13$/);
    const again = host.runFromSidebar('buildCustomers', { sheetName: 'Orders', asOf: '2024-06-30', tiers: 'Member:0,Silver:500,Gold:2000', language: 'en' }) as any;
    expect(again.sheetName).toBe('Customers');
    expect(host.spreadsheet.getSheetByName('Customers')!.getSheetId()).toBe(id);
    expect(host.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Orders', 'Customers']);
    expect(again.tiers.map((t: any) => t.customers)).toEqual([4, 3, 1]);
  });

  it('refuses a bad tier rule in the user\'s language, naming the tier', () => {
    expect(() => host.runFromSidebar('buildCustomers', { sheetName: 'Orders', tiers: 'Złoty:2000,Srebrny:500', language: 'pl' })).toThrow(
      'Poziom „Srebrny” ma próg 500: musi być wyższy niż próg poprzedniego poziomu, 2000.',
    );
  });
});

describe('exportCustomerList', () => {
  it('lists only customers who agreed, in the destination\'s columns, in the add-on\'s own sheet', () => {
    const host = newHost();
    host.runFromSidebar('buildCustomers', { sheetName: 'Orders', asOf: '2024-06-30', language: 'en' });
    const result = host.runFromSidebar('exportCustomerList', { destination: 'klaviyo', audience: 'winBack', language: 'en' }) as any;
    // Win back: B5 (lapsed, agreed) and O1 (overdue, said no).
    expect(result).toMatchObject({ sheetName: 'Campaign list', rows: 1, inAudience: 2, noConsent: 1, consentKnown: true });
    expect(result.csv).toBe('Email,Phone Number,Country,First Name,Last Name\r\nb5@x.pl,+48601234567,,Bożena,Kowalska\r\n');
    const cells = values(host, 'Campaign list');
    expect(cells[2]).toEqual(['Email', 'Phone Number', 'Country', 'First Name', 'Last Name']);
    expect(cells[3][1]).toBe('+48601234567');
    const trimmed = orderRows(true).map((row) => {
      const out = [...row];
      while (out.length > 0 && out[out.length - 1] === '') out.pop();
      return out;
    });
    expect(values(host, 'Orders')).toEqual(trimmed); // the order sheet untouched
  });

  it('says consent cannot be read without a consent column, and writes the plain CSV with ; in a decimal-comma locale', () => {
    const host = newHost(false);
    host.runFromSidebar('buildCustomers', { sheetName: 'Orders', asOf: '2024-06-30', language: 'pl' });
    const result = host.runFromSidebar('exportCustomerList', { destination: 'csv', audience: 'nudge', language: 'pl' }) as any;
    expect(result.consentKnown).toBe(false);
    expect(result.notes[0]).toBe('Arkusz zamówień nie ma kolumny zgody, więc zgody nie da się odczytać z zamówień: wgrywaj tylko osoby, które zgodziły się na marketing.');
    // The nudge: D1 (one purchase 40 days before).
    // The status in Polish (due: "na czasie zakupu"), as on the Customers sheet.
    expect(result.csv.split('\r\n')[1]).toBe('D1;d1@x.pl;;Dana;Lis;na czasie zakupu;Klubowicz;120;2024-05-21;2024-06-20;2025-05-21');
  });

  it('asks for the Customers sheet first', () => {
    const host = newHost();
    expect(() => host.runFromSidebar('exportCustomerList', { destination: 'csv', audience: 'all', language: 'en' })).toThrow('Build the Customers sheet first');
  });
});

describe('NPS answers linked', () => {
  it('adds the latest answer and NPS by group', () => {
    const host = newHost();
    host.addSheet({ name: 'Form Responses 1', cells: [], values: [['Timestamp', 'Email Address', 'How likely are you to recommend us?'], ['2024-06-01 10:00', 'b5@x.pl', 10], ['2024-06-02 10:00', 'O1@X.PL', 3]] });
    const result = host.runFromSidebar('buildCustomers', { sheetName: 'Orders', asOf: '2024-06-30', answersSheet: 'Form Responses 1', withJson: true, language: 'en' }) as any;
    // B5 10 (promoter), O1 3 (detractor): lapsed 100, overdue −100; Gold (B5) 100, Silver (O1) −100.
    expect(result.json.npsBy.status).toEqual({ lapsed: 100, overdue: -100 });
    expect(result.json.npsBy.tier).toEqual({ Silver: -100, Gold: 100 });
    const cells = values(host, 'Customers');
    expect(cells[4]).toContain('Latest NPS answer');
    expect(cells.flat()).toContain('NPS answers from the sheet "Form Responses 1": 2 of 2 answers matched a customer.');
  });
});
