import Papa from 'papaparse';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { campaignList, contactCollector, contactColumns, csvText, customerList, parseTiers, VENDOR_HEADERS, type CustomerList, type PlainHeaders } from '../../../src/core/customers';
import type { CellValue } from '../../../src/core/types';
import { tableOf } from '../metrics/orderTable';
import { AS_OF, SHOP } from './shop';

const PLAIN: PlainHeaders = {
  customer: 'Customer', email: 'E-mail', phone: 'Phone', firstName: 'First name', lastName: 'Last name', status: 'Status', tier: 'Tier',
  spend: 'Net spend', lastPurchase: 'Last purchase', expectedNext: 'Expected next purchase', anniversary: 'Anniversary',
};
const CTX = { offsetAt: () => 0, order: 'dmy' } as const;

/** The shop with contact columns: [customer, date, e-mail, phone, first name, last name, consent]. */
const CONTACTS: CellValue[][] = [
  ['B5', '01.05.2023', 'b5@x.pl', '601 234 567', 'Bożena', 'Kowalska', 'yes'],
  ['O1', '01.04.2024', 'o1@x.pl', '602 000 111', 'Olaf', 'Ek', 'no'],
  ['D1', '21.05.2024', 'd1@x.pl', '', 'Dana', 'Lis', 'yes'],
  ['N1', '20.06.2024', '', '+45 12 34 56 78', 'Nils', '', 'yes'],
];

function listWith(consent: boolean): CustomerList {
  const table = tableOf(SHOP);
  const header = ['Customer', 'Date', 'Email', 'Phone', 'First Name', 'Last Name', ...(consent ? ['Accepts Marketing'] : [])];
  const collector = contactCollector(table, contactColumns(header), CTX);
  collector.addRows(CONTACTS.map((r) => r[0]), CONTACTS.map((r) => r[1]), new Map(header.map((_, c) => [c, CONTACTS.map((r) => r[c])])));
  return customerList(table, { asOfDay: AS_OF, tiers: { tiers: parseTiers('Member:0,Silver:500,Gold:2000'), basis: 'spend', window: 'lifetime' }, defaultNames: ['M', 'S', 'G'], country: 'PL' }, collector.finish());
}

describe('campaignList on the test shop', () => {
  let withConsent: CustomerList;
  let without: CustomerList;
  beforeAll(() => {
    withConsent = listWith(true);
    without = listWith(false);
  });

  it('writes each destination\'s own header', () => {
    expect(VENDOR_HEADERS.klaviyo).toEqual(['Email', 'Phone Number', 'Country', 'First Name', 'Last Name']);
    expect(VENDOR_HEADERS.mailchimp).toEqual(['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Anniversary']);
    expect(VENDOR_HEADERS.smsapi).toEqual(['phone_number', 'first_name', 'last_name', 'email']);
    expect(campaignList(without, { kind: 'all' }, 'omnisend', PLAIN).header).toEqual(['Email', 'Phone Number', 'First Name', 'Last Name', 'Country', 'First Purchase', 'Last Purchase']);
    expect(campaignList(without, { kind: 'all' }, 'csv', PLAIN).header[0]).toBe('Customer');
  });

  it('lists only customers who agreed when the sheet has a consent column', () => {
    // Overdue or lapsed and valuable: O1 (overdue, 900) and B5 (lapsed, 3000); O1 said no.
    const list = campaignList(withConsent, { kind: 'status', statuses: ['overdue', 'lapsed'], valuableOnly: true }, 'klaviyo', PLAIN);
    expect(list).toMatchObject({ inAudience: 2, noConsent: 1, noContact: 0, consentKnown: true });
    expect(list.rows).toEqual([['b5@x.pl', '+48601234567', '', 'Bożena', 'Kowalska']]);
  });

  it('lists everyone without a consent column, and says consent is unknown', () => {
    const list = campaignList(without, { kind: 'status', statuses: ['overdue', 'lapsed'], valuableOnly: true }, 'mailchimp', PLAIN);
    expect(list.consentKnown).toBe(false);
    // Mailchimp's anniversary is the first purchase as MM/DD: B5 2023-01-01, O1 2024-04-01.
    expect(list.rows).toEqual([
      ['b5@x.pl', 'Bożena', 'Kowalska', '+48601234567', '01/01'],
      ['o1@x.pl', 'Olaf', 'Ek', '+48602000111', '04/01'],
    ]);
  });

  it('needs a phone for SMSAPI and an e-mail for Mailchimp; Omnisend dates are ISO 8601', () => {
    // The nudge: one purchase day, 30–60 days ago: D1 (40 days). D1 has no phone.
    expect(campaignList(withConsent, { kind: 'nudge' }, 'smsapi', PLAIN)).toMatchObject({ inAudience: 1, noContact: 1, rows: [] });
    // Customers with a first-purchase anniversary within 185 days of 2024-06-30: B4 and B5 (2025-01-01 is day 185).
    const omnisend = campaignList(without, { kind: 'anniversary', days: 185 }, 'omnisend', PLAIN);
    expect(omnisend.inAudience).toBe(2);
    expect(omnisend.rows).toEqual([['b5@x.pl', '+48601234567', 'Bożena', 'Kowalska', '', '2023-01-01', '2023-05-01']]);
    expect(campaignList(without, { kind: 'anniversary', days: 184 }, 'omnisend', PLAIN).inAudience).toBe(0);
    // Everyone who agreed and has a phone: B5 and N1 (D1 agreed, no phone; O1 said no), by spend.
    expect(campaignList(withConsent, { kind: 'all' }, 'smsapi', PLAIN).rows).toEqual([
      ['+48601234567', 'Bożena', 'Kowalska', 'b5@x.pl'],
      ['+4512345678', 'Nils', '', ''],
    ]);
  });

  it('selects by tier, and writes the plain CSV with status, tier and dates', () => {
    const silver = campaignList(without, { kind: 'tier', tier: 'silver' }, 'csv', PLAIN);
    expect(silver.rows.map((r) => r[0])).toEqual(['O1', 'B3', 'B2']);
    expect(silver.rows[0]).toEqual(['O1', 'o1@x.pl', '+48602000111', 'Olaf', 'Ek', 'overdue', 'Silver', '900', '2024-04-01', '2024-05-01', '2025-04-01']);
  });
});

describe('the plain CSV in the document\'s words', () => {
  it('names the statuses and writes amounts with a decimal comma when asked', () => {
    // One customer: 10.25 + 20.5 = 30.75 on two days 10 days apart, as of the second day → active.
    const table = tableOf([['k', '2024-01-01', 10.25], ['k', '2024-01-11', 20.5]]);
    const asOfDay = Date.UTC(2024, 0, 11) / 86_400_000;
    const list = customerList(table, { asOfDay, tiers: { tiers: parseTiers('A:0'), basis: 'spend', window: 'lifetime' }, defaultNames: ['M', 'S', 'G'], country: null });
    const words = { ...PLAIN, statusNames: { active: 'aktywny' }, decimalComma: true };
    expect(campaignList(list, { kind: 'all' }, 'csv', words).rows[0].slice(5, 8)).toEqual(['aktywny', 'A', '30,75']);
    // Without them: the code and a decimal point.
    expect(campaignList(list, { kind: 'all' }, 'csv', PLAIN).rows[0].slice(5, 8)).toEqual(['active', 'A', '30.75']);
  });
});

describe('csvText', () => {
  it('quotes fields holding the separator, quotes or line breaks', () => {
    expect(csvText([['a;b', 'c'], ['x"y', '1,5']], ';')).toBe('"a;b";c\r\n"x""y";1,5\r\n');
  });

  it('reads back as written with an independent CSV parser (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(',' as const, ';' as const), (rows, sep) => {
        const parsed = Papa.parse<string[]>(csvText(rows, sep), { delimiter: sep, newline: '\r\n', skipEmptyLines: false }).data;
        expect(parsed.slice(0, rows.length)).toEqual(rows);
      }),
    );
  });
});
