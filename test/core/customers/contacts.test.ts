import { describe, expect, it } from 'vitest';
import { consentOf, contactCollector, contactColumns, splitName } from '../../../src/core/customers';
import { tableOf } from '../metrics/orderTable';
import type { CellValue } from '../../../src/core/types';

const CTX = { offsetAt: () => 0, order: 'dmy' } as const;

describe('contactColumns', () => {
  it('finds Shopify\'s columns, not taking "Accepts Email Marketing" for the e-mail', () => {
    const header = ['Name', 'Email', 'Accepts Email Marketing', 'Created at', 'Total', 'Billing Name', 'Billing Phone', 'Billing Country', 'Accepts SMS Marketing'];
    expect(contactColumns(header)).toEqual({ email: 1, phone: 6, firstName: null, lastName: null, name: 5, country: 7, consent: 2, smsConsent: 8 });
  });

  it('finds first and last names (billing first), Polish and Danish headers', () => {
    expect(contactColumns(['Billing First Name', 'Billing Last Name', 'Shipping First Name', 'Billing Email'])).toMatchObject({ firstName: 0, lastName: 1, email: 3 });
    expect(contactColumns(['Klient', 'Adres e-mail', 'Telefon', 'Zgoda marketingowa'])).toMatchObject({ email: 1, phone: 2, consent: 3 });
    expect(contactColumns(['Kunde', 'E-mail', 'Telefonnummer', 'Samtykke'])).toMatchObject({ email: 1, phone: 2, consent: 3 });
  });
});

describe('consentOf', () => {
  it('reads yes and no in the five languages', () => {
    for (const yes of ['yes', 'TRUE', 'Tak', 'да', 'Da', 'ja', 'subscribed', 1, true]) expect(consentOf(yes as CellValue)).toBe(true);
    for (const no of ['no', 'false', 'Nie', 'нет', 'nu', 'Nej', 'unsubscribed', 0, false]) expect(consentOf(no as CellValue)).toBe(false);
    expect(consentOf('  ')).toBeNull();
    expect(consentOf('maybe')).toBeUndefined();
  });
});

describe('contactCollector', () => {
  // Sheet rows newest first, as Shopify exports: the latest dated filled cell wins, not the last row.
  const header = ['Customer', 'Date', 'Total', 'Email', 'Phone', 'Billing Name', 'Accepts Marketing'];
  const rows: CellValue[][] = [
    ['B3', '20.05.2024', 200, 'b3@new.pl', '', '', 'no'],
    ['B3', '31.03.2024', 200, 'B3@old.pl', '601 234 567', 'Anna Maria Nowak', 'yes'],
    ['B3', '01.03.2024', 200, '', '', 'Anna Nowak', ''],
    ['B5', '01.01.2023', 1000, 'b5@x.pl', '+45 12 34 56 78', 'Bo', 'perhaps'],
    ['GHOST', '01.01.2023', 5, 'g@x.pl', '', '', 'yes'], // not in the table
  ];
  const table = tableOf([['B3', '2024-03-01', 200], ['B5', '2023-01-01', 1000], ['N1', '2024-06-20', 50]]);
  const columns = contactColumns(header);
  const collector = contactCollector(table, columns, CTX);
  const cells = new Map(header.map((_, c) => [c, rows.map((r) => r[c])]));
  collector.addRows(rows.map((r) => r[0]), rows.map((r) => r[1]), cells);
  const contacts = collector.finish();

  it('takes each value from the latest dated row that has it', () => {
    // B3: e-mail and consent of 20.05 (b3@new.pl, no); phone and name of 31.03, the latest rows with them.
    expect(contacts.email).toEqual(['b3@new.pl', 'b5@x.pl', null]);
    expect(contacts.phone).toEqual(['601 234 567', '+45 12 34 56 78', null]);
    expect(contacts.consent).toEqual([false, null, null]);
    expect(contacts.smsConsent).toBeNull();
  });

  it('splits a full name into first and last names', () => {
    expect(contacts.firstName).toEqual(['Anna', 'Bo', null]);
    expect(contacts.lastName).toEqual(['Maria Nowak', null, null]);
    expect(splitName('  Ola  ')).toEqual(['Ola', null]);
  });

  it('counts consent cells it cannot read, with their rows', () => {
    expect(contacts.unreadableConsent).toEqual({ count: 1, rows: [5], example: 'perhaps' });
  });
});
